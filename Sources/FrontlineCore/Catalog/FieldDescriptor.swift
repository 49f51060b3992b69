/// What people and the other parts of the product know of a field (docs/architecture.md, "Adding a field"): its
/// label, how its value is typed, whether a plain edit may change it, and its ledger column. Forms, ledgers,
/// conflict dialogs and `frontline edit` read it from here.
public struct FieldDescriptor: Hashable, Sendable {
    /// The name in the store's JSON, in `frontline edit NAME=…` and the English key of a ledger column.
    public let name: String
    /// Must be present and not empty when the record is created.
    public let required: Bool
    /// Nil for a field no one types (a log, a time stamp, a list).
    public internal(set) var label: FieldLabel?
    public internal(set) var input: InputKind?
    /// Shown on its record's detail after the composed facts, when it has a value.
    public internal(set) var isOnDetail = false
    /// Only operations may change it (the lifecycle's); a plain edit is refused.
    public internal(set) var isManaged = false
    var ledgerHeader: String?
    var ledgerAliases: [String] = []

    /// Its column in the record's ledger, if it has one.
    public var ledger: LedgerColumn? {
        ledgerHeader.map { LedgerColumn(name, $0, field: name, input ?? .text, aliases: ledgerAliases) }
    }

    init(name: String, required: Bool) {
        self.name = name
        self.required = required
    }
}

/// A field's name for people, in each language.
public struct FieldLabel: Hashable, Sendable {
    public let zh: String
    public let en: String

    public func text(_ lang: Lang) -> String { lang == .zh ? zh : en }
}
