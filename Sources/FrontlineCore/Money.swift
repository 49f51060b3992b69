/// An exact amount of money in 万元 with two decimals, held as integer hundredths.
///
/// Never a floating-point number: sums and comparisons are exact.
public struct Money: Hashable, Comparable, Sendable {
    /// Hundredths of 万元.
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static let zero = Money(hundredths: 0)

    /// Parses `1234`, `1234.5`, `-0.25`, `1,234.50` (thousands separators allowed); at most two decimals.
    public init?(_ text: some StringProtocol) {
        var digits = Array(text.utf8).filter { $0 != UInt8(ascii: ",") }
        var negative = false
        if digits.first == UInt8(ascii: "-") { negative = true; digits.removeFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var whole: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, seenPoint = false, seenDigit = false
        for byte in digits {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            seenDigit = true
            let digit = Int64(byte - UInt8(ascii: "0"))
            if seenPoint {
                fractionDigits += 1
                guard fractionDigits <= 2 else { return nil }
                fraction = fraction * 10 + digit
            } else {
                whole = whole * 10 + digit
            }
        }
        guard seenDigit else { return nil }
        if fractionDigits == 1 { fraction *= 10 }
        let value = whole * 100 + fraction
        hundredths = negative ? -value : value
    }

    /// `1234.50` (always two decimals, no separators).
    public var text: String {
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func < (a: Money, b: Money) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Money, b: Money) -> Money { Money(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Money, b: Money) -> Money { Money(hundredths: a.hundredths - b.hundredths) }
    public static func += (a: inout Money, b: Money) { a.hundredths += b.hundredths }

    /// `part` as a percentage of `self`, in hundredths of a point (12.34% → 1234); nil when `self` is not positive.
    public func percent(of part: Money) -> Int? {
        guard hundredths > 0 else { return nil }
        return Int(part.hundredths * 10_000 / hundredths)
    }
}

extension Money: CustomStringConvertible {
    public var description: String { text }
}
