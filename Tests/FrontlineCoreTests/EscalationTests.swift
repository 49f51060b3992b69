import Testing

@testable import FrontlineCore

/// 督办 escalation (issue 13, item 3; docs/domain-rules.md, "督办"): each rule on both sides of its threshold, what is
/// recorded and by whom, the ladder of the settings, and the ranking's deduction.
///
/// Fixtures.issue() is I-0001 of P-001 (leader 李强 M-002), handled by U-01, due 2026-12-10, in progress. The default
/// settings: 黄牌 at 3 days overdue or 2 催办, 红牌 at 10, 挂牌 at 30.
struct EscalationTests {
    static let due = d("2026-12-10")

    /// An urge line of I-0001 on `day`.
    static func urgeLine(_ day: String) -> HandlingLogEntry {
        HandlingLogEntry(at: t("\(day)T09:00:00+08:00"), by: "M-002", actingFor: nil, action: Issue.urgeAction, note: "请办理", status: .inProgress)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let why: String
        /// Days after the due date the issue is looked at (negative: before it).
        let overdue: Int
        var urges = 0
        var status = IssueStatus.inProgress
        var settings: @Sendable (inout Settings) -> Void = { _ in }
        let level: EscalationLevel?
        var testDescription: String { "\(why) → \(level?.rawValue ?? "none")" }
    }

    /// Every rule on both sides of its threshold, with the defaults and with thresholds set otherwise.
    static let rules: [Row] = [
        Row(why: "not yet due", overdue: -1, level: nil),
        Row(why: "due today", overdue: 0, level: nil),
        Row(why: "overdue 2 days, yellow at 3", overdue: 2, level: nil),
        Row(why: "overdue 3 days, yellow at 3", overdue: 3, level: .yellow),
        Row(why: "overdue 9 days, red at 10", overdue: 9, level: .yellow),
        Row(why: "overdue 10 days, red at 10", overdue: 10, level: .red),
        Row(why: "overdue 29 days, listed at 30", overdue: 29, level: .red),
        Row(why: "overdue 30 days, listed at 30", overdue: 30, level: .listed),
        Row(why: "overdue 400 days", overdue: 400, level: .listed),
        Row(why: "urged once, yellow at 2 催办", overdue: -5, urges: 1, level: nil),
        Row(why: "urged twice, yellow at 2 催办", overdue: -5, urges: 2, level: .yellow),
        Row(why: "urged twice and overdue 10 days", overdue: 10, urges: 2, level: .red),
        Row(why: "urged 3 times, the 催办 rule off", overdue: -5, urges: 3, settings: { $0.escalationYellowUrges = 0 }, level: nil),
        Row(why: "urged 3 times, yellow at 4 催办", overdue: -5, urges: 3, settings: { $0.escalationYellowUrges = 4 }, level: nil),
        Row(why: "urged 4 times, yellow at 4 催办", overdue: -5, urges: 4, settings: { $0.escalationYellowUrges = 4 }, level: .yellow),
        Row(why: "overdue 1 day, yellow at 1", overdue: 1, settings: { $0.escalationYellowDays = 1 }, level: .yellow),
        Row(why: "overdue 4 days, red at 5", overdue: 4, settings: { $0.escalationRedDays = 5 }, level: .yellow),
        Row(why: "overdue 5 days, red at 5", overdue: 5, settings: { $0.escalationRedDays = 5 }, level: .red),
        Row(why: "overdue 14 days, listed at 15", overdue: 14, settings: { $0.escalationListedDays = 15 }, level: .red),
        Row(why: "overdue 15 days, listed at 15", overdue: 15, settings: { $0.escalationListedDays = 15 }, level: .listed),
        Row(why: "waiting to be signed, overdue 10", overdue: 10, status: .pendingAcceptance, level: .red),
        Row(why: "waiting for verification, overdue 30", overdue: 30, status: .pendingVerification, level: .listed),
        Row(why: "not yet assigned, overdue 3", overdue: 3, status: .pendingAssignment, level: .yellow),
        Row(why: "closed, overdue 30", overdue: 30, status: .closed, level: nil),
        Row(why: "cancelled, urged twice and overdue 30", overdue: 30, urges: 2, status: .cancelled, level: nil),
    ]

    @Test("each rule on both sides of its threshold", arguments: rules)
    func rule(_ row: Row) {
        var settings = Settings()
        row.settings(&settings)
        let issue = Fixtures.issue(status: row.status) { issue in
            for n in 0..<row.urges { issue.log.append(Self.urgeLine("2026-11-\(10 + n)")) }
        }
        let day = Self.due.adding(days: row.overdue)
        #expect(Escalation.result(issue, on: day, settings: settings)?.level == row.level)
        #expect(Escalation.pending(issue, on: day, settings: settings).last?.level == row.level, "pending when nothing is recorded")
    }

    @Test("the reason names the rule and its threshold, in both languages")
    func reasons() throws {
        let overdue = try #require(Escalation.result(Fixtures.issue(), on: Self.due.adding(days: 12), settings: Settings()))
        #expect(overdue.reason.text(.zh) == "红牌督办：逾期 12 天（≥ 10 天）")
        #expect(overdue.reason.text(.en) == "red card: overdue by 12 days (≥ 10)")
        let urged = Fixtures.issue { $0.log += [Self.urgeLine("2026-11-20"), Self.urgeLine("2026-11-21")] }
        let byUrges = try #require(Escalation.result(urged, on: d("2026-11-27"), settings: Settings()))
        #expect(byUrges.reason.text(.zh) == "黄牌督办：催办 2 次（≥ 2 次）")
        #expect(Escalation.note(byUrges.reason) == "督办规则：催办 2 次（≥ 2 次）")
    }

    @Test("催办 count from the issue's last reopening, and only those written by the day")
    func urgesSinceReopening() {
        let reopen = HandlingLogEntry(
            at: t("2026-11-15T09:00:00+08:00"), by: "M-002", actingFor: nil, action: IssueAction.reopen.rawValue,
            note: "企业反映未解决", status: .inProgress)
        let issue = Fixtures.issue { $0.log += [Self.urgeLine("2026-11-10"), Self.urgeLine("2026-11-11"), reopen, Self.urgeLine("2026-11-20")] }
        #expect(Escalation.urges(issue, on: d("2026-11-27")) == 1)
        #expect(Escalation.result(issue, on: d("2026-11-27"), settings: Settings()) == nil)
        let again = Fixtures.issue { $0.log += [Self.urgeLine("2026-11-20"), Self.urgeLine("2026-11-28")] }
        #expect(Escalation.result(again, on: d("2026-11-27"), settings: Settings()) == nil, "the second 催办 is after the day")
        #expect(Escalation.result(again, on: d("2026-11-28"), settings: Settings())?.level == .yellow)
    }

    // MARK: Recording

    /// I-0001 overdue by 12 days on Fixtures.today (due 2026-11-15): 黄牌 and 红牌 reached.
    static var overdueBoard: Board {
        Fixtures.zone.with(
            Fixtures.issue {
                $0.due = d("2026-11-15"); $0.originalDue = $0.due
            })
    }

    @Test("escalate records each level reached once, lowest first, by the administrator, the note naming the rule")
    func recordsOnce() throws {
        var journal = Journal(Self.overdueBoard)
        let entry = try journal.run(.escalateIssues(IssueEscalation()), as: "M-001")
        #expect(entry.action == "issue.escalate")
        #expect(entry.summary == "督办：I-0001")
        let lines = try #require(journal.board.issues[id: "I-0001"]).log.filter { EscalationLevel.recorded(by: $0.action) != nil }
        #expect(lines.map(\.action) == ["黄牌督办", "红牌督办"])
        #expect(lines.map(\.note) == ["督办规则：逾期 12 天（≥ 3 天）", "督办规则：逾期 12 天（≥ 10 天）"])
        #expect(lines.allSatisfy { $0.by == "M-001" && $0.status == .inProgress })
        #expect(journal.board.issues[id: "I-0001"]?.due == d("2026-11-15"), "no field changes")
        // Run again: nothing new, nothing written.
        #expect(throws: DomainError.nothingChanged) { try journal.plan(.escalateIssues(IssueEscalation()), as: "M-001") }
        // 18 days later the issue is 挂牌: only that level is added.
        let later = try Fixtures.plan(.escalateIssues(IssueEscalation(issues: ["I-0001"])), on: journal.board, today: d("2026-12-15"))
        #expect(later.changes.compactMap(\.appendLog?.action) == ["挂牌督办"])
    }

    @Test("only administrators (the 绩考办) record levels", arguments: ["M-002", "M-003", "M-010", "M-020", "M-099"])
    func onlyAdministrators(who: String) {
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.escalateIssues(IssueEscalation()), on: Self.overdueBoard, as: who) }
        guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
    }

    @Test("another administrator may; an account that is no person may not; an unknown issue is named")
    func otherRefusals() throws {
        #expect(try Fixtures.plan(.escalateIssues(IssueEscalation()), on: Self.overdueBoard, as: "M-004").changes.count == 2)
        #expect(throws: DomainError.denied(.unknownAccount("nobody"))) {
            try Planner.plan(
                .escalateIssues(IssueEscalation()), on: Self.overdueBoard,
                context: PlanContext(actor: Fixtures.unknownActor, today: Fixtures.today, now: Fixtures.now))
        }
        #expect(throws: DomainError.notFound(.issue, "I-0404")) {
            try Fixtures.plan(.escalateIssues(IssueEscalation(issues: ["I-0404"])), on: Self.overdueBoard)
        }
    }

    @Test("a level recorded stays after an extension, until the issue is closed; undo refuses it")
    func recordedLevelStays() throws {
        var journal = Journal(Self.overdueBoard)
        try journal.run(.escalateIssues(IssueEscalation()), as: "M-001")
        try journal.run(.moveIssue(IssueMove(issue: "I-0001", action: .extend, note: "协调供电", newDue: d("2026-12-20"))), as: "M-002")
        let extended = try #require(journal.board.issues[id: "I-0001"])
        #expect(Escalation.ruleReasons(extended, on: Fixtures.today, settings: Settings()).isEmpty, "the rules alone no longer reach it")
        let result = try #require(Escalation.result(extended, on: Fixtures.today, settings: Settings()))
        #expect(result.level == .red)
        #expect(result.reason.text(.zh) == "红牌督办：2026-11-27 已记录，督办规则：逾期 12 天（≥ 10 天）")
        // As of the day before, the record and the extension are taken back with their lines: the rule alone says 红牌.
        let before = extended.asOf(d("2026-11-26"))
        #expect(Escalation.recorded(before, on: d("2026-11-26")).isEmpty)
        #expect(
            Escalation.result(before, on: d("2026-11-26"), settings: Settings())?.reason == EscalationReason(.red, .overdue(days: 11, threshold: 10)))
        var closed = extended
        closed.status = .closed
        #expect(Escalation.result(closed, on: Fixtures.today, settings: Settings()) == nil)
        // Undo: my last change (M-002's extension) is undone; M-001's last one, the record, is refused.
        let error = #expect(throws: DomainError.self) { try journal.plan(.undo, as: "M-001") }
        #expect(error?.message(.zh).contains("督办按规则记录，不能撤回") == true, "\(String(describing: error))")
        #expect(error?.message(.en).contains("is not undone") == true)
    }

    // MARK: Settings

    @Test(
        "the thresholds must rise, yellow < red < listed, from one day; a bad edit changes nothing",
        arguments: [
            ("escalationYellowDays", 0), ("escalationYellowDays", 10), ("escalationRedDays", 3), ("escalationRedDays", 30),
            ("escalationListedDays", 10), ("escalationListedDays", 5),
        ])
    func ladder(field: String, value: Int) throws {
        let board = Fixtures.zone
        let edit = Intent.edit(
            RecordEdit(
                kind: .settings, id: Settings.singletonId, base: board.settings.meta.rev,
                fields: [FieldChange(field, old: board.settings.value(of: field) ?? .null, new: .int(value))]))
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(edit, on: board) }
        #expect(invalidField(error) == field)
        #expect(error?.message(.zh).contains("督办的逾期天数须逐级增加") == true, "\(String(describing: error))")
        #expect(error?.message(.en).contains("the escalation days must rise") == true)
        #expect(board.settings.escalationRedDays == 10)
    }

    @Test("thresholds that rise are saved; an urge count out of range is refused")
    func settingsSaved() throws {
        let board = Fixtures.zone
        func edit(_ field: String, _ value: Int) -> Intent {
            .edit(
                RecordEdit(
                    kind: .settings, id: Settings.singletonId, base: 0,
                    fields: [FieldChange(field, old: board.settings.value(of: field) ?? .null, new: .int(value))]))
        }
        let plan = try Fixtures.plan(edit("escalationRedDays", 7), on: board)
        #expect(plan.changes.first?.fields.first?.new == .int(7))
        #expect(throws: DomainError.self) { try Fixtures.plan(edit("escalationYellowUrges", 101), on: board) }
        #expect(throws: DomainError.self) { try Fixtures.plan(edit("deductionPerListed", -1), on: board) }
        #expect(Settings().escalationProblem == nil, "the defaults make a ladder")
    }

    @Test("settings read from fields without the escalation ones (an older store) have the defaults")
    func oldSettings() throws {
        var settings = Settings()
        try settings.set("zoneName", to: .string("测试区"))
        #expect(
            (settings.escalationYellowDays, settings.escalationYellowUrges, settings.escalationRedDays, settings.escalationListedDays) == (
                3, 2, 10, 30
            ))
        #expect((settings.deductionPerYellowCard, settings.deductionPerRedCard, settings.deductionPerListed) == (1, 2, 3))
    }

    // MARK: Ranking

    @Test("the ranking deducts per escalated open issue by level, and rank --explain names each with its rule")
    func rankingDeduction() throws {
        let yellow = Fixtures.issue("I-0001") { $0.due = d("2026-11-22") }
        let red = Fixtures.issue("I-0002") { $0.due = d("2026-11-10") }
        let listed = Fixtures.issue("I-0003") { $0.due = d("2026-10-20") }
        let board = Fixtures.zone.with(yellow, red, listed)
        let index = BoardIndex(board)
        let stats = try #require(index.unitStats(today: Fixtures.today).first { $0.unit.id == "U-01" })
        #expect((stats.yellowCards, stats.redCards, stats.listedIssues) == (1, 1, 1))
        let score = try #require(Ranking.scores([stats], settings: board.settings).first)
        #expect(score.escalationDeduction == 600)
        #expect(
            score.total == score.schedule + score.start + score.issues + score.visits + score.attraction - score.reopenDeduction - score.redDeduction
                - 600)
        let explanation = try #require(index.scoreExplanation(ofUnit: "U-01", today: Fixtures.today, lang: .zh))
        let part = try #require(explanation.parts.first { $0.title == "扣分：督办问题" })
        #expect(part.points == "-6.00")
        #expect(part.formula == "黄牌 1 件 × 1 分 + 红牌 1 件 × 2 分 + 挂牌 1 件 × 3 分")
        #expect(
            part.lines.map(\.text) == [
                "I-0003 施工用电未接入：挂牌督办：逾期 38 天（≥ 30 天）",
                "I-0002 施工用电未接入：红牌督办：逾期 17 天（≥ 10 天）",
                "I-0001 施工用电未接入：黄牌督办：逾期 5 天（≥ 3 天）",
            ])
        #expect(explanation.total.contains("− 6.00 ="), "\(explanation.total)")
        // With the deductions set to zero, the part stays and deducts nothing.
        var settings = board.settings
        (settings.deductionPerYellowCard, settings.deductionPerRedCard, settings.deductionPerListed) = (0, 0, 0)
        #expect(Ranking.scores([stats], settings: settings).first?.escalationDeduction == 0)
    }
}
