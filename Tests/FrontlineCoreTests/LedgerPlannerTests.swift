import Testing

@testable import FrontlineCore

/// Planning ledger imports on the fixture zone: matching rows to records, references, all-or-nothing
/// with every bad row, administrators only, and the round trip through export.
struct LedgerPlannerTests {
    /// A ledger from CSV text (header first), as the command line builds it.
    static func ledger(_ kind: LedgerKind, _ csv: String, source: String = "t.csv") throws -> LedgerImport {
        try LedgerImport(kind: kind, source: source, table: CSVReader.parse(csv))
    }

    static func context(_ person: String = "M-001") -> PlanContext {
        PlanContext(actor: Fixtures.actor(person), today: Fixtures.today, now: Fixtures.now, ids: .sequential)
    }

    /// The problems an import is refused with (an import that is not refused is recorded as an issue).
    static func problems(importing ledger: LedgerImport, on board: Board) -> [LedgerProblem] {
        do {
            _ = try Planner.planImport(ledger, on: board, context: context())
        } catch {
            guard case .problems(let problems) = error else { Issue.record("not problems: \(error)"); return [] }
            return problems
        }
        Issue.record("the import was not refused")
        return []
    }

    static func plan(_ kind: LedgerKind, _ csv: String, on board: Board = Fixtures.zone, as person: String = "M-001") throws -> LedgerPlan {
        try Planner.planImport(try ledger(kind, csv), on: board, context: context(person))
    }

    /// The problems of a refused import, or a recorded failure when it was not refused.
    static func problems(_ kind: LedgerKind, _ csv: String, on board: Board = Fixtures.zone) throws -> [LedgerProblem] {
        let ledger = try ledger(kind, csv)
        do {
            _ = try Planner.planImport(ledger, on: board, context: context())
        } catch {
            guard case .problems(let problems) = error else { Issue.record("not problems: \(error)"); return [] }
            return problems
        }
        Issue.record("the import was not refused")
        return []
    }

    static func apply(_ planned: LedgerPlan, to board: Board) throws -> Board {
        var board = board
        try board.apply(planned.plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor("M-001"), prev: ""))
        return board
    }

    // MARK: Creating and matching

    @Test("new projects get sequential ids, references by name or id, and every column's value")
    func createsProjects() throws {
        let planned = try Self.plan(
            .projects,
            """
            项目名称,建设单位,所属园区,阶段,总投资（万元）,年度计划投资,本年累计完成,计划开工,进度,帮包领导,帮包单位,备注
            智能制造产业园,某某公司,高新街道,在建,"1,234.5",500,0,2026/3/1,35%,李强,U-01,'=不是公式
            "氢能,示范站",,,signed,10,0,0,,,M-003,城管中心,
            """)
        #expect(planned.created == 2 && planned.changed == 0 && planned.unchanged == 0)
        #expect(planned.plan.action == "import")
        #expect(planned.plan.changes.map(\.id) == ["P-003", "P-004"])
        let board = try Self.apply(planned, to: Fixtures.zone)
        let p = try #require(board.projects[id: "P-003"])
        #expect(p.name == "智能制造产业园" && p.owner == "某某公司" && p.area == "U-02" && p.stage == .building)
        #expect(p.total == Money("1234.50") && p.plan == Money("500") && p.planStart == Day(2026, 3, 1))
        #expect(p.progressPct == 35 && p.leader == "M-002" && p.unit == "U-01" && p.remark == "=不是公式")
        let q = try #require(board.projects[id: "P-004"])
        #expect(q.name == "氢能,示范站" && q.stage == .signed && q.area == nil && q.leader == "M-003" && q.unit == "U-04")
    }

    @Test("new ids stay sequential around ids the file gives itself")
    func sequentialIds() throws {
        let board = Fixtures.zone.with(Fixtures.issue())
        let planned = try Self.plan(
            .issues,
            """
            问题编号,问题描述,责任单位,办结时限
            ,一,U-01,2026-12-31
            I-0003,二,U-01,2026-12-31
            ,三,U-01,2026-12-31
            I-0500,四,U-01,2026-12-31
            ,五,U-01,2026-12-31
            ,六,U-01,2026-12-31
            """, on: board)
        #expect(planned.rows.map(\.id) == ["I-0002", "I-0003", "I-0004", "I-0500", "I-0501", "I-0502"])
    }

    @Test("a row with an existing id updates only the file's columns; an unchanged row changes nothing")
    func updatesById() throws {
        let planned = try Self.plan(
            .projects,
            """
            项目编号,进度,本年累计完成
            P-001,60,1200
            P-002,0,0.00
            """)
        #expect(planned.created == 0 && planned.changed == 1 && planned.unchanged == 1)
        let change = try #require(planned.plan.changes.first)
        #expect(change.op == .update && change.id == "P-001")
        #expect(Set(change.fields.map(\.name)) == ["progressPct", "ytd"])
        #expect(planned.rows.map(\.effect) == [.changed(["ytd", "progressPct"]), .unchanged])
    }

    @Test("an id that does not exist creates the record with that id")
    func createsWithGivenId() throws {
        let planned = try Self.plan(.units, "单位编号,单位,类型,排序\nU-77,招商中心,经济部门,3\n")
        let board = try Self.apply(planned, to: Fixtures.zone)
        #expect(board.units[id: "U-77"]?.name == "招商中心")
        #expect(board.units[id: "U-77"]?.unitKind == .economic && board.units[id: "U-77"]?.sortOrder == 3)
    }

    @Test("without ids: units by name, people by name and unit, roster by unit and duty")
    func matchesByName() throws {
        let units = try Self.plan(.units, "单位,简称\n经济发展局,经发局\n新区,新区\n")
        #expect(units.rows.map(\.id) == ["U-01", "U-05"])
        #expect(units.rows.map(\.effect) == [.changed(["shortName"]), .created])
        let people = try Self.plan(.people, "姓名,单位,职务\n周平,经济发展局,局长\n周平,高新街道,科员\n")
        #expect(people.rows.map(\.effect) == [.changed(["title"]), .created])
        let roster = try Self.plan(.roster, "单位,事项,A角,B角\n经济发展局,综合,陈静,刘洋\n高新街道,招商统计,孙丽,何军\n")
        #expect(roster.rows.map(\.id) == ["D-01", "D-04"])
        #expect(roster.rows.map(\.effect) == [.changed(["a", "b"]), .created])
    }

    @Test("a person refers to a unit created by an earlier import in the same store")
    func referencesAcrossImports() throws {
        let units = try Self.plan(.units, "单位,简称,类型\n招商服务中心,招商中心,经济部门\n")
        let board = try Self.apply(units, to: Fixtures.zone)
        let people = try Self.plan(.people, "姓名,单位,账号,角色\n林一,招商中心,linyi,unit\n", on: board)
        let after = try Self.apply(people, to: board)
        let person = try #require(after.people.first { $0.name == "林一" })
        #expect(person.unit == units.rows[0].id && person.role == .unit && person.login == "linyi")
        #expect(person.id == "M-100", "one more than the highest person id, M-099")
    }

    @Test("a new issue gets the ledger's status, today as raised date by default, and one 导入 log line")
    func createsIssues() throws {
        let planned = try Self.plan(
            .issues,
            """
            问题编号,项目编号,问题描述,类别,提出日期,责任单位,责任人,办结时限,状态
            ,高端装备产业园,"用电
            未接入",水电气暖,,经济发展局,陈静,2026-12-31,办理中
            I-0500,,路面破损,other,2026/10/1,U-02,,2026/10/30,已销号
            """)
        let board = try Self.apply(planned, to: Fixtures.zone)
        let first = try #require(board.issues[id: "I-0001"])
        #expect(first.title == "用电\n未接入" && first.project == "P-001" && first.category == .utilities)
        #expect(first.raisedOn == Fixtures.today && first.raisedBy == "M-001" && first.person == "M-011")
        #expect(first.due == Day(2026, 12, 31) && first.originalDue == first.due && first.status == .inProgress)
        #expect(first.log.map(\.action) == ["导入"] && first.log.last?.status == .inProgress)
        let second = try #require(board.issues[id: "I-0500"])
        #expect(second.project == nil && second.status == .closed && second.raisedOn == Day(2026, 10, 1))
        #expect(Integrity.problems(in: board).isEmpty)
    }

    // MARK: All or nothing

    @Test("every bad cell of every bad row is listed with its row, column letter and header")
    func everyBadRow() throws {
        let problems = try Self.problems(
            .projects,
            """
            项目编号,项目名称,阶段,总投资,计划开工,进度,帮包领导,帮包单位
            ,好项目,在建,100,2026-01-01,10,李强,经济发展局
            ,,开工了,12.345,2026-02-30,120,张三,经济发展局
            P-001,改名,在建,100,,,李强,
            ,好项目二,在建,100,,,李强,经济发展局
            """)
        let places = problems.map { "\($0.row):\($0.letter ?? "")" }
        #expect(places == ["3:B", "3:C", "3:D", "3:E", "3:F", "3:G", "4:H"])
        #expect(problems.first?.header == "项目名称")
        #expect(problems.first { $0.letter == "G" }?.text(.zh).contains("张三") == true)
        #expect(problems.first { $0.letter == "C" }?.text(.en).contains("planning") == true, "lists the English aliases")
    }

    @Test("the same id twice, or two rows matching one record, is an error at the second row")
    func duplicates() throws {
        let byId = try Self.problems(.projects, "项目编号,进度\nP-001,10\nP-002,20\nP-001,30\n")
        #expect(byId.map(\.row) == [4] && byId.first?.letter == "A" && byId.first?.text(.zh).contains("第 2 行") == true)
        let byName = try Self.problems(.units, "单位,简称\n新区,新区\n新区,新区二\n")
        #expect(byName.map(\.row) == [3] && byName.first?.text(.en).contains("row 2") == true)
    }

    @Test("an ambiguous name is an error that lists the ids; the row's unit settles it for 责任人")
    func ambiguousNames() throws {
        let board = Fixtures.zone.with(Fixtures.person("M-050", "陈静", unit: "U-02", role: .unit, login: "chenjing2"))
        let problems = try Self.problems(.projects, "项目名称,帮包领导,帮包单位\n新项目,陈静,U-01\n", on: board)
        #expect(problems.count == 1 && problems[0].text(.zh).contains("M-011、M-050"))
        let planned = try Self.plan(.issues, "问题描述,责任单位,责任人,办结时限\n漏水,高新街道,陈静,2026-12-31\n", on: board)
        #expect(planned.plan.changes.first?.fields.contains(FieldChange("person", old: .null, new: .string("M-050"))) == true)
    }

    @Test("an existing issue's status, due date and raised date change only through its lifecycle")
    func issueLifecycleStays() throws {
        let board = Fixtures.zone.with(Fixtures.issue())
        let problems = try Self.problems(.issues, "问题编号,问题描述,状态,办结时限,提出日期\nI-0001,新标题,已销号,2027-01-01,2026-11-02\n", on: board)
        #expect(problems.map(\.letter) == ["C", "D", "E"])
        let planned = try Self.plan(.issues, "问题编号,问题描述,状态\nI-0001,新标题,办理中\n", on: board)
        let change = try #require(planned.plan.changes.first)
        #expect(change.fields.map(\.name) == ["title"] && change.appendLog?.action == "导入")
    }

    @Test("what frontline check would report is refused: roster outside its unit, same A and B, duplicate logins")
    func integrity() throws {
        let roster = try Self.problems(.roster, "单位,事项,A角,B角\n经济发展局,综合,孙丽,孙丽\n")
        #expect(roster.map(\.letter) == ["C", "D", "D"])
        let logins = try Self.problems(.people, "姓名,单位,账号\n新人,经济发展局,wangmin\n")
        #expect(logins.first?.text(.zh).contains("M-001") == true)
        let move = try Self.problems(.people, "人员编号,单位\nM-011,城管中心\n")
        #expect(move.map(\.letter) == ["B", "B"])
        #expect(
            move.contains { $0.text(.zh).contains("D-01") } && move.contains { $0.text(.zh).contains("D-02") },
            "M-011 is B of D-01 and A of D-02 in 经济发展局")
    }

    @Test("the importing administrator cannot change their own login or role")
    func noSelfLockout() throws {
        let problems = try Self.problems(.people, "人员编号,账号,角色\nM-001,other,只读\n")
        #expect(problems.map(\.letter) == ["B", "C"])
        let fine = try Self.plan(.people, "人员编号,账号,角色,职务\nM-001,wangmin,管理员,主任\n")
        #expect(fine.changed == 1)
    }

    @Test("a missing required column is named on every row that would create a record")
    func missingColumn() throws {
        let problems = try Self.problems(.projects, "项目编号,项目名称,帮包领导\nP-001,高端装备产业园,李强\n,新项目,李强\n")
        #expect(problems.map(\.row) == [3] && problems[0].text(.zh).contains("帮包单位"))
    }

    @Test("headers: none that fits (wrong --kind), the same column twice, text beyond the last header")
    func headers() throws {
        #expect(throws: LedgerError.self) { try Self.ledger(.projects, "姓名,单位\n王,U-01\n") }
        do {
            _ = try Self.ledger(.projects, "项目名称,name,序号,\n甲,乙,1,无表头,多余\n")
            Issue.record("expected a refusal")
        } catch let error as LedgerError {
            guard case .problems(let problems) = error else { Issue.record("\(error)"); return }
            #expect(problems.map { "\($0.row):\($0.letter ?? "")" } == ["1:B", "2:D", "2:E"])
        }
        let ledger = try Self.ledger(.projects, "序号,项目名称\n1,甲\n,\n")
        #expect(ledger.ignored.map(\.header) == ["序号"] && ledger.rows.count == 1, "blank rows are skipped")
    }

    // MARK: Who, and the generic planner

    @Test(arguments: ["M-002", "M-011", "M-099"])
    func onlyAdministrators(_ person: String) throws {
        #expect(throws: LedgerError.self) { try Self.plan(.units, "单位\n新区\n", as: person) }
        do {
            _ = try Self.plan(.units, "单位\n新区\n", as: person)
        } catch let error as LedgerError {
            guard case .denied = error else { Issue.record("not denied: \(error)"); return }
        }
    }

    @Test("Intent.importLedger plans the same through Planner.plan; nothing to change and bad rows are DomainErrors")
    func throughTheIntent() throws {
        let ledger = try Self.ledger(.units, "单位,简称\n新区,新区\n")
        let plan = try Fixtures.plan(.importLedger(ledger), on: Fixtures.zone)
        #expect(plan.action == "import" && plan.summary == "导入 t.csv 单位台账：新增 1，修改 0，未变 0")
        let same = try Self.ledger(.units, "单位,简称\n经济发展局,\n")
        #expect(throws: DomainError.nothingChanged) { try Fixtures.plan(.importLedger(same), on: Fixtures.zone) }
        let bad = try Self.ledger(.units, "单位,排序\n新区,第一\n")
        do {
            _ = try Fixtures.plan(.importLedger(bad), on: Fixtures.zone)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.message(.en).contains("t.csv:2:B 排序: '第一' is not a whole number"))
        }
        #expect(throws: DomainError.denied(.role("李强", .leader))) { try Fixtures.plan(.importLedger(ledger), on: Fixtures.zone, as: "M-002") }
    }

    // MARK: Export

    @Test("export then import of every ledger on the fixture zone changes nothing")
    func exportImportIsUnchanged() throws {
        let board = Fixtures.zone.with(
            Fixtures.issue(),
            Fixtures.issue("I-0002") {
                $0.person = "M-011"; $0.project = nil
            })
        for kind in LedgerKind.allCases {
            let bytes = LedgerExport.csv(kind, of: board)
            let planned = try Planner.planImport(
                try LedgerImport(kind: kind, source: "x.csv", table: CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))),
                on: board, context: Self.context())
            #expect(planned.plan.changes.isEmpty, "\(kind): \(planned.plan.changes)")
            #expect(planned.unchanged == LedgerExport.cells(kind, of: board).count)
        }
    }

    @Test("export names a reference by name only when the name finds the same record again")
    func exportReferences() throws {
        let board = Fixtures.zone.with(
            Fixtures.person("M-050", "陈静", unit: "U-02", role: .unit, login: "chenjing2"),
            Fixtures.duty("D-09", unit: "U-02", "综合", a: "M-050", b: "M-021"))
        let people = LedgerExport.cells(.people, of: board)
        #expect(people.first { $0[0] == "M-011" }?[2] == "经济发展局")
        let roster = LedgerExport.cells(.roster, of: board)
        #expect(roster.first { $0[0] == "D-09" } == ["D-09", "高新街道", "综合", "陈静", "何军"], "陈静 is unique within 高新街道")
        let projects = LedgerExport.cells(.projects, of: board.with(Fixtures.project("P-009", leader: "M-011")))
        #expect(projects.first { $0[0] == "P-009" }?[13] == "M-011", "two people are named 陈静: the id")
    }

    @Test("JSON export has the English keys, numbers as numbers and empty dates as null")
    func json() throws {
        let value = LedgerExport.json(.projects, of: Fixtures.zone)
        guard case .array(let rows) = value, let first = rows.first else { Issue.record("not an array"); return }
        #expect(first["code"] == .string("P-001") && first["progressPct"] == .int(0) && first["planStart"] == .null)
        #expect(first["leader"] == .string("李强") && first["total"] == .string("0.00"))
    }
}
