/// The half-month report (半月报) of one period, as figures; `markdown` and `csv` render it.
///
/// Every section is as of one day: the period's last day, or today while the period is still running.
/// The figures come from the board as it stood at the end of that day (`BoardTimeline`), so a past
/// period's report counts nothing that happened later, and its ranking is the one `frontline rank`
/// gives for that day.
public struct HalfMonthReport: Sendable, Equatable {
    public struct ProjectLine: Sendable, Equatable {
        public var id: String
        public var name: String
        public var unit: String
        public var leader: String
        public var light: LightResult
    }

    public struct IssueLine: Sendable, Equatable {
        public var unit: String
        public var new = 0
        public var resolved = 0
        public var closed = 0
        public var overdue = 0
        /// Closed on or before their original due date, of all closed by `asOf` (the ranking's figures).
        public var closedOnTime = 0
        public var closedTotal = 0
        public var onTimeRate: Ratio? { Ratio.share(closedOnTime, of: closedTotal) }
    }

    public var period: Period
    public var asOf: Day
    public var zoneName: String
    // 一、总体情况
    public var projectCount = 0
    public var byAnnualType: [AnnualType: Int] = [:]
    public var total = Money.zero
    public var plan = Money.zero
    public var ytd = Money.zero
    /// Plan × elapsed share of the year as of `asOf` (序时进度).
    public var target = Money.zero
    public var periodDone = Money.zero
    public var startsDue = 0
    public var started = 0
    public var lights: [Light: Int] = [:]
    /// 产值, 税收 and 就业 per unit, for the units whose projects plan them (`HalfMonthReport+Benefits.swift`).
    public var benefits: [BenefitsLine] = []
    // 二、红黄灯项目及滞后单位
    public var red: [ProjectLine] = []
    public var yellow: [ProjectLine] = []
    public var lagging: [UnitScore] = []
    /// The 通报 issued in the period (`HalfMonthReport+Bulletins.swift`).
    public var bulletins: [BulletinLine] = []
    /// The 帮包干部's weekly visits in the weeks that ended in the period (`HalfMonthReport+Cadres.swift`).
    public var cadreWeeks = CadreWeeks()
    // 三、问题办理
    public var issues: [IssueLine] = []
    public var issueTotal = IssueLine(unit: "")
    /// The issues urged (催办) in the period (`HalfMonthReport+Urges.swift`).
    public var urged: [UrgeLine] = []
    /// The 回访 made in the period (`HalfMonthReport+FollowUps.swift`).
    public var followedUp: [FollowUpLine] = []
    /// The open issues under 督办 on the report's day (`HalfMonthReport+Escalation.swift`), and the 挂牌 threshold then.
    public var escalated: [EscalationLine] = []
    public var settingsListedDays = 30
    /// 领导批示 given in the period or overdue on the report's day (`HalfMonthReport+Instructions.swift`).
    public var instructions: [InstructionLine] = []
    /// 手续: the template's steps with the projects at each and those held up there (`HalfMonthReport+Procedures.swift`).
    public var procedures: [ProcedureLine] = []
    // 四、下步工作
    public var nextSteps: [(id: String, name: String, text: String)] = []
    /// Lines printed after the report, below a rule (e.g. the journal's chain head, added when a
    /// report is published so that a printed copy can be checked against the store). None by default.
    public var footer: [String] = []

    public static func == (a: HalfMonthReport, b: HalfMonthReport) -> Bool {
        a.markdown(.zh) == b.markdown(.zh)
    }

    /// ytd as a share of the plan, and of the 序时进度 target, exactly.
    public var planRate: Ratio? { Ratio.share(ytd, of: plan) }
    public var targetRate: Ratio? { Ratio.share(ytd, of: plan).map { $0 / Schedule.elapsedShare(asOf) } }
    public var startRate: Ratio? { Ratio.share(started, of: startsDue) }

    /// The report on a board without journal history (tests, the board's screen): as `init(period:today:timeline:)`
    /// with `today` as the present.
    public init(period: Period, today: Day, index: BoardIndex) {
        self.init(period: period, today: today, timeline: BoardTimeline(index: index, present: today))
    }

    public init(period: Period, today: Day, timeline: BoardTimeline) {
        self.period = period
        asOf = min(today, period.last)
        let index = timeline.index(asOf: asOf)
        let board = index.board
        zoneName = board.settings.zoneName
        let supervised = board.projects.rows.filter { $0.stage != .terminated }
        projectCount = supervised.count
        for project in supervised {
            byAnnualType[project.annualType, default: 0] += 1
            total += project.total
            plan += project.plan
            ytd += project.ytd
            periodDone = index.progressReports(ofProject: project.id).filter { $0.period == period }.reduce(periodDone) { $0 + $1.periodDone }
            if project.isDueToStart(by: asOf) {
                startsDue += 1
                if project.hasStarted(on: asOf) { started += 1 }
            }
            let light = index.light(of: project, today: asOf)
            lights[light.light, default: 0] += 1
            let line = ProjectLine(
                id: project.id, name: project.name, unit: index.unitName(project.unit),
                leader: index.personName(project.leader), light: light)
            if light.light == .red { red.append(line) }
            if light.light == .yellow { yellow.append(line) }
            if !project.nextSteps.isEmpty { nextSteps.append((project.id, project.name, project.nextSteps)) }
        }
        target = Schedule.target(plan: plan, on: asOf)
        let order: [Light: Int] = [.red: 0, .yellow: 1, .green: 2, .gray: 3]
        let lightOf = Dictionary(uniqueKeysWithValues: (red + yellow).map { ($0.id, $0.light.light) })
        nextSteps.sort { (order[lightOf[$0.id] ?? .green]!, $0.id) < (order[lightOf[$1.id] ?? .green]!, $1.id) }

        // One count of the units' issues for section 三 and the ranking, so the two never disagree.
        let stats = index.unitStats(today: asOf)
        lagging = Ranking.scores(stats, settings: board.settings).filter(\.isLagging)

        var lines: [String: IssueLine] = [:]
        for issue in board.issues where issue.status != .cancelled {
            var line = lines[issue.unit] ?? IssueLine(unit: issue.unit)
            if period.first <= issue.raisedOn { line.new += 1 }
            if let resolved = issue.resolvedOn, period.first <= resolved { line.resolved += 1 }
            if let closed = issue.closedOn, issue.status == .closed, period.first <= closed { line.closed += 1 }
            lines[issue.unit] = line
        }
        issues = stats.compactMap { unit in
            guard var line = lines[unit.unit.id] else { return nil }
            line.unit = unit.unit.displayName
            line.overdue = unit.overdueIssues
            line.closedOnTime = unit.closedOnTime
            line.closedTotal = unit.closedIssues
            return line
        }
        benefits = Self.benefitsLines(stats)
        urged = Self.urgeLines(index, period: period, asOf: asOf)
        bulletins = Self.bulletinLines(board, period: period, asOf: asOf)
        cadreWeeks = Self.cadreWeeks(index, period: period, asOf: asOf)
        followedUp = Self.followUpLines(index, period: period, asOf: asOf)
        escalated = Self.escalationLines(index, asOf: asOf)
        settingsListedDays = index.board.settings.escalationListedDays
        instructions = Self.instructionLines(index, period: period, asOf: asOf)
        procedures = Self.procedureLines(index, asOf: asOf)
        for line in issues {
            issueTotal.new += line.new
            issueTotal.resolved += line.resolved
            issueTotal.closed += line.closed
            issueTotal.overdue += line.overdue
            issueTotal.closedOnTime += line.closedOnTime
            issueTotal.closedTotal += line.closedTotal
        }
    }
}
