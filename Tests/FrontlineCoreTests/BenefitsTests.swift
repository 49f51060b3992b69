import Testing

@testable import FrontlineCore

/// Project benefits (产值, 税收, 就业: docs/domain-rules.md, "Project benefits"), worked out by hand.
struct BenefitsTests {
    static let today = Day(2026, 12, 31)!

    static func project(
        _ id: String, unit: String, stage: Stage = .building, output: (String, String)? = nil,
        tax: (String, String?)? = nil, jobs: (Int, Int?)? = nil
    ) -> Project {
        var p = Project(id: id)
        p.name = id
        p.unit = unit
        p.leader = "M-002"
        p.stage = stage
        if let output { (p.outputPlan, p.outputActual) = (Money(output.0), Money(output.1)) }
        if let tax { (p.taxPlan, p.taxActual) = (Money(tax.0), tax.1.flatMap { Money($0) }) }
        if let jobs { (p.jobsPlan, p.jobsActual) = (jobs.0, jobs.1) }
        return p
    }

    /// U-01: output 800 of 1000 (80%), tax 50 of 100 (50%), jobs 120 of 100 (capped at 100%) → 230/3 = 76.67%.
    /// U-02: only a project that reached output without a plan (not counted) and a 终止 one (not counted).
    /// U-03: a project in production (投产) counts; tax planned but nothing reached yet → 0%.
    static func board(weight: Int) -> Board {
        var board = Fixtures.zone
        board.settings.weightBenefits = weight
        board.projects.upsert(project("P-001", unit: "U-01", output: ("600", "500"), jobs: (100, 120)))
        board.projects.upsert(project("P-003", unit: "U-01", output: ("400", "300"), tax: ("100", "50")))
        var unplanned = project("P-004", unit: "U-02")
        unplanned.outputActual = Money("900")
        board.projects.upsert(unplanned)
        board.projects.upsert(project("P-005", unit: "U-02", stage: .terminated, output: ("100", "0")))
        board.projects.upsert(project("P-006", unit: "U-03", stage: .operating, output: ("200", "200"), tax: ("40", nil)))
        return board
    }

    static func scores(weight: Int) -> [String: UnitScore] {
        let board = board(weight: weight)
        let scores = Ranking.scores(BoardIndex(board).unitStats(today: today, evidence: true), settings: board.settings)
        return Dictionary(uniqueKeysWithValues: scores.map { ($0.stats.unit.id, $0) })
    }

    @Test func aUnitsRateIsTheMeanOfEachMeasureCappedAtItsPlan() throws {
        let u1 = try #require(Self.scores(weight: 10)["U-01"])
        #expect(u1.stats.benefits.outputPlan == Money("1000") && u1.stats.benefits.outputActual == Money("800"))
        #expect(u1.stats.benefits.taxPlan == Money("100") && u1.stats.benefits.taxActual == Money("50"))
        #expect(u1.stats.benefits.jobsPlan == 100 && u1.stats.benefits.jobsActual == 120)
        #expect(u1.stats.benefitsRate == Ratio(23, 30))
        // 10 × 23/30 = 7.666… → 7.67 points.
        #expect(u1.benefits == 767)
    }

    @Test func reachedWithoutAPlanAndTerminatedProjectsDoNotCount() throws {
        let u2 = try #require(Self.scores(weight: 10)["U-02"])
        #expect(!u2.stats.benefits.isPlanned)
        #expect(u2.stats.benefitsRate == nil)
        // Nothing to measure scores the full weight, as every part does.
        #expect(u2.benefits == 1000)
    }

    @Test func aProjectInProductionCountsAndAPlanNotYetReachedIsZero() throws {
        let u3 = try #require(Self.scores(weight: 10)["U-03"])
        // Output 100%, tax 0 of 40 → (1 + 0) / 2.
        #expect(u3.stats.benefitsRate == Ratio(1, 2))
        #expect(u3.benefits == 500)
    }

    @Test func withoutAWeightTheRankingIsAsBefore() throws {
        let weighted = Self.scores(weight: 10), unweighted = Self.scores(weight: 0)
        for (unit, score) in unweighted {
            #expect(score.benefits == 0)
            let other = try #require(weighted[unit])
            #expect(other.total == score.total + other.benefits)
        }
    }

    @Test func theExplanationShowsThePartOnlyWhenWeighted() throws {
        let board = Self.board(weight: 10), index = BoardIndex(board)
        let score = try #require(Self.scores(weight: 10)["U-01"])
        let explained = ScoreExplanation(score, ranked: 3, settings: board.settings, index: index, lang: .zh)
        let part = try #require(explained.parts.first { $0.title == "项目效益（10 分）" })
        #expect(part.points == "7.67")
        #expect(part.lines.map(\.record) == ["P-001", "P-003"])
        #expect(part.lines[1].text.hasSuffix("产值：计划 400.00 万元，实际 300.00 万元；税收：计划 100.00 万元，实际 50.00 万元"))
        #expect(explained.total.contains("+ 7.67"))

        var unweighted = board.settings
        unweighted.weightBenefits = 0
        let plain = ScoreExplanation(try #require(Self.scores(weight: 0)["U-01"]), ranked: 3, settings: unweighted, index: index, lang: .en)
        #expect(!plain.parts.contains { $0.title.contains("benefits") })
    }

    @Test func theNoticeHasABenefitsColumnOnlyWhenWeighted() {
        for weight in [0, 10] {
            let board = Self.board(weight: weight)
            let scores = Ranking.scores(BoardIndex(board).unitStats(today: Self.today), settings: board.settings)
            let notice = RankingNotice(zoneName: "高新区", asOf: Self.today, scores: scores, settings: board.settings).markdown(.zh)
            #expect(notice.contains("项目效益 10") == (weight > 0))
        }
    }

    @Test func theHalfMonthReportTabulatesThemPerUnit() {
        let board = Self.board(weight: 0)
        let period = Period(containing: Self.today)
        let report = HalfMonthReport(period: period, today: Self.today, index: BoardIndex(board))
        #expect(report.benefits.map(\.unit) == ["经济发展局", "创新园区"])
        let markdown = report.markdown(.zh)
        #expect(markdown.contains("| 经济发展局 | 1000.00 | 800.00 | 100.00 | 50.00 | 100 | 120 | 76.7% |"))
        #expect(markdown.contains("| 创新园区 | 200.00 | 200.00 | 40.00 | 0.00 |  |  | 50.0% |"))
        #expect(markdown.contains("| 合计 | 1200.00 | 1000.00 | 140.00 | 50.00 | 100 | 120 |"))
        #expect(report.csv(.en).contains("Planned output (10k CNY),Output so far (10k CNY)"))
        // A zone without plans prints no benefits table.
        #expect(!HalfMonthReport(period: period, today: Self.today, index: BoardIndex(Fixtures.zone)).markdown(.zh).contains("项目效益"))
    }

    @Test func aUnitReportsWhatWasReachedButOnlyAnAdministratorSetsThePlan() throws {
        func edit(_ field: String, _ value: JSONValue, as who: String) throws(DomainError) {
            let intent = FieldRulesTests.edit(.project, "P-001", field, to: value)
            _ = try Fixtures.plan(intent, on: Fixtures.zone, as: who)
        }
        try edit("outputActual", .string("500.00"), as: "M-011")
        try edit("jobsActual", .int(30), as: "M-011")
        #expect(throws: DomainError.self) { try edit("outputPlan", .string("500.00"), as: "M-011") }
        #expect(throws: DomainError.self) { try edit("jobsPlan", .int(30), as: "M-011") }
        try edit("jobsPlan", .int(30), as: "M-001")
        // Out of range: refused, whoever asks.
        #expect(throws: DomainError.self) { try edit("jobsActual", .int(-1), as: "M-001") }
        #expect(throws: DomainError.self) { try edit("jobsPlan", .int(10_000_001), as: "M-001") }
    }
}
