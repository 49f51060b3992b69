import Testing

@testable import FrontlineCore

/// The 通报台账 (`frontline export|import --kind bulletins`, issue 16): the columns are the fields declared `inLedger`
/// on `Bulletin`; export then import changes nothing; a 通报 is issued once and never changed, so a row of an existing
/// one must read as stored; a new row is checked as `bulletin new` checks it and issued with the next number by the
/// importer; a bad row is refused with its row and column in both languages, and nothing is planned.
///
/// The zone of `Fixtures` (today 2026-11-27): M-001 王敏 and M-004 吴刚 管理员, M-002 李强 领导.
struct BulletinLedgerTests {
    /// The fixture zone with TB-001 (王敏's criticism of 高新街道 for October, its reason starting with =) and TB-002
    /// (吴刚's praise of 经济发展局 for the first half of November).
    static var board: Board {
        var board = Fixtures.zone
        var b1 = Bulletin(id: "TB-001")
        b1.verdict = .criticism
        b1.unit = "U-02"
        b1.period = "2026-10"
        b1.reason = "=10月招商签约为零，予以通报批评"
        b1.date = d("2026-11-20")
        b1.issuer = "M-001"
        var b2 = Bulletin(id: "TB-002")
        b2.verdict = .praise
        b2.unit = "U-01"
        b2.period = "2026-11-1"
        b2.reason = "开工率100%"
        b2.date = d("2026-11-16")
        b2.issuer = "M-004"
        board.bulletins.upsert(b1)
        board.bulletins.upsert(b2)
        return board
    }

    static let header = "通报编号,通报类型,被通报单位,所涉期间,通报事由,通报日期,通报人"

    static func ledger(_ csv: String) throws -> LedgerImport {
        try LedgerImport(kind: .bulletins, source: "通报.csv", table: CSVReader.parse(csv))
    }

    static func plan(_ csv: String, as person: String = "M-001") throws -> LedgerPlan {
        try Planner.planImport(try ledger(csv), on: board, context: LedgerPlannerTests.context(person))
    }

    static func problems(_ csv: String) throws -> [LedgerProblem] {
        LedgerPlannerTests.problems(importing: try ledger(csv), on: board)
    }

    @Test("the columns are the catalog's: 通报编号 then the fields declared inLedger, in stored order")
    func columns() {
        #expect(LedgerKind.bulletins.columns.map(\.zh) == ["通报编号", "通报类型", "被通报单位", "所涉期间", "通报事由", "通报日期", "通报人"])
        #expect(LedgerKind.bulletins.columns.map(\.key) == ["code", "verdict", "unit", "period", "reason", "date", "issuer"])
        #expect(LedgerKind.bulletins.recordKind == .bulletin)
        #expect(LedgerKind.bulletins.label(.zh) == "通报台账" && LedgerKind.bulletins.label(.en) == "bulletins ledger")
        let columns = LedgerKind.bulletins.columns
        #expect(["类型", "单位", "期间", "事由"].map { h in columns.first { $0.matches(header: h) }?.key } == ["verdict", "unit", "period", "reason"])
    }

    @Test("export writes names, guards formulas; the CSV read back changes nothing; JSON has the English keys")
    func roundTrip() throws {
        let cells = LedgerExport.cells(.bulletins, of: Self.board)
        #expect(
            cells == [
                ["TB-001", "批评", "高新街道", "2026-10", "=10月招商签约为零，予以通报批评", "2026-11-20", "王敏"],
                ["TB-002", "表扬", "经济发展局", "2026-11-1", "开工率100%", "2026-11-16", "吴刚"],
            ])
        let bytes = LedgerExport.csv(.bulletins, of: Self.board)
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix(Self.header + "\r\nTB-001,批评,高新街道,2026-10,'=10月"), "\(text)")
        let planned = try Self.plan(text)
        #expect(planned.plan.changes.isEmpty, "\(planned.plan.changes)")
        #expect(planned.unchanged == 2 && planned.created == 0)
        let json = LedgerExport.json(.bulletins, of: Self.board)
        guard case .array(let rows) = json, case .object(let first)? = rows.first else { Issue.record("\(json)"); return }
        #expect(first.map(\.key) == ["code", "verdict", "unit", "period", "reason", "date", "issuer"])
    }

    @Test("a new row is issued as bulletin new would: the next number, today unless a day is given, by the importer")
    func issuesNew() throws {
        let planned = try Self.plan(
            """
            通报类型,被通报单位,所涉期间,通报事由,通报日期,通报人
            批评,城管中心,2026-11-1,上半月问题办结率全区最低,,
            表扬,U-03,2026-10,签约两个亿元项目,2026/11/2,王敏
            """)
        #expect(planned.created == 2 && planned.unchanged == 0)
        var board = Self.board
        try board.apply(planned.plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor("M-001"), prev: ""))
        let third = try #require(board.bulletins[id: "TB-003"])
        #expect(third.verdict == .criticism && third.unit == "U-04" && third.period == "2026-11-1" && third.reason == "上半月问题办结率全区最低")
        #expect(third.date == Fixtures.today && third.issuer == "M-001")
        let fourth = try #require(board.bulletins[id: "TB-004"])
        #expect(fourth.verdict == .praise && fourth.unit == "U-03" && fourth.date == d("2026-11-02") && fourth.issuer == "M-001")
        #expect(board.bulletins(ofUnit: "U-04", by: Fixtures.today).map(\.id) == ["TB-003"])
    }

    @Test("bad rows are refused all together with row and column in zh and en; a ledger cannot change an issued 通报")
    func refusesBadRows() throws {
        let problems = try Self.problems(
            """
            \(Self.header)
            TB-001,批评,高新街道,2026-10,改过的事由,2026-11-20,王敏
            TB-002,批评,经济发展局,2026-11-1,开工率100%,2026-11-16,吴刚
            TB-009,表扬,经济发展局,2026-11,好,,
            ,表扬,经济发展局,2026年10月,好,,
            ,表扬,经济发展局,2026-12,好,,
            ,表扬,经济发展局,2026-11-2,好,2026-11-15,
            ,表扬,招商局,2026-11,好,,
            ,表扬,经济发展局,2026-11,\u{3000} ,,
            ,表扬,经济发展局,2026-11,好,2026-11-28,
            ,表扬,经济发展局,2026-11,好,,吴刚
            ,,经济发展局,2026-11,好,,
            ,通告,经济发展局,2026-11,好,,
            """)
        func at(_ row: Int) -> [LedgerProblem] { problems.filter { $0.row == row } }
        #expect(at(2).map(\.column) == [4], "\(at(2))")
        #expect(at(2).first?.text(.zh) == "TB-001 的“通报事由”不能由台账修改：通报发出后不能更改")
        #expect(at(2).first?.text(.en) == "TB-001's reason cannot be changed by a ledger: a bulletin (通报), once issued, is not changed")
        #expect(at(3).map(\.column) == [1] && at(3)[0].text(.zh).contains("TB-002 的“通报类型”不能由台账修改"), "\(at(3))")
        #expect(at(4).map(\.column) == [0] && at(4)[0].text(.en).contains("there is no bulletin TB-009"), "\(at(4))")
        #expect(at(5).map(\.column) == [3] && at(5)[0].text(.zh).contains("应为半月（2026-10-2）或月份（2026-10）"), "\(at(5))")
        #expect(at(6).map(\.column) == [3] && at(6)[0].text(.en).contains("the period 2026-12 had not begun by the day of issue 2026-11-27"))
        #expect(at(7).map(\.column) == [3] && at(7)[0].text(.zh).contains("所涉期间 2026-11-2 在通报日期 2026-11-15 之后尚未开始"))
        #expect(at(8).map(\.column) == [2] && at(8)[0].text(.zh).contains("招商局"), "\(at(8))")
        #expect(at(9).map(\.column) == [4] && at(9)[0].text(.zh) == "不能为空" && at(9)[0].text(.en).contains("empty"), "\(at(9))")
        #expect(at(10).map(\.column) == [5] && at(10)[0].text(.en) == "the day of issue 2026-11-28 is after today 2026-11-27", "\(at(10))")
        #expect(at(11).map(\.column) == [6] && at(11)[0].text(.zh) == "新通报由导入人发出：通报人应留空或为 王敏，不能是 吴刚", "\(at(11))")
        #expect(at(12).map(\.column) == [1] && at(12)[0].text(.zh) == "不能为空", "\(at(12))")
        #expect(at(13).map(\.column) == [1] && at(13)[0].text(.zh).contains("通告"), "\(at(13))")
        #expect(problems.count == 12, "\(problems)")
        let message = LedgerError.problems(problems).lines(.zh, file: "通报.csv")
        #expect(message.contains("通报.csv:2:E 通报事由：TB-001 的“通报事由”不能由台账修改：通报发出后不能更改"), "\(message)")
    }

    @Test("only administrators import it; through the store's intent a bad file plans nothing")
    func onlyAdministratorsAndAllOrNothing() throws {
        let new = try Self.ledger("通报类型,被通报单位,所涉期间,通报事由\n表扬,经济发展局,2026-11,好\n")
        for person in ["M-002", "M-010", "M-099"] {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(.importLedger(new), on: Self.board, as: person) }
            guard case .denied? = error else { Issue.record("\(person) not denied: \(String(describing: error))"); continue }
        }
        #expect(try Fixtures.plan(.importLedger(new), on: Self.board, as: "M-004").changes.count == 1)
        let bad = try Self.ledger("通报类型,被通报单位,所涉期间,通报事由\n表扬,经济发展局,2026-11,好\n批评,经济发展局,2026-13,差\n")
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.importLedger(bad), on: Self.board, as: "M-001") }
        #expect(error?.message(.en).contains("通报.csv:3:C") == true, "\(String(describing: error?.message(.en)))")
    }

    @Test("an import that issued a 通报 is not undone, like bulletin new")
    func importNotUndone() throws {
        var run = BulletinTests.Run()
        try run.run(.importLedger(try Self.ledger("通报类型,被通报单位,所涉期间,通报事由\n表扬,经济发展局,2026-11,好\n")), as: "M-001")
        #expect(run.board.bulletins[id: "TB-001"]?.issuer == "M-001")
        let undo = #expect(throws: DomainError.self) { try run.plan(.undo, as: "M-001") }
        #expect(undo?.message(.zh).contains("通报发出后不能撤回") == true, "\(String(describing: undo))")
    }
}
