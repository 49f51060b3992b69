import Testing

@testable import FrontlineCore

/// 通报 (issue 16, item 5; docs/domain-rules.md, "通报"): the 绩考办's praise or criticism of a unit, who may issue one,
/// what it records, bad input refused in both languages with nothing written, not undone, edited or deleted, and the
/// half-month report of the period it was issued in.
///
/// The zone of `Fixtures` (today 2026-11-27): M-001 王敏 and M-004 吴刚 管理员 (the 绩考办), M-002 李强 领导, M-010 周平 of
/// 经济发展局 (U-01), M-020 of 高新街道 (U-02), M-099 钱进 只读.
struct BulletinTests {
    static let criticism = BulletinDraft(
        verdict: .criticism, unit: "U-02", period: "2026-10", reason: "10月招商签约为零，洽谈线索一个月无进展，予以通报批评")

    static func plan(_ draft: BulletinDraft = criticism, as person: String = "M-001", on board: Board = Fixtures.zone) throws(DomainError) -> Plan {
        try Planner.plan(
            .issueBulletin(draft), on: board, context: PlanContext(actor: Fixtures.actor(person), today: Fixtures.today, now: Fixtures.now))
    }

    /// Runs intents with sequential ids (`TB-001`, `TB-002`), keeping the journal for undo.
    struct Run {
        var board = Fixtures.zone
        var history: [Entry] = []

        func plan(_ intent: Intent, as person: String) throws(DomainError) -> Plan {
            try Planner.plan(
                intent, on: board,
                context: PlanContext(actor: Fixtures.actor(person), today: Fixtures.today, now: Fixtures.now, ids: .sequential, history: history))
        }

        @discardableResult
        mutating func run(_ intent: Intent, as person: String) throws -> Entry {
            let entry = try plan(intent, as: person).entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor(person), prev: "")
            try board.apply(entry)
            history.append(entry)
            return entry
        }
    }

    @Test("an administrator issues a criticism: one journal change recording unit, kind, period, reason, day and issuer")
    func issued() throws {
        var journal = Run()
        let entry = try journal.run(.issueBulletin(Self.criticism), as: "M-001")
        #expect(entry.action == "bulletin.new")
        #expect(entry.summary == "TB-001 通报批评 U-02：10月招商签约为零，洽谈线索一个月无进展，予以通报批评")
        #expect(entry.changes.count == 1 && entry.changes[0].kind == .bulletin && entry.changes[0].op == .create)
        let bulletin = try #require(journal.board.bulletins[id: "TB-001"])
        #expect(bulletin.verdict == .criticism && bulletin.unit == "U-02" && bulletin.period == "2026-10")
        #expect(bulletin.date == Fixtures.today && bulletin.issuer == "M-001")
        #expect(journal.board.bulletins(ofUnit: "U-02", by: Fixtures.today).map(\.id) == ["TB-001"])
        #expect(journal.board.bulletins(ofUnit: "U-02", by: d("2026-11-26")).isEmpty, "not yet issued the day before")
        #expect(Integrity.problems(in: journal.board).isEmpty)
        // A praise of a half-month, dated earlier, with the reason trimmed.
        let praise = BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-11-1", reason: "  开工率100%  ", date: d("2026-11-16"))
        try journal.run(.issueBulletin(praise), as: "M-004")
        let second = try #require(journal.board.bulletins.rows.last)
        #expect(second.verdict == .praise && second.period == "2026-11-1" && second.reason == "开工率100%" && second.date == d("2026-11-16"))
        #expect(second.periodLabel(.zh) == "2026年11月上半月" && second.periodLabel(.en) == "1st half of 2026-11")
    }

    @Test("only administrators (the 绩考办) issue a 通报", arguments: ["M-002", "M-010", "M-020", "M-099"])
    func onlyAdministrators(person: String) {
        let error = #expect(throws: DomainError.self) { try Self.plan(as: person) }
        guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        #expect(Access.denial(.issueBulletin, by: Fixtures.actor(person), on: Fixtures.zone) != nil)
        #expect(Access.denial(.issueBulletin, by: Fixtures.actor("M-004"), on: Fixtures.zone) == nil)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let why: String
        let draft: BulletinDraft
        let field: String
        let zh: String
        let en: String
        var testDescription: String { why }
    }

    static let bad: [Bad] = [
        Bad(
            why: "an unknown unit", draft: BulletinDraft(verdict: .praise, unit: "U-77", period: "2026-10", reason: "好"), field: "",
            zh: "U-77", en: "U-77"),
        Bad(
            why: "a blank reason", draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-10", reason: " \u{3000} "), field: "reason",
            zh: "不能为空", en: "must not be empty"),
        Bad(
            why: "a period that does not read", draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026年10月", reason: "好"),
            field: "period", zh: "应为半月（2026-10-2）或月份（2026-10）", en: "must be a half-month (2026-10-2) or a month (2026-10)"),
        Bad(
            why: "a half-month written loosely", draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-10-3", reason: "好"),
            field: "period", zh: "应为半月", en: "must be a half-month"),
        Bad(
            why: "a period not begun by the day of issue", draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-12", reason: "好"),
            field: "period", zh: "尚未开始", en: "had not begun"),
        Bad(
            why: "a half-month not begun by the day given",
            draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-11-2", reason: "好", date: d("2026-11-15")), field: "period",
            zh: "在通报日期 2026-11-15 之后尚未开始", en: "had not begun by the day of issue 2026-11-15"),
        Bad(
            why: "a day of issue after today",
            draft: BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-11", reason: "好", date: d("2026-11-28")),
            field: "date", zh: "通报日期 2026-11-28 晚于今天 2026-11-27", en: "the day of issue 2026-11-28 is after today 2026-11-27"),
    ]

    @Test("bad input is refused, naming the field in Chinese and English, and nothing is planned", arguments: bad)
    func refused(bad: Bad) {
        let error = #expect(throws: DomainError.self) { try Self.plan(bad.draft) }
        if !bad.field.isEmpty { #expect(invalidField(error) == bad.field, "\(String(describing: error))") }
        #expect(error?.message(.zh).contains(bad.zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(bad.en) == true, "\(String(describing: error?.message(.en)))")
    }

    @Test("a 通报 stays on the record: undo, an edit, a delete and a generic create are refused")
    func staysOnRecord() throws {
        var journal = Run()
        try journal.run(.issueBulletin(Self.criticism), as: "M-001")
        let undo = #expect(throws: DomainError.self) { try journal.plan(.undo, as: "M-001") }
        #expect(undo?.message(.zh).contains("通报发出后不能撤回") == true, "\(String(describing: undo))")
        #expect(undo?.message(.en).contains("once issued it cannot be undone") == true)
        let edit = RecordEdit(
            kind: .bulletin, id: "TB-001", base: journal.board.revision,
            fields: [FieldChange("reason", old: .string(Self.criticism.reason), new: .string("改"))])
        #expect(throws: DomainError.notEditable(.bulletin, "reason")) { try journal.plan(.edit(edit), as: "M-001") }
        let delete = #expect(throws: DomainError.self) {
            try journal.plan(.delete(.bulletin, id: "TB-001", base: journal.board.revision), as: "M-001")
        }
        #expect(delete?.message(.en).contains("issued only by 'bulletin new'") == true, "\(String(describing: delete))")
        let create = #expect(throws: DomainError.self) {
            try journal.plan(.create(.bulletin, id: nil, fields: ["unit": .string("U-01"), "reason": .string("好")]), as: "M-001")
        }
        #expect(create?.message(.zh).contains("通报只能用“bulletin new”发出") == true, "\(String(describing: create))")
    }

    @Test("the half-month report lists the 通报 issued in its period up to its day, in section 二 after the 滞后单位; CSV too")
    func inTheHalfMonthReport() throws {
        var journal = Run()
        try journal.run(.issueBulletin(Self.criticism), as: "M-001")
        let early = BulletinDraft(verdict: .praise, unit: "U-01", period: "2026-11-1", reason: "开工率100%", date: d("2026-11-10"))
        try journal.run(.issueBulletin(early), as: "M-001")
        let index = BoardIndex(journal.board)
        let report = HalfMonthReport(period: Period(containing: Fixtures.today), today: Fixtures.today, index: index)
        #expect(report.bulletins.map(\.id) == ["TB-001"], "the one issued on 11-10 belongs to the first half")
        let zh = report.markdown(.zh)
        #expect(zh.contains("### 本期通报（1 则）\n\n| 通报日期 | 类型 | 单位 | 所涉期间 | 通报事由 |\n"), "\(zh)")
        #expect(zh.contains("| 2026-11-27 | 批评 | 高新街道 | 2026年10月 | 10月招商签约为零，洽谈线索一个月无进展，予以通报批评 |"), "\(zh)")
        let lagging = try #require(zh.firstRange(of: "### 滞后单位")), bulletins = try #require(zh.firstRange(of: "### 本期通报"))
        let issues = try #require(zh.firstRange(of: "## 三、"))
        #expect(lagging.lowerBound < bulletins.lowerBound && bulletins.lowerBound < issues.lowerBound)
        #expect(report.markdown(.en).contains("| 2026-11-27 | criticism | 高新街道 | 2026-10 |"), "\(report.markdown(.en))")
        #expect(report.csv(.zh).contains("本期通报"), "\(report.csv(.zh))")
        #expect(report.csv(.zh).contains("2026-11-27,批评,高新街道,2026年10月,10月招商签约为零"), "\(report.csv(.zh))")
        let first = HalfMonthReport(period: Period(containing: d("2026-11-10")), today: Fixtures.today, index: index)
        #expect(first.bulletins.map(\.id) == ["TB-002"], "the first half's report, as of its last day, has only the one of 11-10")
        #expect(first.markdown(.zh).contains("| 2026-11-10 | 表扬 | 经济发展局 | 2026年11月上半月 | 开工率100% |"), "\(first.markdown(.zh))")
        let none = HalfMonthReport(period: Period(containing: Fixtures.today), today: Fixtures.today, index: BoardIndex(Fixtures.zone))
        #expect(!none.markdown(.zh).contains("本期通报") && !none.csv(.zh).contains("本期通报"), "a period without any reads as before")
    }
}
