/// One unit's place in the ranking, with every part of its score (docs/domain.md, Ranking).
public struct UnitScore: Sendable, Equatable {
    public var stats: UnitStats
    /// Points in hundredths (40.00 points → 4000), each part capped at its weight and rounded half up
    /// to two decimals (四舍五入) on its own.
    public var schedule: Int
    public var start: Int
    public var issues: Int
    public var visits: Int
    public var attraction: Int
    /// 产值, 税收 and 就业 against plan; 0 while the store does not weight them (`Settings.weightBenefits`).
    public var benefits = 0
    public var reopenDeduction: Int
    public var redDeduction: Int
    /// For the unit's open issues under 督办 on the day, by level (docs/domain-rules.md, "督办").
    public var escalationDeduction = 0
    /// 1 for the best; 0 for a unit with nothing to measure, which is not ranked.
    public var rank = 0
    /// Among the bottom `laggingCount` (后进).
    public var isLagging = false

    /// The sum of the rounded parts minus the deductions: the breakdown as printed adds up to the total
    /// as printed (docs/domain-rules.md, Scores).
    public var total: Int { schedule + start + issues + visits + attraction + benefits - deductions }
    /// Every deduction: reopenings, red projects, escalated issues.
    public var deductions: Int { reopenDeduction + redDeduction + escalationDeduction }
}

/// The default scoring of docs/domain.md: per unit, 100 points (weights are store settings) for investment
/// against 序时进度, start rate, issues closed on time, weekly visit compliance and investment
/// attraction, minus deductions for reopened issues and red projects. A part with nothing to measure
/// (a unit without new projects has no start rate) scores its full weight: nothing fell short.
public enum Ranking {
    /// A part of the score in hundredths of a point: `weight` × the rate clamped to 0…100%, exactly,
    /// then rounded half up to two decimals (13.846… → 13.85).
    public static func part(_ weight: Int, _ rate: Ratio?) -> Int {
        guard let rate else { return weight * 100 }
        return Int((rate.clampedToUnit * (weight * 100)).rounded(decimals: 0))
    }

    public static func scores(_ stats: [UnitStats], settings: Settings) -> [UnitScore] {
        var scores = stats.map { s in
            UnitScore(
                stats: s,
                schedule: part(settings.weightSchedule, s.scheduleRate),
                start: part(settings.weightStart, s.startRate),
                issues: part(settings.weightIssues, s.onTimeRate),
                visits: part(settings.weightVisits, s.visitRate),
                attraction: part(settings.weightAttraction, s.attractionRate),
                benefits: part(settings.weightBenefits, s.benefitsRate),
                reopenDeduction: s.reopens * settings.deductionPerReopen * 100,
                redDeduction: s.redProjects * settings.deductionPerRedProject * 100,
                escalationDeduction: EscalationLevel.allCases.reduce(0) { $0 + s.escalated($1) * settings.escalationDeduction($1) * 100 })
        }
        // Units with nothing to measure are listed after the ranked ones, without a rank.
        scores.sort { a, b in
            (a.stats.isMeasured ? 1 : 0, a.total, -a.stats.unit.sortOrder, b.stats.unit.id)
                > (b.stats.isMeasured ? 1 : 0, b.total, -b.stats.unit.sortOrder, a.stats.unit.id)
        }
        let ranked = scores.indices.filter { scores[$0].stats.isMeasured }
        for (place, i) in ranked.enumerated() { scores[i].rank = place + 1 }
        for i in ranked.suffix(max(0, settings.laggingCount)) { scores[i].isLagging = true }
        return scores
    }
}

/// Points in hundredths as text: `37.25`.
public func pointsText(_ hundredths: Int) -> String {
    Ratio.text(units: Int128(hundredths), decimals: 2)
}
