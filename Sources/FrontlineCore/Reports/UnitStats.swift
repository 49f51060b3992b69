/// A unit's figures as of a day: the inputs of the ranking and of "overdue issues by unit".
///
/// Computed from a board as it stood on that day (`BoardTimeline.index(asOf:)`); every rate is exact
/// (`Ratio`), rounded only when printed or scored.
public struct UnitStats: Sendable, Equatable {
    public var unit: Unit
    /// The day the figures are for.
    public var asOf: Day
    /// Projects the unit is responsible for (帮包单位) that are still supervised (not 投产/终止).
    public var activeProjects = 0
    public var redProjects = 0
    public var plan = Money.zero
    public var ytd = Money.zero
    /// The 序时进度 target: the plan times the elapsed share of the year, rounded half up to the fen.
    public var target: Money { Schedule.target(plan: plan, on: asOf) }
    /// New projects (新开工) whose planned start has come, and how many of them started (`Project.hasStarted`).
    public var startsDue = 0
    public var started = 0
    /// Issues the unit handles (主办).
    public var openIssues = 0
    public var overdueIssues = 0
    public var dueSoonIssues = 0
    public var closedIssues = 0
    public var closedOnTime = 0
    public var reopens = 0
    /// Of the reopenings, those by a 回访 that found the enterprise 不满意 (docs/domain-rules.md, "Handling").
    public var dissatisfied = 0
    /// Open issues under 督办 on the day, by level (`Escalation.result`).
    public var yellowCards = 0
    public var redCards = 0
    public var listedIssues = 0
    /// Active projects with a 现场 visit in the visit window and no 帮包干部 who missed the last week over.
    public var visitedProjects = 0
    /// 产值, 税收 and 就业, planned and reached, of the unit's projects that are not 终止: those in production (投产)
    /// included, since that is where benefits are reached.
    public var benefits = Benefits()
    /// The records behind each part of the score, when asked for (`unitStats(today:evidence:)`).
    public var evidence: ScoreEvidence?

    public init(unit: Unit, asOf: Day) {
        self.unit = unit
        self.asOf = asOf
    }

    /// ytd against the 序时进度 target, exactly: ytd / (plan × elapsed share); nil without a plan.
    public var scheduleRate: Ratio? { Ratio.share(ytd, of: plan).map { $0 / Schedule.elapsedShare(asOf) } }
    public var startRate: Ratio? { Ratio.share(started, of: startsDue) }
    public var onTimeRate: Ratio? { Ratio.share(closedOnTime, of: closedIssues) }
    public var visitRate: Ratio? { Ratio.share(visitedProjects, of: activeProjects) }
    /// How many of the unit's open issues are at `level`.
    public func escalated(_ level: EscalationLevel) -> Int {
        switch level {
        case .yellow: yellowCards
        case .red: redCards
        case .listed: listedIssues
        }
    }

    public var benefitsRate: Ratio? { benefits.rate }

    /// 招商: the unit's rows of the months of the year whose 招商引资成绩 were published (frozen) by the day, oldest
    /// first (docs/domain-rules.md, "招商"); the part is their done over their plan.
    public var attraction: [(month: AttractionMonth, row: AttractionRow)] = []
    public var attractionPlan: Money { attraction.reduce(.zero) { $0 + $1.row.plan } }
    public var attractionDone: Money { attraction.reduce(.zero) { $0 + $1.row.done } }

    /// Done over plan of the published months; nil when none is published or the unit had no plan in them.
    public var attractionRate: Ratio? { Ratio.share(attractionDone, of: attractionPlan) }

    public static func == (a: UnitStats, b: UnitStats) -> Bool {
        a.unit == b.unit && a.asOf == b.asOf && a.activeProjects == b.activeProjects && a.redProjects == b.redProjects
            && a.plan == b.plan && a.ytd == b.ytd && a.startsDue == b.startsDue && a.started == b.started
            && a.openIssues == b.openIssues && a.overdueIssues == b.overdueIssues && a.dueSoonIssues == b.dueSoonIssues
            && a.closedIssues == b.closedIssues && a.closedOnTime == b.closedOnTime && a.reopens == b.reopens
            && a.dissatisfied == b.dissatisfied && a.yellowCards == b.yellowCards && a.redCards == b.redCards
            && a.listedIssues == b.listedIssues && a.visitedProjects == b.visitedProjects && a.benefits == b.benefits && a.evidence == b.evidence
            && a.attraction.map(\.month) == b.attraction.map(\.month) && a.attraction.map(\.row) == b.attraction.map(\.row)
    }
}

extension BoardIndex {
    /// Every unit's figures as of `today`, in the official listing order. The index must hold the board
    /// as it stood on `today` (`BoardTimeline.index(asOf:)`); with `evidence`, each unit also lists the
    /// records behind every part of its score.
    public func unitStats(today: Day, evidence: Bool = false) -> [UnitStats] {
        var stats = Dictionary(uniqueKeysWithValues: board.units.rows.map { ($0.id, UnitStats(unit: $0, asOf: today)) })
        if evidence { for id in stats.keys { stats[id]!.evidence = ScoreEvidence() } }
        for project in board.projects where !project.stage.isFinished {
            guard stats[project.unit] != nil else { continue }
            let light = light(of: project, today: today)
            let lastVisit = lastOnSiteVisit(to: project.id, onOrBefore: today)
            // A project whose 帮包干部 did not each go on site in the last week over counts as not visited
            // (docs/domain-rules.md, "Per-cadre visits").
            let missedBy = cadresWhoMissed(project, today: today)
            let visited = isVisitCompliant(project, today: today) && missedBy.isEmpty
            let dueToStart = project.isDueToStart(by: today), started = project.hasStarted(on: today)
            stats[project.unit]!.count(project, light: light, visited: visited, dueToStart: dueToStart, started: started)
            stats[project.unit]!.evidence?.add(
                project, light: light, lastVisit: lastVisit, visited: visited, missedBy: missedBy,
                dueToStart: dueToStart, started: started, on: today)
        }
        for project in board.projects where project.stage != .terminated {
            let benefits = Benefits(project)
            guard benefits.isPlanned, stats[project.unit] != nil else { continue }
            stats[project.unit]!.benefits += benefits
            stats[project.unit]!.evidence?.benefits.append(ScoreEvidence.ProjectBenefits(project: project.id, benefits: benefits))
        }
        for issue in board.issues {
            guard stats[issue.unit] != nil else { continue }
            let light = Lights.issue(issue, today: today, settings: board.settings).light
            let escalation = Escalation.result(issue, on: today, settings: board.settings)
            stats[issue.unit]!.count(issue, light: light, escalation: escalation?.level)
            stats[issue.unit]!.evidence?.add(issue, escalation: escalation)
        }
        for (month, rows) in board.publishedAttraction(year: today.year) where month.hasEnded(by: today) {
            for row in rows where stats[row.unit] != nil { stats[row.unit]!.attraction.append((month, row)) }
        }
        return board.units.rows.sorted { ($0.sortOrder, $0.id) < ($1.sortOrder, $1.id) }.map { stats[$0.id]! }
    }
}

extension UnitStats {
    mutating func count(_ project: Project, light: LightResult, visited: Bool, dueToStart: Bool, started: Bool) {
        activeProjects += 1
        if light.light == .red { redProjects += 1 }
        plan += project.plan
        ytd += project.ytd
        if dueToStart {
            startsDue += 1
            if started { self.started += 1 }
        }
        if visited { visitedProjects += 1 }
    }

    mutating func count(_ issue: Issue, light: Light, escalation: EscalationLevel?) {
        reopens += issue.reopens
        dissatisfied += issue.dissatisfiedCount
        switch escalation {
        case .yellow?: yellowCards += 1
        case .red?: redCards += 1
        case .listed?: listedIssues += 1
        case nil: break
        }
        if issue.status.isOpen {
            openIssues += 1
            if light == .red { overdueIssues += 1 }
            if light == .yellow { dueSoonIssues += 1 }
        } else if issue.status == .closed {
            closedIssues += 1
            if issue.isClosedOnTime { closedOnTime += 1 }
        }
    }

    /// The unit has projects or issues: the ranking says something about it.
    public var isMeasured: Bool { activeProjects > 0 || openIssues > 0 || closedIssues > 0 }
}

extension Issue {
    /// Closed (销号) on or before its original due date: extensions do not move the mark (docs/domain.md: 逾期办结).
    public var isClosedOnTime: Bool {
        guard status == .closed, let closedOn else { return false }
        return closedOn <= originalDue
    }
}

/// A rate as a percentage with one decimal, rounded half up: `87.5%`; `—` when there is nothing to measure.
public func percentText(_ rate: Ratio?) -> String {
    guard let rate else { return "—" }
    return (rate * 100).text(decimals: 1) + "%"
}

/// A rate in hundredths of a percent as text, rounded to a tenth: `87.5%`; `—` when there is nothing to measure.
public func percentText(_ hundredths: Int?) -> String {
    percentText(hundredths.map { Ratio(Int128($0), 10_000) })
}
