/// How a value of a field is typed: on the board's forms, in a ledger cell (docs/command-line.md, "CSV ledgers").
/// The one list of kinds of input; each field names its kind once, in its record's schema.
public enum InputKind: Hashable, Sendable {
    case text
    /// A date: `2026-12-05` (a form also takes `+7` / `-3` days from today; a ledger the forms Excel writes).
    case date
    /// 万元 with at most two decimals.
    case money
    /// A whole number within its range.
    case integer(ClosedRange<Int>)
    /// 0–100 (a ledger cell may end in `%`).
    case percent
    /// One value of a closed vocabulary.
    case choice(Choice)
    /// A record named by id or exact name (people also by login).
    case reference(RecordKind)

    /// The range of a whole-number input (a percentage: 0–100); nil for the other kinds.
    public var range: ClosedRange<Int>? {
        switch self {
        case .integer(let range): range
        case .percent: Limits.percent
        default: nil
        }
    }
}

/// The values of a closed vocabulary (a `DomainEnum`), stored by their Chinese names, also read by their English alias.
public struct Choice: Hashable, Sendable {
    /// The stored values, in order.
    public let values: [String]
    /// The English alias of each value.
    public let english: [String]
    /// Whether no value is a choice too (offered first, as an empty one).
    public let optional: Bool

    public init<E: DomainEnum>(_ type: E.Type, only cases: [E] = Array(E.allCases), optional: Bool = false) {
        values = cases.map(\.rawValue)
        english = cases.map(\.english)
        self.optional = optional
    }

    /// A choice among values of the data itself (a template's step names), each its own English alias.
    public init(values: [String], optional: Bool = false) {
        self.values = values
        english = values
        self.optional = optional
    }

    /// What a form cycles through: the values, after an empty one when the choice is optional.
    public var options: [String] { (optional ? [""] : []) + values }

    /// The stored value for a text, by its Chinese name or English alias (any case).
    public func parse(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces
        if values.contains(trimmed) { return trimmed }
        return english.firstIndex { $0.lowercased() == trimmed.lowercased() }.map { values[$0] }
    }

    /// A stored value as shown: the Chinese name, or its English alias.
    public func label(_ value: String, _ lang: Lang) -> String {
        guard lang == .en, let i = values.firstIndex(of: value) else { return value }
        return english[i]
    }

    /// The values for a message: Chinese names, and English aliases.
    public var listed: (zh: String, en: String) { (values.joined(separator: "/"), english.joined(separator: "/")) }
}
