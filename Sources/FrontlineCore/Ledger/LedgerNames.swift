/// Finds units, people and projects by id or exact name, as ledgers refer to them, and says when a name
/// is ambiguous instead of picking one.
///
/// The names are those of `BoardIndex.resolve`: a unit by name or short name, a person by name or
/// login, a project by name. Kept up to date record by record while an import plans, so that rows
/// see the records earlier rows created or renamed.
struct LedgerNames {
    enum Resolution: Equatable {
        case found(String)
        case missing
        case ambiguous([String])
    }

    /// Name or short name → unit ids, in stored order.
    private var units: [String: [String]] = [:]
    /// Exact unit name → unit ids (how a units ledger without ids matches its rows).
    private(set) var unitNames: [String: [String]] = [:]
    /// Name or login → person ids.
    private var people: [String: [String]] = [:]
    /// Exact person name → person ids.
    private(set) var personNames: [String: [String]] = [:]
    /// Name → project ids.
    private(set) var projects: [String: [String]] = [:]
    /// Login → person ids.
    private(set) var logins: [String: [String]] = [:]

    init(_ board: Board) {
        for unit in board.units { add(unit) }
        for person in board.people { add(person) }
        for project in board.projects { add(project) }
    }

    /// Re-files a record after a change (`old` nil: created).
    mutating func replace(_ old: (any Record)?, with new: any Record) {
        if let old { remove(old) }
        add(new)
    }

    private mutating func add(_ record: any Record) {
        for (key, map) in keys(of: record) { Self.insert(record.id, key, into: &self[keyPath: map]) }
    }

    private mutating func remove(_ record: any Record) {
        for (key, map) in keys(of: record) { self[keyPath: map][key]?.removeAll { $0 == record.id } }
    }

    private func keys(of record: any Record) -> [(String, WritableKeyPath<LedgerNames, [String: [String]]>)] {
        switch record {
        case let unit as Unit:
            return [(unit.name, \.units), (unit.shortName, \.units), (unit.name, \.unitNames)]
        case let person as Person:
            return [(person.name, \.people), (person.login ?? "", \.people), (person.name, \.personNames), (person.login ?? "", \.logins)]
        case let project as Project:
            return [(project.name, \.projects)]
        default:
            return []
        }
    }

    private static func insert(_ id: String, _ key: String, into map: inout [String: [String]]) {
        guard !key.isEmpty else { return }
        if !(map[key]?.contains(id) ?? false) { map[key, default: []].append(id) }
    }

    /// A record by id, else by name; for people, an ambiguous name is narrowed to `scope` (a unit id).
    func resolve(_ kind: RecordKind, _ text: String, in board: Board, scope: String? = nil) -> Resolution {
        if board.contains(kind, id: text) { return .found(text) }
        var candidates: [String]
        switch kind {
        case .unit: candidates = units[text] ?? []
        case .person: candidates = people[text] ?? []
        case .project: candidates = projects[text] ?? []
        default: candidates = []
        }
        if candidates.count > 1, kind == .person, let scope {
            let inUnit = candidates.filter { board.people[id: $0]?.unit == scope }
            if inUnit.count == 1 { candidates = inUnit }
        }
        switch candidates.count {
        case 0: return .missing
        case 1: return .found(candidates[0])
        default: return .ambiguous(candidates)
        }
    }

    /// How a ledger names a record: by name when that name finds exactly this record again, else by id.
    func reference(_ kind: RecordKind, _ id: String, in board: Board, scope: String? = nil) -> String {
        guard !id.isEmpty else { return "" }
        let name: String?
        switch kind {
        case .unit: name = board.units[id: id]?.name
        case .person: name = board.people[id: id]?.name
        case .project: name = board.projects[id: id]?.name
        default: name = nil
        }
        guard let name, !name.isEmpty, resolve(kind, name, in: board, scope: scope) == .found(id) else { return id }
        return name
    }
}
