/// A half-month reporting period: days 1–15 (half 1) or day 16 to the end of the month (half 2).
public struct Period: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let half: Int

    public init(year: Int, month: Int, half: Int) {
        precondition((1...12).contains(month) && (1...2).contains(half), "invalid period")
        self.year = year
        self.month = month
        self.half = half
    }

    /// The period that contains `day`.
    public init(containing day: Day) {
        self.init(year: day.year, month: day.month, half: day.day <= 15 ? 1 : 2)
    }

    /// Parses `YYYY-MM-1` or `YYYY-MM-2`.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 1,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let h = Int(parts[2]),
            (1...9999).contains(y), (1...12).contains(m), (1...2).contains(h)
        else { return nil }
        self.init(year: y, month: m, half: h)
    }

    public var first: Day { Day(year, month, half == 1 ? 1 : 16)! }
    public var last: Day { Day(year, month, half == 1 ? 15 : Day.daysIn(month: month, year: year))! }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public var next: Period { Period(containing: last.adding(days: 1)) }
    public var previous: Period { Period(containing: first.adding(days: -1)) }

    /// `2026-11-2`.
    public var text: String { "\(first.iso.prefix(7))-\(half)" }

    /// `2026年11月下半月` / `2nd half of 2026-11`.
    public func label(_ lang: Lang) -> String { phrase.text(lang) }

    /// The label before it is written in a language.
    public var phrase: Phrase {
        Phrase(half == 1 ? .firstHalfOfMonth : .secondHalfOfMonth, "\(year)", "\(month)", "\((month < 10 ? "0" : "") + String(month))")
    }

    public static func < (a: Period, b: Period) -> Bool { (a.year, a.month, a.half) < (b.year, b.month, b.half) }
}

extension Period: FieldValue {
    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let p = Period(text: s) else { throw FieldError(Phrase(.fieldExpectedPeriod)) }
        guard Limits.dates.contains(p.first) else { throw FieldError.outside(Limits.dates) }
        self = p
    }
    public var json: JSONValue { .string(text) }
}
