/// The half-month report (半月报) of one period, as figures; `markdown` and `csv` render it.
///
/// Figures are as of the period's last day, or today while the period is still running. Investment
/// of a past period comes from the progress reports filed up to it; of the running period, from the
/// projects themselves.
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
        /// Closed on or before their original due date, of all closed by `asOf`.
        public var closedOnTime = 0
        public var closedTotal = 0
        public var onTimeRate: Int? { closedTotal == 0 ? nil : closedOnTime * 10_000 / closedTotal }
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
    // 二、红黄灯项目及滞后单位
    public var red: [ProjectLine] = []
    public var yellow: [ProjectLine] = []
    public var lagging: [UnitScore] = []
    // 三、问题办理
    public var issues: [IssueLine] = []
    public var issueTotal = IssueLine(unit: "")
    // 四、下步工作
    public var nextSteps: [(id: String, name: String, text: String)] = []

    public static func == (a: HalfMonthReport, b: HalfMonthReport) -> Bool {
        a.markdown(.zh) == b.markdown(.zh)
    }

    /// ytd as a share of the plan, and of the 序时进度 target (hundredths of a percent).
    public var planRate: Int? { plan.percent(of: ytd) }
    public var targetRate: Int? { target.percent(of: ytd) }
    public var startRate: Int? { startsDue == 0 ? nil : started * 10_000 / startsDue }

    public init(period: Period, today: Day, index: BoardIndex) {
        self.period = period
        asOf = min(today, period.last)
        let board = index.board
        zoneName = board.settings.zoneName
        let current = period.contains(today)
        let supervised = board.projects.rows.filter { $0.stage != .terminated }
        projectCount = supervised.count
        for project in supervised {
            byAnnualType[project.annualType, default: 0] += 1
            let reports = index.progressReports(ofProject: project.id).filter { $0.period <= period }.sorted { $0.period < $1.period }
            total += project.total
            plan += project.plan
            ytd += current ? project.ytd : reports.last?.ytd ?? .zero
            target += Schedule.target(plan: project.plan, on: asOf)
            periodDone = reports.filter { $0.period == period }.reduce(periodDone) { $0 + $1.periodDone }
            if project.annualType == .new, let start = project.planStart, start <= asOf {
                startsDue += 1
                if let actual = project.actualStart, actual <= asOf { started += 1 }
            }
            let light = index.light(of: project, today: asOf)
            lights[light.light, default: 0] += 1
            let line = ProjectLine(id: project.id, name: project.name, unit: index.unitName(project.unit),
                                   leader: index.personName(project.leader), light: light)
            if light.light == .red { red.append(line) }
            if light.light == .yellow { yellow.append(line) }
            let steps = current ? project.nextSteps : reports.last?.nextSteps ?? ""
            if !steps.isEmpty { nextSteps.append((project.id, project.name, steps)) }
        }
        let order: [Light: Int] = [.red: 0, .yellow: 1, .green: 2, .gray: 3]
        let lightOf = Dictionary(uniqueKeysWithValues: (red + yellow).map { ($0.id, $0.light.light) })
        nextSteps.sort { (order[lightOf[$0.id] ?? .green]!, $0.id) < (order[lightOf[$1.id] ?? .green]!, $1.id) }

        let ranking = Ranking.scores(index.unitStats(today: asOf), settings: board.settings)
        lagging = ranking.filter(\.isLagging)

        var lines: [String: IssueLine] = [:]
        for issue in board.issues where issue.raisedOn <= asOf && issue.status != .cancelled {
            var line = lines[issue.unit] ?? IssueLine(unit: issue.unit)
            if period.first <= issue.raisedOn { line.new += 1 }
            if let resolved = issue.resolvedOn, period.first <= resolved, resolved <= asOf { line.resolved += 1 }
            if let closed = issue.closedOn, closed <= asOf {
                if period.first <= closed { line.closed += 1 }
                line.closedTotal += 1
                if closed <= issue.originalDue { line.closedOnTime += 1 }
            }
            let openAtAsOf = issue.status.isOpen || (issue.closedOn.map { $0 > asOf } ?? false)
            if openAtAsOf && issue.due < asOf { line.overdue += 1 }
            lines[issue.unit] = line
        }
        issues = board.units.rows.sorted { ($0.sortOrder, $0.id) < ($1.sortOrder, $1.id) }.compactMap { unit in
            lines[unit.id].map { var line = $0; line.unit = unit.displayName; return line }
        }
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
