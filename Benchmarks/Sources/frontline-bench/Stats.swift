/// Min, median, max (and p99) of repeated measurements.
struct Stats {
    let values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    var min: Double { values.first ?? .nan }
    var max: Double { values.last ?? .nan }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(values.count - 1)).rounded(.up))
        return values[Swift.min(values.count - 1, rank)]
    }

    /// `1.2 / 1.4 / 2.0` (min / median / max) with `digits` decimals.
    func text(_ digits: Int = 1) -> String {
        "\(format(min, digits)) / \(format(median, digits)) / \(format(max, digits))"
    }
}

func format(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "—" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if let dot = text.firstIndex(of: ".") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if digits == 0 { text = String(text[..<dot]) } else if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
    }
    return text
}
