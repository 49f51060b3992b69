/// An exact amount of money in 万元 with two decimals, held as integer hundredths.
///
/// Never a floating-point number: sums and comparisons are exact.
public struct Money: Hashable, Comparable, Sendable {
    /// Hundredths of 万元.
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static let zero = Money(hundredths: 0)

    /// Parses `1234`, `1234.5`, `-0.25`, `1,234.50` (commas only as thousands separators); at most two
    /// decimals and 15 whole digits (a thousand trillion 万元 is more than any budget).
    public init?(_ text: some StringProtocol) {
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes.removeFirst() }
        let point = bytes.firstIndex(of: UInt8(ascii: "."))
        var whole = Array(bytes[..<(point ?? bytes.endIndex)])
        let fraction = point.map { Array(bytes[(bytes.index(after: $0))...]) } ?? []
        if whole.contains(UInt8(ascii: ",")) {
            let groups = whole.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            whole.removeAll { $0 == UInt8(ascii: ",") }
        }
        func isDigits(_ part: [UInt8]) -> Bool { part.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        guard !whole.isEmpty || !fraction.isEmpty, whole.count <= 15, fraction.count <= 2,
            isDigits(whole), isDigits(fraction), point == nil || !fraction.isEmpty || !whole.isEmpty
        else { return nil }
        let wholeValue = whole.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }
        let cents = fraction.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) } * (fraction.count == 1 ? 10 : 1)
        hundredths = (wholeValue * 100 + cents) * (negative ? -1 : 1)
    }

    /// `1234.50` (always two decimals, no separators).
    public var text: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Whether the amount is one a record may hold (`Limits.moneyHundredths`).
    public var isWithinLimits: Bool { Limits.moneyHundredths.contains(hundredths) }

    public static func < (a: Money, b: Money) -> Bool { a.hundredths < b.hundredths }

    /// Sums and differences saturate at the ends of `Int64` instead of trapping. Amounts within
    /// `Limits` never get there: a million of the largest still add up exactly.
    public static func + (a: Money, b: Money) -> Money {
        let (sum, overflow) = a.hundredths.addingReportingOverflow(b.hundredths)
        return Money(hundredths: overflow ? (b.hundredths > 0 ? .max : .min) : sum)
    }
    public static func - (a: Money, b: Money) -> Money {
        let (difference, overflow) = a.hundredths.subtractingReportingOverflow(b.hundredths)
        return Money(hundredths: overflow ? (b.hundredths < 0 ? .max : .min) : difference)
    }
    public static func += (a: inout Money, b: Money) { a = a + b }

    /// `part` as a percentage of `self`, in hundredths of a point (12.34% → 1234); nil when `self` is not positive.
    /// Exact for amounts within `Limits`; beyond them (only in a store `check` reports) computed in floating
    /// point and saturated at the ends of `Int` instead of trapping.
    public func percent(of part: Money) -> Int? {
        guard hundredths > 0 else { return nil }
        let (product, overflow) = part.hundredths.multipliedReportingOverflow(by: 10_000)
        if !overflow { return Int(product / hundredths) }
        let approximate = Double(part.hundredths) * 10_000 / Double(hundredths)
        return approximate >= 0x1p63 ? .max : approximate <= -0x1p63 ? .min : Int(approximate)
    }
}

extension Money: CustomStringConvertible {
    public var description: String { text }
}
