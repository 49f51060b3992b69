import Testing

@testable import FrontlineCore

/// Issue 11 items 2 and 3: every threshold compared on exact values, printed values that agree with
/// the light, scores rounded half up (四舍五入) — on both sides of each limit, with the values that
/// truncation and floating point get wrong (x.xx5, 9.9999, 30.00003).
struct ThresholdTests {
    // MARK: Rounding

    struct RoundCase: Sendable, CustomTestStringConvertible {
        let numerator: Int128
        let denominator: Int128
        let decimals: Int
        let text: String
        var testDescription: String { "\(numerator)/\(denominator) to \(decimals) → \(text)" }
    }

    @Test(
        "half up at every tie, never through a double: 1.005 → 1.01 (a Double says 1.00)",
        arguments: [
            RoundCase(numerator: 1005, denominator: 1000, decimals: 2, text: "1.01"),
            RoundCase(numerator: 13_845, denominator: 1000, decimals: 2, text: "13.85"),
            RoundCase(numerator: 13_844_999, denominator: 1_000_000, decimals: 2, text: "13.84"),
            RoundCase(numerator: 180, denominator: 13, decimals: 2, text: "13.85"),
            RoundCase(numerator: 12_345, denominator: 10_000, decimals: 2, text: "1.23"),
            RoundCase(numerator: 99_999, denominator: 10_000, decimals: 1, text: "10.0"),
            RoundCase(numerator: 99_999, denominator: 10_000, decimals: 4, text: "9.9999"),
            RoundCase(numerator: -1005, denominator: 1000, decimals: 2, text: "-1.01"),
            RoundCase(numerator: -1, denominator: 1000, decimals: 2, text: "0.00"),
            RoundCase(numerator: 2, denominator: 3, decimals: 0, text: "1"),
            RoundCase(numerator: 5, denominator: 1, decimals: 3, text: "5.000"),
        ])
    func rounding(_ c: RoundCase) {
        #expect(Ratio(c.numerator, c.denominator).text(decimals: c.decimals) == c.text)
    }

    @Test("a Double gets these wrong; the exact ratio does not")
    func doublesAreWrongHere() {
        #expect((1.005 * 100).rounded() / 100 == 1.0, "the floating-point trap this type avoids")
        #expect(Ratio(1005, 1000).rounded(decimals: 2) == 101)
        #expect(Ratio(1, 10) + Ratio(2, 10) == Ratio(3, 10))
    }

    // MARK: Printed values agree with the verdict

    struct AgreeCase: Sendable, CustomTestStringConvertible {
        /// Points behind, as a fraction of 10^6.
        let micro: Int128
        let text: String
        var testDescription: String { "\(micro) µpoints → \(text)" }
    }

    @Test(
        "behind 序时进度 against ≥ 10 and > 30: the printed value falls on the side of each limit the exact one does",
        arguments: [
            AgreeCase(micro: 9_999_900, text: "9.9999"),
            AgreeCase(micro: 9_950_000, text: "9.95"),
            AgreeCase(micro: 10_000_000, text: "10.0"),
            AgreeCase(micro: 10_005_000, text: "10.0"),
            AgreeCase(micro: 10_050_000, text: "10.1"),
            AgreeCase(micro: 29_950_000, text: "30.0"),
            AgreeCase(micro: 29_999_999, text: "30.0"),
            AgreeCase(micro: 30_000_000, text: "30.0"),
            AgreeCase(micro: 30_000_030, text: "30.00003"),
            AgreeCase(micro: 30_000_900, text: "30.001"),
            AgreeCase(micro: 30_040_000, text: "30.04"),
            AgreeCase(micro: 30_050_000, text: "30.1"),
            AgreeCase(micro: 30_000_000_1, text: "300.0"),
        ])
    func agreeingText(_ c: AgreeCase) {
        let limits: [Threshold] = [.atLeast(10), .moreThan(30)]
        let value = Ratio(c.micro, 1_000_000)
        let text = value.text(agreeingWith: limits)
        #expect(text == c.text)
        let printed = Ratio(Int128(text.replacingAll(".", with: ""))!, Ratio.power(text.split(separator: ".").last!.count))
        for limit in limits { #expect(limit.isMet(by: printed) == limit.isMet(by: value), "\(limit)") }
    }

    @Test("beyond six decimals the value is rounded toward its side of the limit")
    func directedBeyondSixDecimals() {
        let justAbove = Ratio(30, 1) + Ratio(1, 1_000_000_000)
        #expect(justAbove.text(agreeingWith: [.moreThan(30)]) == "30.000001")
        let justBelow = Ratio(10, 1) - Ratio(1, 1_000_000_000)
        #expect(justBelow.text(agreeingWith: [.atLeast(10)]) == "9.999999")
    }

    // MARK: Lights and their reasons

    struct LightCase: Sendable, CustomTestStringConvertible {
        let plan: String
        let ytd: String
        let light: Light
        /// The reason's last words, nil for no schedule reason.
        let behind: String?
        var testDescription: String { "\(ytd) of \(plan) on 2026-12-31 → \(light.rawValue) \(behind ?? "")" }
    }

    /// On 2026-12-31 the target is the whole plan, so behind = 100 − 100 × ytd / plan exactly.
    @Test(
        "schedule light on both sides of 10 and 30 points behind, and what the reason prints",
        arguments: [
            LightCase(plan: "1000000", ytd: "900001", light: .green, behind: nil), // 9.9999: truncation said 10.00 → 黄
            LightCase(plan: "1000000", ytd: "900000", light: .yellow, behind: "10.0"),
            LightCase(plan: "2000000", ytd: "1799900", light: .yellow, behind: "10.0"), // 10.005
            LightCase(plan: "1000000", ytd: "900050", light: .green, behind: nil), // 9.995
            LightCase(plan: "1000000", ytd: "700000", light: .yellow, behind: "30.0"),
            LightCase(plan: "1000000", ytd: "700001", light: .yellow, behind: "30.0"), // 29.9999
            LightCase(plan: "10000000", ytd: "6999997", light: .red, behind: "30.00003"), // truncation said 30.00 → 黄
            LightCase(plan: "1000000", ytd: "699991", light: .red, behind: "30.001"), // 30.0009 of the issue
            LightCase(plan: "1000000", ytd: "699600", light: .red, behind: "30.04"), // one decimal would print 30.0
            LightCase(plan: "1000000", ytd: "699500", light: .red, behind: "30.1"), // 30.05, half up
        ])
    func scheduleLight(_ c: LightCase) {
        let project = Fixtures.project("P-001") {
            $0.plan = Money(c.plan)!; $0.ytd = Money(c.ytd)!
        }
        let result = Lights.project(project, today: d("2026-12-31"), settings: Settings(), overdueIssues: 0, lastOnSiteVisit: d("2026-12-30"))
        #expect(result.light == c.light)
        let reason = result.reasons.first { if case .behindSchedule = $0.rule { true } else { false } }
        #expect(reason.map { String($0.text(.zh).split(separator: "滞后 ").last!) } == c.behind.map { "\($0)%" })
        #expect(reason.map { $0.text(.en).hasSuffix("behind \(c.behind!)%") } ?? true)
    }

    @Test("the shares in a reason get as many decimals as the points behind")
    func sharesMatchTheBehindDecimals() {
        let project = Fixtures.project("P-001") {
            $0.plan = Money("10000000")!; $0.ytd = Money("6999997")!
        }
        let result = Lights.project(project, today: d("2026-12-31"), settings: Settings(), overdueIssues: 0, lastOnSiteVisit: d("2026-12-30"))
        #expect(result.reasons[0].text(.zh) == "投资完成 69.99997%，序时进度 100.00000%，滞后 30.00003%")
    }

    // MARK: Scores

    struct PartCase: Sendable, CustomTestStringConvertible {
        let weight: Int
        let part: Int
        let whole: Int
        let points: String
        let truncated: String
        var testDescription: String { "\(weight) × \(part)/\(whole) → \(points) (truncation: \(truncated))" }
    }

    @Test(
        "a part of a score is weight × rate, capped, rounded half up to 0.01",
        arguments: [
            PartCase(weight: 20, part: 9, whole: 13, points: "13.85", truncated: "13.84"), // 13.846…
            PartCase(weight: 20, part: 1, whole: 3, points: "6.67", truncated: "6.66"),
            PartCase(weight: 10, part: 2002, whole: 4000, points: "5.01", truncated: "5.00"), // 5.005 exactly
            PartCase(weight: 10, part: 12_345, whole: 100_000, points: "1.23", truncated: "1.23"), // 1.2345: no double rounding
            PartCase(weight: 40, part: 999_999, whole: 1_000_000, points: "40.00", truncated: "39.99"),
            PartCase(weight: 40, part: 6, whole: 5, points: "40.00", truncated: "40.00"), // 120% is capped
            PartCase(weight: 10, part: 1, whole: 8, points: "1.25", truncated: "1.25"),
            PartCase(weight: 20, part: 0, whole: 7, points: "0.00", truncated: "0.00"),
        ])
    func part(_ c: PartCase) {
        #expect(pointsText(Ranking.part(c.weight, Ratio.share(c.part, of: c.whole))) == c.points)
        // What the old code did: hundredths of a percent truncated, then weight × that / 100 truncated.
        let old = c.weight * min(10_000, c.part * 10_000 / c.whole) / 100
        #expect(pointsText(old) == c.truncated)
    }

    @Test("nothing to measure scores the full weight")
    func nothingToMeasure() {
        #expect(Ranking.part(20, nil) == 2000)
    }

    @Test("the total is the sum of the rounded parts, so the printed breakdown adds up to the printed total")
    func totalIsTheSumOfRoundedParts() throws {
        // One unit: 9 of 13 issues on time (13.846… → 13.85) and 1 of 3 new projects started (6.666… → 6.67).
        var board = Fixtures.zone
        board.settings.laggingCount = 0
        for (n, onTime) in (0..<13).map({ ($0, $0 < 9) }) {
            board.issues.upsert(
                Fixtures.issue("I-\(100 + n)", status: .closed) {
                    $0.closedOn = d("2026-06-10")
                    $0.originalDue = onTime ? d("2026-06-30") : d("2026-06-01")
                })
        }
        for (n, started) in [(3, true), (4, false), (5, false)] {
            board.projects.upsert(
                Fixtures.project("P-00\(n)") {
                    $0.annualType = .new
                    $0.stage = started ? .building : .signed
                    $0.planStart = d("2026-03-01")
                    $0.actualStart = started ? d("2026-03-05") : nil
                })
        }
        let stats = BoardIndex(board).unitStats(today: d("2026-06-30"))
        let score = try #require(Ranking.scores(stats, settings: board.settings).first { $0.stats.unit.id == "U-01" })
        #expect(pointsText(score.issues) == "13.85")
        #expect(pointsText(score.start) == "6.67")
        let printed = [score.schedule, score.start, score.issues, score.visits, score.attraction].map { Double(pointsText($0))! }
        let deductions = Double(pointsText(score.reopenDeduction + score.redDeduction))!
        #expect(abs(printed.reduce(0, +) - deductions - Double(pointsText(score.total))!) < 0.000_1)
    }
}
