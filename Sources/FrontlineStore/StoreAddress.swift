/// Where a store is kept, as the user names it (`--data`): a directory's path, or an address with a scheme such as
/// `postgresql://host/zone` for a kind of store that lives elsewhere.
///
/// Which kind of store serves an address is `StoreBackends`' business; the address itself is only text.
public struct StoreAddress: Hashable, Sendable, CustomStringConvertible {
    public let text: String

    public init(_ text: String) { self.text = text }

    /// The scheme of an address like `postgresql://…` (lower-cased; RFC 3986: a letter, then letters, digits,
    /// `+`, `-` or `.`), nil for a path.
    public var scheme: String? {
        let bytes = Array(text.utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: "://".utf8) }) else { return nil }
        let scheme = bytes[..<end]
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
        guard let first = scheme.first, isLetter(first),
            scheme.allSatisfy({
                isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            })
        else { return nil }
        return String(decoding: scheme, as: UTF8.self).lowercased()
    }

    public var description: String { text }
}
