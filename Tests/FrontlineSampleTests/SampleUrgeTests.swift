import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of 催办 (issue 13, items 2 and 3), with the core's own holders and the brief's own parts:
/// urges by a leader and by the 绩考办, an issue urged twice, and urged issues held by a B covering an absent A.
extension SamplePromiseTests {
    @Test func urgesByALeaderAndByThe绩考办() throws {
        let urges = board.issues.rows.flatMap(\.urges)
        #expect(urges.count >= 2)
        let roles = Set(urges.compactMap { board.people[id: $0.by]?.role })
        #expect(roles == [.leader, .admin])
        let twice = try #require(board.issues[id: "I-0046"])
        #expect(twice.urgeCount == 2 && twice.status == .inProgress)
    }

    @Test func aBCoveringAnAbsentAHoldsUrgedIssuesAndSeesThemInTheBrief() throws {
        let dong = try #require(index.person(login: "dongxiaoyu"))
        let held = board.issues.rows.filter { $0.urgeCount > 0 && index.responsible(for: $0, on: today)?.person == dong.id }
        #expect(held.map(\.id).sorted() == ["I-0046", "I-0055"])
        #expect(held.allSatisfy { index.responsible(for: $0, on: today)?.actingFor == "M-026" }, "as B for 罗家明, who is away")
        let brief = Brief(person: dong, index: index, today: today, since: Brief.firstSince(today: today, utcOffset: 8 * 3600))
        #expect(brief.urged.map(\.row.issue.id) == ["I-0055", "I-0046"])
        #expect(brief.covering.count == 1 && brief.covering[0].absence?.handover.isEmpty == false)
    }
}
