import Testing

@testable import FrontlineCore

/// 序时进度: the elapsed share of the year (hundredths of a point) and the investment due by a day.
struct ScheduleTests {
    struct ElapsedCase: Sendable, CustomTestStringConvertible {
        let day: String
        /// dayOfYear × 10000 / days in the year, rounded down, worked out by hand.
        let percent: Int
        let why: String
        var testDescription: String { "\(day): \(why) = \(percent)" }
    }

    @Test(
        "elapsedPercent at month ends and around the leap day",
        arguments: [
            ElapsedCase(day: "2026-01-01", percent: 27, why: "1/365"),
            ElapsedCase(day: "2026-01-31", percent: 849, why: "31/365"),
            ElapsedCase(day: "2026-02-28", percent: 1616, why: "59/365"),
            ElapsedCase(day: "2026-03-01", percent: 1643, why: "60/365"),
            ElapsedCase(day: "2026-04-30", percent: 3287, why: "120/365"),
            ElapsedCase(day: "2026-06-30", percent: 4958, why: "181/365"),
            ElapsedCase(day: "2026-11-30", percent: 9150, why: "334/365"),
            ElapsedCase(day: "2026-12-31", percent: 10000, why: "365/365"),
            ElapsedCase(day: "2028-02-28", percent: 1612, why: "59/366"),
            ElapsedCase(day: "2028-02-29", percent: 1639, why: "60/366"),
            ElapsedCase(day: "2028-03-01", percent: 1666, why: "61/366"),
            ElapsedCase(day: "2028-12-31", percent: 10000, why: "366/366"),
        ])
    func elapsed(_ c: ElapsedCase) {
        #expect(Schedule.elapsedPercent(d(c.day)) == c.percent)
    }

    struct TargetCase: Sendable, CustomTestStringConvertible {
        let plan: String
        let day: String
        let target: String
        var testDescription: String { "plan \(plan) on \(day) → \(target)" }
    }

    /// Rounded half up (四舍五入) since issue 11; it was rounded down (328.76, 915.06).
    @Test(
        "target = plan × elapsed share, rounded half up to the fen",
        arguments: [
            TargetCase(plan: "365.00", day: "2026-02-28", target: "59.00"),
            TargetCase(plan: "366.00", day: "2028-02-29", target: "60.00"),
            TargetCase(plan: "100.00", day: "2026-01-31", target: "8.49"),
            TargetCase(plan: "100.00", day: "2026-01-01", target: "0.27"),
            TargetCase(plan: "1000.00", day: "2026-04-30", target: "328.77"),
            TargetCase(plan: "1000.00", day: "2026-11-30", target: "915.07"),
            TargetCase(plan: "0.73", day: "2026-07-02", target: "0.37"),
            TargetCase(plan: "1000.00", day: "2026-12-31", target: "1000.00"),
            TargetCase(plan: "1000.00", day: "2028-12-31", target: "1000.00"),
            TargetCase(plan: "0", day: "2026-06-30", target: "0.00"),
        ])
    func target(_ c: TargetCase) throws {
        let plan = try #require(Money(c.plan))
        #expect(Schedule.target(plan: plan, on: d(c.day)).text == c.target)
    }
}
