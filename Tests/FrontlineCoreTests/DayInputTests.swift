import Testing

@testable import FrontlineCore

/// `DayInput`: the one reader of typed dates (command line and board forms), and `Day` arithmetic
/// that never traps (issue 9 item 8, issue 10 item 6: `--due +9223372036854775807` trapped in `Day.adding`).
struct DayInputTests {
    static let today = Day(2026, 11, 27)!

    @Test(
        "accepted: ISO dates and relative days within range",
        arguments: [
            ("2026-12-05", "2026-12-05"), ("+7", "2026-12-04"), ("-3", "2026-11-24"), ("+0", "2026-11-27"), ("-0", "2026-11-27"),
            (" +7 ", "2026-12-04"), ("+0007", "2026-12-04"), ("+3660", "2036-12-04"), ("-3660", "2016-11-19"),
            ("1900-01-01", "1900-01-01"), ("2199-12-31", "2199-12-31"),
        ])
    func accepted(_ text: String, _ expected: String) throws {
        let day = try DayInput.parse(text, today: Self.today).get()
        #expect(day.iso == expected)
    }

    @Test(
        "refused with a reason, never a trap",
        arguments: [
            ("+9223372036854775807", "相对日期最多前后 3660 天（约十年）"),
            ("-9223372036854775808", "相对日期最多前后 3660 天（约十年）"),
            ("+99999999999999999999999999", "相对日期最多前后 3660 天（约十年）"),
            ("+3661", "相对日期最多前后 3660 天（约十年）"),
            ("-3661", "相对日期最多前后 3660 天（约十年）"),
            ("0001-01-01", "超出范围：日期应在 1900-01-01 至 2199-12-31 之间"),
            ("9999-12-31", "超出范围：日期应在 1900-01-01 至 2199-12-31 之间"),
            ("2026-02-30", "不是日历上的日期"),
            ("2026-13-01", "不是日历上的日期"),
            ("明天", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("+", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("++7", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("+-7", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("+７", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("+7d", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
            ("", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"),
        ])
    func refused(_ text: String, _ reason: String) {
        guard case .failure(let problem) = DayInput.parse(text, today: Self.today) else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problem.reason(.zh) == reason)
        #expect(!problem.reason(.en).isEmpty)
    }

    @Test func aRelativeDateOutOfTheCallersRangeSaysWhatItResolvedTo() {
        let range = Self.today...Self.today.adding(days: 30)
        guard case .failure(let problem) = DayInput.parse("+40", today: Self.today, within: range) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.message(.en) == "that is 2027-01-06, out of range: a date from 2026-11-27 to 2026-12-27, got '+40'")
        #expect(problem.message(.zh) == "即 2027-01-06，超出范围：日期应在 2026-11-27 至 2026-12-27 之间，收到“+40”")
    }

    @Test func typedControlCharactersAreQuotedSanitizedAndShort() {
        guard case .failure(let problem) = DayInput.parse("\u{1B}]52;c;" + String(repeating: "x", count: 100), today: Self.today) else {
            Issue.record("accepted")
            return
        }
        #expect(!problem.message(.en).unicodeScalars.contains { $0.value < 0x20 })
        #expect(problem.typed!.count <= 41)
    }

    // MARK: Day never traps

    @Test("adding(days:) clamps to the days a Day can hold", arguments: [Int.max, Int.min, Int.max / 2, -(Int.max / 2), 10_000_000])
    func addingDaysNeverTraps(_ n: Int) {
        let day = Self.today.adding(days: n)
        #expect(day == (n > 0 ? Day.last : Day.first))
    }

    @Test("adding(months:) clamps too", arguments: [Int.max, Int.min, 1_000_000, -1_000_000])
    func addingMonthsNeverTraps(_ n: Int) {
        let day = Self.today.adding(months: n)
        #expect(day.year == (n > 0 ? 9999 : 1))
    }

    @Test func ordinalsOfTheEnds() {
        #expect(Day(1, 1, 1)!.ordinal == Day.first.ordinal)
        #expect(Day(9999, 12, 31)!.ordinal == Day.last.ordinal)
        #expect(Day(ordinal: Int.max) == Day.last)
        #expect(Day(ordinal: Int.min) == Day.first)
        #expect(Day.last.adding(days: 1) == Day.last)
        #expect(Period(containing: Day.last).next == Period(containing: Day.last))
    }

    @Test func offsetIsNilOutsideTheRange() {
        #expect(Self.today.offset(by: 3, within: Limits.dates) == Day(2026, 11, 30))
        #expect(Self.today.offset(by: Int.max, within: Limits.dates) == nil)
        #expect(Self.today.offset(by: Int.min, within: Limits.dates) == nil)
        #expect(Day(2199, 12, 31)!.offset(by: 1, within: Limits.dates) == nil)
    }
}
