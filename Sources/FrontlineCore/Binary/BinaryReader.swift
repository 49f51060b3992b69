/// Reads what `BinaryWriter` wrote, checking every length against the bytes there are: damaged input throws
/// `BinaryError`, never reads outside the buffer and never allocates more than the input could hold.
///
/// The reader points into a buffer it does not own: use it only while that buffer is alive (inside
/// `withUnsafeBytes`).
public struct BinaryReader {
    private let base: UnsafeRawBufferPointer
    public private(set) var position: Int

    public init(_ base: UnsafeRawBufferPointer, at position: Int = 0) {
        self.base = base
        self.position = position
    }

    public var isAtEnd: Bool { position >= base.count }

    private func malformed() -> BinaryError { BinaryError(offset: position) }

    public mutating func byte() throws(BinaryError) -> UInt8 {
        guard position < base.count else { throw malformed() }
        defer { position += 1 }
        return base[position]
    }

    public mutating func bool() throws(BinaryError) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw BinaryError(offset: position - 1)
        }
    }

    public mutating func int() throws(BinaryError) -> Int {
        let start = position
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw BinaryError(offset: start) }
            value |= UInt64(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let n = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        return Int(n)
    }

    public mutating func fixed() throws(BinaryError) -> UInt64 {
        guard base.count - position >= 8 else { throw malformed() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(base[position + i]) << UInt64(8 * i) }
        position += 8
        return value
    }

    /// A count of things that follow, each taking at least one byte: never more than the bytes left.
    public mutating func count() throws(BinaryError) -> Int {
        let start = position
        let n = try int()
        guard n >= 0, n <= base.count - position else { throw BinaryError(offset: start) }
        return n
    }

    public mutating func string() throws(BinaryError) -> String {
        let length = try count()
        let utf8 = UnsafeRawBufferPointer(rebasing: base[position..<position + length])
        position += length
        return String(decoding: utf8, as: UTF8.self)
    }

    public mutating func optional<V>(_ read: (inout BinaryReader) throws(BinaryError) -> V) throws(BinaryError) -> V? {
        try bool() ? try read(&self) : nil
    }

    public mutating func json() throws(BinaryError) -> JSONValue {
        let start = position
        switch try byte() {
        case 0: return .null
        case 1: return .bool(false)
        case 2: return .bool(true)
        case 3: return .number(try string())
        case 4: return .string(try string())
        case 5:
            let n = try count()
            var items: [JSONValue] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try json()) }
            return .array(items)
        case 6:
            let n = try count()
            var members: [JSONMember] = []
            members.reserveCapacity(n)
            for _ in 0..<n { members.append(JSONMember(try string(), try json())) }
            return .object(members)
        default: throw BinaryError(offset: start)
        }
    }
}

/// Bytes that are not what `BinaryWriter` writes: the offset where reading stopped.
public struct BinaryError: Error, Equatable, Sendable {
    public let offset: Int
    public init(offset: Int) { self.offset = offset }
}
