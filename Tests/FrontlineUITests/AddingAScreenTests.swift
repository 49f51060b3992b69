import FrontlineCore
import Testing

@testable import FrontlineUI

/// The tab of the worked example.
extension Tab {
    static let visits = Tab("visits")
}

/// The site visits, newest first or by project; Enter opens a visit's project.
struct VisitsScreen: TabScreen {
    enum Sort: SortOrder {
        case newestFirst, byProject

        func title(_ lang: Lang) -> String {
            switch self {
            case .newestFirst: lang.pick("日期", "date")
            case .byProject: lang.pick("项目", "project")
            }
        }
    }

    let tab = Tab.visits

    func title(_ lang: Lang) -> String { lang.pick("走访", "Visits") }

    func page(_ state: AppState, sorted: Sort) -> Page {
        let lang = state.lang, index = state.data.index
        var visits = state.data.board.visits.rows
        switch sorted {
        case .newestFirst: visits.sort { ($0.date, $0.id) > ($1.date, $1.id) }
        case .byProject: visits.sort { ($0.project, $0.id) < ($1.project, $1.id) }
        }
        let columns = [
            Column(lang.pick("日期", "date"), .fixed(10)),
            Column(lang.pick("项目", "project"), .fit(min: 5, max: 8)),
            Column(lang.pick("方式", "mode"), .fixed(6)),
            Column(lang.pick("了解情况", "learned"), .flex(min: 10)),
        ]
        let lines = visits.map { visit in
            Line(
                cells: [Span(visit.date.iso), Span(visit.project), Span(visit.mode.label(lang)), Span(visit.note)],
                target: .project(visit.project), keywords: [index.projectName(visit.project)])
        }
        return Page(title: lang.pick("走访记录（\(lines.count)）", "Site visits (\(lines.count))"), columns: columns, lines: lines)
    }
}

/// A screen added in one file: the recent site visits as a tab, with two orders, whose lines open their
/// project. Registering it (`ScreenRegistry.standard.adding(VisitsScreen())`, in the board one more line in
/// `ScreenRegistry.standard`) is all it takes for a number key, a place in the tab bar and in Tab's cycle,
/// `:9`, sorting with `s`, Enter, the editing keys, the footer and the help (docs/architecture.md, "Adding a screen").
@MainActor
struct AddingAScreenTests {
    static let screens = ScreenRegistry.standard.adding(VisitsScreen())
    func board(width: Int = 80, height: Int = 24) -> AppState {
        AppState(
            board: SampleState.board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: "demo", width: width, height: height, screens: Self.screens)
    }

    @Test func itGetsTheNextNumberKeyAPlaceInTheTabBarAndTheHelp() {
        var state = board(width: 100, height: 60)
        state.press(.character("9"))
        #expect(state.screen == .tab(.visits))
        #expect(state.render().row(1).contains(" 9 走访 "), "the tab bar: \(state.render().row(1))")
        #expect(state.page.title.hasPrefix("走访记录"))
        state.press(.character("?"))
        #expect(state.page.lines.contains { $0.search.hasPrefix("9 ") && $0.search.contains("走访") }, "a help line for key 9")
        #expect(state.page.lines.contains { $0.search.contains("tab/1-9") }, "Tab's label counts nine screens")
    }

    @Test func tabAndTheCommandLineReachItAndTabWrapsAfterIt() {
        var state = board()
        state.press(.character("8"), .tab)
        #expect(state.screen == .tab(.visits))
        state.press(.tab)
        #expect(state.screen == .tab(.dashboard))
        state.press(.backTab)
        #expect(state.screen == .tab(.visits))
        state.press(.character("1"), .character(":"))
        state.type("9")
        state.press(.enter)
        #expect(state.screen == .tab(.visits))
    }

    @Test func sIsItsOwnOrderAndTheTitleNamesIt() throws {
        var state = board()
        state.press(.character("9"))
        let newest = state.page.lines.compactMap { $0.cells.first?.text }
        #expect(newest == newest.sorted(by: >) && !newest.isEmpty, "newest first")
        #expect(state.render().row(2).contains("排序：日期"))
        state.press(.character("s"))
        #expect(state.render().row(2).contains("排序：项目"))
        let projects = state.page.lines.compactMap { $0.target?.id }
        #expect(projects == projects.sorted())
        #expect(state.render().row(23).contains("s 排序"), "the footer offers s: \(state.render().row(23))")
    }

    @Test func enterOpensWhatItsLinesPointAtAndTheEditingKeysActOnIt() throws {
        var state = board()
        state.press(.character("9"))
        let project = try #require(state.cursor.target?.id)
        state.press(.character("v"))
        guard case .form(let form)? = state.overlay, case .visit(let visited) = form.purpose else { Issue.record("no visit form"); return }
        #expect(visited == project, "v logs a visit to the project of the line")
        state.press(.escape)
        state.press(.enter)
        #expect(state.screen == .detail(.project(project)))
    }

    @Test func theBoardItselfKeepsItsEightTabs() {
        #expect(ScreenRegistry.standard.allTabs == [.dashboard, .projects, .issues, .roster, .mine, .reports, .meetings, .attraction])
        var state = SampleState.make()
        state.press(.character("9"))
        #expect(state.screen == .tab(.dashboard), "no ninth tab on the board")
    }
}
