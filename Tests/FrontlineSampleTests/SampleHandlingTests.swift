import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of handling (issue 13, item 4): a pending 申请延期, a 转办, a 不满意 回访 (and a 满意 one, and a
/// 进展反馈), each made by someone the rules allow, and seen by whom they concern.
extension SamplePromiseTests {
    @Test func onePendingExtensionRequestSeenByItsApprover() throws {
        let pending = board.issues.rows.filter { $0.pendingExtensionRequest != nil }
        #expect(pending.map(\.id) == ["I-0093"])
        let issue = pending[0]
        #expect(issue.pendingExtensionRequest?.due == Day(2026, 12, 18) && issue.due == Day(2026, 11, 29) && issue.extensions == 0)
        let asker = try #require(board.people[id: issue.pendingExtensionRequest!.by])
        #expect(asker.role == .unit && asker.unit == issue.unit)
        let leader = try #require(index.person(login: "gaozhiyuan"))
        let brief = Brief(person: leader, index: index, today: today, since: Brief.firstSince(today: today, utcOffset: 8 * 3600))
        #expect(brief.toApprove.map(\.issue.id) == ["I-0093"])
    }

    @Test func oneTransferWaitingForTheNewUnitsSignature() throws {
        let transferred = board.issues.rows.filter { !$0.transfers.isEmpty }
        #expect(transferred.map(\.id) == ["I-0091"])
        let issue = transferred[0]
        let line = try #require(issue.transfers.first)
        #expect(line.fromUnit == "U-09" && line.unit == "U-05" && issue.unit == "U-05" && issue.status == .pendingAcceptance)
        #expect(board.people[id: line.by]?.role == .leader)
        let holder = try #require(index.responsible(for: issue, on: today))
        let brief = Brief(
            person: try #require(board.people[id: holder.person]), index: index, today: today,
            since: Brief.firstSince(today: today, utcOffset: 8 * 3600))
        #expect(brief.toSign.contains { $0.issue.id == "I-0091" })
    }

    @Test func oneDissatisfiedFollowUpThatReopened() throws {
        let dissatisfied = board.issues.rows.filter { $0.dissatisfiedCount > 0 }
        #expect(dissatisfied.map(\.id) == ["I-0088"])
        let issue = dissatisfied[0]
        #expect(issue.status == .inProgress && issue.reopens == 1 && issue.closedOn == nil && !issue.followUps[0].note.isEmpty)
        #expect(Lights.isOverdue(issue, today: today), "reopened after its due date")
        let stats = try #require(index.unitStats(today: today).first { $0.unit.id == issue.unit })
        #expect(stats.dissatisfied == 1 && stats.reopens >= 1)
        let satisfied = board.issues.rows.flatMap(\.followUps).filter { $0.satisfaction == .satisfied }
        #expect(satisfied.count == 1)
        #expect(board.issues.rows.flatMap(\.log).contains { $0.action == IssueAction.feedback.rawValue })
    }
}
