/// Values grouped by the record they belong to (a project, a unit): by its place in its table, and by id for an id
/// the table does not hold (a dangling reference, which `check` reports), in the order they were added.
public struct Grouped<Value: Sendable>: Sendable {
    private var byPlace: [[Value]]
    private var byId: [String: [Value]] = [:]

    init<R: Record>(_ owners: Table<R>) { byPlace = Array(repeating: [], count: owners.count) }

    mutating func append<R: Record>(_ value: Value, to owner: String, in owners: Table<R>) {
        append(value, to: owner, at: owners.position(of: owner))
    }

    /// With the owner's place (`Table.position(of:)`) looked up already.
    mutating func append(_ value: Value, to owner: String, at place: Int?) {
        if let place { byPlace[place].append(value) } else { byId[owner, default: []].append(value) }
    }

    func values<R: Record>(of owner: String, in owners: Table<R>) -> [Value] {
        owners.position(of: owner).map { byPlace[$0] } ?? byId[owner] ?? []
    }
}

extension Grouped where Value: Comparable {
    mutating func sortEach() {
        for i in byPlace.indices where byPlace[i].count > 1 { byPlace[i].sort() }
        for key in byId.keys { byId[key]!.sort() }
    }
}

/// Lookups derived from one board revision: what belongs to what, built once in linear time.
public struct BoardIndex: Sendable {
    public let board: Board
    public let roster: Roster
    /// Positions in their tables, grouped by the project or unit they belong to.
    private let issuesByProject: Grouped<Int>
    private let issuesByUnit: Grouped<Int>
    /// Dates of 现场 visits per project, ascending.
    private let onSiteVisitDays: Grouped<Day>
    private let visitsByProject: Grouped<Int>
    private let progressByProject: Grouped<Int>
    private let peopleByLogin: [String: String]

    public init(_ board: Board) {
        self.board = board
        roster = Roster(board)
        // Each loop reads the fields it needs in place (`rows[i].field`): a whole record copied per row (its
        // handling log, texts) cost more than the grouping at the S store. Groups are found by the owner's place in
        // its table (one lookup in a dictionary that exists already, instead of two into new ones per record).
        var byProject = Grouped<Int>(board.projects), byUnit = Grouped<Int>(board.units)
        let issues = board.issues.rows
        for i in issues.indices {
            if let project = issues[i].project { byProject.append(i, to: project, in: board.projects) }
            byUnit.append(i, to: issues[i].unit, in: board.units)
        }
        issuesByProject = byProject
        issuesByUnit = byUnit
        var onSite = Grouped<Day>(board.projects), visits = Grouped<Int>(board.projects)
        let visitRows = board.visits.rows
        for i in visitRows.indices {
            let place = board.projects.position(of: visitRows[i].project)
            visits.append(i, to: visitRows[i].project, at: place)
            if visitRows[i].mode == .onSite { onSite.append(visitRows[i].date, to: visitRows[i].project, at: place) }
        }
        onSite.sortEach()
        onSiteVisitDays = onSite
        visitsByProject = visits
        var progress = Grouped<Int>(board.projects)
        let reports = board.progress.rows
        for i in reports.indices { progress.append(i, to: reports[i].project, in: board.projects) }
        progressByProject = progress
        var logins: [String: String] = [:]
        for person in board.people.rows {
            if let login = person.login, !login.isEmpty, logins[login] == nil { logins[login] = person.id }
        }
        peopleByLogin = logins
    }

    // MARK: Who

    public func person(login: String) -> Person? { peopleByLogin[login].flatMap { board.people[id: $0] } }

    public func isAbsent(_ person: String, on day: Day) -> Bool { roster.isAbsent(person, on: day) }
    public func absences(of person: String) -> [Absence] { roster.absences(of: person) }
    public func duties(of unit: String) -> [Duty] { roster.duties(of: unit) }
    public func holder(of duty: Duty, on day: Day) -> Holder { roster.holder(of: duty, on: day) }
    public func issueDuty(of unit: String, on day: Day) -> Duty? { roster.issueDuty(of: unit, on: day) }
    public func responsible(for issue: Issue, on day: Day) -> Holder? { roster.responsible(for: issue, on: day) }

    // MARK: What belongs where

    public func issues(ofProject project: String) -> [Issue] {
        issuesByProject.values(of: project, in: board.projects).map { board.issues.rows[$0] }
    }

    /// How many of a project's issues are open, and how many overdue on `today` (`Lights.isOverdue`), read in place
    /// (`issues(ofProject:)` copies every issue, with its handling log, to count them).
    public func issueCounts(ofProject project: String, today: Day) -> (open: Int, overdue: Int) {
        let rows = board.issues.rows
        var open = 0, overdue = 0
        for i in issuesByProject.values(of: project, in: board.projects) where rows[i].status.isOpen {
            open += 1
            if today > rows[i].due { overdue += 1 }
        }
        return (open, overdue)
    }

    public func issues(ofUnit unit: String) -> [Issue] {
        issuesByUnit.values(of: unit, in: board.units).map { board.issues.rows[$0] }
    }

    public func visits(ofProject project: String) -> [Visit] {
        visitsByProject.values(of: project, in: board.projects).map { board.visits.rows[$0] }
    }

    public func progressReports(ofProject project: String) -> [ProgressReport] {
        progressByProject.values(of: project, in: board.projects).map { board.progress.rows[$0] }
    }

    /// The latest 现场 visit on or before `day`.
    public func lastOnSiteVisit(to project: String, onOrBefore day: Day) -> Day? {
        let days = onSiteVisitDays.values(of: project, in: board.projects)
        var low = 0, high = days.count
        while low < high {
            let mid = (low + high) / 2
            if days[mid] <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : days[low - 1]
    }

    // MARK: Lights

    public func light(of issue: Issue, today: Day) -> LightResult {
        Lights.issue(issue, today: today, settings: board.settings)
    }

    public func light(of project: Project, today: Day) -> LightResult {
        let overdue = issues(ofProject: project.id).reduce(0) { $0 + (Lights.isOverdue($1, today: today) ? 1 : 0) }
        return Lights.project(
            project, today: today, settings: board.settings, overdueIssues: overdue,
            lastOnSiteVisit: lastOnSiteVisit(to: project.id, onOrBefore: today))
    }

    /// Whether the project had a 现场 visit within the visit window ending today.
    public func isVisitCompliant(_ project: Project, today: Day) -> Bool {
        guard let last = lastOnSiteVisit(to: project.id, onOrBefore: today) else { return false }
        return last.days(until: today) <= board.settings.visitDays
    }
}

/// Who holds a duty or an issue on a given day, and for whom when covering.
public struct Holder: Hashable, Sendable {
    public enum Via: Hashable, Sendable { case a, b, head }
    public var person: String
    public var via: Via
    /// The A being covered for, when B or the head holds it.
    public var actingFor: String?
}
