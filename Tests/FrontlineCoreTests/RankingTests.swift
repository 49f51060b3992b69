import Testing

@testable import FrontlineCore

/// The ranking on a small zone whose scores are worked out by hand (default weights 40/20/20/10/10,
/// 2 points per reopened issue, 3 per red project), as of 2026-12-31 so that 序时进度 is the whole plan.
struct RankingTests {
    static let today = Day(2026, 12, 31)!

    static func board() -> Board {
        var board = Board()
        board.settings.laggingCount = 1
        for (id, name, order) in [("U-A", "甲街道", 1), ("U-B", "乙园区", 2), ("U-C", "丙中心", 3), ("U-D", "丁办公室", 4)] {
            var unit = Unit(id: id)
            unit.name = name
            unit.sortOrder = order
            board.units.upsert(unit)
        }
        // 甲's 招商引资成绩 of November as published: plan 100, done 80 (the ranking reads the published months).
        var november = PublishedReport(id: "2026-11")
        november.attraction = [AttractionRow(unit: "U-A", plan: Money("100")!, done: Money("80")!, signed: 1, landed: 0, leads: [])]
        board.reports.upsert(november)
        func project(_ id: String, unit: String, plan: String, ytd: String, type: AnnualType, visit: Day?) {
            var p = Project(id: id)
            p.name = id
            p.unit = unit
            p.leader = "M-1"
            p.stage = .building
            p.annualType = type
            p.plan = Money(plan)!
            p.ytd = Money(ytd)!
            if type == .new {
                p.planStart = Day(2026, 3, 1)
                p.actualStart = Day(2026, 3, 10)
            }
            board.projects.upsert(p)
            if let visit {
                var v = Visit(id: "V-" + id)
                v.project = id
                v.date = visit
                board.visits.upsert(v)
            }
        }
        // 甲: 900 + 600 of 2000 planned; P1 visited 3 days ago, P2 a month ago.
        project("P1", unit: "U-A", plan: "1000", ytd: "900", type: .new, visit: Day(2026, 12, 28))
        project("P2", unit: "U-A", plan: "1000", ytd: "600", type: .continuing, visit: Day(2026, 12, 1))
        // 乙: on plan, visited.
        project("P3", unit: "U-B", plan: "500", ytd: "500", type: .continuing, visit: Day(2026, 12, 30))
        func issue(_ id: String, unit: String, due: Day, closed: Day?, reopens: Int = 0) {
            var i = Issue(id: id)
            i.title = id
            i.unit = unit
            i.raisedOn = Day(2026, 10, 1)!
            i.due = due
            i.originalDue = due
            i.status = closed == nil ? .inProgress : .closed
            i.closedOn = closed
            i.reopens = reopens
            board.issues.upsert(i)
        }
        issue("I1", unit: "U-A", due: Day(2026, 11, 30)!, closed: Day(2026, 11, 20), reopens: 1)
        issue("I2", unit: "U-A", due: Day(2026, 11, 30)!, closed: Day(2026, 12, 5))
        issue("I3", unit: "U-A", due: Day(2027, 1, 10)!, closed: nil)
        issue("I4", unit: "U-C", due: Day(2026, 11, 30)!, closed: Day(2026, 12, 10))
        return board
    }

    @Test func scoresMatchTheHandWorkedOnes() throws {
        let board = Self.board()
        let scores = Ranking.scores(BoardIndex(board).unitStats(today: Self.today), settings: board.settings)
        let byUnit = Dictionary(uniqueKeysWithValues: scores.map { ($0.stats.unit.id, $0) })

        // 甲: investment 1500 of a 2000 target → 40 × 75% = 30; its one new project started → 20;
        // 1 of 2 closed issues on time → 10; 1 of 2 projects visited within 7 days → 5; attraction 80% → 8;
        // 1 reopened issue → −2; P2 is red (40 points behind 序时进度) → −3. Total 68.
        let a = try #require(byUnit["U-A"])
        #expect(
            [a.schedule, a.start, a.issues, a.visits, a.attraction, a.reopenDeduction, a.redDeduction]
                == [3000, 2000, 1000, 500, 800, 200, 300])
        #expect(a.total == 6800)
        // 乙: everything measured is complete; nothing to start, no issues, no attraction plan: full marks.
        #expect(byUnit["U-B"]?.total == 10_000)
        // 丙: its only issue closed late → 0 of 20; no projects → the other parts full: 80.
        #expect(byUnit["U-C"]?.issues == 0 && byUnit["U-C"]?.total == 8000)
        // 丁 has nothing to measure: listed, not ranked.
        #expect(byUnit["U-D"]?.rank == 0 && byUnit["U-D"]?.isLagging == false)

        #expect(scores.map(\.stats.unit.id) == ["U-B", "U-C", "U-A", "U-D"])
        #expect(scores.map(\.rank) == [1, 2, 3, 0])
        #expect(scores.filter(\.isLagging).map(\.stats.unit.id) == ["U-A"], "the bottom 1 is 后进")
    }

    @Test func weightsAndDeductionsAreSettings() throws {
        var board = Self.board()
        board.settings.weightSchedule = 60
        board.settings.weightAttraction = 0
        board.settings.deductionPerRedProject = 10
        let scores = Ranking.scores(BoardIndex(board).unitStats(today: Self.today), settings: board.settings)
        let a = try #require(scores.first { $0.stats.unit.id == "U-A" })
        // 60 × 75% = 45; attraction weighs nothing; the red project costs 10.
        #expect(a.schedule == 4500 && a.attraction == 0 && a.redDeduction == 1000)
        #expect(a.total == 4500 + 2000 + 1000 + 500 - 200 - 1000)
    }

    @Test(arguments: [(0, "0.00"), (6800, "68.00"), (-250, "-2.50"), (1005, "10.05")])
    func pointsAreWrittenWithTwoDecimals(_ hundredths: Int, _ text: String) {
        #expect(pointsText(hundredths) == text)
    }
}
