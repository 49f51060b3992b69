import Testing

@testable import FrontlineCore

/// Changes and their undo (first-day issue, items 15–17 and 19): published reports are not undone,
/// a batch is one change, an extension lands after today, a second progress update says what it replaces.
///
/// 王敏 (M-001) and 吴刚 (M-004) are administrators; 陈静 (M-011) is staff of 经济发展局 (U-01).
struct ChangesAndUndoTests {
    static func report(_ period: String = "2026-11-2") -> PublishedReport {
        var report = PublishedReport(id: period)
        report.asOf = d("2026-11-27")
        report.markdown = "# 半月报\n"
        return report
    }

    // MARK: 15. Published reports

    @Test("u never un-publishes: undo after publishing is refused and names the way to withdraw")
    func publishIsNotUndone() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(.publishReport(Self.report()), as: "M-001")
        let error = #expect(throws: DomainError.self) { try journal.plan(.undo, as: "M-001") }
        guard case .notUndoable(let seq, _)? = error else { Issue.record("not refused as not undoable: \(String(describing: error))"); return }
        #expect(seq == 1)
        #expect(error?.message(.zh).contains("frontline report withdraw") == true)
        #expect(journal.board.reports[id: "2026-11-2"] != nil, "still published")
    }

    @Test("withdrawing a published report needs an administrator and a reason, is logged, and is not undone either")
    func withdraw() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(.publishReport(Self.report()), as: "M-001")
        #expect(throws: DomainError.denied(.role("陈静", .unit))) {
            try journal.plan(.withdrawReport(period: "2026-11-2", reason: "数据有误"), as: "M-011")
        }
        let noReason = #expect(throws: DomainError.self) { try journal.plan(.withdrawReport(period: "2026-11-2", reason: "  "), as: "M-001") }
        #expect(invalidField(noReason) == "reason")
        let notPublished = #expect(throws: DomainError.self) { try journal.plan(.withdrawReport(period: "2026-11-1", reason: "x"), as: "M-001") }
        #expect(invalidField(notPublished) == "period")

        let entry = try journal.run(.withdrawReport(period: "2026-11-2", reason: "投资数据录入有误，更正后重新发布"), as: "M-004")
        #expect(entry.action == "report.withdraw")
        #expect(entry.summary == "撤回已发布的半月报 2026-11-2，理由：投资数据录入有误，更正后重新发布")
        #expect(
            entry.changes.first?.fields.contains { $0.name == "markdown" && $0.old == .string("# 半月报\n") } == true,
            "the frozen text stays in the journal")
        #expect(journal.board.reports[id: "2026-11-2"] == nil)
        #expect(throws: DomainError.notUndoable(seq: 2, summary: entry.summary)) { try journal.plan(.undo, as: "M-004") }
    }

    // MARK: 16. One action, one undo

    static let marked = ["I-0001", "I-0002", "I-0003"].map { id in Fixtures.issue(id, status: .pendingAssignment) }

    @Test("a batch on three issues is one entry, and one undo puts all three back")
    func batchIsOneUndo() throws {
        var journal = Journal(Fixtures.zone.with(Self.marked[0], Self.marked[1], Self.marked[2]))
        let batch = Intent.batch(Self.marked.map { .moveIssue(IssueMove(issue: $0.id, action: .assign, seenStatus: .pendingAssignment)) })
        let entry = try journal.run(batch, as: "M-001")
        #expect(entry.action == "issue.move")
        #expect(entry.summary == "I-0001、I-0002、I-0003 交办")
        #expect(entry.changes.map(\.id) == ["I-0001", "I-0002", "I-0003"])
        #expect(journal.board.issues.allSatisfy { $0.status == .pendingAcceptance })

        let undo = try journal.run(.undo, as: "M-001")
        #expect(undo.undoes == entry.seq)
        #expect(undo.summary == "撤回 #1：I-0001、I-0002、I-0003 交办")
        #expect(journal.board.issues.allSatisfy { $0.status == .pendingAssignment }, "all three undone at once")
        #expect(throws: DomainError.nothingToUndo) { try journal.plan(.undo, as: "M-001") }
    }

    @Test("a batch is all or nothing: one illegal move refuses it whole and names the issue")
    func batchIsAllOrNothing() throws {
        let closed = Fixtures.issue("I-0003", status: .closed)
        let board = Fixtures.zone.with(Self.marked[0], Self.marked[1], closed)
        let batch = Intent.batch(["I-0001", "I-0002", "I-0003"].map { .moveIssue(IssueMove(issue: $0, action: .assign)) })
        var copy = board
        #expect(throws: DomainError.illegalAction(id: "I-0003", status: .closed, action: .assign)) {
            _ = try Planner.plan(batch, applyingTo: &copy, context: Fixtures.context())
        }
        #expect(copy.issues[id: "I-0001"]?.status == .pendingAssignment, "the first two are rolled back")
        #expect(copy.issues[id: "I-0002"]?.status == .pendingAssignment)
    }

    @Test("extensions of different issues by days read as one 延期 line")
    func batchOfExtensions() throws {
        let issues = [Fixtures.issue("I-0001"), Fixtures.issue("I-0002") { $0.due = d("2026-12-12") }]
        var journal = Journal(Fixtures.zone.with(issues[0], issues[1]))
        let batch = Intent.batch(issues.map { .moveIssue(IssueMove(issue: $0.id, action: .extend, note: "等待批复", extendDays: 5)) })
        let entry = try journal.run(batch, as: "M-001")
        #expect(entry.summary == "I-0001、I-0002 延期")
        #expect(journal.board.issues[id: "I-0002"]?.due == d("2026-12-17"))
    }

    // MARK: 17. A new due date lands after today

    struct OverdueCase: Sendable, CustomTestStringConvertible {
        let newDue: String?
        let days: Int?
        let accepted: Bool
        var testDescription: String {
            "overdue since 2026-11-20, today 2026-11-27: \(newDue ?? "+\(days ?? 0) days") → \(accepted ? "accepted" : "refused")"
        }
    }

    @Test(
        "extending an overdue issue: the new due date must be after the current one and after today",
        arguments: [
            OverdueCase(newDue: "2026-11-25", days: nil, accepted: false),
            OverdueCase(newDue: "2026-11-27", days: nil, accepted: false),
            OverdueCase(newDue: "2026-11-28", days: nil, accepted: true),
            OverdueCase(newDue: nil, days: 3, accepted: false),
            OverdueCase(newDue: nil, days: 7, accepted: false),
            OverdueCase(newDue: nil, days: 8, accepted: true),
        ])
    func extendOverdue(_ c: OverdueCase) throws {
        let issue = Fixtures.issue {
            $0.due = d("2026-11-20"); $0.originalDue = d("2026-11-20")
        }
        let intent = Intent.moveIssue(IssueMove(issue: "I-0001", action: .extend, note: "等待批复", newDue: c.newDue.map(d), extendDays: c.days))
        if c.accepted {
            _ = try Fixtures.plan(intent, on: Fixtures.zone.with(issue))
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(intent, on: Fixtures.zone.with(issue)) }
            #expect(invalidField(error) == "due")
            #expect(error?.message(.zh).contains("须晚于今天 2026-11-27") == true, "\(String(describing: error?.message(.zh)))")
        }
    }

    // MARK: 19. A second progress update in the period

    @Test("a second update in the same half-month says it replaces the first; going backwards is recorded")
    func progressReplacesAndGoesBack() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.projects[0].with { $0.progressPct = 60 }))
        var first = ProgressDraft(project: "P-001", note: "主体结构施工")
        first.pct = 72
        let entry1 = try journal.run(.postProgress(first), as: "M-001")
        #expect(entry1.summary == "P-001 进展填报 2026-11-2", "nothing to say the first time")

        var second = ProgressDraft(project: "P-001", note: "更正：按监理核定")
        second.pct = 50
        let project = try #require(journal.board.projects[id: "P-001"])
        let earlier = journal.board.progress.first { $0.project == "P-001" }
        let review = ProgressReview(project: project, earlier: earlier, draft: second)
        let notes = review.notes(.zh) { $0 == "M-001" ? "王敏" : $0 }
        #expect(notes.count == 2)
        #expect(notes[0].contains("由王敏填报（72%") && notes[0].contains("主体结构施工") && notes[0].contains("保存将替换"))
        #expect(notes[1] == "注意：形象进度由 72% 降为 50%，保存后将记入日志。")

        let entry2 = try journal.run(.postProgress(second), as: "M-001")
        #expect(entry2.summary == "P-001 进展填报 2026-11-2（替换本期 2026-11-27 的填报（72%）；形象进度由 72% 降为 50%）")
        #expect(journal.board.progress.count == 1, "the period keeps one report")
        #expect(journal.board.projects[id: "P-001"]?.progressPct == 50)
    }
}

extension Project {
    /// A copy changed by `configure`.
    func with(_ configure: (inout Project) -> Void) -> Project {
        var copy = self
        configure(&copy)
        return copy
    }
}
