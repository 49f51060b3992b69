/// A 64-bit checksum of a large buffer, at memory speed: four lanes of 8-byte words, each multiplied and rotated
/// (the rounds of xxHash64), then folded together with the length. Taken in pieces (`add`) or at once (`of`), with
/// the same result.
///
/// It tells whether `board.json` is the file a cache was made from, and a damaged or cut-short cache from a whole
/// one (docs/store-format.md, "The cache"). It is not a defence against someone who can write the store's files on
/// purpose: they could write `board.json` itself.
struct CacheChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
    /// `add` takes pieces of a multiple of this many bytes, except the last.
    static let stripe = 32

    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
    private var count = 0
    private var tail: [UInt8] = []

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }

    /// The next piece: whole stripes, unless it is the last.
    mutating func add(_ buffer: UnsafeRawBufferPointer) {
        precondition(tail.isEmpty, "only the last piece may end within a stripe")
        var i = 0
        while i + Self.stripe <= buffer.count {
            lanes.0 = Self.round(lanes.0, buffer.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            lanes.1 = Self.round(lanes.1, buffer.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
            lanes.2 = Self.round(lanes.2, buffer.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
            lanes.3 = Self.round(lanes.3, buffer.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
            i += Self.stripe
        }
        tail = Array(buffer[i...])
        count += buffer.count
    }

    var value: UInt64 {
        var hash = Self.round(Self.round(Self.round(Self.round(UInt64(count) &* Self.prime3, lanes.0), lanes.1), lanes.2), lanes.3)
        for b in tail { hash = Self.round(hash, UInt64(b) &+ Self.prime3) }
        hash ^= hash >> 33
        hash = hash &* Self.prime2
        hash ^= hash >> 29
        return hash
    }

    static func of(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var sum = CacheChecksum()
        sum.add(buffer)
        return sum.value
    }

    static func of(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBytes { of($0) } }
}
