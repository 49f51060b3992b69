/// A limit a value is compared with: "at least 10" (`inclusive`) or "more than 30".
public struct Threshold: Hashable, Sendable {
    public var limit: Ratio
    public var inclusive: Bool

    public static func atLeast(_ limit: Int) -> Threshold { Threshold(limit: Ratio(limit), inclusive: true) }
    public static func moreThan(_ limit: Int) -> Threshold { Threshold(limit: Ratio(limit), inclusive: false) }

    public func isMet(by value: Ratio) -> Bool { inclusive ? value >= limit : value > limit }
}

extension Ratio {
    /// The value written so that a reader comparing the printed number with each threshold reaches
    /// the same verdict as the exact comparison did.
    ///
    /// Rounded half up to `decimals` places; when that lands on the wrong side of a threshold (9.9999
    /// behind a "≥ 10" limit prints `10.0`), more places are shown until the verdict agrees (`9.9999`),
    /// up to `maxDecimals`; beyond that the value is rounded toward its side of the limits.
    public func text(agreeingWith thresholds: [Threshold], decimals: Int = 1, maxDecimals: Int = 6) -> String {
        text(agreeingWith: thresholds, decimals: decimals, maxDecimals: maxDecimals).text
    }

    /// As `text(agreeingWith:)`, with the number of decimals used (other figures of the same sentence
    /// are written with as many).
    public func text(agreeingWith thresholds: [Threshold], decimals: Int, maxDecimals: Int) -> (text: String, decimals: Int) {
        func agrees(_ units: Int128, _ places: Int) -> Bool {
            let shown = Ratio(units, Ratio.power(places))
            return thresholds.allSatisfy { $0.isMet(by: shown) == $0.isMet(by: self) }
        }
        for places in decimals...max(decimals, maxDecimals) {
            let units = rounded(decimals: places)
            if agrees(units, places) { return (Ratio.text(units: units, decimals: places), places) }
        }
        // Rounding down keeps every "at least" verdict, rounding up every "more than" one; with limits
        // further apart than 10^-maxDecimals one of the two keeps them all.
        let places = max(decimals, maxDecimals)
        let down = floor(decimals: places), up = ceiling(decimals: places)
        return (Ratio.text(units: agrees(down, places) ? down : up, decimals: places), places)
    }
}
