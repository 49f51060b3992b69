import Testing

@testable import FrontlineCore

/// 催办 (issue 13, item 2): who may urge, on which issues, what it records (docs/domain-rules.md, "催办").
///
/// I-0001 is an issue of P-001 (leader 李强 M-002) handled by 经济发展局 U-01 (周平 M-010). 赵磊 (M-003) leads
/// P-002; 王敏 (M-001) and 吴刚 (M-004) are administrators, the 绩考办; 钱进 (M-099) is read-only.
struct UrgeTests {
    static func urge(_ note: String = "请本周内报送办理进展") -> Intent { .urgeIssue(IssueUrge(issue: "I-0001", note: note)) }

    struct Row: Sendable, CustomTestStringConvertible {
        let who: String
        let issue: FrontlineCore.Issue
        let allowed: Bool
        let why: String
        var testDescription: String { "\(who) \(why) → \(allowed ? "may urge" : "may not")" }
    }

    static let matrix: [Row] = [
        Row(who: "M-001", issue: Fixtures.issue(), allowed: true, why: "administrator (绩考办)"),
        Row(who: "M-004", issue: Fixtures.issue(), allowed: true, why: "another administrator (绩考办)"),
        Row(who: "M-002", issue: Fixtures.issue(), allowed: true, why: "leader of the issue's project"),
        Row(who: "M-003", issue: Fixtures.issue(), allowed: false, why: "leader of another project"),
        Row(who: "M-003", issue: Fixtures.issue { $0.responsibleLeader = "M-003" }, allowed: true, why: "named responsible leader"),
        Row(who: "M-010", issue: Fixtures.issue(), allowed: false, why: "official of the unit handling it"),
        Row(who: "M-020", issue: Fixtures.issue(), allowed: false, why: "official of another unit"),
        Row(who: "M-099", issue: Fixtures.issue(), allowed: false, why: "read-only"),
    ]

    @Test("the role matrix of 催办", arguments: matrix)
    func whoMayUrge(row: Row) throws {
        let board = Fixtures.zone.with(row.issue)
        if row.allowed {
            let plan = try Fixtures.plan(Self.urge(), on: board, as: row.who)
            #expect(plan.action == "issue.urge")
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(Self.urge(), on: board, as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
        #expect(Access.denial(.urgeIssue(row.issue), by: Fixtures.actor(row.who), on: board) == nil ? row.allowed : !row.allowed)
    }

    @Test("an account that is no person may not urge")
    func unknownAccount() {
        let board = Fixtures.zone.with(Fixtures.issue())
        #expect(throws: DomainError.denied(.unknownAccount("nobody"))) {
            try Planner.plan(Self.urge(), on: board, context: PlanContext(actor: Fixtures.unknownActor, today: Fixtures.today, now: Fixtures.now))
        }
    }

    @Test("only issues waiting on their unit (待签收, 办理中) can be urged", arguments: IssueStatus.allCases)
    func urgeableStatuses(status: IssueStatus) throws {
        let board = Fixtures.zone.with(Fixtures.issue(status: status))
        if status == .pendingAcceptance || status == .inProgress {
            let plan = try Fixtures.plan(Self.urge(), on: board)
            #expect(plan.changes.first?.appendLog?.status == status, "the status stays")
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(Self.urge(), on: board) }
            #expect(error?.message(.zh).contains("不能催办") == true, "\(String(describing: error))")
            #expect(error?.message(.en).contains("cannot be urged") == true)
        }
    }

    @Test("an urge needs a note, in both languages")
    func noteRequired() {
        let board = Fixtures.zone.with(Fixtures.issue())
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(Self.urge("   "), on: board) }
        #expect(isInvalid(error, field: "note", zh: "催办需要填写催办事项（--note）", en: "an urge needs a note saying what is expected (--note)"))
    }

    @Test("an unknown issue is named")
    func unknownIssue() {
        #expect(throws: DomainError.notFound(.issue, "I-0404")) {
            try Fixtures.plan(.urgeIssue(IssueUrge(issue: "I-0404", note: "请办理")), on: Fixtures.zone)
        }
    }

    @Test("an urge is one log line, changes no field, and counts")
    func recordsALogLine() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.issue()))
        try journal.run(Self.urge("第一次"), as: "M-002")
        try journal.run(Self.urge("第二次"), as: "M-001")
        let issue = try #require(journal.board.issues[id: "I-0001"])
        #expect(issue.urgeCount == 2)
        #expect(issue.urges.map(\.note) == ["第一次", "第二次"])
        #expect(issue.urges.map(\.by) == ["M-002", "M-001"])
        #expect(issue.status == .inProgress)
        let plan = try Fixtures.plan(Self.urge("第三次"), on: journal.board)
        #expect(plan.changes.count == 1 && plan.changes[0].fields.isEmpty)
        #expect(plan.summary == "I-0001 催办：第三次")
        // Looked at as of the day before, the urges are taken back with the log.
        #expect(issue.asOf(Fixtures.today.adding(days: -1)).urgeCount == 0)
    }

    @Test("an urge, once sent, is not undone")
    func notUndone() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.issue()))
        try journal.run(Self.urge(), as: "M-002")
        let error = #expect(throws: DomainError.self) { try journal.plan(.undo, as: "M-002") }
        #expect(error?.message(.zh).contains("催办发出后不能撤回") == true, "\(String(describing: error))")
        #expect(error?.message(.en).contains("cannot be undone") == true)
    }
}
