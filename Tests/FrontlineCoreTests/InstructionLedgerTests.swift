import Testing

@testable import FrontlineCore

/// The 批示台账 (`frontline export|import --kind instructions`, issue 14): the columns are the fields declared
/// `inLedger` on `Instruction`; export then import changes nothing; a new row is an instruction as `instruction new`
/// would record it (待反馈); an existing one cannot be changed by a ledger; a bad row is refused with its row and
/// column, and nothing is planned.
struct InstructionLedgerTests {
    /// The fixture zone with B-001 on P-001 (李强's, to U-01, answered) and B-002 on I-0001 (赵磊's, waiting).
    static var board: Board {
        var board = Fixtures.zone.with(Fixtures.issue())
        var b1 = Instruction(id: "B-001")
        b1.project = "P-001"
        b1.leader = "M-002"
        b1.date = Fixtures.today.adding(days: -10)
        b1.text = "请加快办理施工许可，=SUM(A1)"
        b1.unit = "U-01"
        b1.due = Fixtures.today.adding(days: -3)
        b1.response = "已办结施工许可"
        b1.respondedBy = "M-010"
        b1.respondedAt = Fixtures.now
        var b2 = Instruction(id: "B-002")
        b2.issue = "I-0001"
        b2.project = "P-001"
        b2.leader = "M-003"
        b2.date = Fixtures.today.adding(days: -2)
        b2.text = "请本周内协调解决"
        b2.unit = "U-01"
        b2.due = Fixtures.today.adding(days: 5)
        board.instructions.upsert(b1)
        board.instructions.upsert(b2)
        return board
    }

    static func ledger(_ csv: String) throws -> LedgerImport {
        try LedgerImport(kind: .instructions, source: "批示.csv", table: CSVReader.parse(csv))
    }

    static func plan(_ csv: String, on board: Board = board) throws -> LedgerPlan {
        try Planner.planImport(try ledger(csv), on: board, context: LedgerPlannerTests.context())
    }

    static func problems(_ csv: String) throws -> [LedgerProblem] {
        LedgerPlannerTests.problems(importing: try ledger(csv), on: board)
    }

    @Test("the columns are the catalog's: 批示编号 then the fields declared inLedger, in stored order")
    func columns() {
        #expect(LedgerKind.instructions.columns.map(\.zh) == ["批示编号", "项目编号", "问题编号", "批示领导", "批示日期", "批示内容", "反馈单位", "反馈时限", "反馈内容"])
        #expect(LedgerKind.instructions.columns.dropFirst().map(\.key) == ["project", "issue", "leader", "date", "text", "unit", "due", "response"])
        #expect(LedgerKind.instructions.recordKind == .instruction)
        #expect(LedgerKind.instructions.label(.zh) == "批示台账" && LedgerKind.instructions.label(.en) == "instructions ledger")
    }

    @Test("export writes names where they find the same record, guards formulas; import of it changes nothing")
    func roundTrip() throws {
        let cells = LedgerExport.cells(.instructions, of: Self.board)
        #expect(
            cells[0] == ["B-001", "P-001", "", "李强", "2026-11-17", "请加快办理施工许可，=SUM(A1)", "经济发展局", "2026-11-24", "已办结施工许可"],
            "\(cells[0])")
        #expect(cells[1][2] == "I-0001" && cells[1][8] == "")
        let bytes = LedgerExport.csv(.instructions, of: Self.board)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("批示编号,项目编号,问题编号,批示领导,批示日期,批示内容,反馈单位,反馈时限,反馈内容\r\n"))
        let planned = try Self.plan(text)
        #expect(planned.plan.changes.isEmpty, "\(planned.plan.changes)")
        #expect(planned.unchanged == 2)
        let json = LedgerExport.json(.instructions, of: Self.board)
        guard case .array(let rows) = json, case .object(let first)? = rows.first else { Issue.record("\(json)"); return }
        #expect(first.map(\.key) == ["code", "project", "issue", "leader", "date", "text", "unit", "due", "response"])
    }

    @Test("a new row is an instruction 待反馈, on an issue's project when given on the issue; ids are sequential")
    func createsNew() throws {
        let planned = try Self.plan(
            """
            问题编号,批示领导,批示日期,批示内容,反馈单位,反馈时限
            I-0001,赵磊,2026-11-20,请月底前拿出方案,U-01,2026/11/30
            """)
        #expect(planned.created == 1)
        var board = Self.board
        try board.apply(planned.plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor("M-001"), prev: ""))
        let new = try #require(board.instructions[id: "B-003"])
        #expect(new.issue == "I-0001" && new.project == "P-001" && new.leader == "M-003" && new.unit == "U-01")
        #expect(new.date == Day(2026, 11, 20) && new.due == Day(2026, 11, 30) && new.status == .awaitingResponse && new.text == "请月底前拿出方案")
    }

    @Test("bad rows are refused all together with row and column; a ledger cannot change an existing instruction")
    func refusesBadRows() throws {
        let problems = try Self.problems(
            """
            批示编号,项目编号,问题编号,批示领导,批示日期,批示内容,反馈单位,反馈时限,反馈内容
            B-001,P-001,,李强,2026-11-17,改过的内容,U-01,2026-11-24,已办结施工许可
            ,P-001,,周平,2026-11-20,请加快,U-01,2026-11-30,
            ,,I-0009,李强,2026-11-20,请加快,U-01,2026-11-30,
            ,P-002,I-0001,李强,2026-11-20,请加快,U-01,2026-11-30,
            ,P-001,,李强,2026-12-20,请加快,U-01,2026-12-30,
            ,P-001,,李强,2026-11-20,请加快,U-01,2026-11-10,
            ,P-001,,李强,2026-11-20,请加快,U-01,2026-11-30,已经办好
            ,,,李强,2026-11-20,请加快,U-01,2026-11-30,
            ,P-001,,李强,2026-11-20,,U-01,2026-11-30,
            """)
        func at(_ row: Int) -> [LedgerProblem] { problems.filter { $0.row == row } }
        #expect(at(2).map(\.column) == [5] && at(2)[0].text(.zh).contains("B-001 的“批示内容”只能通过 frontline instruction respond|done 变更"), "\(at(2))")
        #expect(at(3).map(\.column) == [3] && at(3)[0].text(.zh).contains("周平 的角色是“单位”"), "\(at(3))")
        #expect(at(4).map(\.column) == [2] && at(4)[0].text(.zh).contains("找不到问题“I-0009”"))
        #expect(at(5).map(\.column) == [1] && at(5)[0].text(.en).contains("issue I-0001 is of project P-001, not P-002"))
        #expect(at(6).map(\.column) == [4] && at(6)[0].text(.zh).contains("晚于今天"))
        #expect(at(7).map(\.column) == [7] && at(7)[0].text(.zh).contains("早于批示日期"))
        #expect(at(8).map(\.column) == [8] && at(8)[0].text(.zh).contains("新导入的批示不能带反馈内容"))
        #expect(at(9).map(\.column) == [1] && at(9)[0].text(.zh).contains("批示须针对一个项目"))
        #expect(at(10).map(\.column) == [5] && at(10)[0].text(.zh) == "不能为空")
        #expect(problems.count == 9, "\(problems)")
    }

    @Test("only administrators import it; through the store's intent nothing changes when a row is bad")
    func onlyAdministratorsAndAllOrNothing() throws {
        let ledger = try Self.ledger("批示编号,批示领导\nB-001,赵磊\n")
        #expect(throws: DomainError.denied(.role("李强", .leader))) { try Fixtures.plan(.importLedger(ledger), on: Self.board, as: "M-002") }
        let board = Self.board
        #expect(throws: (any Error).self) { try Fixtures.plan(.importLedger(ledger), on: board, as: "M-001") }
        #expect(board.instructions[id: "B-001"]?.leader == "M-002")
    }
}
