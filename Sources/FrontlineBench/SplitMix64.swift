import FrontlineCore

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed generator whose output depends on
/// the seed alone, so the generated stores are the same on every machine and every run.
struct SplitMix64 {
    private var state: UInt64

    /// A generator for one part of the data (`stream`), so that the parts do not shift each other.
    init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n.
    mutating func int(_ n: Int) -> Int {
        precondition(n > 0, "empty range")
        return Int(next() % UInt64(n))
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `permille` / 1000.
    mutating func chance(_ permille: Int) -> Bool { int(1000) < permille }

    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// An index skewed towards the front (common surnames more often than rare ones).
    mutating func skewed(_ n: Int) -> Int { min(int(n), int(n)) }

    /// An index by integer weights.
    mutating func weighted(_ weights: [Int]) -> Int {
        var r = int(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, in place.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(i + 1))
        }
    }
}

/// Replaces each `@` of a template with the next value.
func fill(_ template: String, _ values: String...) -> String {
    var out = ""
    var i = 0
    for scalar in template.unicodeScalars {
        if scalar == "@" && i < values.count {
            out += values[i]
            i += 1
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday).
func weekday(_ ordinal: Int) -> Int { ((ordinal + 3) % 7 + 7) % 7 }

/// An instant from minutes since 1970-01-01 00:00 local time in Asia/Shanghai.
func stamp(minutes: Int) -> Timestamp {
    Timestamp(seconds: Int64(minutes) * 60 - 28_800, utcOffset: 28_800)
}

/// An instant from seconds since 1970-01-01 00:00 local time in Asia/Shanghai.
func stamp(seconds: Int) -> Timestamp {
    Timestamp(seconds: Int64(seconds) - 28_800, utcOffset: 28_800)
}

/// `prefix-000123` with at least `width` digits.
func makeId(_ letter: String, _ n: Int, width: Int) -> String {
    let digits = String(n)
    return letter + "-" + String(repeating: "0", count: max(0, width - digits.count)) + digits
}

/// How many digits the ids of a kind get: the kind's minimum, or more when there are many records.
func idWidth(_ kind: RecordKind, count: Int) -> Int {
    max(kind.idPrefix.digits, String(max(count, 1)).count)
}
