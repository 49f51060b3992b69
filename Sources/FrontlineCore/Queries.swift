/// One project as the lists show it: light, open and overdue issues, days since the last 现场 visit.
public struct ProjectRow: Sendable {
    public var project: Project
    public var light: LightResult
    public var openIssues: Int
    public var overdueIssues: Int
    /// nil: never visited on site.
    public var daysSinceVisit: Int?
}

/// One issue as the lists show it: light, days overdue, who holds it today.
public struct IssueRow: Sendable {
    public var issue: Issue
    public var light: LightResult
    /// Days past due (0 when not overdue).
    public var daysOverdue: Int
    public var holder: Holder?
    /// Its 督办 on the day (docs/domain-rules.md, "督办"), shown wherever its light is.
    public var escalation: EscalationResult?
}

/// One roster line as the AB screen shows it: who is A and B, and who holds the duty today.
public struct DutyRow: Sendable {
    public var duty: Duty
    /// Whether the line is valid today (`Duty.isValid`); a line not in force holds nothing today.
    public var inForce: Bool
    /// Who holds the duty today (meaningful only when `inForce`).
    public var holder: Holder
    public var aAbsence: Absence?
    public var bAbsence: Absence?
}

/// Filters of the project list (docs/command-line.md `projects`); nil means any.
public struct ProjectFilter: Sendable, Equatable {
    public var unit: String?
    public var leader: String?
    public var light: Light?
    public var stage: Stage?
    public var search: String?
    public init() {}
}

/// Filters of the issue list (docs/command-line.md `issues`); nil means any.
public struct IssueFilter: Sendable, Equatable {
    public var overdueOnly = false
    /// Only issues due within this many days: open, not overdue, due today or in the next N days
    /// (`Lights.isDueWithin`), the same count as the dashboard's "N天内到期".
    public var dueWithin: Int?
    public var unit: String?
    public var project: String?
    public var status: IssueStatus?
    /// Only issues whose holder today is this person.
    public var holder: String?
    /// Closed and cancelled issues too (default: open only, unless a status is asked for).
    public var includeClosed = false
    public init() {}
}

extension IssueRow {
    /// Days past due on `today` (0 when not overdue): the list's first key.
    public static func daysOverdue(_ issue: Issue, today: Day) -> Int {
        Lights.isOverdue(issue, today: today) ? issue.due.days(until: today) : 0
    }
}

extension BoardIndex {
    public func projectRow(_ project: Project, today: Day) -> ProjectRow {
        let (open, overdue) = issueCounts(ofProject: project.id, today: today)
        let last = lastOnSiteVisit(to: project.id, onOrBefore: today)
        return ProjectRow(
            project: project,
            light: Lights.project(project, today: today, settings: board.settings, overdueIssues: overdue, lastOnSiteVisit: last),
            openIssues: open,
            overdueIssues: overdue,
            daysSinceVisit: last.map { $0.days(until: today) })
    }

    /// Projects matching the filter, in stored order.
    public func projectRows(_ filter: ProjectFilter = ProjectFilter(), today: Day) -> [ProjectRow] {
        board.projects.rows.compactMap { project in
            if let unit = filter.unit, project.unit != unit, project.area != unit, !project.coUnits.contains(unit) { return nil }
            if let leader = filter.leader, project.leader != leader { return nil }
            if let stage = filter.stage, project.stage != stage { return nil }
            if let search = filter.search, !matches(project, search) { return nil }
            let row = projectRow(project, today: today)
            if let light = filter.light, row.light.light != light { return nil }
            return row
        }
    }

    /// Whether the text occurs in a project's id, name, owner, leader or unit name (case-insensitive).
    public func matches(_ project: Project, _ text: String) -> Bool {
        let needle = text.lowercased()
        if needle.isEmpty { return true }
        let haystacks = [project.id, project.name, project.owner, personName(project.leader), unitName(project.unit)]
        return haystacks.contains { $0.lowercased().contains(needle) }
    }

    public func issueRow(_ issue: Issue, today: Day) -> IssueRow {
        issueRow(issue, today: today, holder: issue.status.isOpen ? responsible(for: issue, on: today) : nil)
    }

    /// `issueRow(_:today:)` for a caller that has worked out the holder already (`responsible(for:on:)` for an open
    /// issue, nil for a closed one), to choose the rows it needs before deriving their lights.
    public func issueRow(_ issue: Issue, today: Day, holder: Holder?) -> IssueRow {
        let light = Lights.issue(issue, today: today, settings: board.settings)
        return IssueRow(
            issue: issue, light: light, daysOverdue: IssueRow.daysOverdue(issue, today: today), holder: holder,
            escalation: Escalation.result(issue, on: today, settings: board.settings))
    }

    /// Issues matching the filter: most overdue first, then by due date, then by id.
    public func issueRows(_ filter: IssueFilter = IssueFilter(), today: Day) -> [IssueRow] {
        // Each issue is looked at in place (`issues[i]`) and only those kept get a row.
        let issues = board.issues.rows
        var kept: [(position: Int, holder: Holder?)] = []
        for i in issues.indices {
            if let status = filter.status {
                if issues[i].status != status { continue }
            } else if !filter.includeClosed && !issues[i].status.isOpen {
                continue
            }
            if filter.overdueOnly && !Lights.isOverdue(issues[i], today: today) { continue }
            if let days = filter.dueWithin, !Lights.isDueWithin(issues[i], days: days, today: today) { continue }
            if let unit = filter.unit, issues[i].unit != unit { continue }
            if let project = filter.project, issues[i].project != project { continue }
            let holder = issues[i].status.isOpen ? responsible(for: issues[i], on: today) : nil
            if let person = filter.holder, holder?.person != person { continue }
            kept.append((i, holder))
        }
        return listedRows(kept, today: today)
    }

    /// The rows of the issues at these positions of the issue table, with their holders worked out already, in the
    /// order of every issue list: most overdue first, then by due date, then by id. The positions are put in order
    /// by their keys first and each row is made once, in place (sorting rows moved each, with its issue, many times).
    func listedRows(_ kept: [(position: Int, holder: Holder?)], today: Day) -> [IssueRow] {
        let issues = board.issues.rows
        let overdue = kept.map { IssueRow.daysOverdue(issues[$0.position], today: today) }
        let order = kept.indices.sorted { a, b in
            if overdue[a] != overdue[b] { return overdue[a] > overdue[b] }
            let (x, y) = (kept[a].position, kept[b].position)
            if issues[x].due != issues[y].due { return issues[x].due < issues[y].due }
            return issues[x].id < issues[y].id
        }
        var rows: [IssueRow] = []
        rows.reserveCapacity(order.count)
        for k in order { rows.append(issueRow(issues[kept[k].position], today: today, holder: kept[k].holder)) }
        return rows
    }

    /// The roster lines in force today (or, with `includeInactive`, every line) by unit listing order,
    /// with today's holders.
    public func dutyRows(today: Day, unit: String? = nil, includeInactive: Bool = false) -> [DutyRow] {
        dutyRows(today: today, includeInactive: includeInactive) { unit == nil || $0.unit == unit }
    }

    /// `dutyRows(today:)` of the lines `include` keeps, chosen before their holders are worked out.
    public func dutyRows(today: Day, includeInactive: Bool = false, where include: (Duty) -> Bool) -> [DutyRow] {
        let order = Dictionary(uniqueKeysWithValues: board.units.rows.map { ($0.id, $0.sortOrder) })
        return board.duties.rows
            .filter { include($0) && (includeInactive || $0.isValid(on: today)) }
            .sorted { (order[$0.unit] ?? Int.max, $0.unit, $0.id) < (order[$1.unit] ?? Int.max, $1.unit, $1.id) }
            .map { duty in
                DutyRow(
                    duty: duty, inForce: duty.isValid(on: today), holder: holder(of: duty, on: today),
                    aAbsence: absences(of: duty.a).first { $0.covers(today) },
                    bAbsence: absences(of: duty.b).first { $0.covers(today) })
            }
    }

    // MARK: Names

    public func personName(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "" }
        return board.people[id: id]?.name ?? id
    }

    public func unitName(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "" }
        return board.units[id: id]?.displayName ?? id
    }

    public func projectName(_ id: String?) -> String {
        guard let id, !id.isEmpty else { return "" }
        return board.projects[id: id]?.name ?? id
    }

    /// Finds a record by id, or by exact name for units, people, projects, squads and leads.
    public func resolve(_ kind: RecordKind, _ text: String) -> String? {
        if board.contains(kind, id: text) { return text }
        switch kind {
        case .unit: return board.units.first { $0.name == text || $0.shortName == text }?.id
        case .person: return board.people.first { $0.name == text || $0.login == text }?.id
        case .project: return board.projects.first { $0.name == text }?.id
        case .squad: return board.squads.first { $0.name == text }?.id
        case .lead: return board.leads.first { $0.name == text }?.id
        default: return nil
        }
    }
}
