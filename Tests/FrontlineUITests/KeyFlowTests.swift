import FrontlineCore
import Testing

@testable import FrontlineUI

/// Keyboard flows through the app state, without a terminal.
struct KeyFlowTests {
    @Test func numbersAndTabSwitchScreens() {
        var state = SampleState.make()
        #expect(state.screen == .tab(.dashboard))
        state.press(.character("3"))
        #expect(state.screen == .tab(.issues))
        state.press(.tab)
        #expect(state.screen == .tab(.roster))
        state.press(.backTab, .backTab)
        #expect(state.screen == .tab(.projects))
        state.press(.tab, .tab, .tab, .tab, .tab, .tab, .tab)
        #expect(state.screen == .tab(.dashboard), "Tab wraps around")
    }

    @Test func theCursorStartsOnTheFirstThingEnterOpens() {
        let state = SampleState.make()
        #expect(state.cursor.target == .issue("I-0045"), "the most overdue issue")
    }

    @Test func movingOpeningAndGoingBack() {
        var state = SampleState.make()
        state.press(.character("2"))
        #expect(state.cursor.target == .project("P-005"))
        state.press(.character("j"), .down)
        #expect(state.cursor.index == 2 && state.cursor.target == .project("P-010"))
        state.press(.character("k"))
        #expect(state.cursor.target == .project("P-008"))
        state.press(.character("G"))
        #expect(state.cursor.index == state.page.lines.count - 1)
        state.press(.home)
        #expect(state.cursor.index == 0)
        state.press(.enter)
        #expect(state.screen == .detail(.project("P-005")))
        #expect(state.page.title.contains("半导体封装测试基地项目"))
        state.press(.escape)
        #expect(state.screen == .tab(.projects))
        #expect(state.cursor.target == .project("P-005"), "the list keeps its place")
        state.press(.enter)
        #expect(state.press(.character("q")).isEmpty && state.screen == .tab(.projects), "q goes back from a detail")
        #expect(state.press(.character("q")) == [.quit], "q quits from a tab")
        #expect(state.press(.function(10)) == [.quit])
    }

    @Test func pagingMovesByAScreenful() {
        var state = SampleState.make(width: 80, height: 24)
        state.press(.character("3"))
        let start = state.cursor.index
        #expect(start == 1, "the first issue, under its unit's heading")
        state.press(.pageDown)
        #expect(state.cursor.index == start + state.bodyHeight - 1)
        state.press(.control("f"))
        #expect(state.cursor.index == start + 2 * (state.bodyHeight - 1))
        #expect(state.cursor.top > 0, "the view scrolled")
        state.press(.control("b"), .pageUp)
        #expect(state.cursor.index == start && state.cursor.top == 0)
    }

    @Test func typingChineseFiltersLiveAndEscapeClears() {
        var state = SampleState.make()
        state.press(.character("2"), .character("/"))
        state.type("柏年")
        #expect(state.page.lines.count == 1)
        #expect(state.page.lines[0].target == .project("P-001"))
        state.press(.backspace)
        #expect(state.filter == "柏")
        state.press(.enter)
        #expect(state.input == nil && state.filter == "柏", "Enter keeps the filter")
        state.press(.enter)
        #expect(state.screen == .detail(.project("P-001")))
        state.press(.escape, .escape)
        #expect(state.filter.isEmpty && state.page.lines.count == 30, "Esc on the list clears the filter")
    }

    @Test func filteringIssuesKeepsTheirUnitHeadings() {
        var state = SampleState.make()
        state.press(.character("3"), .character("/"))
        state.type("绿植")
        let headings = state.page.lines.filter(\.isHeading)
        let items = state.page.lines.filter { !$0.isHeading }
        #expect(!items.isEmpty && items.allSatisfy { $0.search.contains("绿植") })
        #expect(headings.count >= 1 && state.page.lines.first?.isHeading == true)
    }

    @Test func searchInADetailJumpsBetweenMatches() {
        var state = SampleState.make()
        state.press(.character(":"))
        state.type("P-002")
        state.press(.enter, .character("/"))
        state.type("现场")
        let first = state.cursor.index
        #expect(state.page.lines[first].search.contains("现场"))
        state.press(.enter, .character("n"))
        #expect(state.cursor.index > first && state.page.lines[state.cursor.index].search.contains("现场"))
        state.press(.character("N"))
        #expect(state.cursor.index == first)
    }

    @Test func sortCyclesThroughTheOrders() {
        var state = SampleState.make()
        state.press(.character("2"))
        #expect(state.page.lines.first?.target == .project("P-005"), "by light, red first")
        state.press(.character("s"))
        #expect(state.page.lines.first?.target == .project("P-001"), "by id")
        state.press(.character("s"), .character("s"), .character("s"))
        #expect(state.page.lines.first?.target == .project("P-005"), "back to the first order")
    }

    @Test func theCommandLineOpensRecordsAndChangesTheDate() {
        var state = SampleState.make()
        state.press(.character(":"))
        state.type("I-0073")
        state.press(.enter)
        #expect(state.screen == .detail(.issue("I-0073")))
        state.press(.character(":"))
        state.type("asof 2026-12-20")
        state.press(.enter)
        #expect(state.data.today == Day(2026, 12, 20))
        #expect(state.page.lines.first?.search.contains("逾期") == true, "I-0073 is overdue on 2026-12-20")
        state.press(.character(":"))
        state.type("nonsense")
        state.press(.enter)
        #expect(state.notice?.isError == true)
        #expect(state.press(.character(":")).isEmpty)
        state.type("q")
        #expect(state.press(.enter) == [.quit])
    }

    @Test func helpListsEveryCommandOfTheTable() {
        var state = SampleState.make(width: 100, height: 60)
        state.press(.function(1))
        #expect(state.screen == .detail(.help))
        for spec in CommandTable.standard.specs {
            #expect(state.page.lines.contains { $0.search.contains(spec.keyLabel.lowercased()) }, "\(spec.keyLabel)")
        }
    }

    @Test func refreshAndRedrawAreEffects() {
        var state = SampleState.make()
        #expect(state.press(.character("r")) == [.reload])
        #expect(state.press(.control("l")) == [.redraw])
        #expect(state.handle(.idle) == [.reload])
    }

    @Test func keysWithoutACommandDoNothing() {
        var state = SampleState.make()
        let before = state.render()
        #expect(state.press(.character("Z"), .insert, .function(7)).isEmpty)
        #expect(state.render() == before)
    }
}
