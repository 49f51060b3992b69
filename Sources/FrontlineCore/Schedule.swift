/// 序时进度: the share of the year that has elapsed, against which investment is measured.
public enum Schedule {
    /// The elapsed share of `day`'s year, counting `day` itself, in hundredths of a percent
    /// (January 1st of a common year → 27, December 31st → 10000).
    public static func elapsedPercent(_ day: Day) -> Int {
        day.dayOfYear * 10_000 / Day.daysIn(year: day.year)
    }

    /// The investment due by `day` for an annual plan: plan × elapsed share, rounded down to the fen.
    public static func target(plan: Money, on day: Day) -> Money {
        // In full width: the quotient never exceeds the plan, but the product can exceed Int64 for a saturated sum.
        let product = plan.hundredths.multipliedFullWidth(by: Int64(day.dayOfYear))
        return Money(hundredths: Int64(Day.daysIn(year: day.year)).dividingFullWidth(product).quotient)
    }
}
