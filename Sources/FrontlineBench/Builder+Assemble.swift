import FrontlineCore

extension Builder {
    // MARK: Progress reports

    /// Reports for the last three half-month periods (the current one once it is five days old).
    mutating func makeProgress() {
        var rng = rng(7)
        let current = Period(containing: Day(ordinal: end))
        var periods = [current.previous.previous, current.previous]
        if end - current.first.ordinal >= 5 { periods.append(current) }
        let problems = [
            "暂无", "暂无", "暂无", "施工用电容量不足，正在协调供电公司", "企业流动资金紧张，正在对接银行",
            "审批手续办理进度偏慢", "周边道路施工影响材料运输",
        ]
        var drafts: [ProgressModel] = []
        drafts.reserveCapacity(projects.count * periods.count)
        for pi in projects.indices {
            let p = projects[pi]
            var mine = periods.filter { period in p.terminatedOn.map { period.last.ordinal < $0 } ?? true }
            if mine.count > 1 && rng.chance(40) { mine.removeLast() } // a lagging unit has not reported yet
            guard !mine.isEmpty else { continue }
            var ytd = p.ytd.hundredths
            var pct = p.progressPct
            var list: [ProgressModel] = []
            for (k, period) in mine.enumerated().reversed() {
                let isLatest = k == mine.count - 1
                let done = min(ytd, p.plan.hundredths * Int64(rng.int(in: 150...500)) / 10_000)
                let reportedOn =
                    period == current
                    ? max(period.first.ordinal, end - rng.int(in: 0...2))
                    : max(period.first.ordinal, period.last.ordinal - rng.int(in: 0...3))
                let text = isLatest ? p.progressText : progressText(&rng, p, pct: pct)
                let doneMoney = Money(hundredths: done)
                let summary = done > 0 ? "本期完成投资" + doneMoney.text + "万元，" + text + "。" : "本期未完成投资，" + text + "。"
                list.append(
                    ProgressModel(
                        project: pi, period: period, reportedOn: reportedOn, reportedBy: serviceHolder(p.unit, reportedOn),
                        periodDone: doneMoney, ytd: Money(hundredths: ytd), progressText: text, progressPct: pct,
                        stage: p.stage == .terminated ? nil : p.stage, text: summary, problems: rng.pick(problems),
                        nextSteps: isLatest ? p.nextSteps : nextSteps(&rng, p.stage),
                        minute: minute(&rng, reportedOn, 15 * 60, 18 * 60)))
                ytd -= done
                if p.progressPct < 100 { pct = max(0, pct - rng.int(in: 0...4)) }
            }
            let latest = list[0]
            projects[pi].updatedMinute = max(projects[pi].updatedMinute, latest.minute)
            projects[pi].updatedBy = latest.reportedBy
            drafts += list.reversed()
        }
        progress = drafts.enumerated().sorted { a, b in
            (a.element.period, a.element.project, a.offset) < (b.element.period, b.element.project, b.offset)
        }.map(\.element)
    }

    // MARK: The board

    mutating func assemble() -> Board {
        var rng = rng(8)
        let setupBy = personIds[admins.count > 1 ? admins[1] : admins[0]]
        // The roster was entered at the start of the year, about a hundred records a working day.
        var entered = 0
        func setupMeta() -> RecordMeta {
            let day = min(setupDay + entered / 100, end - 1)
            let minute = 9 * 60 + (entered % 100) * 5 + rng.int(5)
            entered += 1
            return RecordMeta(rev: 0, updatedAt: stamp(minutes: day * 1440 + minute), updatedBy: setupBy)
        }
        func day(_ ordinal: Int?) -> Day? { ordinal.map(Day.init(ordinal:)) }

        var board = Board()
        board.settings.zoneName = "潍坊高新区"
        board.settings.sampleDate = asOf

        var unitRows: [Unit] = []
        unitRows.reserveCapacity(units.count)
        for (u, model) in units.enumerated() {
            var unit = Unit(id: unitIds[u])
            unit.name = model.name
            unit.shortName = model.short
            unit.unitKind = model.kind
            unit.head = personIds[model.head]
            unit.sortOrder = model.sortOrder
            unit.supervisingLeader = model.supervisingLeader.map { personIds[$0] }
            unit.liaison = model.liaison.map { personIds[$0] }
            unit.attractionPlan = model.attractionPlan
            unit.attractionDone = model.attractionDone
            unit.meta = setupMeta()
            unitRows.append(unit)
        }
        board.units = Table(unitRows)

        var personRows: [Person] = []
        personRows.reserveCapacity(people.count)
        for (i, model) in people.enumerated() {
            var person = Person(id: personIds[i])
            person.name = model.name
            person.unit = unitIds[model.unit]
            person.title = model.title
            person.mobile = model.mobile
            person.officePhone = model.office
            person.login = model.login
            person.role = model.role
            person.meta = setupMeta()
            personRows.append(person)
        }
        board.people = Table(personRows)

        board.duties = Table(
            duties.indices.map { i in
                var duty = dutyRecord(i)
                duty.meta = setupMeta()
                return duty
            })
        board.absences = Table(absences.indices.map(absenceRecord))

        var projectRows: [Project] = []
        projectRows.reserveCapacity(projects.count)
        for (i, model) in projects.enumerated() {
            var project = Project(id: projectIds[i])
            project.name = model.name
            project.owner = model.owner
            project.scope = model.scope
            project.area = unitIds[model.area]
            project.level = model.level
            project.annualType = model.annualType
            project.stage = model.stage
            project.stageReason = model.stageReason
            project.total = model.total
            project.plan = model.plan
            project.ytd = model.ytd
            project.planStart = day(model.planStart)
            project.actualStart = day(model.actualStart)
            project.planFinish = day(model.planFinish)
            project.actualFinish = day(model.actualFinish)
            project.progressText = model.progressText
            project.progressPct = model.progressPct
            project.leader = personIds[model.leader]
            project.unit = unitIds[model.unit]
            project.coUnits = model.coUnits.map { unitIds[$0] }
            project.taskForce = model.taskForce.map { personIds[$0] }
            project.contact = model.contact
            project.lightOverride = model.lightOverride
            project.lightOverrideReason = model.lightOverrideReason
            project.nextSteps = model.nextSteps
            project.remark = model.remark
            project.meta = RecordMeta(rev: 0, updatedAt: stamp(minutes: model.updatedMinute), updatedBy: personIds[model.updatedBy])
            projectRows.append(project)
        }
        board.projects = Table(projectRows)

        board.issues = Table(
            issues.map { issue in
                var issue = issue
                let last = issue.log[issue.log.count - 1]
                issue.meta = RecordMeta(rev: 0, updatedAt: last.at, updatedBy: last.by)
                return issue
            })

        var visitRows: [Visit] = []
        visitRows.reserveCapacity(visits.count)
        for (i, model) in visits.enumerated() {
            var visit = Visit(id: visitIds[i])
            visit.project = projectIds[model.project]
            visit.date = Day(ordinal: model.day)
            visit.visitors = model.visitors.map { personIds[$0] }
            visit.mode = model.mode
            visit.note = model.note
            visit.issues = model.issues.map { issueIds[$0] }
            visit.meta = RecordMeta(rev: 0, updatedAt: stamp(minutes: model.minute), updatedBy: personIds[model.visitors[0]])
            visitRows.append(visit)
        }
        board.visits = Table(visitRows)

        let progressWidth = idWidth(.progress, count: progress.count)
        var progressRows: [ProgressReport] = []
        progressRows.reserveCapacity(progress.count)
        for (i, model) in progress.enumerated() {
            var report = ProgressReport(id: makeId("R", i + 1, width: progressWidth))
            report.project = projectIds[model.project]
            report.period = model.period
            report.reportedOn = Day(ordinal: model.reportedOn)
            report.reportedBy = personIds[model.reportedBy]
            report.periodDone = model.periodDone
            report.ytd = model.ytd
            report.progressText = model.progressText
            report.progressPct = model.progressPct
            report.stage = model.stage
            report.text = model.text
            report.problems = model.problems
            report.nextSteps = model.nextSteps
            report.meta = RecordMeta(rev: 0, updatedAt: stamp(minutes: model.minute), updatedBy: personIds[model.reportedBy])
            progressRows.append(report)
        }
        board.progress = Table(progressRows)
        return board
    }
}
