import FrontlineCore

/// A cheap view of one value inside a `JSONDocument` (the document's storage plus a tape index).
public struct JSONNode: Sendable {
    /// The JSON type of a node.
    public enum Kind: Hashable, Sendable { case null, bool, number, string, array, object }

    let tape: JSONTape
    let index: Int

    init(tape: JSONTape, index: Int) {
        self.tape = tape
        self.index = index
    }

    private var token: JSONToken { tape.tokens[index] }

    /// The JSON type of this value.
    public var kind: Kind {
        switch token.tag {
        case .null: return .null
        case .falseValue, .trueValue: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    /// Byte offset of the value's first byte in the input (see `JSONDocument.position(ofOffset:)`).
    public var offset: Int { token.start }

    /// Whether this is JSON `null`.
    public var isNull: Bool { token.tag == .null }

    /// The value of `true` or `false`; nil for other kinds.
    public var boolValue: Bool? {
        switch token.tag {
        case .trueValue: return true
        case .falseValue: return false
        default: return nil
        }
    }

    /// The decoded string (escapes resolved), built on each call; nil for other kinds.
    public var stringValue: String? {
        token.tag == .string ? tape.string(at: index) : nil
    }

    /// The exact lexeme of a number, e.g. "-0.5e3"; nil for other kinds.
    public var numberText: String? {
        let t = token
        guard t.tag == .number else { return nil }
        return tape.withBytes {
            String(decoding: UnsafeBufferPointer(start: $0 + t.start, count: t.end - t.start), as: UTF8.self)
        }
    }

    /// The value of an integer lexeme (no fraction or exponent) that fits in `Int`.
    public var intValue: Int? {
        let t = token
        guard t.tag == .number, t.flags & JSONToken.integer != 0 else { return nil }
        return tape.withBytes { p in
            var i = t.start
            let negative = p[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            var v = 0
            while i < t.end {
                let d = Int(p[i] &- 0x30)
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                v = s
                i += 1
            }
            return v
        }
    }

    /// Number of elements (array) or members (object); 0 for other kinds.
    public var count: Int {
        token.isContainer ? tape.count(at: index) : 0
    }

    /// Calls `body` with each member of an object, in document order. Does nothing for other kinds.
    /// Throws what `body` throws, with its type (a `throws(E)` closure keeps `E`; like `rethrows`).
    public func forEachMember<E: Error>(_ body: (String, JSONNode) throws(E) -> Void) throws(E) {
        let t = token
        guard t.tag == .object else { return }
        var k = index + 2 // skip the count entry
        let end = t.end
        while k < end {
            let v = k + 1
            try body(tape.string(at: k), JSONNode(tape: tape, index: v))
            k = tape.next(after: v)
        }
    }

    /// Like `forEachMember`, with each key as its token (`JSONKey`) instead of a `String`: a reader that knows
    /// its keys compares their bytes and makes no string for them.
    func forEachKeyedMember<E: Error>(_ body: (JSONKey, JSONNode) throws(E) -> Void) throws(E) {
        let t = token
        guard t.tag == .object else { return }
        var k = index + 2 // skip the count entry
        let end = t.end
        while k < end {
            let v = k + 1
            try body(JSONKey(tape: tape, index: k), JSONNode(tape: tape, index: v))
            k = tape.next(after: v)
        }
    }

    /// How many tape entries this value and everything in it take (a measure of its size).
    var tapeLength: Int { tape.next(after: index) - index }

    /// Whether this is the empty string `""` (the same as `stringValue == ""`, without making the string:
    /// every escape stands for at least one character).
    var isEmptyString: Bool {
        let t = token
        return t.tag == .string && t.end == t.start + 1
    }

    /// Calls `body` with each element of an array, in order. Does nothing for other kinds.
    /// Throws what `body` throws, with its type (like `forEachMember`).
    public func forEachElement<E: Error>(_ body: (JSONNode) throws(E) -> Void) throws(E) {
        let t = token
        guard t.tag == .array else { return }
        var k = index + 2 // skip the count entry
        let end = t.end
        while k < end {
            try body(JSONNode(tape: tape, index: k))
            k = tape.next(after: k)
        }
    }

    /// The value of the member named `key` of an object (nil if absent or not an object).
    public func member(_ key: String) -> JSONNode? {
        let t = token
        guard t.tag == .object else { return nil }
        var k = index + 2 // skip the count entry
        let end = t.end
        while k < end {
            if tape.stringEquals(k, key) { return JSONNode(tape: tape, index: k + 1) }
            k = tape.next(after: k + 1)
        }
        return nil
    }

    /// Materializes this subtree (recursive; depth is bounded by the parser's limit of 512).
    public func value() -> JSONValue {
        Self.materialize(tape, index)
    }

    private static func materialize(_ tape: JSONTape, _ index: Int) -> JSONValue {
        let t = tape.tokens[index]
        switch t.tag {
        case .null: return .null
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .number: return .number(JSONNode(tape: tape, index: index).numberText!)
        case .string: return .string(tape.string(at: index))
        case .array:
            var items: [JSONValue] = []
            items.reserveCapacity(tape.count(at: index))
            var k = index + 2
            while k < t.end {
                items.append(materialize(tape, k))
                k = tape.next(after: k)
            }
            return .array(items)
        case .object:
            var members: [JSONMember] = []
            members.reserveCapacity(tape.count(at: index))
            var k = index + 2
            while k < t.end {
                members.append(JSONMember(tape.string(at: k), materialize(tape, k + 1)))
                k = tape.next(after: k + 1)
            }
            return .object(members)
        }
    }
}

/// An object's key as it stands in the input: compared by its bytes when it is plain (ASCII, no escapes),
/// decoded only when needed.
struct JSONKey {
    let tape: JSONTape
    let index: Int

    /// ASCII without escapes: its bytes are its text, so a byte comparison is `String` equality.
    var isPlain: Bool { tape.tokens[index].flags == 0 }

    /// The decoded key.
    var string: String { tape.string(at: index) }

    /// Whether a plain key's bytes are `utf8`.
    @inline(__always)
    func equals(_ utf8: [UInt8]) -> Bool {
        let t = tape.tokens[index]
        let start = t.start + 1, count = t.end - start
        guard count == utf8.count else { return false }
        if count == 0 { return true }
        return utf8.withUnsafeBufferPointer { k in tape.withBytes { memcmpBytes(k.baseAddress!, $0 + start, count) } }
    }
}
