/// Everything a store holds at one revision: settings and every record.
public struct Board: Equatable, Sendable {
    /// The revision of the last journal entry folded in (0 for a new store).
    public var revision = 0
    public var settings = Settings()
    public var units = Table<Unit>()
    public var people = Table<Person>()
    public var duties = Table<Duty>()
    public var absences = Table<Absence>()
    public var projects = Table<Project>()
    public var issues = Table<Issue>()
    public var visits = Table<Visit>()
    public var progress = Table<ProgressReport>()
    /// Published half-month reports, frozen.
    public var reports = Table<PublishedReport>()
    /// Leaders' instructions (领导批示).
    public var instructions = Table<Instruction>()
    /// 调度会 and their decisions.
    public var meetings = Table<Meeting>()
    /// 招商小分队 and their 招商线索.
    public var squads = Table<Squad>()
    public var leads = Table<Lead>()
    /// 通报: the 绩考办's praise and criticism of units.
    public var bulletins = Table<Bulletin>()

    public init() {}

    /// The person whose Unix account is `login`.
    public func person(login: String) -> Person? {
        people.first { $0.login == login }
    }

    /// Whether a record of `kind` with this id exists.
    public func contains(_ kind: RecordKind, id: String) -> Bool {
        switch kind {
        case .settings: id == Settings.singletonId
        case .unit: units.contains(id: id)
        case .person: people.contains(id: id)
        case .duty: duties.contains(id: id)
        case .absence: absences.contains(id: id)
        case .project: projects.contains(id: id)
        case .issue: issues.contains(id: id)
        case .visit: visits.contains(id: id)
        case .progress: progress.contains(id: id)
        case .report: reports.contains(id: id)
        case .instruction: instructions.contains(id: id)
        case .meeting: meetings.contains(id: id)
        case .squad: squads.contains(id: id)
        case .lead: leads.contains(id: id)
        case .bulletin: bulletins.contains(id: id)
        }
    }

    /// The record of `kind` with this id, or nil when there is none.
    public func record(_ kind: RecordKind, id: String) -> (any Record)? {
        switch kind {
        case .settings: id == Settings.singletonId ? settings : nil
        case .unit: units[id: id]
        case .person: people[id: id]
        case .duty: duties[id: id]
        case .absence: absences[id: id]
        case .project: projects[id: id]
        case .issue: issues[id: id]
        case .visit: visits[id: id]
        case .progress: progress[id: id]
        case .report: reports[id: id]
        case .instruction: instructions[id: id]
        case .meeting: meetings[id: id]
        case .squad: squads[id: id]
        case .lead: leads[id: id]
        case .bulletin: bulletins[id: id]
        }
    }

    /// Every stored field of a record, and its meta, or nil when there is no such record.
    public func snapshot(of kind: RecordKind, id: String) -> RecordSnapshot? {
        func take<R: Record>(_ record: R) -> RecordSnapshot {
            let fields = R.schema.fields.map { ($0.name, $0.get(record)) }
            return RecordSnapshot(meta: record.meta, fields: Dictionary(uniqueKeysWithValues: fields))
        }
        guard let record = record(kind, id: id) else { return nil }
        return take(record)
    }

    /// The ids of the last `count` records of a kind (the newest).
    public func recentIds(of kind: RecordKind, count: Int) -> [String] {
        func last<R: Record>(_ table: Table<R>) -> [String] { table.rows.suffix(count).map(\.id) }
        switch kind {
        case .settings: return [Settings.singletonId]
        case .unit: return last(units)
        case .person: return last(people)
        case .duty: return last(duties)
        case .absence: return last(absences)
        case .project: return last(projects)
        case .issue: return last(issues)
        case .visit: return last(visits)
        case .progress: return last(progress)
        case .report: return last(reports)
        case .instruction: return last(instructions)
        case .meeting: return last(meetings)
        case .squad: return last(squads)
        case .lead: return last(leads)
        case .bulletin: return last(bulletins)
        }
    }

    /// The ids in use for a kind.
    public func ids(of kind: RecordKind) -> [String] {
        switch kind {
        case .settings: [Settings.singletonId]
        case .unit: units.map(\.id)
        case .person: people.map(\.id)
        case .duty: duties.map(\.id)
        case .absence: absences.map(\.id)
        case .project: projects.map(\.id)
        case .issue: issues.map(\.id)
        case .visit: visits.map(\.id)
        case .progress: progress.map(\.id)
        case .report: reports.map(\.id)
        case .instruction: instructions.map(\.id)
        case .meeting: meetings.map(\.id)
        case .squad: squads.map(\.id)
        case .lead: leads.map(\.id)
        case .bulletin: bulletins.map(\.id)
        }
    }
}

/// The field values and meta of one record, for comparing and showing.
public struct RecordSnapshot: Equatable, Sendable {
    public var meta: RecordMeta
    public var fields: [String: JSONValue]
}
