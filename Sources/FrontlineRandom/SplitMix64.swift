/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed pseudo-random generator whose output depends
/// on its seed alone, so that generated stores, fuzzing and property tests are the same on every machine and
/// every run, and a failure can be replayed from its seed.
///
/// The one copy, for the benchmark's store generator and the tests; the product itself never draws a random
/// number (it is not linked into `frontline`).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence starts from `seed` as it is.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one part of the data (`stream`), so that the parts do not shift each other.
    public init(seed: UInt64, stream: UInt64) {
        state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n.
    public mutating func int(_ n: Int) -> Int {
        precondition(n > 0, "empty range")
        return Int(next() % UInt64(n))
    }

    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `permille` / 1000.
    public mutating func chance(_ permille: Int) -> Bool { int(1000) < permille }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// An index skewed towards the front (common surnames more often than rare ones).
    public mutating func skewed(_ n: Int) -> Int { min(int(n), int(n)) }

    /// An index by integer weights.
    public mutating func weighted(_ weights: [Int]) -> Int {
        var r = int(weights.reduce(0, +))
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, in place.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(i + 1))
        }
    }
}
