/// Writes values in the binary form of the store's derived cache (docs/store-format.md, "The cache"): whole numbers
/// as variable-length zigzag integers, text as its length and UTF-8 bytes, JSON values with a tag before each.
///
/// The form is private to one build of the program: the cache that holds it names the layout of every record
/// (`BinaryLayout`) and is rebuilt from the JSON whenever that differs, so it need not stay readable across versions.
public struct BinaryWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Bytes as they are (a part written by another writer).
    public mutating func raw(_ more: [UInt8]) { bytes.append(contentsOf: more) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Eight bytes, least significant first: for figures that are patched in after the fact (lengths, checksums).
    public mutating func fixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// Overwrites the eight bytes at `offset` written by `fixed`.
    public mutating func patch(_ value: UInt64, at offset: Int) {
        for i in 0..<8 { bytes[offset + i] = UInt8(truncatingIfNeeded: value >> UInt64(8 * i)) }
    }

    public mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func optional<V>(_ value: V?, _ write: (inout BinaryWriter, V) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    /// A JSON value, by kind: the form of every field value that has no binary form of its own.
    public mutating func json(_ value: JSONValue) {
        switch value {
        case .null: byte(0)
        case .bool(let b): byte(b ? 2 : 1)
        case .number(let lexeme):
            byte(3)
            string(lexeme)
        case .string(let s):
            byte(4)
            string(s)
        case .array(let items):
            byte(5)
            int(items.count)
            for item in items { json(item) }
        case .object(let members):
            byte(6)
            int(members.count)
            for member in members {
                string(member.key)
                json(member.value)
            }
        }
    }
}
