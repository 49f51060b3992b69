import FrontlineCore

extension Tab {
    /// 报表: the half-month report of the running period and the unit ranking.
    public static let reports = Tab("reports")
}

/// The reports (6 报表): the half-month report of the running period as today's figures, and the unit ranking
/// with its breakdown (Enter on a unit explains its score), every 帮包干部's weekly visits. `W` withdraws the period's report once it is published.
struct ReportsScreen: TabScreen {
    let tab = Tab.reports
    /// The ranking is made from every unit's figures.
    let derives: Set<BoardData.Part> = [.unitStats]

    func title(_ lang: Lang) -> String { lang.text(.reportsTitle) }

    func offers(in state: AppState) -> Set<Command> {
        state.data.board.reports[id: Period(containing: state.data.today).text] != nil ? [.withdrawReport, .issueBulletin] : [.issueBulletin]
    }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, data = state.data, settings = data.board.settings
        let period = Period(containing: data.today)
        let report = HalfMonthReport(period: period, today: data.today, timeline: data.timeline)
        func money(_ m: Money) -> String { lang.text(.amountInWan, m.text) }
        var lines: [Line] = [.heading(report.title(lang) + lang.text(.reportsAsOf, report.asOf.iso))]
        if let published = data.board.reports[id: period.text] {
            lines.append(.text(lang.text(.reportPublishedAndFrozen, published.meta.updatedAt?.day.iso ?? ""), .notice))
        }
        let overview = lang.text(
            .reportsSummary, report.projectCount, money(report.plan), money(report.ytd), percentText(report.planRate), money(report.target),
            percentText(report.targetRate), money(report.periodDone), percentText(report.startRate), report.started, report.startsDue)
        lines += TextLayout.wrap(Sanitizer.display(overview), columns: max(10, state.width - 3)).map { .text($0) }
        lines.append(
            Line(
                cells: Pages.counts(
                    report.red.map { _ in .red } + report.yellow.map { _ in .yellow }
                        + Array(repeating: .green, count: report.lights[.green] ?? 0) + Array(repeating: .gray, count: report.lights[.gray] ?? 0),
                    state)))
        for (title, projects) in [(lang.text(.redProjects), report.red), (lang.text(.yellowProjects), report.yellow)] {
            lines.append(.blank)
            lines.append(.heading(lang.text(.headingWithCount, title, projects.count)))
            for project in projects {
                let why = project.light.reasons.filter { $0.light == project.light.light }.map { $0.text(lang) }.joined(
                    separator: lang.text(.reasonSeparator))
                lines.append(
                    Pages.row(
                        [
                            (state.theme.mark(project.light.light, lang), .light(project.light.light), 3), (project.id, .normal, 6),
                            (project.name, .normal, 18), (project.unit, .dim, 10), (why, .normal, nil),
                        ], state, target: .project(project.id)))
            }
        }
        lines.append(.blank)
        lines.append(.heading(lang.text(.unitRankingBottomLagging, settings.laggingCount)))
        let weighsBenefits = settings.weightBenefits > 0
        lines.append(
            Pages.row(
                [
                    (lang.text(.columnRankShort), .label, 4), (lang.text(.columnUnitLower), .label, nil), (lang.text(.columnTotal), .label, 6),
                    (lang.text(.columnPlan), .label, 5), (lang.text(.columnStart), .label, 5), (lang.text(.columnIssueScore), .label, 5),
                    (lang.text(.columnVisit), .label, 5), (lang.text(.columnAttraction), .label, 5),
                ]
                    + (weighsBenefits ? [(lang.text(.columnBenefits), .label, 5)] : []) + [(lang.text(.columnDeduction), .label, 5)], state))
        for score in Ranking.scores(data.unitStats, settings: settings) {
            let role: Role = score.isLagging ? .light(.red) : .normal
            let name = score.stats.unit.displayName + (score.isLagging ? lang.text(.rankingLagging) : "")
            lines.append(
                Pages.row(
                    [
                        (score.rank == 0 ? "—" : "\(score.rank)", role, 4), (name, role, nil), (pointsText(score.total), role, 6),
                        (pointsText(score.schedule), .normal, 5), (pointsText(score.start), .normal, 5), (pointsText(score.issues), .normal, 5),
                        (pointsText(score.visits), .normal, 5), (pointsText(score.attraction), .normal, 5),
                    ]
                        + (weighsBenefits ? [(pointsText(score.benefits), .normal, 5)] : [])
                        + [(pointsText(score.deductions), .normal, 5)], state, target: .unit(score.stats.unit.id)))
        }
        // Every 帮包干部 on each of their projects: this week and the last week over (docs/domain-rules.md, "Per-cadre visits").
        lines += Pages.cadreLines(
            data.index.cadreRows(today: data.today), state, heading: .reportsCadreVisits,
            name: { "\($0.cadre.name)  \($0.project.id) \($0.project.name)" }, target: { .project($0.project.id) })
        lines.append(.blank)
        lines.append(.heading(lang.text(.issuesThisPeriod)))
        lines.append(
            Pages.row(
                [
                    (lang.text(.columnUnitLower), .label, nil), (lang.text(.columnNew), .label, 5), (lang.text(.columnResolved), .label, 8),
                    (lang.text(.columnClosed), .label, 6), (lang.text(.columnOverdueLower), .label, 7), (lang.text(.columnOnTime), .label, 10),
                ], state))
        for line in report.issues + [report.issueTotal] {
            lines.append(
                Pages.row(
                    [
                        (line.unit.isEmpty ? lang.text(.columnSum) : line.unit, line.unit.isEmpty ? .title : .normal, nil),
                        ("\(line.new)", .normal, 5), ("\(line.resolved)", .normal, 8), ("\(line.closed)", .normal, 6),
                        ("\(line.overdue)", line.overdue > 0 ? .light(.red) : .normal, 7), (percentText(line.onTimeRate), .normal, 10),
                    ], state))
        }
        lines.append(.blank)
        lines.append(.heading(lang.text(.columnNextSteps)))
        for step in report.nextSteps {
            let wrapped = TextLayout.wrap(
                Sanitizer.display(lang.text(.headingWithValue, "\(step.id) \(step.name)", step.text)), columns: max(10, state.width - 3))
            lines += wrapped.enumerated().map { i, text in .text((i == 0 ? "" : "  ") + text, target: i == 0 ? .project(step.id) : nil) }
        }
        lines += contributionLines(state)
        return Page(title: lang.text(.reportsHalfMonthReportAndRanking), lines: lines)
    }

    /// 干部实绩: what each person did this year (docs/domain-rules.md, "Contribution"); Enter lists the records.
    private func contributionLines(_ state: AppState) -> [Line] {
        let lang = state.lang, data = state.data, index = data.asOfIndex
        let from = Day(data.today.year, 1, 1)!
        var lines: [Line] = [.blank, .heading(lang.text(.contributionTitle, from.iso, data.today.iso).trimmingSpaces)]
        lines.append(
            Pages.row(
                [
                    (lang.text(.contributionColumnName), .label, 8), (lang.text(.columnUnitLower), .label, nil),
                    (lang.text(.contributionColumnVisits), .label, 4), (lang.text(.contributionColumnResolved), .label, 6),
                    (lang.text(.contributionColumnCovering), .label, 6), (lang.text(.contributionColumnInstructions), .label, 4),
                    (lang.text(.contributionColumnAttraction), .label, 5),
                ], state))
        for c in index.contributions(from: from, to: data.today) {
            let unit = index.board.people[id: c.person].map { index.unitName($0.unit) } ?? ""
            lines.append(
                Pages.row(
                    [
                        (index.personName(c.person), .normal, 8), (unit, .dim, nil), ("\(c.total(.visits))", .normal, 4),
                        ("\(c.total(.resolved))/\(c.onTime(.resolved))", .normal, 6), ("\(c.total(.coveringDays))", .normal, 6),
                        ("\(c.total(.instructionsAnswered))", .normal, 4), ("\(c.total(.attraction))", .normal, 5),
                    ], state, target: .person(c.person)))
        }
        return lines
    }
}
