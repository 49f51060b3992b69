import FrontlineCore

extension Tab {
    /// 总览: the counts, the overdue issues, the projects not visited lately, what is due soon.
    public static let dashboard = Tab("dashboard")
}

/// The dashboard (1 总览): free text laid out for the window's width.
struct DashboardScreen: TabScreen {
    let tab = Tab.dashboard

    func title(_ lang: Lang) -> String { lang.text(.dashboardTitle) }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, data = state.data, settings = data.board.settings
        // The rows are read in place (by position): at a city's scale the sections hold thousands of them.
        let issues = data.issueRows, projects = data.projectRows
        var lines: [Line] = []
        lines.append(
            Line(
                cells: [Span(lang.text(.dashboardProjectCount, projects.count), .title)]
                    + Pages.counts(projects.map(\.light.light), state)))
        // The issue list is most overdue first: its overdue issues are where it starts.
        let overdue = issues.prefix { $0.daysOverdue > 0 }
        let soon = issues.indices.filter { Lights.isDueWithin(issues[$0].issue, days: settings.dueSoonDays, today: data.today) }
        let waiting = issues.indices.reduce(0) { $0 + (issues[$1].issue.status == .pendingVerification ? 1 : 0) }
        lines.append(
            Line(cells: [
                Span(lang.text(.dashboardOpenIssueCount, issues.count), .title),
                Span(lang.text(.dashboardOverdueCount, overdue.count), .light(.red)),
                Span(lang.text(.dashboardDueSoonCount, settings.dueSoonDays, soon.count), .light(.yellow)),
                Span(lang.text(.awaitingVerification, waiting)),
            ]))
        var perStage: [Stage: Int] = [:]
        for i in projects.indices { perStage[projects[i].project.stage, default: 0] += 1 }
        let stages = Stage.allCases.compactMap { stage -> String? in
            let n = perStage[stage] ?? 0
            return n == 0 ? nil : "\(stage.label(lang)) \(n)"
        }
        lines.append(Line(cells: [Span(lang.text(.dashboardStages), .label), Span(stages.joined(separator: " · "))]))

        lines.append(.blank)
        lines.append(.heading(lang.text(.overdueIssues, overdue.count)))
        lines += overdue.map { Pages.issueRow($0, state, info: lang.text(.daysLate, $0.daysOverdue)) }

        let unvisited = projects.indices.filter { i in
            !projects[i].project.stage.isFinished && (projects[i].daysSinceVisit.map { $0 > settings.visitDays } ?? true)
        }.sorted { a, b in
            (projects[a].daysSinceVisit ?? Int.max, projects[b].project.id) > (projects[b].daysSinceVisit ?? Int.max, projects[a].project.id)
        }
        lines.append(.blank)
        lines.append(.heading(lang.text(.noOnSiteVisitForOver, settings.visitDays, unvisited.count)))
        lines += unvisited.map { i in
            Pages.projectRow(
                projects[i], state, info: projects[i].daysSinceVisit.map { lang.text(.daysWithoutVisit, $0) } ?? lang.text(.neverVisited))
        }

        lines.append(.blank)
        lines.append(.heading(lang.text(.dueWithinDays, settings.dueSoonDays, soon.count)))
        lines += soon.map { i in
            let left = data.today.days(until: issues[i].issue.due)
            return Pages.issueRow(issues[i], state, info: left == 0 ? lang.text(.dueToday) : lang.text(.dueInDaysShort, left))
        }
        return Page(title: lang.text(.dashboardTitle), lines: lines)
    }
}
