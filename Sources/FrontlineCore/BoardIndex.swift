/// Lookups derived from one board revision: what belongs to what, built once in linear time.
public struct BoardIndex: Sendable {
    public let board: Board
    public let roster: Roster
    private let issuesByProject: [String: [Int]]
    private let issuesByUnit: [String: [Int]]
    /// Dates of 现场 visits per project, ascending.
    private let onSiteVisitDays: [String: [Day]]
    private let visitsByProject: [String: [Int]]
    private let progressByProject: [String: [Int]]
    private let peopleByLogin: [String: String]

    public init(_ board: Board) {
        self.board = board
        roster = Roster(board)
        // Each loop reads the fields it needs in place (`rows[i].field`): a whole record copied per row (its
        // handling log, texts) cost more than the dictionaries at the S store.
        var byProject: [String: [Int]] = [:], byUnit: [String: [Int]] = [:]
        let issues = board.issues.rows
        for i in issues.indices {
            if let project = issues[i].project { byProject[project, default: []].append(i) }
            byUnit[issues[i].unit, default: []].append(i)
        }
        issuesByProject = byProject
        issuesByUnit = byUnit
        var onSite: [String: [Day]] = [:], visits: [String: [Int]] = [:]
        let visitRows = board.visits.rows
        for i in visitRows.indices {
            visits[visitRows[i].project, default: []].append(i)
            if visitRows[i].mode == .onSite { onSite[visitRows[i].project, default: []].append(visitRows[i].date) }
        }
        onSiteVisitDays = onSite.mapValues { $0.sorted() }
        visitsByProject = visits
        var progress: [String: [Int]] = [:]
        let reports = board.progress.rows
        for i in reports.indices { progress[reports[i].project, default: []].append(i) }
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
        (issuesByProject[project] ?? []).map { board.issues.rows[$0] }
    }

    /// How many of a project's issues are open, and how many overdue on `today` (`Lights.isOverdue`), read in place
    /// (`issues(ofProject:)` copies every issue, with its handling log, to count them).
    public func issueCounts(ofProject project: String, today: Day) -> (open: Int, overdue: Int) {
        let rows = board.issues.rows
        var open = 0, overdue = 0
        for i in issuesByProject[project] ?? [] where rows[i].status.isOpen {
            open += 1
            if today > rows[i].due { overdue += 1 }
        }
        return (open, overdue)
    }

    public func issues(ofUnit unit: String) -> [Issue] {
        (issuesByUnit[unit] ?? []).map { board.issues.rows[$0] }
    }

    public func visits(ofProject project: String) -> [Visit] {
        (visitsByProject[project] ?? []).map { board.visits.rows[$0] }
    }

    public func progressReports(ofProject project: String) -> [ProgressReport] {
        (progressByProject[project] ?? []).map { board.progress.rows[$0] }
    }

    /// The latest 现场 visit on or before `day`.
    public func lastOnSiteVisit(to project: String, onOrBefore day: Day) -> Day? {
        guard let days = onSiteVisitDays[project] else { return nil }
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
