import Testing

@testable import FrontlineCore

/// The 调度会台账 (`frontline export|import --kind meetings`, issue 14): a meeting's fields declared `inLedger` (not its
/// decisions, which only `meeting decide` records); export then import changes nothing; new rows and edits are saved
/// as `meeting new` and an edit would; bad rows are refused with row and column.
struct MeetingLedgerTests {
    /// The fixture zone with MT-001, chaired by 李强, with a decision.
    static var board: Board {
        var board = Fixtures.zone
        var meeting = Meeting(id: "MT-001")
        meeting.kind = .quarterly
        meeting.title = "第四季度重点项目调度会"
        meeting.date = Fixtures.today.adding(days: -20)
        meeting.place = "管委会，301室"
        meeting.chair = "M-002"
        meeting.attendees = ["M-003", "M-010"]
        meeting.projects = ["P-001", "P-002"]
        meeting.decisions = [MeetingDecision(number: 1, text: "每周走访", project: nil, issue: nil, by: "M-002", at: Fixtures.now)]
        board.meetings.upsert(meeting)
        return board
    }

    static func plan(_ csv: String) throws -> LedgerPlan {
        try Planner.planImport(
            try LedgerImport(kind: .meetings, source: "会议.csv", table: CSVReader.parse(csv)), on: board,
            context: LedgerPlannerTests.context())
    }

    @Test("the columns: 会议编号 then the catalog's; export names people, keeps project ids, and reads back unchanged")
    func columnsAndRoundTrip() throws {
        #expect(LedgerKind.meetings.columns.map(\.zh) == ["会议编号", "会议类型", "会议名称", "会议日期", "地点", "主持人", "参会人员", "调度项目"])
        let cells = LedgerExport.cells(.meetings, of: Self.board)
        #expect(cells == [["MT-001", "季度调度", "第四季度重点项目调度会", "2026-11-07", "管委会，301室", "李强", "赵磊、周平", "P-001、P-002"]])
        let bytes = LedgerExport.csv(.meetings, of: Self.board)
        let planned = try Self.plan(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        #expect(planned.plan.changes.isEmpty && planned.unchanged == 1, "\(planned.plan.changes)")
    }

    @Test("a new row records a meeting without decisions; a changed place is an edit that keeps the decisions")
    func createsAndEdits() throws {
        let planned = try Self.plan(
            """
            会议编号,会议类型,会议名称,会议日期,地点,主持人,参会人员,调度项目
            MT-001,季度调度,第四季度重点项目调度会,2026-11-07,项目现场,李强,赵磊、周平,P-001、P-002
            ,weekly,第48周调度会,2026/11/25,,赵磊,李强,P-002
            """)
        #expect(planned.created == 1 && planned.changed == 1)
        var board = Self.board
        try board.apply(planned.plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor("M-001"), prev: ""))
        #expect(board.meetings[id: "MT-001"]?.place == "项目现场" && board.meetings[id: "MT-001"]?.decisions.count == 1)
        let new = try #require(board.meetings[id: "MT-002"])
        #expect(new.kind == .weekly && new.chair == "M-003" && new.attendees == ["M-002"] && new.projects == ["P-002"] && new.decisions.isEmpty)
    }

    @Test("bad rows: an unknown chair, a kind not in the list, a date after today, a missing title — with row and column")
    func refusesBadRows() throws {
        let ledger = try LedgerImport(
            kind: .meetings, source: "会议.csv",
            table: CSVReader.parse(
                """
                会议类型,会议名称,会议日期,主持人
                周调度,调度会,2026-11-20,张三
                年度调度,调度会,2026-11-20,李强
                周调度,调度会,2026-12-20,李强
                周调度,,2026-11-20,李强
                """))
        var problems: [LedgerProblem] = []
        do {
            _ = try Planner.planImport(ledger, on: Self.board, context: LedgerPlannerTests.context())
            Issue.record("not refused")
        } catch {
            guard case .problems(let found) = error else { Issue.record("\(error)"); return }
            problems = found
        }
        #expect(problems.map(\.row) == [2, 3, 4, 5], "\(problems)")
        #expect(problems.map(\.column) == [3, 0, 2, 1])
        #expect(
            problems[0].text(.zh).contains("张三") && problems[1].text(.zh).contains("年度调度") && problems[2].text(.zh).contains("晚于今天")
                && problems[3].text(.zh) == "不能为空")
    }
}
