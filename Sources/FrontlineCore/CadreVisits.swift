/// A calendar week, Monday to Sunday: the unit of the weekly visit rule of the 帮包干部 (docs/domain-rules.md,
/// "Per-cadre visits").
public struct Week: Hashable, Comparable, Sendable {
    public let monday: Day

    /// The week that holds `day`.
    public init(containing day: Day) {
        // 1970-01-01 (ordinal 0) was a Thursday: Monday is 0.
        let weekday = ((day.ordinal + 3) % 7 + 7) % 7
        monday = day.adding(days: -weekday)
    }

    public var sunday: Day { monday.adding(days: 6) }
    public var previous: Week { Week(containing: monday.adding(days: -1)) }
    public var next: Week { Week(containing: monday.adding(days: 7)) }
    public func contains(_ day: Day) -> Bool { monday <= day && day <= sunday }
    /// Whether the week is over at the end of `day` (`day` is its Sunday or later).
    public func hasEnded(by day: Day) -> Bool { sunday <= day }

    /// The latest week over at the end of `day`: the week of `day` when `day` is a Sunday, else the week before.
    public static func lastEnded(by day: Day) -> Week {
        let week = Week(containing: day)
        return week.hasEnded(by: day) ? week : week.previous
    }

    /// `2026-11-16～11-22` (the Sunday without its year when it is the Monday's).
    public var label: String {
        let end = sunday.year == monday.year ? String(sunday.iso.dropFirst(5)) : sunday.iso
        return "\(monday.iso)～\(end)"
    }

    public static func < (lhs: Week, rhs: Week) -> Bool { lhs.monday < rhs.monday }
}

/// One 帮包干部's weekly visit to one of their projects: did they go on site in that week?
public struct CadreVisitCheck: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// A 现场 visit naming the cadre among its visitors, on this day (the week's first).
        case visited(Day)
        /// The week is over and the cadre did not go.
        case missed
        /// The week is over, the cadre did not go and was away (离岗) every working day of it (Monday–Friday).
        case away
        /// The week is still running and the cadre has not gone yet.
        case pending

        public var isMiss: Bool { self == .missed }
    }

    public var cadre: String
    public var project: String
    public var week: Week
    public var outcome: Outcome
}

extension BoardIndex {
    /// The still supervised projects (not 投产 or 终止) that name `person` among their 帮包干部, by id.
    public func cadreProjects(of person: String) -> [Project] {
        board.projects.rows.filter { !$0.stage.isFinished && $0.cadres.contains(person) }.sorted { $0.id < $1.id }
    }

    /// The 帮包干部 of still supervised projects, in the order of the people's table.
    public func cadres() -> [Person] {
        var named = Set<String>()
        for project in board.projects.rows where !project.stage.isFinished { named.formUnion(project.cadres) }
        return board.people.rows.filter { named.contains($0.id) }
    }

    /// The first 现场 visit of `cadre` to `project` in `week`, up to the end of `today`.
    public func cadreVisit(_ cadre: String, to project: String, in week: Week, today: Day) -> Day? {
        visits(ofProject: project)
            .filter { $0.mode == .onSite && week.contains($0.date) && $0.date <= today && $0.visitors.contains(cadre) }
            .map(\.date).min()
    }

    /// Whether `cadre` kept their weekly visit to `project` in `week`, as known at the end of `today`.
    public func cadreCheck(_ cadre: String, project: String, week: Week, today: Day) -> CadreVisitCheck {
        let outcome: CadreVisitCheck.Outcome
        if let day = cadreVisit(cadre, to: project, in: week, today: today) {
            outcome = .visited(day)
        } else if !week.hasEnded(by: today) {
            outcome = .pending
        } else if (0..<5).allSatisfy({ isAbsent(cadre, on: week.monday.adding(days: $0)) }) {
            outcome = .away
        } else {
            outcome = .missed
        }
        return CadreVisitCheck(cadre: cadre, project: project, week: week, outcome: outcome)
    }

    /// Every cadre of every still supervised project for `week`, by project id then in the project's order of cadres.
    public func cadreChecks(week: Week, today: Day) -> [CadreVisitCheck] {
        board.projects.rows.filter { !$0.stage.isFinished }.sorted { $0.id < $1.id }.flatMap { project in
            project.cadres.map { cadreCheck($0, project: project.id, week: week, today: today) }
        }
    }

    /// The cadres of `project` who missed the last week over by `today` (`Week.lastEnded(by:)`).
    public func cadresWhoMissed(_ project: Project, today: Day) -> [String] {
        let week = Week.lastEnded(by: today)
        return project.cadres.filter { cadreCheck($0, project: project.id, week: week, today: today).outcome.isMiss }
    }

    /// The misses of the weeks that ended from `first` to `last` (both included), oldest week first, then as
    /// `cadreChecks` orders them.
    public func cadreMisses(weeksEndingFrom first: Day, through last: Day) -> [CadreVisitCheck] {
        var week = Week(containing: first)
        var misses: [CadreVisitCheck] = []
        while week.sunday <= last {
            misses += cadreChecks(week: week, today: last).filter { $0.outcome.isMiss }
            week = week.next
        }
        return misses
    }
}

extension CadreVisitCheck.Outcome {
    /// `已走访 11-18`, `未走访`, `离岗`, `待走访`.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .visited(let day): lang.text(.cadreVisitedOn, String(day.iso.dropFirst(5)))
        case .missed: lang.text(.cadreMissed)
        case .away: lang.text(.cadreAway)
        case .pending: lang.text(.cadrePending)
        }
    }

    /// A stable English word for scripts: `visited`, `missed`, `away`, `pending`.
    public var key: String {
        switch self {
        case .visited: "visited"
        case .missed: "missed"
        case .away: "away"
        case .pending: "pending"
        }
    }
}

/// One 帮包干部 on one of their projects as of a day: this week so far, the last week over, and how many of the
/// last `weeks` weeks over they missed (`frontline cadres`, the board's 帮包干部 sections).
public struct CadreRow: Sendable {
    public var cadre: Person
    public var project: Project
    public var thisWeek: CadreVisitCheck
    public var lastWeek: CadreVisitCheck
    /// Weeks missed among the last `weeks` weeks over (the last one included).
    public var missedWeeks: Int
    public var weeks: Int
}

extension BoardIndex {
    /// Every 帮包干部 of every still supervised project as of `today`, by cadre (in the people's order) then project id;
    /// `weeks` (at least 1) is how many weeks over `missedWeeks` counts.
    public func cadreRows(today: Day, weeks: Int = 4) -> [CadreRow] {
        let thisWeek = Week(containing: today), last = Week.lastEnded(by: today)
        // On a Sunday the week running is the last one over: "this week" is then the same week.
        let order = Dictionary(board.people.rows.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [CadreRow] = []
        for project in board.projects.rows where !project.stage.isFinished {
            for cadre in project.cadres {
                guard let person = board.people[id: cadre] else { continue }
                var missed = 0, week = last
                for _ in 0..<max(weeks, 1) {
                    if cadreCheck(cadre, project: project.id, week: week, today: today).outcome.isMiss { missed += 1 }
                    week = week.previous
                }
                rows.append(
                    CadreRow(
                        cadre: person, project: project,
                        thisWeek: cadreCheck(cadre, project: project.id, week: thisWeek, today: today),
                        lastWeek: cadreCheck(cadre, project: project.id, week: last, today: today),
                        missedWeeks: missed, weeks: max(weeks, 1)))
            }
        }
        return rows.sorted { (order[$0.cadre.id] ?? Int.max, $0.project.id) < (order[$1.cadre.id] ?? Int.max, $1.project.id) }
    }
}
