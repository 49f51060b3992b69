/// An exact fraction: shares, rates and points compared without truncation or floating point.
///
/// Every threshold of the board (a light, a score) is decided on a `Ratio`; only the printed text is
/// rounded (`rounded(decimals:)`, half up: 四舍五入). 128-bit parts hold money in hundredths of 万元
/// (up to 10^17) times day counts and percentages with room to spare; fractions are kept reduced.
public struct Ratio: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Reduced: the denominator is positive and shares no factor with the numerator.
    public let numerator: Int128
    public let denominator: Int128

    public init(_ numerator: Int128, _ denominator: Int128) {
        precondition(denominator != 0, "a ratio needs a non-zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let divisor = Ratio.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int128(divisor)
        self.denominator = sign * denominator / Int128(divisor)
    }

    public init(_ value: Int) { self.init(Int128(value), 1) }

    /// `part / whole` of two amounts; nil when the whole is not positive (nothing to measure).
    public static func share(_ part: Money, of whole: Money) -> Ratio? {
        whole.hundredths > 0 ? Ratio(Int128(part.hundredths), Int128(whole.hundredths)) : nil
    }

    /// `part / whole` of two counts; nil when the whole is zero.
    public static func share(_ part: Int, of whole: Int) -> Ratio? {
        whole > 0 ? Ratio(Int128(part), Int128(whole)) : nil
    }

    public static let zero = Ratio(0)
    public static let one = Ratio(1)

    public static func + (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func - (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func * (a: Ratio, b: Ratio) -> Ratio {
        Ratio(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    public static func * (a: Ratio, b: Int) -> Ratio { Ratio(a.numerator * Int128(b), a.denominator) }
    public static func / (a: Ratio, b: Ratio) -> Ratio {
        precondition(b.numerator != 0, "division by a zero ratio")
        return Ratio(a.numerator * b.denominator, a.denominator * b.numerator)
    }
    public static func / (a: Ratio, b: Int) -> Ratio { Ratio(a.numerator, a.denominator * Int128(b)) }

    public static func < (a: Ratio, b: Ratio) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Clamped to `0...1`, as a part of a score is.
    public var clampedToUnit: Ratio { min(Ratio.one, max(Ratio.zero, self)) }

    /// The value in units of 10^-decimals, rounded half up (away from zero on a tie): 13.845 → 1385 at 2.
    public func rounded(decimals: Int) -> Int128 {
        let scaled = numerator * Ratio.power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator)
        guard r != 0 else { return q }
        // |r| / denominator ≥ 1/2 rounds away from zero.
        let up = 2 * r.magnitude >= denominator.magnitude
        return up ? q + (scaled < 0 ? -1 : 1) : q
    }

    /// Rounded down (toward −∞) or up (toward +∞) to units of 10^-decimals.
    public func floor(decimals: Int) -> Int128 {
        let scaled = numerator * Ratio.power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator)
        return r < 0 ? q - 1 : q
    }

    public func ceiling(decimals: Int) -> Int128 {
        let scaled = numerator * Ratio.power(decimals)
        let (q, r) = scaled.quotientAndRemainder(dividingBy: denominator)
        return r > 0 ? q + 1 : q
    }

    /// Rounded half up to `decimals` places, written with exactly that many: `13.85`, `-0.50`, `100`.
    public func text(decimals: Int) -> String { Ratio.text(units: rounded(decimals: decimals), decimals: decimals) }

    /// `units` × 10^-decimals written out: (1385, 2) → `13.85`.
    public static func text(units: Int128, decimals: Int) -> String {
        let sign = units < 0 ? "-" : "" // zero is never written "-0.00"
        let digits = String(units.magnitude)
        guard decimals > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }

    /// Exact as a fraction, for tests and messages: `9/13`.
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    static func power(_ decimals: Int) -> Int128 {
        precondition((0...30).contains(decimals), "decimals out of range")
        var p: Int128 = 1
        for _ in 0..<decimals { p *= 10 }
        return p
    }

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }
}
