import FrontlineCore

/// `TestBoard` with every value at an end of its range (`Limits`): what `check` accepts must be drawable
/// and savable, so tests run every command and every screen on it.
public enum ExtremeBoard {
    public static func make(admin: String = "admin") -> Board {
        var board = TestBoard.make(admin: admin)
        let low = Limits.dates.lowerBound, high = Limits.dates.upperBound
        let most = Money(hundredths: Limits.moneyHundredths.upperBound), least = Money(hundredths: Limits.moneyHundredths.lowerBound)
        board.revision = Limits.revision.upperBound - 10
        board.settings.dueSoonDays = Limits.settingDays.upperBound
        board.settings.visitDays = Limits.settingDays.lowerBound
        board.settings.startRedMonths = Limits.settingMonths.upperBound
        board.settings.scheduleYellowPoints = Limits.points.upperBound
        board.settings.scheduleRedPoints = Limits.points.lowerBound
        board.settings.weightSchedule = Limits.points.upperBound
        board.settings.deductionPerReopen = Limits.points.upperBound
        board.settings.deductionPerRedProject = Limits.points.upperBound
        board.settings.laggingCount = Limits.laggingCount.upperBound
        var unit = board.units[id: "U-02"]!
        unit.sortOrder = Limits.sortOrder.lowerBound
        unit.attractionPlan = least
        unit.attractionDone = most
        board.units.upsert(unit)
        for (i, (pct, money, day)) in [(Limits.percent.upperBound, most, high), (Limits.percent.lowerBound, least, low)].enumerated() {
            var project = board.projects[id: "P-001"]!
            project.id = "P-00\(i + 1)"
            project.progressPct = pct
            project.total = money
            project.plan = money
            project.ytd = i == 0 ? least : most
            project.planStart = day
            project.planFinish = day
            project.actualStart = day
            board.projects.upsert(project)
            var issue = board.issues[id: "I-0001"]!
            issue.id = "I-000\(i + 1)"
            issue.project = project.id
            issue.raisedOn = low
            issue.due = day
            issue.originalDue = low
            issue.extensions = Limits.counts.upperBound
            issue.returns = Limits.counts.upperBound
            issue.reopens = Limits.counts.upperBound
            board.issues.upsert(issue)
            var visit = Visit(id: "V-000\(i + 1)")
            visit.project = project.id
            visit.date = day
            visit.visitors = ["M-003"]
            visit.note = "现场"
            board.visits.upsert(visit)
            var report = ProgressReport(id: "R-000\(i + 1)")
            report.project = project.id
            report.period = Period(containing: day)
            report.reportedOn = day
            report.periodDone = money
            report.ytd = money
            report.progressPct = pct
            board.progress.upsert(report)
        }
        var absence = Absence(id: "L-001")
        absence.person = "M-003"
        absence.from = low
        absence.to = high
        board.absences.upsert(absence)
        return board
    }
}
