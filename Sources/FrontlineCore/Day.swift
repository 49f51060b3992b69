/// A calendar date in the store's time zone, with no time of day.
///
/// Arithmetic is on the proleptic Gregorian calendar and never consults the
/// machine's clock or time zone: "today" always comes from the caller.
public struct Day: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or returns nil when the components do not name a real day.
    public init?(_ year: Int, _ month: Int, _ day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly (four-digit year, two-digit month and day).
    public init?(iso text: some StringProtocol) {
        // Parsed straight from the UTF-8 bytes: the store has hundreds of thousands of dates.
        var bytes: (UInt64, UInt64) = (0, 0)
        var count = 0
        for byte in text.utf8 {
            guard count < 10 else { return nil }
            if count < 8 { bytes.0 |= UInt64(byte) << UInt64(8 * count) } else { bytes.1 |= UInt64(byte) << UInt64(8 * (count - 8)) }
            count += 1
        }
        guard count == 10 else { return nil }
        func byte(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: i < 8 ? bytes.0 >> UInt64(8 * i) : bytes.1 >> UInt64(8 * (i - 8))) }
        guard byte(4) == UInt8(ascii: "-"), byte(7) == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let b = byte(i)
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(y, m, d)
    }

    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The first and last day a `Day` can hold (years 1–9999, as `YYYY-MM-DD` writes them).
    public static let first = Day(unchecked: 1, 1, 1)
    public static let last = Day(unchecked: 9999, 12, 31)
    /// Their ordinals: -719162 and 2932896.
    static let ordinals = -719_162...2_932_896

    /// The date `ordinal` days after 1970-01-01, clamped to `Day.first`…`Day.last` (never traps).
    public init(ordinal: Int) {
        let z = min(max(ordinal, Day.ordinals.lowerBound), Day.ordinals.upperBound) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The date `n` days later (earlier when negative), clamped to `Day.first`…`Day.last`: it never
    /// traps, whatever `n` is. Input that a person typed goes through `DayInput`, which refuses what
    /// would leave `Limits.dates` instead of clamping it.
    public func adding(days n: Int) -> Day {
        let span = Day.ordinals.upperBound - Day.ordinals.lowerBound
        return Day(ordinal: ordinal + min(max(n, -span), span))
    }

    /// The day `n` days later, or nil when it would fall outside `range`.
    public func offset(by n: Int, within range: ClosedRange<Day>) -> Day? {
        let span = Day.ordinals.upperBound - Day.ordinals.lowerBound
        guard (-span...span).contains(n) else { return nil }
        let target = Day(ordinal: ordinal + n)
        return target.ordinal == ordinal + n && range.contains(target) ? target : nil
    }

    /// The same day `n` months later, clamped to the end of a shorter month (Jan 31 + 1 → Feb 28/29)
    /// and to `Day.first`…`Day.last` (never traps).
    public func adding(months n: Int) -> Day {
        let limit = 12 * 10_000
        let index = min(max(year * 12 + (month - 1) + min(max(n, -limit), limit), 12), 9999 * 12 + 11)
        let y = index / 12, m = index % 12 + 1
        return Day(unchecked: y, m, min(day, Day.daysIn(month: m, year: y)))
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    /// 1 for January 1st.
    public var dayOfYear: Int { ordinal - Day(unchecked: year, 1, 1).ordinal + 1 }

    public var isLastDayOfMonth: Bool { day == Day.daysIn(month: month, year: year) }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func daysIn(year: Int) -> Int { isLeap(year) ? 366 : 365 }

    /// `YYYY-MM-DD`.
    public var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(month) + "-" + two(day)
    }
}

extension Day: CustomStringConvertible {
    public var description: String { iso }
}
