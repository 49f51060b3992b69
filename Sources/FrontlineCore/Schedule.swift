/// 序时进度: the share of the year that has elapsed, against which investment is measured.
public enum Schedule {
    /// The elapsed share of `day`'s year, counting `day` itself, exactly: January 1st of a common
    /// year → 1/365, December 31st → 1.
    public static func elapsedShare(_ day: Day) -> Ratio {
        Ratio(Int128(day.dayOfYear), Int128(Day.daysIn(year: day.year)))
    }

    /// The elapsed share in hundredths of a percent, rounded down (January 1st of a common year → 27).
    /// For display and the benchmark only: thresholds compare `elapsedShare`.
    public static func elapsedPercent(_ day: Day) -> Int {
        day.dayOfYear * 10_000 / Day.daysIn(year: day.year)
    }

    /// The investment due by `day` for an annual plan: plan × elapsed share, rounded half up to the fen.
    public static func target(plan: Money, on day: Day) -> Money {
        Money(hundredths: Int64((Ratio(Int128(plan.hundredths), 1) * elapsedShare(day)).rounded(decimals: 0)))
    }

    /// Investment `done` against `plan` as of `day`: how far behind 序时进度 in percentage points
    /// (negative when ahead), exactly; nil without a positive plan.
    public static func pointsBehind(done: Money, plan: Money, on day: Day) -> Ratio? {
        guard let share = Ratio.share(done, of: plan) else { return nil }
        return (elapsedShare(day) - share) * 100
    }
}
