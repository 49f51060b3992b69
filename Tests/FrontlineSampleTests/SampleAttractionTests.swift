import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of 招商 (issue 16, item 2): one 小分队 led by a 班子成员 with members and a lead at each stage,
/// the 落地 one linked to a key project that names it; October's 招商引资成绩 published after the month ended and feeding
/// the ranking, November's not; the leads are the zone's (长三角 and 珠三角, the industries of a high-tech zone).
extension SamplePromiseTests {
    @Test func oneSquadWithALeadAtEachStage() throws {
        #expect(board.squads.rows.map(\.id) == ["SQ-01"])
        let squad = try #require(board.squads[id: "SQ-01"])
        #expect(board.people[id: squad.leader]?.role == .leader && squad.members.count >= 2)
        let leads = board.leads(ofSquad: squad.id)
        #expect(Set(leads.map(\.stage)) == Set(LeadStage.allCases), "\(leads.map(\.stage))")
        let landed = try #require(leads.first { $0.stage == .landed })
        let project = try #require(landed.project.flatMap { board.projects[id: $0] })
        #expect(board.lead(landedAs: project.id)?.id == landed.id)
        #expect(leads.allSatisfy { ["长三角", "珠三角"].contains($0.region) && $0.investment > .zero && $0.jobs > 0 })
        #expect(Set(board.leads.rows.map(\.industry)).isSuperset(of: ["新能源电池材料", "生物医药", "智能制造"]))
        #expect(Integrity.problems(in: board).isEmpty)
    }

    @Test func octobersResultsArePublishedAndFeedTheRanking() throws {
        let october = try #require(board.reports[id: "2026-10"])
        let publishedOn = try #require(october.meta.updatedAt?.day)
        #expect(publishedOn > AttractionMonth(text: "2026-10")!.last)
        #expect(october.attraction == AttractionResults.live(AttractionMonth(text: "2026-10")!, board: board).rows, "nothing changed it since")
        #expect(board.reports[id: "2026-11"] == nil)
        let stats = index.unitStats(today: today)
        let 北海 = try #require(stats.first { $0.unit.shortName == "北海街道" })
        #expect(北海.attraction.map(\.month.text) == ["2026-10"] && 北海.attractionDone == .zero && 北海.attractionRate != nil)
        let scores = Ranking.scores(stats, settings: board.settings)
        #expect(scores.first { $0.stats.unit.shortName == "北海街道" }?.attraction == 0)
    }
}
