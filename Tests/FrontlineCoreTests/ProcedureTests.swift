import Testing

@testable import FrontlineCore

/// 手续 (issue 16, item 1): the template, the chain's parallel steps, the lights of a step, recording a step and
/// raising an issue from a late one (docs/domain-rules.md, "手续").
///
/// The zone of `Fixtures`: P-001 is served by 经发局 U-01 (周平 M-010) and led by 李强 M-002; 城管中心 U-04 (马超 M-040)
/// serves P-002; 高新街道 U-02 (孙丽 M-020) hosts P-001; 创新园区 U-03 (郑伟 M-030) co-serves it.
struct ProcedureTests {
    static let template = "立项/备案 > 用地 > 规划许可 > 图审@U-03 + 施工许可 > 竣工验收"

    static func board(_ steps: [ProcedureStep] = [], template: String = ProcedureTests.template, dueSoonDays: Int = 3) -> Board {
        var settings = Settings()
        settings.procedureTemplate = template
        settings.dueSoonDays = dueSoonDays
        var project = Fixtures.zone.projects[id: "P-001"]!
        project.procedures = ProcedureSteps(steps)
        return Fixtures.zone.with(settings, project)
    }

    static func chain(_ board: Board, today: Day = Fixtures.today) -> ProcedureChain {
        board.procedureChain(board.projects[id: "P-001"]!, today: today)
    }

    // MARK: The template

    @Test("a template reads into groups in order, '+' steps in one group, '@' a unit")
    func parseTemplate() {
        let (template, problems) = ProcedureTemplate.parse("立项/备案 → 用地 > 图审@U-03 ＋ 施工许可 > 竣工验收", units: ["U-03"])
        #expect(problems.isEmpty)
        #expect(template.groups.map { $0.map(\.name) } == [["立项/备案"], ["用地"], ["图审", "施工许可"], ["竣工验收"]])
        #expect(template.step("图审")?.unit == "U-03")
        #expect(template.step("施工许可")?.group == 2)
        #expect(template.text == "立项/备案 > 用地 > 图审@U-03 + 施工许可 > 竣工验收")
        #expect(ProcedureTemplate.parse("   ").template.isEmpty)
    }

    struct BadTemplate: Sendable, CustomTestStringConvertible {
        let text: String
        let zh: String
        let en: String
        var testDescription: String { text }
    }

    static let badTemplates = [
        BadTemplate(text: "立项 > > 用地", zh: "第 2 个步骤为空", en: "step 2 of the procedure template is empty"),
        BadTemplate(text: "立项 > 图审 + ", zh: "第 3 个步骤为空", en: "step 3 of the procedure template is empty"),
        BadTemplate(text: "立项 > 图审 + 图审", zh: "步骤“图审”重复出现", en: "names step '图审' more than once"),
        BadTemplate(text: "立项 > 图审@U-77", zh: "责任单位 U-77 不存在", en: "the unit U-77, which does not exist"),
    ]

    @Test("a bad template is refused with its reason in Chinese and English, and nothing changes", arguments: badTemplates)
    func badTemplate(_ bad: BadTemplate) throws {
        let board = Self.board()
        let before = board.settings
        let edit = Intent.edit(
            RecordEdit(
                kind: .settings, id: Settings.singletonId, base: board.settings.meta.rev,
                fields: [FieldChange("procedureTemplate", old: .string(Self.template), new: .string(bad.text))]))
        var changed = board
        let error = #expect(throws: DomainError.self) { _ = try Planner.plan(edit, applyingTo: &changed, context: Fixtures.context()) }
        #expect(error?.message(.zh).contains(bad.zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(bad.en) == true, "\(String(describing: error?.message(.en)))")
        #expect(changed.settings == before)
        #expect(changed.revision == board.revision)
    }

    @Test("a good template is saved by an administrator's edit")
    func goodTemplate() throws {
        let board = Self.board(template: "")
        let edit = Intent.edit(
            RecordEdit(
                kind: .settings, id: Settings.singletonId, base: board.settings.meta.rev,
                fields: [FieldChange("procedureTemplate", old: .string(""), new: .string("立项 > 图审 + 施工许可"))]))
        var changed = board
        _ = try Planner.plan(edit, applyingTo: &changed, context: Fixtures.context())
        #expect(changed.settings.procedures.groups.count == 2)
    }

    // MARK: Parallel steps

    @Test("a step waiting on a parallel sibling is not blocked by it; a step after the group waits for all of it")
    func parallel() {
        let done = d("2026-10-01")
        let board = Self.board([
            ProcedureStep(name: "立项/备案", done: done), ProcedureStep(name: "用地", done: done), ProcedureStep(name: "规划许可", done: done),
            ProcedureStep(name: "图审", planned: d("2026-11-10")),
            ProcedureStep(name: "施工许可", planned: d("2026-12-20")),
        ])
        var chain = Self.chain(board)
        #expect(chain.step("图审")?.waitingOn == [])
        #expect(chain.step("施工许可")?.waitingOn == [], "its sibling 图审 is late, but they run in parallel")
        #expect(chain.step("施工许可")?.isCurrent == true)
        #expect(chain.step("竣工验收")?.waitingOn == ["图审", "施工许可"])
        #expect(chain.current.map(\.name) == ["图审", "施工许可"])
        #expect(chain.blocking.map(\.name) == ["图审"], "only the late current step holds the project up")
        #expect(chain.step("图审")?.isParallel == true && chain.step("用地")?.isParallel == false)

        // One of the group done: the step after still waits for the other.
        var project = board.projects[id: "P-001"]!
        project.procedures = project.procedures.setting(ProcedureStep(name: "施工许可", planned: d("2026-12-20"), done: d("2026-11-20")))
        chain = Self.chain(board.with(project))
        #expect(chain.step("竣工验收")?.waitingOn == ["图审"])
        // Both done: it waits on nothing.
        project.procedures = project.procedures.setting(ProcedureStep(name: "图审", planned: d("2026-11-10"), done: d("2026-11-25")))
        chain = Self.chain(board.with(project))
        #expect(chain.step("竣工验收")?.waitingOn == [])
        #expect(chain.step("竣工验收")?.isCurrent == true)
        #expect(chain.step("图审")?.daysLate == 15)
    }

    @Test("a step done after the chain's day is not done on that day")
    func asOf() {
        let board = Self.board([ProcedureStep(name: "立项/备案", planned: d("2026-11-01"), done: d("2026-11-20"))])
        #expect(Self.chain(board, today: d("2026-11-19")).step("立项/备案")?.light == .red)
        #expect(Self.chain(board, today: d("2026-11-20")).step("立项/备案")?.light == .gray)
        #expect(Self.chain(board, today: d("2026-11-20")).step("用地")?.waitingOn == [])
        #expect(Self.chain(board, today: d("2026-11-19")).step("用地")?.waitingOn == ["立项/备案"])
    }

    // MARK: Lights

    struct LightRow: Sendable, CustomTestStringConvertible {
        let planned: String
        let dueSoonDays: Int
        let light: Light?
        var testDescription: String { "planned \(planned), dueSoonDays \(dueSoonDays) → \(light?.rawValue ?? "none")" }
    }

    /// Today is 2026-11-27: both sides of "late" (planned yesterday, today) and of "due soon" (N and N + 1 days away).
    static let lightRows = [
        LightRow(planned: "2026-11-26", dueSoonDays: 3, light: .red),
        LightRow(planned: "2026-11-27", dueSoonDays: 3, light: .yellow),
        LightRow(planned: "2026-11-30", dueSoonDays: 3, light: .yellow),
        LightRow(planned: "2026-12-01", dueSoonDays: 3, light: .green),
        LightRow(planned: "2026-11-27", dueSoonDays: 0, light: .yellow),
        LightRow(planned: "2026-11-28", dueSoonDays: 0, light: .green),
        LightRow(planned: "2026-11-26", dueSoonDays: 0, light: .red),
    ]

    @Test("a step's light on both sides of every threshold", arguments: lightRows)
    func light(_ row: LightRow) {
        let board = Self.board([ProcedureStep(name: "用地", planned: d(row.planned))], dueSoonDays: row.dueSoonDays)
        #expect(Self.chain(board).step("用地")?.light == row.light)
    }

    @Test("a done step is grey, late or not; an unplanned one has no light")
    func doneAndUnplanned() {
        let board = Self.board([
            ProcedureStep(name: "立项/备案", planned: d("2026-04-10"), done: d("2026-04-21")),
            ProcedureStep(name: "用地", planned: d("2026-05-10"), done: d("2026-05-10")),
        ])
        let chain = Self.chain(board)
        #expect(chain.step("立项/备案")?.light == .gray)
        #expect(chain.step("立项/备案")?.lightText(today: Fixtures.today, .zh) == "2026-04-21 办结（逾期 11 天）")
        #expect(chain.step("用地")?.lightText(today: Fixtures.today, .en) == "done 2026-05-10")
        #expect(chain.step("规划许可")?.light == nil)
        #expect(chain.step("规划许可")?.lightText(today: Fixtures.today, .zh) == "未排期")
        #expect(chain.step("图审")?.unit == "U-03", "the template's unit")
        #expect(chain.step("施工许可")?.unit == "U-01", "else the project's")
        #expect(chain.isTracked)
        #expect(!Self.chain(Self.board()).isTracked)
    }

    // MARK: Recording a step

    @Test("procedure done records the date and the 批复文号 on the project, and undo takes it back")
    func record() throws {
        var journal = Journal(Self.board())
        let plan = try journal.run(
            .recordProcedure(
                ProcedureUpdate(
                    project: "P-001", step: "用地", planned: d("2026-11-01"),
                    done: d("2026-11-20"), number: "潍高自然资预〔2026〕8号")), as: "M-010")
        #expect(plan.action == "procedure.record")
        #expect(plan.summary == "P-001 手续 用地：计划 2026-11-01，办结 2026-11-20，文号 潍高自然资预〔2026〕8号")
        let step = journal.board.projects[id: "P-001"]!.procedures[name: "用地"]
        #expect(step == ProcedureStep(name: "用地", planned: d("2026-11-01"), done: d("2026-11-20"), number: "潍高自然资预〔2026〕8号"))
        try journal.run(.undo, as: "M-010")
        #expect(journal.board.projects[id: "P-001"]!.procedures.isEmpty)
    }

    struct BadUpdate: Sendable, CustomTestStringConvertible {
        let name: String
        let update: ProcedureUpdate
        let zh: String
        let en: String
        var testDescription: String { name }
    }

    static let badUpdates = [
        BadUpdate(
            name: "a step not in the template", update: ProcedureUpdate(project: "P-001", step: "环评", done: d("2026-11-01")),
            zh: "手续模板中没有步骤“环评”", en: "the procedure template has no step '环评'"),
        BadUpdate(
            name: "done after today", update: ProcedureUpdate(project: "P-001", step: "用地", done: d("2026-11-28")),
            zh: "办结日期 2026-11-28 晚于今天 2026-11-27", en: "the date done, 2026-11-28, is after today, 2026-11-27"),
        BadUpdate(
            name: "an unknown unit", update: ProcedureUpdate(project: "P-001", step: "用地", unit: "U-77"),
            zh: "U-77", en: "U-77"),
        BadUpdate(
            name: "an unknown project", update: ProcedureUpdate(project: "P-404", step: "用地", done: d("2026-11-01")),
            zh: "P-404", en: "P-404"),
        BadUpdate(
            name: "a number too long", update: ProcedureUpdate(project: "P-001", step: "用地", number: String(repeating: "号", count: 101)),
            zh: "批复文号不能超过 100 个字", en: "a document number is at most 100 characters"),
    ]

    @Test("bad input is refused in Chinese and English and changes nothing", arguments: badUpdates)
    func badUpdate(_ bad: BadUpdate) {
        var board = Self.board()
        let before = board
        let error = #expect(throws: DomainError.self) {
            _ = try Planner.plan(.recordProcedure(bad.update), applyingTo: &board, context: Fixtures.context())
        }
        #expect(error?.message(.zh).contains(bad.zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(bad.en) == true, "\(String(describing: error?.message(.en)))")
        #expect(board == before)
    }

    @Test("without a template a step cannot be recorded")
    func noTemplate() {
        let error = #expect(throws: DomainError.self) {
            try Fixtures.plan(.recordProcedure(ProcedureUpdate(project: "P-001", step: "用地", done: d("2026-11-01"))), on: Self.board(template: ""))
        }
        #expect(error?.message(.zh).contains("尚未设置手续模板") == true)
        #expect(error?.message(.en).contains("no procedure template is set") == true)
    }

    @Test("recording the same values again changes nothing")
    func nothingChanged() {
        let board = Self.board([ProcedureStep(name: "用地", done: d("2026-11-01"))])
        #expect(throws: DomainError.nothingChanged) {
            try Fixtures.plan(.recordProcedure(ProcedureUpdate(project: "P-001", step: "用地", done: d("2026-11-01"))), on: board)
        }
    }

    // MARK: Who may record

    struct AccessRow: Sendable, CustomTestStringConvertible {
        let who: String
        let step: String
        let allowed: Bool
        let why: String
        var testDescription: String { "\(who) on \(step): \(why) → \(allowed ? "may" : "may not")" }
    }

    static let accessRows = [
        AccessRow(who: "M-001", step: "用地", allowed: true, why: "administrator (绩考办)"),
        AccessRow(who: "M-010", step: "用地", allowed: true, why: "the project's 帮包单位"),
        AccessRow(who: "M-030", step: "图审", allowed: true, why: "the step's responsible unit"),
        AccessRow(who: "M-030", step: "用地", allowed: false, why: "another step's unit (co-unit of the project)"),
        AccessRow(who: "M-040", step: "用地", allowed: false, why: "an unrelated unit"),
        AccessRow(who: "M-002", step: "用地", allowed: false, why: "the project's leader: leaders do not record approvals"),
        AccessRow(who: "M-099", step: "用地", allowed: false, why: "read-only"),
    ]

    @Test("the role matrix of recording a step", arguments: accessRows)
    func access(_ row: AccessRow) throws {
        let intent = Intent.recordProcedure(ProcedureUpdate(project: "P-001", step: row.step, done: d("2026-11-01")))
        if row.allowed {
            #expect(try Fixtures.plan(intent, on: Self.board(), as: row.who).action == "procedure.record")
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(intent, on: Self.board(), as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
    }

    @Test("the step's unit records its dates but may not hand the step to another unit; the project's unit may")
    func assign() throws {
        let change = Intent.recordProcedure(ProcedureUpdate(project: "P-001", step: "图审", unit: "U-02"))
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(change, on: Self.board(), as: "M-030") }
        guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        #expect(try Fixtures.plan(change, on: Self.board(), as: "M-010").summary == "P-001 手续 图审：责任单位 U-02")
    }

    // MARK: Raising an issue

    static let lateBoard = ProcedureTests.board([
        ProcedureStep(name: "立项/备案", done: d("2026-03-01")),
        ProcedureStep(name: "用地", done: d("2026-03-20")),
        ProcedureStep(name: "规划许可", done: d("2026-04-01")),
        ProcedureStep(name: "图审", planned: d("2026-11-10")),
        ProcedureStep(name: "施工许可", planned: d("2026-12-20")),
    ])

    @Test("a late step raises exactly one issue, to the step's unit, linked to the step; not a second time")
    func raise() throws {
        var journal = Journal(Self.lateBoard)
        let issuesBefore = journal.board.issues.count
        let plan = try journal.run(.raiseProcedureIssue(ProcedureRaise(project: "P-001", step: "图审", note: "请图审中心明确审查要点")), as: "M-002")
        #expect(plan.action == "procedure.raise")
        #expect(journal.board.issues.count == issuesBefore + 1)
        let issue = try #require(journal.board.issues[id: "I-9001"])
        #expect(issue.title == "手续办理滞后：图审")
        #expect(issue.unit == "U-03")
        #expect(issue.project == "P-001")
        #expect(issue.category == .approval)
        #expect(issue.due == d("2026-12-04"))
        #expect(issue.description.contains("已逾期 17 天") && issue.description.contains("请图审中心明确审查要点"))
        #expect(journal.board.projects[id: "P-001"]!.procedures[name: "图审"]?.issue == "I-9001")

        let board = journal.board
        var again = board
        let error = #expect(throws: DomainError.self) {
            _ = try Planner.plan(.raiseProcedureIssue(ProcedureRaise(project: "P-001", step: "图审")), applyingTo: &again, context: Fixtures.context())
        }
        #expect(error?.message(.zh).contains("已就逾期提出问题 I-9001") == true)
        #expect(error?.message(.en).contains("already raised issue I-9001") == true)
        #expect(again == board, "nothing changed")
    }

    @Test("a step that is not late raises nothing")
    func notLate() {
        var board = Self.lateBoard
        let before = board
        let error = #expect(throws: DomainError.self) {
            _ = try Planner.plan(
                .raiseProcedureIssue(ProcedureRaise(project: "P-001", step: "施工许可")), applyingTo: &board, context: Fixtures.context())
        }
        #expect(error?.message(.zh).contains("没有逾期") == true)
        #expect(error?.message(.en).contains("is not late") == true)
        #expect(board == before)
    }

    @Test("an unrelated unit may not raise an issue from a step")
    func raiseDenied() {
        let error = #expect(throws: DomainError.self) {
            try Fixtures.plan(.raiseProcedureIssue(ProcedureRaise(project: "P-001", step: "图审")), on: Self.lateBoard, as: "M-040")
        }
        guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
    }

    @Test("a project's procedures round-trip through the record's fields, and an empty list is left out")
    func storage() throws {
        var project = Fixtures.zone.projects[id: "P-001"]!
        #expect(Project.schema.fields.first { $0.name == "procedures" }!.get(project) == .null)
        project.procedures = ProcedureSteps([
            ProcedureStep(name: "图审", unit: "U-03", planned: d("2026-11-10"), done: d("2026-11-20"), number: "图审〔2026〕1号", issue: "I-0001")
        ])
        let json = Project.schema.fields.first { $0.name == "procedures" }!.get(project)
        #expect(try ProcedureSteps(json: json) == project.procedures)
        #expect(throws: FieldError.self) {
            try ProcedureSteps(json: .array([.object([JSONMember("name", .string("图审"))]), .object([JSONMember("name", .string("图审"))])]))
        }
    }

    // MARK: The ledger

    @Test("the ledger exports every recorded step and reads back to the same steps; a row that changes nothing is skipped")
    func ledgerRoundTrip() throws {
        let board = Self.lateBoard
        let text = String(decoding: ProcedureLedger.csv(board), as: UTF8.self)
        #expect(text.contains("项目编号,项目名称,步骤,责任单位,计划日期,办结日期,批复文号,问题"))
        #expect(ProcedureLedger.rows(board).map { $0[2] } == ["立项/备案", "用地", "规划许可", "图审", "施工许可"])
        let table = try CSVReader.parse(String(text.drop { $0 == "\u{FEFF}" }))
        #expect(try ProcedureLedger.intents(table, board: board).isEmpty, "the same steps: nothing to change")
        var empty = board
        var project = board.projects[id: "P-001"]!
        project.procedures = ProcedureSteps()
        empty.projects.upsert(project)
        let intents = try ProcedureLedger.intents(table, board: empty)
        #expect(intents.count == 5)
        var journal = Journal(empty)
        try journal.run(.batch(intents), as: "M-001")
        #expect(journal.board.projects[id: "P-001"]!.procedures == board.projects[id: "P-001"]!.procedures)
    }

    @Test("a bad row of the ledger names its row in Chinese and English")
    func ledgerBadRow() throws {
        let table = try CSVReader.parse("项目编号,步骤,办结日期\nP-001,用地,2026-11-01\nP-001,图审,11月1日\n")
        let error = #expect(throws: DomainError.self) { try ProcedureLedger.intents(table, board: Self.board()) }
        #expect(error?.message(.zh).contains("第 3 行：“11月1日”不是日期") == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains("row 3: '11月1日' is not a date") == true, "\(String(describing: error?.message(.en)))")
        let missing = try CSVReader.parse("项目,办结日期\nP-001,2026-11-01\n")
        #expect(throws: DomainError.self) { try ProcedureLedger.intents(missing, board: Self.board()) }
    }

    @Test("check reports a template written by hand with a problem, and a step naming a unit that does not exist")
    func integrity() {
        var board = Self.board([ProcedureStep(name: "图审", unit: "U-77")], template: "立项 > > 图审")
        let problems = Integrity.problems(in: board)
        #expect(problems.contains { $0.field == "procedureTemplate" && $0.message(.zh).contains("第 2 个步骤为空") })
        #expect(problems.contains { $0.kind == .project && $0.field == "procedures" && $0.message(.en).contains("U-77") })
        board.settings.procedureTemplate = Self.template
        var project = board.projects[id: "P-001"]!
        project.procedures = ProcedureSteps()
        #expect(!Integrity.problems(in: board.with(project)).contains { $0.field.hasPrefix("procedure") })
    }

    @Test("the step's unit takes back its own record of the step with undo, though it may not edit the project")
    func undoByTheStepsUnit() throws {
        let board = Self.board(template: "立项/备案 > 用地 > 规划许可 > 图审@U-04 + 施工许可 > 竣工验收")
        #expect(Access.denial(.change(board.projects[id: "P-001"]!), by: Fixtures.actor("M-040"), on: board) != nil, "城管中心 may not edit P-001")
        var journal = Journal(board)
        try journal.run(.recordProcedure(ProcedureUpdate(project: "P-001", step: "图审", done: d("2026-11-20"))), as: "M-040")
        #expect(journal.board.projects[id: "P-001"]!.procedures[name: "图审"]?.done == d("2026-11-20"))
        let undo = try journal.run(.undo, as: "M-040")
        #expect(undo.action == "undo")
        #expect(journal.board.projects[id: "P-001"]!.procedures.isEmpty)
    }
}
