import FrontlineCore

/// One entry of the tape, 8 bytes: a value or an object key, and where it lives in the input.
///
/// An array or object takes two entries: its header and one holding its element/member count.
struct JSONToken {
    enum Tag: UInt8 { case null, falseValue, trueValue, number, string, array, object }

    /// String flag: the string contains backslash escapes.
    static let escaped: UInt8 = 1
    /// String flag: the raw string contains non-ASCII bytes.
    static let nonASCII: UInt8 = 2
    /// Number flag: no fraction and no exponent.
    static let integer: UInt8 = 1

    /// Inputs must be shorter than this (offsets take 29 bits).
    static let maxInputLength = 1 << 29

    /// tag (3 bits) | start (29 bits): offset of the value's first byte (a string's opening quote).
    private var header: UInt32
    /// flags (2 bits) | end (30 bits): a string's closing quote offset, one past a number's last
    /// byte, or one past a container's last descendant on the tape; a container's count entry
    /// holds the count here.
    private var payload: UInt32

    @inline(__always)
    init(tag: Tag, start: Int, end: Int, flags: UInt8 = 0) {
        header = UInt32(tag.rawValue) << 29 | UInt32(truncatingIfNeeded: start)
        payload = UInt32(flags) << 30 | UInt32(truncatingIfNeeded: end)
    }

    var tag: Tag { Tag(rawValue: UInt8(header >> 29))! }
    var start: Int { Int(header & 0x1FFF_FFFF) }
    var flags: UInt8 { UInt8(payload >> 30) }
    var end: Int {
        get { Int(payload & 0x3FFF_FFFF) }
        set { payload = payload & 0xC000_0000 | UInt32(truncatingIfNeeded: newValue) }
    }
    var isContainer: Bool { header >> 29 >= Tag.array.rawValue }
}

/// The immutable storage behind a `JSONDocument`: the input bytes and the token tape.
///
/// A container's header is followed by its count entry, then its children; an object's
/// children are key, value, key, value ..., each key a string token. The input array is kept
/// as is (not copied); the token buffer is owned and freed here. Immutable once built.
final class JSONTape: @unchecked Sendable {
    let bytes: [UInt8]
    let tokens: UnsafeMutablePointer<JSONToken>

    init(bytes: [UInt8], tokens: UnsafeMutablePointer<JSONToken>) {
        self.bytes = bytes
        self.tokens = tokens
    }

    deinit { tokens.deallocate() }

    /// The tape index just past the subtree starting at `index`.
    @inline(__always)
    func next(after index: Int) -> Int {
        let t = tokens[index]
        return t.isContainer ? t.end : index + 1
    }

    /// Element or member count of the container at `index`.
    func count(at index: Int) -> Int { tokens[index + 1].end }

    /// Calls `body` with a pointer to the input bytes.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafePointer<UInt8>) throws -> R) rethrows -> R {
        try bytes.withUnsafeBufferPointer { try body($0.baseAddress ?? UnsafePointer(bitPattern: 1)!) }
    }

    /// The decoded text of the string token at `index`.
    func string(at index: Int) -> String {
        let t = tokens[index]
        return withBytes {
            Self.decodeString($0, from: t.start + 1, to: t.end, escaped: t.flags & JSONToken.escaped != 0)
        }
    }

    /// Whether the string token at `index` equals `key` (Swift `String` equality).
    func stringEquals(_ index: Int, _ key: String) -> Bool {
        let t = tokens[index]
        let start = t.start + 1, count = t.end - start
        if t.flags == 0 { // raw ASCII: byte comparison is exact against an ASCII key
            let fast: Bool? =
                key.utf8.withContiguousStorageIfAvailable { k in
                    guard k.allSatisfy({ $0 < 0x80 }) else { return nil }
                    return k.count == count && (count == 0 || withBytes { memcmpBytes(k.baseAddress!, $0 + start, count) })
                } ?? nil
            if let fast { return fast }
        }
        return string(at: index) == key
    }

    /// Decodes validated string content `bytes[from..<to]` (between the quotes).
    static func decodeString(_ bytes: UnsafePointer<UInt8>, from: Int, to: Int, escaped: Bool) -> String {
        if !escaped {
            return String(decoding: UnsafeBufferPointer(start: bytes + from, count: to - from), as: UTF8.self)
        }
        // Every escape is at least as long as its UTF-8 result, so `to - from` bytes suffice.
        return String(unsafeUninitializedCapacity: to - from) { out in
            var i = from, o = 0
            while i < to {
                let b = bytes[i]
                if b != UInt8(ascii: "\\") {
                    out[o] = b; o += 1; i += 1
                    continue
                }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "b"): out[o] = 0x08
                case UInt8(ascii: "f"): out[o] = 0x0C
                case UInt8(ascii: "n"): out[o] = 0x0A
                case UInt8(ascii: "r"): out[o] = 0x0D
                case UInt8(ascii: "t"): out[o] = 0x09
                case UInt8(ascii: "u"):
                    var scalar = hex4(bytes + i)
                    i += 4
                    if scalar >= 0xD800 && scalar < 0xDC00 { // validated: a low surrogate follows
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (hex4(bytes + i + 2) - 0xDC00)
                        i += 6
                    }
                    o += encodeUTF8(scalar, into: out.baseAddress! + o)
                    continue
                default: out[o] = e // " \ /
                }
                o += 1
            }
            return o
        }
    }

    /// The value of four hex digits, or `UInt32.max` if one is not a hex digit.
    @inline(__always)
    static func hex4(_ p: UnsafePointer<UInt8>) -> UInt32 {
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = p[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return .max
            }
            v = v << 4 | d
        }
        return v
    }

    private static func encodeUTF8(_ s: UInt32, into p: UnsafeMutablePointer<UInt8>) -> Int {
        switch s {
        case ..<0x80:
            p[0] = UInt8(s); return 1
        case ..<0x800:
            p[0] = UInt8(0xC0 | s >> 6); p[1] = UInt8(0x80 | s & 0x3F); return 2
        case ..<0x10000:
            p[0] = UInt8(0xE0 | s >> 12); p[1] = UInt8(0x80 | s >> 6 & 0x3F); p[2] = UInt8(0x80 | s & 0x3F); return 3
        default:
            p[0] = UInt8(0xF0 | s >> 18); p[1] = UInt8(0x80 | s >> 12 & 0x3F)
            p[2] = UInt8(0x80 | s >> 6 & 0x3F); p[3] = UInt8(0x80 | s & 0x3F); return 4
        }
    }
}

/// Whether `count` bytes at `a` and `b` are equal.
@inline(__always)
func memcmpBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var k = 0
    while k + 8 <= count {
        if UnsafeRawPointer(a + k).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + k).loadUnaligned(as: UInt64.self) {
            return false
        }
        k += 8
    }
    while k < count {
        if a[k] != b[k] { return false }
        k += 1
    }
    return true
}
