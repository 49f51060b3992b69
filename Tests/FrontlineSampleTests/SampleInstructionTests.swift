import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of 领导批示 (issue 14, item 2), with the core's own lights and holders: two instructions, one
/// on a project recorded by the 绩考办 for a leader and overdue, one on an issue given by a leader himself and responded to
/// by the B covering the unit's absent A, waiting for the leader's 已落实.
extension SamplePromiseTests {
    @Test func twoInstructionsOneOverdueOneResponded() throws {
        #expect(board.instructions.rows.map(\.id) == ["B-001", "B-002"])
        let overdue = try #require(board.instructions[id: "B-001"])
        #expect(overdue.status == .awaitingResponse && overdue.daysOverdue(today: today) > 0)
        #expect(overdue.light(today: today, settings: board.settings) == .red && overdue.project != nil && overdue.issue == nil)
        #expect(
            board.people[id: overdue.leader]?.role == .leader && board.people[id: overdue.meta.updatedBy ?? ""]?.role == .admin,
            "recorded by the 绩考办 for a leader")
        let responded = try #require(board.instructions[id: "B-002"])
        #expect(responded.status == .responded && responded.issue != nil && responded.project == board.issues[id: responded.issue!]?.project)
        #expect(responded.respondedBy.flatMap { board.people[id: $0]?.unit } == responded.unit)
        #expect(!responded.respondedLate(today: today), "answered in time")
    }

    @Test func theInstructionsWaitInTheBriefsOfTheUnitsHolderAndOfTheLeader() throws {
        let qin = try #require(index.person(login: "qinkai"))
        #expect(index.instructions(waitingFor: qin.id, today: today).toRespond.map(\.id) == ["B-001"])
        let gao = try #require(index.person(login: "gaozhiyuan"))
        #expect(index.instructions(waitingFor: gao.id, today: today).responses.map(\.id) == ["B-002"])
    }
}
