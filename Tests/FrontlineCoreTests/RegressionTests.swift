import Testing

@testable import FrontlineCore

/// Bugs found by reading the core against docs/domain.md, kept as tests so they stay fixed.
struct RegressionTests {
    // MARK: Money

    @Test
    func moneyParsingTooLargeIsNil() {
        // At most 15 whole digits: more would overflow once multiplied by 100, and no budget is that large.
        #expect(Money("99999999999999999") == nil)
        #expect(Money("1000000000000000") == nil)
        #expect(Money("999999999999999.99")?.hundredths == 99_999_999_999_999_999)
    }

    @Test
    func moneyFromHugeJSONNumberThrows() {
        #expect(throws: FieldError.self) { try Money(json: .number("100000000000000000")) }
    }

    @Test
    func moneyCommasOnlyAsThousandsSeparators() {
        #expect(Money("1.2,3") == nil)
        #expect(Money("12,34") == nil)
        #expect(Money("1,234.5")?.hundredths == 123_450) // still fine
    }

    // MARK: Period

    @Test
    func periodTextRejectsSigns() {
        #expect(Period(text: "2026-+1-1") == nil)
        #expect(Period(text: "+026-11-1") == nil) // today: year 26, whose `text` is "26-11-1" and does not parse back
    }

    // MARK: Undo

    /// raise (#1), 交办 (#2), undo (#3 reverts #2), undo again: should delete the issue raised in #1.
    @Test
    func undoTwiceAfterCreateAndEdit() throws {
        var journal = Journal(Fixtures.zone)
        let draft = IssueDraft(project: "P-001", title: "施工用电未接入", unit: "U-01", due: d("2026-12-10"))
        try journal.run(.raiseIssue(draft), as: "M-001")
        try journal.run(.moveIssue(IssueMove(issue: "I-9001", action: .assign)), as: "M-001")
        try journal.run(.undo, as: "M-001")
        #expect(journal.board.issues[id: "I-9001"]?.status == .pendingAssignment)
        let plan = try journal.plan(.undo, as: "M-001")
        #expect(plan.undoes == 1)
        #expect(plan.changes.map { "\($0.kind) \($0.id) \($0.op)" } == ["issue I-9001 delete"])
    }

    /// The same bug with progress: two posts in one half month, undone one after the other.
    @Test
    func undoTwoProgressPosts() throws {
        var journal = Journal(Fixtures.zone)
        var first = ProgressDraft(project: "P-001", note: "主体施工")
        first.ytd = Money("10")
        var second = ProgressDraft(project: "P-001", note: "主体封顶")
        second.ytd = Money("20")
        try journal.run(.postProgress(first), as: "M-011")
        try journal.run(.postProgress(second), as: "M-011")
        try journal.run(.undo, as: "M-011")
        try journal.run(.undo, as: "M-011")
        #expect(journal.board.progress.isEmpty)
        #expect(journal.board.projects[id: "P-001"]?.ytd == .zero)
    }

    @Test
    func undoCreateDeletedByThem() throws {
        var journal = Journal(Fixtures.zone)
        let draft = IssueDraft(project: "P-001", title: "施工用电未接入", unit: "U-01", due: d("2026-12-10"))
        try journal.run(.raiseIssue(draft), as: "M-001")
        try journal.run(.delete(.issue, id: "I-9001", base: 1), as: "M-004")
        #expect(
            throws: DomainError.conflicts([
                Conflict(
                    recordKind: .issue, id: "I-9001", kind: .deletedByThem,
                    theirsBy: "M-004", theirsAt: t("2026-11-27T10:02:00+08:00"))
            ])
        ) {
            try journal.plan(.undo, as: "M-001")
        }
    }

    // MARK: Routing

    /// 陈静 is A of 综合 (B 刘洋, listed first) and of 项目服务 (B 周平). While she is away, an issue naming her
    /// should go to whoever covers her for issues (项目服务's B), as an issue naming nobody does.
    @Test
    func namedPersonCoveredThroughIssueDuty() {
        var board = Fixtures.zone
        board.duties = Table([
            Fixtures.duty("D-01", unit: "U-01", "综合", a: "M-011", b: "M-012"),
            Fixtures.duty("D-02", unit: "U-01", "项目服务", a: "M-011", b: "M-010"),
        ])
        let named = Fixtures.issue("I-0001") { $0.person = "M-011" }
        let unnamed = Fixtures.issue("I-0002") { $0.person = nil }
        board = board.with(named, unnamed, Fixtures.absence("L-001", "M-011", "2026-11-20", "2026-11-30"))
        let index = BoardIndex(board)
        let day = d("2026-11-22")
        #expect(index.responsible(for: unnamed, on: day) == Holder(person: "M-010", via: .b, actingFor: "M-011"))
        #expect(index.responsible(for: named, on: day) == Holder(person: "M-010", via: .b, actingFor: "M-011"))
    }
}
