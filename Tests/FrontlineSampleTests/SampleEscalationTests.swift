import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of 督办 (issue 13, item 3), with the core's own rules: on its day at least one open issue
/// at each level, and every level reached recorded once by the 绩考办's weekly run (escalations.csv).
extension SamplePromiseTests {
    @Test func anIssueAtEveryEscalationLevel() throws {
        let levels = board.issues.rows.compactMap { Escalation.result($0, on: today, settings: board.settings)?.level }
        for level in EscalationLevel.allCases {
            #expect(levels.contains(level), "no issue at \(level.rawValue)")
        }
        #expect(Escalation.result(try #require(board.issues[id: "I-0045"]), on: today, settings: board.settings)?.level == .listed)
        #expect(Escalation.result(try #require(board.issues[id: "I-0081"]), on: today, settings: board.settings)?.level == .yellow)
    }

    @Test func everyLevelReachedIsRecordedOnceByThe绩考办() throws {
        for issue in board.issues.rows where issue.status.isOpen {
            #expect(Escalation.pending(issue, on: today, settings: board.settings).isEmpty, "\(issue.id) has a level not recorded")
            let recorded = Escalation.recorded(issue, on: today).map(\.level)
            #expect(Set(recorded).count == recorded.count, "\(issue.id) records a level twice")
            #expect(Escalation.recorded(issue, on: today).allSatisfy { board.people[id: $0.line.by]?.role == .admin })
        }
        let listed = try #require(board.issues[id: "I-0045"])
        #expect(Escalation.recorded(listed, on: today).map(\.level) == [.yellow, .red, .listed])
    }
}
