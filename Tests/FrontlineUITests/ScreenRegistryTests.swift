import FrontlineCore
import Testing

@testable import FrontlineUI

/// The board's screens come from one list: what each tab, detail and footer shows follows from it.
struct ScreenRegistryTests {
    @Test func everyKindOfLineOpensItsDetail() {
        let screens = ScreenRegistry.standard
        #expect(screens.detail(showing: .project("P-001")) == .project("P-001"))
        #expect(screens.detail(showing: .issue("I-0001")) == .issue("I-0001"))
        #expect(screens.detail(showing: .duty("D-001")) == .duty("D-001"))
        #expect(screens.detail(showing: .unit("U-03")) == .score("U-03"))
    }

    @Test func theNumberKeysFollowTheList() {
        let screens = ScreenRegistry.standard
        for (n, tab) in screens.allTabs.enumerated() {
            #expect(screens.commands.command(for: .character(Character(String(n + 1)))) == .showTab(tab))
            #expect(screens.tab(number: n + 1) == tab && screens.number(of: tab) == n + 1)
        }
        #expect(screens.tab(after: .attraction, by: 1) == .dashboard && screens.tab(after: .dashboard, by: -1) == .attraction)
    }

    /// Defect fixed on purpose with the registry: the footer did not offer Enter on a unit's line in the
    /// ranking, although Enter opens how its score was reached.
    @Test func theFooterOffersEnterWhereverEnterOpensSomething() throws {
        var state = SampleState.make()
        state.press(.character("6"))
        for _ in 0..<state.page.lines.count where state.cursor.target?.kind != .unit { state.press(.down) }
        let unit = try #require(state.cursor.target, "a unit's line in the ranking")
        #expect(unit.kind == .unit)
        #expect(state.isAvailable(.open) && state.render().row(23).contains("Enter 打开"), "\(state.render().row(23))")
        state.press(.enter)
        #expect(state.screen == .detail(.score(unit.id)))
    }

    @Test func aScreenSaysWhichEditingKeysItsFooterOffers() {
        var state = SampleState.make()
        state.press(.character("4"))
        #expect(!state.isAvailable(.newIssue) && state.isAvailable(.newAbsence), "the roster: o, not a")
        state.press(.character("2"))
        #expect(state.isAvailable(.newIssue) && state.isAvailable(.newProject) && !state.isAvailable(.newAbsence))
        state.press(.character("1"))
        #expect(!state.isAvailable(.newProject) && !state.isAvailable(.withdrawReport))
    }
}
