/// A change that collides with what a colleague saved since the user looked (docs/store-format.md, S4).
public struct Conflict: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Both changed the same field.
        case field(String)
        /// I edit a record that they deleted.
        case deletedByThem
        /// I delete a record that they changed.
        case changedByThem
    }

    public var recordKind: RecordKind
    public var id: String
    public var kind: Kind
    /// The value I started from, theirs now, and mine.
    public var base: JSONValue
    public var theirs: JSONValue
    public var mine: JSONValue
    /// Person id (or login) and time of their change, when known.
    public var theirsBy: String?
    public var theirsAt: Timestamp?

    public init(
        recordKind: RecordKind, id: String, kind: Kind, base: JSONValue = .null, theirs: JSONValue = .null,
        mine: JSONValue = .null, theirsBy: String? = nil, theirsAt: Timestamp? = nil
    ) {
        self.recordKind = recordKind
        self.id = id
        self.kind = kind
        self.base = base
        self.theirs = theirs
        self.mine = mine
        self.theirsBy = theirsBy
        self.theirsAt = theirsAt
    }

    public var field: String? {
        if case .field(let name) = kind { return name }
        return nil
    }
}
