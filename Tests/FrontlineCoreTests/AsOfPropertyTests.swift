import FrontlineRandom
import Testing

@testable import FrontlineCore

/// Issue 11's property: for random dates D across the year, the lights, the overdue list, the ranking
/// and every figure of the half-month report computed "as of D" on the whole store equal those
/// computed on a store that holds only the changes made up to D.
struct AsOfPropertyTests {
    /// What an official sees for a day: each light with its reasons, the overdue list with holders,
    /// the ranking with every part, the 半月报 of the running period and of the one before, in full.
    struct Figures: Equatable {
        var projectLights: [String]
        var issueLights: [String]
        var overdue: [String]
        var ranking: [String]
        var report: String
        var previousReport: String
    }

    static func figures(_ timeline: BoardTimeline, on day: Day) -> Figures {
        let index = timeline.index(asOf: day)
        let settings = index.board.settings
        func reasons(_ light: LightResult) -> String { light.light.rawValue + " " + light.reasons.map { $0.text(.zh) }.joined(separator: "；") }
        var overdue = IssueFilter()
        overdue.overdueOnly = true
        let period = Period(containing: day)
        func report(_ period: Period) -> String {
            let report = HalfMonthReport(period: period, today: day, timeline: timeline)
            return report.markdown(.zh) + report.csv(.en)
        }
        return Figures(
            projectLights: index.board.projects.rows.map { "\($0.id) " + reasons(index.light(of: $0, today: day)) },
            issueLights: index.board.issues.rows.map { "\($0.id) " + reasons(index.light(of: $0, today: day)) },
            overdue: index.issueRows(overdue, today: day).map { "\($0.issue.id) \($0.daysOverdue) \($0.holder?.person ?? "-")" },
            ranking: Ranking.scores(index.unitStats(today: day), settings: settings).map { s in
                "\(s.stats.unit.id) #\(s.rank) \(s.total) \(s.schedule) \(s.start) \(s.issues) \(s.visits) \(s.attraction) -\(s.reopenDeduction) -\(s.redDeduction) \(s.isLagging)"
            },
            report: report(period),
            previousReport: report(period.previous))
    }

    /// Random days of 2026 (and the year's edges and a period's last day), the same for every run.
    static func days(seed: UInt64) -> [Day] {
        var rng = SplitMix64(seed: seed ^ 0xD1CE)
        let random = (0..<14).map { _ in Day(2026, 1, 1)!.adding(days: Int.random(in: 0...364, using: &rng)) }
        return [Day(2026, 1, 1)!, Day(2026, 6, 15)!, Day(2026, 12, 31)!] + random
    }

    static let endOfYear = Day(2027, 1, 1)!

    @Test("with the journal since the snapshot: every change, edits and undos included, is taken back exactly", arguments: [1, 2, 3] as [UInt64])
    func journaledStore(seed: UInt64) throws {
        let year = ZoneYear(seed: seed, journalOnly: true)
        try #require(year.journal.count > 500, "a busy year")
        let full = BoardTimeline(board: year.board, journal: year.journal, present: Self.endOfYear)
        var differsWithoutHistory = 0
        for day in Self.days(seed: seed) {
            let (board, journal) = year.prefix(through: day)
            let expected = Self.figures(BoardTimeline(board: board, journal: journal, present: day), on: day)
            #expect(Self.figures(full, on: day) == expected, "as of \(day.iso)")
            if Self.figures(BoardTimeline(board: year.board, present: day), on: day) != expected { differsWithoutHistory += 1 }
        }
        #expect(differsWithoutHistory >= Self.days(seed: seed).count - 2, "the later changes would show without the history")
    }

    @Test("compacted (no journal): the records' own history tells what was true on each day", arguments: [1, 2, 3] as [UInt64])
    func compactedStore(seed: UInt64) throws {
        let year = ZoneYear(seed: seed, journalOnly: false)
        try #require(year.journal.count > 400)
        let issues = year.board.issues.rows
        try #require(issues.contains { $0.reopens > 0 } && issues.contains { $0.extensions > 0 } && issues.contains { $0.status == .closed })
        let compacted = BoardTimeline(board: year.board, journal: [], present: Self.endOfYear)
        var differsWithoutHistory = 0
        for day in Self.days(seed: seed) {
            let (board, journal) = year.prefix(through: day)
            let expected = Self.figures(BoardTimeline(board: board, journal: journal, present: day), on: day)
            let actual = Self.figures(compacted, on: day)
            #expect(actual.projectLights == expected.projectLights, "project lights as of \(day.iso)")
            #expect(actual.issueLights == expected.issueLights, "issue lights as of \(day.iso)")
            #expect(actual.overdue == expected.overdue, "overdue list as of \(day.iso)")
            #expect(actual.ranking == expected.ranking, "ranking as of \(day.iso)")
            #expect(actual.report == expected.report, "report as of \(day.iso)")
            #expect(actual.previousReport == expected.previousReport, "previous period's report as of \(day.iso)")
            if Self.figures(BoardTimeline(board: year.board, present: day), on: day) != expected { differsWithoutHistory += 1 }
        }
        #expect(differsWithoutHistory >= Self.days(seed: seed).count - 2, "the later changes would show without the history")
    }
}
