import Testing

@testable import FrontlineCore

/// `Day`: ordinals, month arithmetic with clamping, strict ISO parsing.
struct DayTests {
    /// Every day from 1900-01-01 to 2100-12-31, walked by components: ordinals are consecutive
    /// (starting from the known -25567) and `Day(ordinal:)` gives the same day back.
    @Test("ordinal round trip for every day 1900–2100")
    func ordinalRoundTrip() {
        var expected = -25_567 // 1900-01-01, days before 1970-01-01
        var failures: [String] = []
        for year in 1900...2100 {
            for month in 1...12 {
                for dayOfMonth in 1...31 {
                    guard let day = Day(year, month, dayOfMonth) else { continue }
                    if day.ordinal != expected { failures.append("\(day.iso).ordinal = \(day.ordinal), expected \(expected)") }
                    if Day(ordinal: expected) != day { failures.append("Day(ordinal: \(expected)) = \(Day(ordinal: expected).iso)") }
                    expected += 1
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(expected == 47_847) // 2100-12-31 is 47846; 73414 days were walked
    }

    struct OrdinalCase: Sendable, CustomTestStringConvertible {
        let iso: String
        let ordinal: Int
        var testDescription: String { "\(iso) = \(ordinal)" }
    }

    @Test(
        "known ordinals",
        arguments: [
            OrdinalCase(iso: "1970-01-01", ordinal: 0),
            OrdinalCase(iso: "1969-12-31", ordinal: -1),
            OrdinalCase(iso: "1900-01-01", ordinal: -25_567),
            OrdinalCase(iso: "2000-02-29", ordinal: 11_016),
            OrdinalCase(iso: "2000-03-01", ordinal: 11_017),
            OrdinalCase(iso: "2026-11-27", ordinal: 20_784),
            OrdinalCase(iso: "2100-12-31", ordinal: 47_846),
        ])
    func knownOrdinals(_ c: OrdinalCase) {
        #expect(d(c.iso).ordinal == c.ordinal)
        #expect(Day(ordinal: c.ordinal).iso == c.iso)
    }

    struct MonthCase: Sendable, CustomTestStringConvertible {
        let from: String
        let months: Int
        let expected: String
        var testDescription: String { "\(from) \(months >= 0 ? "+" : "")\(months) months → \(expected)" }
    }

    @Test(
        "adding(months:) keeps the day or clamps to the end of a shorter month",
        arguments: [
            MonthCase(from: "2026-01-31", months: 1, expected: "2026-02-28"),
            MonthCase(from: "2028-01-31", months: 1, expected: "2028-02-29"),
            MonthCase(from: "2026-03-31", months: -1, expected: "2026-02-28"),
            MonthCase(from: "2026-08-31", months: 1, expected: "2026-09-30"),
            MonthCase(from: "2026-08-31", months: 3, expected: "2026-11-30"),
            MonthCase(from: "2026-11-30", months: 3, expected: "2027-02-28"),
            MonthCase(from: "2026-12-31", months: 2, expected: "2027-02-28"),
            MonthCase(from: "2026-01-15", months: -1, expected: "2025-12-15"),
            MonthCase(from: "2026-01-15", months: 12, expected: "2027-01-15"),
            MonthCase(from: "2028-02-29", months: 12, expected: "2029-02-28"),
            MonthCase(from: "2026-03-31", months: -13, expected: "2025-02-28"),
            MonthCase(from: "2026-11-27", months: 0, expected: "2026-11-27"),
        ])
    func addingMonths(_ c: MonthCase) {
        #expect(d(c.from).adding(months: c.months).iso == c.expected)
    }

    @Test(
        "adding(days:) and days(until:) across month, year and leap-day boundaries",
        arguments: [
            ("2026-12-31", 1, "2027-01-01"),
            ("2027-01-01", -1, "2026-12-31"),
            ("2028-02-28", 1, "2028-02-29"),
            ("2026-02-28", 1, "2026-03-01"),
            ("2026-11-27", -30, "2026-10-28"),
            ("1970-01-01", -1, "1969-12-31"),
        ])
    func addingDays(from: String, days: Int, expected: String) {
        #expect(d(from).adding(days: days).iso == expected)
        #expect(d(from).days(until: d(expected)) == days)
    }

    @Test(
        "Day(iso:) accepts exactly YYYY-MM-DD naming a real day",
        arguments: [
            ("2026-11-27", "2026-11-27"),
            ("2026-02-28", "2026-02-28"),
            ("2028-02-29", "2028-02-29"),
            ("2000-02-29", "2000-02-29"),
            ("0001-01-01", "0001-01-01"),
            ("9999-12-31", "9999-12-31"),
        ])
    func parsesValid(text: String, iso: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.iso == iso)
    }

    @Test(
        "Day(iso:) rejects",
        arguments: [
            "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-11-00",
            "0000-01-01", "2026-2-01", "2026-11-7", "26-11-27", "2026-11-27x", " 2026-11-27", "2026/11/27",
            "2026-11-27T00:00", "", "abcd-ef-gh", "+026-11-27", "2026-1１-27",
        ])
    func rejectsInvalid(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test(
        "Day(_:_:_:) rejects impossible components",
        arguments: [
            (2026, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 1), (2026, 1, 0), (0, 1, 1), (10_000, 1, 1),
        ])
    func rejectsComponents(year: Int, month: Int, day: Int) {
        #expect(Day(year, month, day) == nil)
    }

    @Test(
        "dayOfYear, isLastDayOfMonth and leap years",
        arguments: [
            ("2026-01-01", 1, false),
            ("2026-01-31", 31, true),
            ("2026-02-28", 59, true),
            ("2028-02-28", 59, false),
            ("2028-02-29", 60, true),
            ("2026-11-30", 334, true),
            ("2026-12-31", 365, true),
            ("2028-12-31", 366, true),
        ])
    func dayOfYear(iso: String, dayOfYear: Int, isLast: Bool) {
        #expect(d(iso).dayOfYear == dayOfYear)
        #expect(d(iso).isLastDayOfMonth == isLast)
    }

    @Test(
        "isLeap follows the Gregorian rule",
        arguments: [
            (2026, false), (2028, true), (1900, false), (2000, true), (2100, false), (2400, true),
        ])
    func leapYears(year: Int, leap: Bool) {
        #expect(Day.isLeap(year) == leap)
        #expect(Day.daysIn(year: year) == (leap ? 366 : 365))
        #expect(Day.daysIn(month: 2, year: year) == (leap ? 29 : 28))
    }

    @Test("ordering is chronological")
    func ordering() {
        #expect(d("2026-11-27") < d("2026-11-28"))
        #expect(d("2026-11-30") < d("2026-12-01"))
        #expect(d("2026-12-31") < d("2027-01-01"))
        #expect(!(d("2026-11-27") < d("2026-11-27")))
    }
}
