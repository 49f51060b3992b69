/// A JSON value as read from or written to the store. Numbers keep their exact text.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String) // the exact lexeme, e.g. "12", "-0.5e3"
    case string(String)
    case array([JSONValue])
    case object([JSONMember]) // document order; keys unique
}

/// One member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var value: JSONValue
    public init(_ key: String, _ value: JSONValue) { self.key = key; self.value = value }
}

extension JSONValue {
    /// The member named `key` of an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value of an integer lexeme that fits in `Int`.
    public var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    public var isNull: Bool { self == .null }

    public static func int(_ n: Int) -> JSONValue { .number(String(n)) }
}
