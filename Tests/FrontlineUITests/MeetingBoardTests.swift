import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 调度会 on the board (issue 14, item 1): the meetings tab (7) and a meeting's page, whose decisions show their issues'
/// light, unit, due date and what became of them; Enter on a decision opens its issue. On the sample (2026-11-27) MT-001,
/// the 2026年第四季度重点项目现场调度会 of 10-14, has a note and decisions 交办 as I-0054 (under way), I-0055 (overdue)
/// and I-0058 (closed).
@MainActor
struct MeetingBoardTests {
    @Test("7 lists the meetings with their decisions and the issues still open and overdue (snapshot)")
    func tab() throws {
        var state = SampleState.make(width: 100, height: 24)
        state.press(.character("7"))
        #expect(state.screen == .tab(.meetings))
        let grid = state.render()
        #expect(grid.row(1).contains(" 7 调度会 "), "the tab bar: \(grid.row(1))")
        #expect(grid.text.contains("MT-001"), "\(grid.text)")
        let line = try #require(state.page.lines.first { $0.target == .meeting("MT-001") })
        #expect(line.cells.map(\.text).suffix(3) == ["4", "2", "1"], "4 decisions, 2 open, 1 overdue: \(line.cells.map(\.text))")
        Snapshot.check(grid, "tab7-meetings-100x24")
    }

    @Test("Enter opens the meeting: its facts and each decision with its issue's live state (snapshot); Enter on one opens its issue")
    func detail() throws {
        var state = SampleState.make(width: 120, height: 30)
        state.press(.character("7"), .enter)
        #expect(state.screen == .detail(.meeting("MT-001")))
        let text = state.page.lines.map(\.search)
        #expect(text.contains { $0.contains("主持") && $0.contains("韩立群") }, "\(text)")
        #expect(text.contains { $0.contains("会议决定 4 项，交办问题 3 个：未办结 2 个（逾期 1 个），已办结 1 个") }, "\(text)")
        let decisions = state.page.lines.filter { $0.cells.count == 7 }.map(\.search)
        try #require(decisions.count == 4, "\(decisions)")
        #expect(decisions[0].contains("1.") && decisions[0].contains("记录在案"))
        #expect(
            decisions[1].contains("i-0054") && decisions[1].contains("城管中心") && decisions[1].contains("2026-12-01") && decisions[1].contains("落实中"))
        #expect(decisions[2].contains("i-0055") && decisions[2].contains("逾期 31 天"))
        #expect(decisions[3].contains("i-0058") && decisions[3].contains("已办结"))
        let overdue = try #require(state.page.lines.first { $0.target == .issue("I-0055") })
        #expect(overdue.cells.first?.role == .light(.red))
        Snapshot.check(state.render(), "meeting-detail-MT-001-120x30")
        while state.cursor.target != .issue("I-0055") { state.press(.down) }
        state.press(.enter)
        #expect(state.screen == .detail(.issue("I-0055")))
        #expect(state.page.lines.contains { $0.search.contains("mt-001") }, "the issue names the meeting it came from")
    }

    @Test(":MT-001 opens the meeting; English names the states; a colleague's decision shows at once")
    func commandLineEnglishAndLive() throws {
        var english = SampleState.make(width: 120, height: 30, lang: .en)
        english.press(.character(":"))
        english.type("MT-001")
        english.press(.enter)
        #expect(english.screen == .detail(.meeting("MT-001")))
        let lines = english.page.lines.map(\.search)
        #expect(
            lines.contains { $0.contains("31 days overdue") } && lines.contains { $0.contains("noted") } && lines.contains { $0.contains("done") },
            "\(lines)")
        var state = SampleState.make(width: 120, height: 30)
        state.press(.character(":"))
        state.type("MT-001")
        state.press(.enter)
        var board = SampleState.board
        let plan = try Planner.plan(
            .decide(DecisionDraft(meeting: "MT-001", text: "下次调度会前完成整改复核")), on: board,
            context: PlanContext(
                actor: Actor(login: "fanlicheng", uid: 0, person: board.person(login: "fanlicheng")),
                today: SampleState.today, now: Timestamp(iso: "2026-11-27T15:00:00+08:00")!))
        try board.apply(
            plan.entry(
                after: board.revision, at: Timestamp(iso: "2026-11-27T15:00:00+08:00")!, actor: Actor(login: "fanlicheng", uid: 0, person: nil),
                prev: ""))
        _ = state.handle(.dataChanged(board, journal: [], byOthers: true))
        #expect(state.page.lines.contains { $0.search.contains("下次调度会前完成整改复核") }, "\(state.page.lines.map(\.search))")
    }
}
