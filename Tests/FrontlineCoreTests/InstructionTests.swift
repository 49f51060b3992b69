import Testing

@testable import FrontlineCore

/// 领导批示 (issue 14, item 2): the record, its lifecycle, lights, roles and bad input (docs/domain-rules.md, "领导批示").
///
/// In the fixtures' zone 李强 (M-002) and 赵磊 (M-003) are leaders, 王敏 (M-001) and 吴刚 (M-004) administrators (绩考办),
/// 周平 (M-010) and 陈静 (M-011) officials of 经济发展局 U-01 (陈静 is A of its 项目服务 duty), 孙丽 (M-020) of 高新街道 U-02,
/// 钱进 (M-099) read-only. Today is 2026-11-27 and `dueSoonDays` is 3.
struct InstructionTests {
    static func new(
        leader: String? = nil, project: String? = "P-001", issue: String? = nil, text: String = "请一周内报送土地组卷进展",
        unit: String = "U-01", due: String = "2026-12-04", date: String? = nil
    ) -> Intent {
        .instruct(InstructionDraft(project: project, issue: issue, leader: leader, date: date.map(d), text: text, unit: unit, due: d(due)))
    }
    static func respond(_ text: String = "已完成组卷，12月1日报市自然资源局") -> Intent {
        .stepInstruction(InstructionStep(instruction: "B-9001", action: .respond, text: text))
    }
    static let done = Intent.stepInstruction(InstructionStep(instruction: "B-9001", action: .done))

    /// The zone with B-9001 given by 李强 on P-001 to U-01, due `due`.
    static func given(due: String = "2026-12-04", date: String = "2026-11-20") throws -> Journal {
        var journal = Journal(Fixtures.zone)
        try journal.run(new(due: due, date: date), as: "M-002")
        return journal
    }

    static func instruction(due: String, status: InstructionStatus = .awaitingResponse) -> Instruction {
        var instruction = Instruction(id: "B-1")
        instruction.date = d("2026-11-01")
        instruction.due = d(due)
        if status != .awaitingResponse { instruction.respondedAt = t("2026-11-26T09:00:00+08:00"); instruction.response = "已办" }
        if status == .done { instruction.doneAt = t("2026-11-26T10:00:00+08:00") }
        return instruction
    }

    @Test(
        "the light on both sides of the store's warning days and of the due date",
        arguments: [
            ("2026-12-01", Light.green, 0), ("2026-11-30", .yellow, 0), ("2026-11-27", .yellow, 0), ("2026-11-26", .red, 1), ("2026-11-17", .red, 10),
        ])
    func lights(due: String, light: Light, overdue: Int) {
        let instruction = Self.instruction(due: due)
        #expect(instruction.light(today: Fixtures.today, settings: Settings()) == light)
        #expect(instruction.daysOverdue(today: Fixtures.today) == overdue)
    }

    @Test("the warning days are the store's: with dueSoonDays 5, five days left is yellow and six green")
    func warningDaysAreTheStores() {
        var settings = Settings()
        settings.dueSoonDays = 5
        #expect(Self.instruction(due: "2026-12-02").light(today: Fixtures.today, settings: settings) == .yellow)
        #expect(Self.instruction(due: "2026-12-03").light(today: Fixtures.today, settings: settings) == .green)
    }

    @Test("responded is green and never overdue, even past its due date; done is gray")
    func respondedAndDone() {
        let responded = Self.instruction(due: "2026-11-20", status: .responded)
        #expect(responded.light(today: Fixtures.today, settings: Settings()) == .green && responded.daysOverdue(today: Fixtures.today) == 0)
        #expect(responded.respondedLate(today: Fixtures.today))
        let done = Self.instruction(due: "2026-11-20", status: .done)
        #expect(done.light(today: Fixtures.today, settings: Settings()) == .gray && !done.isOpen)
        #expect(done.lightText(today: Fixtures.today, .zh) == "已落实")
        #expect(Self.instruction(due: "2026-11-25").lightText(today: Fixtures.today, .zh).contains("2"))
    }

    @Test("given, responded, done: each step one journal change with who and when")
    func lifecycle() throws {
        var journal = try Self.given()
        var instruction = try #require(journal.board.instructions[id: "B-9001"])
        #expect(instruction.status == .awaitingResponse && instruction.leader == "M-002" && instruction.date == d("2026-11-20"))
        #expect(instruction.project == "P-001" && instruction.unit == "U-01" && instruction.text == "请一周内报送土地组卷进展")
        let responded = try journal.run(Self.respond(), as: "M-011")
        #expect(responded.action == "instruction.respond" && responded.summary.hasPrefix("B-9001 反馈："))
        instruction = try #require(journal.board.instructions[id: "B-9001"])
        #expect(instruction.status == .responded && instruction.respondedBy == "M-011" && instruction.response == "已完成组卷，12月1日报市自然资源局")
        let done = try journal.run(Self.done, as: "M-002")
        #expect(done.action == "instruction.done" && done.summary == "B-9001 已落实")
        instruction = try #require(journal.board.instructions[id: "B-9001"])
        #expect(instruction.status == .done && instruction.doneBy == "M-002")
    }

    @Test("illegal steps are refused in Chinese and English and change nothing")
    func illegalSteps() throws {
        var journal = try Self.given()
        func refused(_ intent: Intent, as who: String, _ zh: String, _ en: String) {
            var board = journal.board
            let before = board
            let error = #expect(throws: DomainError.self) {
                try Planner.plan(intent, applyingTo: &board, context: Fixtures.context(who))
            }
            #expect(error?.message(.zh).contains(zh) == true, "\(String(describing: error?.message(.zh)))")
            #expect(error?.message(.en).contains(en) == true, "\(String(describing: error?.message(.en)))")
            #expect(board == before)
        }
        refused(Self.done, as: "M-002", "不能标记已落实", "cannot be marked done")
        try journal.run(Self.respond(), as: "M-011")
        refused(Self.respond("再报一次"), as: "M-011", "不能再反馈", "cannot be responded to again")
        try journal.run(Self.done, as: "M-002")
        refused(Self.done, as: "M-002", "不能标记已落实", "cannot be marked done")
        refused(Self.respond("再报一次"), as: "M-010", "不能再反馈", "cannot be responded to again")
        refused(.stepInstruction(InstructionStep(instruction: "B-0404", action: .respond, text: "x")), as: "M-011", "B-0404", "B-0404")
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let who: String
        let intent: Intent
        let allowed: Bool
        let why: String
        var testDescription: String { "\(who) \(why) → \(allowed ? "may" : "may not")" }
    }

    static let giving: [Row] = [
        Row(who: "M-002", intent: new(), allowed: true, why: "a leader gives his own instruction"),
        Row(who: "M-003", intent: new(), allowed: true, why: "a leader who does not lead the project (any leader may instruct)"),
        Row(who: "M-003", intent: new(leader: "M-002"), allowed: false, why: "a leader naming another leader"),
        Row(who: "M-001", intent: new(leader: "M-002"), allowed: true, why: "an administrator recording it for a leader"),
        Row(who: "M-010", intent: new(), allowed: false, why: "a unit official"),
        Row(who: "M-010", intent: new(leader: "M-002"), allowed: false, why: "a unit official naming a leader"),
        Row(who: "M-099", intent: new(), allowed: false, why: "read-only"),
    ]

    @Test("who may give an instruction", arguments: giving)
    func whoMayGive(row: Row) throws {
        if row.allowed {
            let plan = try Fixtures.plan(row.intent, on: Fixtures.zone, as: row.who)
            #expect(plan.action == "instruction.new")
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(row.intent, on: Fixtures.zone, as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
    }

    static let stepping: [Row] = [
        Row(who: "M-011", intent: respond(), allowed: true, why: "the responding unit's official responds"),
        Row(who: "M-010", intent: respond(), allowed: true, why: "another official of the responding unit responds"),
        Row(who: "M-020", intent: respond(), allowed: false, why: "an official of another unit responds"),
        Row(who: "M-002", intent: respond(), allowed: false, why: "the leader responds to his own instruction"),
        Row(who: "M-004", intent: respond(), allowed: true, why: "an administrator records the response"),
        Row(who: "M-099", intent: respond(), allowed: false, why: "read-only responds"),
    ]

    @Test("who may respond", arguments: stepping)
    func whoMayRespond(row: Row) throws {
        let journal = try Self.given()
        if row.allowed {
            #expect(try journal.plan(row.intent, as: row.who).action == "instruction.respond")
        } else {
            let error = #expect(throws: DomainError.self) { try journal.plan(row.intent, as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
    }

    @Test(
        "who may mark it done: the leader who gave it, or an administrator",
        arguments: [
            ("M-002", true), ("M-001", true), ("M-003", false), ("M-011", false), ("M-099", false),
        ])
    func whoMayMarkDone(who: String, allowed: Bool) throws {
        var journal = try Self.given()
        try journal.run(Self.respond(), as: "M-011")
        if allowed {
            #expect(try journal.plan(Self.done, as: who).action == "instruction.done")
        } else {
            let error = #expect(throws: DomainError.self) { try journal.plan(Self.done, as: who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
    }

    @Test(
        "bad input is refused in Chinese and English and changes nothing",
        arguments: [
            (new(text: "  "), "M-002", "批示内容不能为空", "needs its text"),
            (new(due: "2026-11-26"), "M-002", "早于批示日期", "is before the instruction's date"),
            (new(due: "2026-11-19", date: "2026-11-20"), "M-002", "早于批示日期", "is before the instruction's date"),
            (new(date: "2026-11-28"), "M-002", "晚于今天", "is after today"),
            (new(unit: "U-77"), "M-002", "U-77", "U-77"),
            (new(project: "P-001", issue: "I-0001"), "M-002", "二者选一", "not both and not neither"),
            (new(project: nil), "M-002", "二者选一", "not both and not neither"),
            (new(project: "P-404"), "M-002", "P-404", "P-404"),
            (new(project: nil, issue: "I-0404"), "M-002", "I-0404", "I-0404"),
            (new(), "M-001", "须写明批示领导", "names the leader"),
            (new(leader: "M-010"), "M-001", "批示须由领导作出", "given by leaders"),
            (respond("  "), "M-011", "反馈内容不能为空", "needs its text"),
        ] as [(Intent, String, String, String)])
    func badInput(intent: Intent, who: String, zh: String, en: String) throws {
        var board = try Self.given().board
        let before = board
        let error = #expect(throws: DomainError.self) { try Planner.plan(intent, applyingTo: &board, context: Fixtures.context(who)) }
        #expect(error?.message(.zh).contains(zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(en) == true, "\(String(describing: error?.message(.en)))")
        #expect(board == before)
    }

    @Test("an instruction on an issue takes the issue's project; an earlier date is kept")
    func onAnIssue() throws {
        let board = Fixtures.zone.with(Fixtures.issue())
        var journal = Journal(board)
        try journal.run(Self.new(project: nil, issue: "I-0001", date: "2026-11-20"), as: "M-002")
        let instruction = try #require(journal.board.instructions[id: "B-9001"])
        #expect(instruction.issue == "I-0001" && instruction.project == "P-001" && instruction.date == d("2026-11-20"))
    }

    @Test("every field is managed: a plain edit is refused")
    func plainEditRefused() throws {
        let journal = try Self.given()
        let edit = RecordEdit(
            kind: .instruction, id: "B-9001", base: journal.board.instructions[id: "B-9001"]!.meta.rev,
            fields: [FieldChange("text", old: .string("请一周内报送土地组卷进展"), new: .string("改了"))])
        #expect(throws: DomainError.self) { try journal.plan(.edit(edit), as: "M-002") }
        #expect(Instruction.managedFields == Set(Instruction.schema.fields.map(\.name)))
    }

    @Test("as of an earlier day: not yet given, or not yet responded")
    func asOf() throws {
        var journal = try Self.given()
        try journal.run(Self.respond(), as: "M-011")
        let instruction = try #require(journal.board.instructions[id: "B-9001"])
        #expect(instruction.asOf(d("2026-11-19")) == nil)
        var later = instruction
        later.respondedAt = t("2026-11-28T09:00:00+08:00")
        #expect(later.asOf(Fixtures.today)?.status == .awaitingResponse && later.asOf(Fixtures.today)?.response == nil)
        #expect(journal.board.asOfRecords(d("2026-11-19")).instructions.rows.isEmpty)
    }

    @Test("instructions carry attachments: the leader and the responding unit may attach, another unit may not")
    func attachments() throws {
        let journal = try Self.given()
        #expect(Attachment.carriers.contains(.instruction))
        let instruction = try #require(journal.board.carrier(id: "B-9001"))
        for (who, allowed) in [("M-002", true), ("M-011", true), ("M-020", false), ("M-003", false), ("M-001", true)] {
            #expect((Access.denial(.attach(instruction), by: Fixtures.actor(who), on: journal.board) == nil) == allowed, "\(who)")
        }
        let draft = AttachmentDraft(kind: .instruction, id: "B-9001", name: "验收时间表.pdf", size: 2048, sha256: String(repeating: "a", count: 64))
        let plan = try journal.plan(.attach(draft), as: "M-011")
        #expect(plan.changes.first?.kind == .instruction)
    }

    @Test("the brief: the holder of the unit's response sees it waiting; the leader sees the response")
    func brief() throws {
        var journal = try Self.given(due: "2026-11-26")
        let index = BoardIndex(journal.board)
        let since = Brief.firstSince(today: Fixtures.today, utcOffset: 8 * 3600)
        let holder = Brief(person: Fixtures.people.first { $0.id == "M-011" }!, index: index, today: Fixtures.today, since: since)
        #expect(holder.instructionsToRespond.map(\.id) == ["B-9001"] && !holder.isEmpty)
        let other = Brief(person: Fixtures.people.first { $0.id == "M-010" }!, index: index, today: Fixtures.today, since: since)
        #expect(other.instructionsToRespond.isEmpty, "周平 does not hold U-01's 项目服务 duty")
        try journal.run(Self.respond(), as: "M-011")
        let after = BoardIndex(journal.board)
        let leader = Brief(person: Fixtures.people.first { $0.id == "M-002" }!, index: after, today: Fixtures.today, since: since)
        #expect(leader.instructionResponses.map(\.id) == ["B-9001"])
        let holderAfter = Brief(person: Fixtures.people.first { $0.id == "M-011" }!, index: after, today: Fixtures.today, since: since)
        #expect(holderAfter.instructionsToRespond.isEmpty)
        try journal.run(Self.done, as: "M-002")
        let leaderDone = Brief(
            person: Fixtures.people.first { $0.id == "M-002" }!, index: BoardIndex(journal.board), today: Fixtures.today, since: since)
        #expect(leaderDone.instructionResponses.isEmpty)
    }

    @Test("the 半月报: given in the period, responded, overdue, and an older overdue one")
    func report() throws {
        var board = try Self.given(due: "2026-11-26").board
        func add(_ id: String, _ date: String, _ due: String, _ text: String) {
            var instruction = Instruction(id: id)
            instruction.project = "P-002"; instruction.leader = "M-003"; instruction.date = d(date); instruction.text = text
            instruction.unit = "U-04"; instruction.due = d(due)
            board.instructions.upsert(instruction)
        }
        // One given in the first half of November and still waiting; one of this period, not yet due.
        add("B-0001", "2026-11-05", "2026-11-10", "请尽快落实中试场地")
        add("B-0002", "2026-11-20", "2026-11-27", "请协调供电接入")
        let report = HalfMonthReport(period: Period(containing: Fixtures.today), today: Fixtures.today, index: BoardIndex(board))
        #expect(report.instructions.map(\.id) == ["B-0001", "B-0002", "B-9001"])
        #expect(report.instructionCounts.given == 2 && report.instructionCounts.responded == 0 && report.instructionCounts.overdue == 2)
        let markdown = report.markdown(.zh)
        #expect(markdown.contains("### 领导批示（本期 2 件，已反馈 0 件；逾期未反馈 2 件）"), "\(markdown)")
        #expect(markdown.contains("| B-0001 | 请尽快落实中试场地 | 赵磊 | 2026-11-05 | 城管中心 | 2026-11-10 | 逾期17天未反馈 |"), "\(markdown)")
        #expect(report.markdown(.en).contains("### Leaders' instructions (2 this period, 0 responded; 2 overdue)"))
        #expect(report.csv(.zh).contains("B-0001,请尽快落实中试场地,赵磊,2026-11-05,城管中心,2026-11-10,逾期17天未反馈"))
        let empty = HalfMonthReport(period: Period(containing: Fixtures.today), today: Fixtures.today, index: BoardIndex(Fixtures.zone))
        #expect(!empty.markdown(.zh).contains("领导批示"), "a report without instructions reads as before")
    }

    @Test("undo takes back one's own latest step: the response, then the instruction")
    func undo() throws {
        var journal = try Self.given()
        try journal.run(Self.respond(), as: "M-011")
        try journal.run(.undo, as: "M-011")
        #expect(journal.board.instructions[id: "B-9001"]?.status == .awaitingResponse)
        #expect(journal.board.instructions[id: "B-9001"]?.response == nil)
        try journal.run(.undo, as: "M-002")
        #expect(journal.board.instructions[id: "B-9001"] == nil)
    }
}
