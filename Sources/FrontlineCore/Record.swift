/// The kinds of record a store holds; each has its own id prefix.
public enum RecordKind: String, CaseIterable, Sendable, Hashable {
    case settings, unit, person, duty, absence, project, issue, visit, progress, report, instruction, meeting, squad, lead, bulletin

    /// The prefix of generated ids (`P-017`), and how many digits they get at least.
    public var idPrefix: (letter: String, digits: Int) {
        switch self {
        case .settings: ("", 0)
        case .unit: ("U", 2)
        case .person: ("M", 3)
        case .duty: ("D", 2)
        case .absence: ("L", 3)
        case .project: ("P", 3)
        case .issue: ("I", 4)
        case .visit: ("V", 4)
        case .progress: ("R", 4)
        case .report: ("", 0)
        case .instruction: ("B", 3)
        case .meeting: ("MT", 3)
        case .squad: ("SQ", 2)
        case .lead: ("ZS", 3)
        case .bulletin: ("TB", 3)
        }
    }

    /// The name of the kind for messages.
    public func label(_ lang: Lang) -> String { lang[labelKey] }

    /// The catalog text that names the kind (for a `Phrase`).
    public var labelKey: TextKey {
        switch self {
        case .settings: .kindSettings
        case .unit: .columnUnitLower
        case .person: .kindPerson
        case .duty: .kindDuty
        case .absence: .kindAbsence
        case .project: .columnProjectLower
        case .issue: .columnIssue
        case .visit: .commandVisit
        case .progress: .kindProgressReport
        case .report: .kindHalfMonthReport
        case .instruction: .kindInstruction
        case .meeting: .kindMeeting
        case .squad: .kindSquad
        case .lead: .kindLead
        case .bulletin: .kindBulletin
        }
    }

    /// The kind whose generated ids look like `id` (`I-0342` → issue).
    public static func guess(fromId id: String) -> RecordKind? {
        guard let dash = id.firstIndex(of: "-") else { return nil }
        let letter = String(id[..<dash])
        return allCases.first { $0.idPrefix.letter == letter && !letter.isEmpty }
    }
}

/// Who last changed a record, when, and at which store revision.
public struct RecordMeta: Hashable, Sendable {
    /// The store revision of the journal entry that last changed the record (0: from the first snapshot).
    public var rev: Int = 0
    public var updatedAt: Timestamp?
    /// Person id of whoever made the last change.
    public var updatedBy: String?

    public init(rev: Int = 0, updatedAt: Timestamp? = nil, updatedBy: String? = nil) {
        self.rev = rev
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}

/// A record of the store: an id, named fields, and who changed it last.
public protocol Record: Sendable, Equatable {
    static var kind: RecordKind { get }
    static var schema: FieldTable<Self> { get }
    var id: String { get set }
    var meta: RecordMeta { get set }
    /// A blank record: every field at its default.
    init(id: String)
}

extension Record {
    /// The current value of the named field (nil when the record has no such field).
    public func value(of field: String) -> JSONValue? { Self.schema[field]?.get(self) }

    /// Sets the named field from JSON.
    public mutating func set(_ field: String, to value: JSONValue) throws(RecordError) {
        guard let spec = Self.schema[field] else { throw .unknownField(Self.kind, field) }
        do {
            try spec.set(&self, value)
        } catch {
            throw .badValue(Self.kind, field, error)
        }
    }

    /// All fields whose value is not null, in stored order.
    public var storedFields: [(name: String, value: JSONValue)] {
        Self.schema.fields.compactMap { field in
            let value = field.get(self)
            return value.isNull ? nil : (field.name, value)
        }
    }
}

/// A field name or value that does not fit a record type.
public enum RecordError: Error, Equatable, Sendable {
    case unknownField(RecordKind, String)
    case badValue(RecordKind, String, FieldError)

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language.
    public var phrase: Phrase {
        switch self {
        case .unknownField(let kind, let field):
            Phrase(.recordHasNoField, .key(kind.labelKey), "\(field)")
        case .badValue(let kind, let field, let error):
            Phrase(.fieldProblem, .key(kind.labelKey), "\(field)", .phrase(error.phrase))
        }
    }
}
