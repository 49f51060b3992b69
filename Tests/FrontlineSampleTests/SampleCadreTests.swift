import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the sample promises of the 帮包干部's weekly visits (issue 13, item 5), with the core's own checks: projects
/// name their cadres, most kept the last week over (2026-11-16…22), and one cadre missed it: 夏天 on P-005, who was
/// not away that week; 秦凯 has not yet gone to P-011 this week, and his briefing says so.
extension SamplePromiseTests {
    @Test func aCadreMissedLastWeeksVisit() throws {
        let week = Week.lastEnded(by: today)
        #expect(week.monday == Day(2026, 11, 16))
        let checks = index.cadreChecks(week: week, today: today)
        #expect(checks.count >= 5)
        let missed = checks.filter { $0.outcome.isMiss }
        #expect(missed.map { "\($0.cadre) \($0.project)" } == ["M-041 P-005"])
        #expect(board.people[id: "M-041"]?.name == "夏天")
        #expect(checks.filter { if case .visited = $0.outcome { true } else { false } }.count == checks.count - 1, "everyone else went")
        // The miss costs P-005 its place in 光电产业园's visit part, though it was visited on site this week.
        let stats = try #require(index.unitStats(today: today, evidence: true).first { $0.unit.id == "U-08" })
        #expect(stats.evidence?.visits.first { $0.project == "P-005" }.map { !$0.compliant && $0.missedBy == ["M-041"] } == true)
        #expect(index.isVisitCompliant(try #require(board.projects[id: "P-005"]), today: today))
    }

    @Test func aCadreIsToldOfAVisitStillToMakeThisWeek() throws {
        let qin = try #require(index.person(login: "qinkai"))
        let brief = Brief(person: qin, index: index, today: today, since: Brief.firstSince(today: today, utcOffset: 8 * 3600))
        #expect(brief.cadreDue.map(\.project.id) == ["P-011"])
        #expect(brief.cadreDue.first?.missedLastWeek == false)
    }
}
