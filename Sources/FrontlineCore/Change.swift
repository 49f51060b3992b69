/// One field of a record going from an old value to a new one.
public struct FieldChange: Hashable, Sendable {
    public var name: String
    public var old: JSONValue
    public var new: JSONValue

    public init(_ name: String, old: JSONValue, new: JSONValue) {
        self.name = name
        self.old = old
        self.new = new
    }
}

/// A change to one record: create it, update named fields, or delete it.
public struct RecordChange: Hashable, Sendable {
    public enum Op: String, Sendable, Hashable { case create, update, delete }

    public var kind: RecordKind
    public var id: String
    public var op: Op
    /// The record revision the change was based on (0 for a create).
    public var base: Int
    /// For a create every field's value; for an update the changed fields; for a delete every old value.
    public var fields: [FieldChange]
    /// A line appended to an issue's handling log.
    public var appendLog: HandlingLogEntry?

    public init(kind: RecordKind, id: String, op: Op, base: Int, fields: [FieldChange], appendLog: HandlingLogEntry? = nil) {
        self.kind = kind
        self.id = id
        self.op = op
        self.base = base
        self.fields = fields
        self.appendLog = appendLog
    }
}

/// One journal entry: a user's operation, made of one or more record changes, with who and when.
public struct Entry: Hashable, Sendable {
    /// The store revision this entry creates (previous revision + 1).
    public var seq: Int
    public var at: Timestamp
    /// The Unix account and uid that wrote the entry.
    public var login: String
    public var uid: Int
    /// The person the account maps to.
    public var person: String?
    /// When a B acted for an absent A: the A.
    public var actingFor: String?
    /// What the user asked for (`issue.move`, `visit`, `edit`, `undo` …).
    public var action: String
    /// A one-line description for the audit trail.
    public var summary: String
    /// For an undo: the seq of the entry it reverts.
    public var undoes: Int?
    public var changes: [RecordChange]
    /// For a compaction (`store.compact`): the SHA-256 of the snapshot it wrote, so the chain vouches for it.
    public var snapshot: String?
    /// SHA-256 (hex) of the previous journal line.
    public var prev: String

    public init(
        seq: Int, at: Timestamp, login: String, uid: Int, person: String?, actingFor: String?,
        action: String, summary: String, undoes: Int? = nil, changes: [RecordChange], snapshot: String? = nil, prev: String
    ) {
        self.seq = seq
        self.at = at
        self.login = login
        self.uid = uid
        self.person = person
        self.actingFor = actingFor
        self.action = action
        self.summary = summary
        self.undoes = undoes
        self.changes = changes
        self.snapshot = snapshot
        self.prev = prev
    }
}

/// Why an entry cannot be applied to a board.
public enum ApplyError: Error, Equatable, Sendable {
    case outOfSequence(expected: Int, got: Int)
    case missing(RecordKind, String)
    case exists(RecordKind, String)
    case record(RecordError)
    case logOnNonIssue(RecordKind, String)

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language.
    public var phrase: Phrase {
        switch self {
        case .outOfSequence(let expected, let got):
            Phrase(.revisionOutOfSequence, "\(expected)", "\(got)")
        case .missing(let kind, let id):
            Phrase(.recordDoesNotExist, .key(kind.labelKey), "\(id)")
        case .exists(let kind, let id):
            Phrase(.recordAlreadyExists, .key(kind.labelKey), "\(id)")
        case .record(let error):
            error.phrase
        case .logOnNonIssue(let kind, let id):
            Phrase(.onlyIssuesHaveHandlingLog, .key(kind.labelKey), "\(id)")
        }
    }
}

extension Board {
    /// Folds a journal entry into the board, in place. Each change is applied whole or not at all, but
    /// when a later change of the entry throws, the earlier ones stay: callers discard such a board
    /// (it comes from a damaged journal; a plan's entry was already applied once by the planner).
    public mutating func apply(_ entry: Entry) throws(ApplyError) {
        guard revision < Limits.revision.upperBound, entry.seq == revision + 1 else {
            throw .outOfSequence(expected: min(revision, Limits.revision.upperBound - 1) + 1, got: entry.seq)
        }
        let meta = RecordMeta(rev: entry.seq, updatedAt: entry.at, updatedBy: entry.person ?? entry.login)
        for change in entry.changes {
            try apply(change, meta: meta)
        }
        revision = entry.seq
    }

    mutating func apply(_ change: RecordChange, meta: RecordMeta) throws(ApplyError) {
        switch change.kind {
        case .settings:
            guard change.op == .update, change.id == Settings.singletonId else { throw .missing(.settings, change.id) }
            try Board.applyUpdate(change, meta: meta, to: &settings)
        case .unit: try Board.apply(change, meta: meta, to: &units)
        case .person: try Board.apply(change, meta: meta, to: &people)
        case .duty: try Board.apply(change, meta: meta, to: &duties)
        case .absence: try Board.apply(change, meta: meta, to: &absences)
        case .project: try Board.apply(change, meta: meta, to: &projects)
        case .issue: try Board.apply(change, meta: meta, to: &issues)
        case .visit: try Board.apply(change, meta: meta, to: &visits)
        case .progress: try Board.apply(change, meta: meta, to: &progress)
        case .report: try Board.apply(change, meta: meta, to: &reports)
        case .instruction: try Board.apply(change, meta: meta, to: &instructions)
        case .meeting: try Board.apply(change, meta: meta, to: &meetings)
        case .squad: try Board.apply(change, meta: meta, to: &squads)
        case .lead: try Board.apply(change, meta: meta, to: &leads)
        case .bulletin: try Board.apply(change, meta: meta, to: &bulletins)
        }
    }

    private static func apply<R: Record>(_ change: RecordChange, meta: RecordMeta, to table: inout Table<R>) throws(ApplyError) {
        switch change.op {
        case .create:
            guard !table.contains(id: change.id) else { throw .exists(R.kind, change.id) }
            var record = R(id: change.id)
            try applyUpdate(change, meta: meta, to: &record)
            table.upsert(record)
        case .update:
            guard var record = table[id: change.id] else { throw .missing(R.kind, change.id) }
            try applyUpdate(change, meta: meta, to: &record)
            table.upsert(record)
        case .delete:
            guard table.remove(id: change.id) != nil else { throw .missing(R.kind, change.id) }
        }
    }

    private static func applyUpdate<R: Record>(_ change: RecordChange, meta: RecordMeta, to record: inout R) throws(ApplyError) {
        do {
            for field in change.fields { try record.set(field.name, to: field.new) }
        } catch {
            throw .record(error)
        }
        if let line = change.appendLog {
            guard var issue = record as? Issue else { throw .logOnNonIssue(R.kind, change.id) }
            issue.log.append(line)
            record = issue as! R
        }
        record.meta = meta
    }
}
