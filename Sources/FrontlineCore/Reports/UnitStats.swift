/// A unit's figures as of a day: the inputs of the ranking and of "overdue issues by unit".
public struct UnitStats: Sendable, Equatable {
    public var unit: Unit
    /// Projects the unit is responsible for (帮包单位) that are not finished.
    public var activeProjects = 0
    public var redProjects = 0
    public var plan = Money.zero
    public var ytd = Money.zero
    /// The 序时进度 target: the plan times the elapsed share of the year.
    public var target = Money.zero
    /// New projects (新开工) whose planned start has come, and how many of them started.
    public var startsDue = 0
    public var started = 0
    /// Issues the unit handles (主办).
    public var openIssues = 0
    public var overdueIssues = 0
    public var dueSoonIssues = 0
    public var closedIssues = 0
    public var closedOnTime = 0
    public var reopens = 0
    /// Active projects with a 现场 visit in the visit window.
    public var visitedProjects = 0

    /// ytd against the 序时进度 target, in hundredths of a percent (nil without a plan).
    public var scheduleRate: Int? { target.percent(of: ytd) }
    public var startRate: Int? { startsDue == 0 ? nil : started * 10_000 / startsDue }
    public var onTimeRate: Int? { closedIssues == 0 ? nil : closedOnTime * 10_000 / closedIssues }
    public var visitRate: Int? { activeProjects == 0 ? nil : visitedProjects * 10_000 / activeProjects }
    public var attractionRate: Int? {
        guard let plan = unit.attractionPlan, let done = unit.attractionDone else { return nil }
        return plan.percent(of: done)
    }
}

extension BoardIndex {
    /// Every unit's figures, in the official listing order.
    public func unitStats(today: Day) -> [UnitStats] {
        var stats = Dictionary(uniqueKeysWithValues: board.units.rows.map { ($0.id, UnitStats(unit: $0)) })
        for project in board.projects where !project.stage.isFinished {
            guard stats[project.unit] != nil else { continue }
            stats[project.unit]!.activeProjects += 1
            if light(of: project, today: today).light == .red { stats[project.unit]!.redProjects += 1 }
            stats[project.unit]!.plan += project.plan
            stats[project.unit]!.ytd += project.ytd
            stats[project.unit]!.target += Schedule.target(plan: project.plan, on: today)
            if project.annualType == .new, let start = project.planStart, start <= today {
                stats[project.unit]!.startsDue += 1
                if project.actualStart != nil || project.stage.hasStarted { stats[project.unit]!.started += 1 }
            }
            if isVisitCompliant(project, today: today) { stats[project.unit]!.visitedProjects += 1 }
        }
        for issue in board.issues {
            guard stats[issue.unit] != nil else { continue }
            stats[issue.unit]!.reopens += issue.reopens
            if issue.status.isOpen {
                stats[issue.unit]!.openIssues += 1
                switch Lights.issue(issue, today: today, settings: board.settings).light {
                case .red: stats[issue.unit]!.overdueIssues += 1
                case .yellow: stats[issue.unit]!.dueSoonIssues += 1
                default: break
                }
            } else if issue.status == .closed {
                stats[issue.unit]!.closedIssues += 1
                if let closed = issue.closedOn, closed <= issue.originalDue { stats[issue.unit]!.closedOnTime += 1 }
            }
        }
        return board.units.rows.sorted { ($0.sortOrder, $0.id) < ($1.sortOrder, $1.id) }.map { stats[$0.id]! }
    }
}

/// A rate in hundredths of a percent as text, rounded to a tenth: `87.5%`; `—` when there is nothing to measure.
public func percentText(_ hundredths: Int?) -> String {
    guard let h = hundredths else { return "—" }
    let tenths = (abs(h) + 5) / 10
    return "\(h < 0 ? "-" : "")\(tenths / 10).\(tenths % 10)%"
}
