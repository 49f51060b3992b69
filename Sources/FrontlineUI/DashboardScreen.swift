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
        var lines: [Line] = []
        lines.append(
            Line(
                cells: [Span(lang.text(.dashboardProjectCount, data.projectRows.count), .title)]
                    + Pages.counts(data.projectRows.map(\.light.light), state)))
        let overdue = data.issueRows.filter { $0.daysOverdue > 0 }
        let soon = data.issueRows.filter { Lights.isDueWithin($0.issue, days: settings.dueSoonDays, today: data.today) }
        let waiting = data.issueRows.filter { $0.issue.status == .pendingVerification }.count
        lines.append(
            Line(cells: [
                Span(lang.text(.dashboardOpenIssueCount, data.issueRows.count), .title),
                Span(lang.text(.dashboardOverdueCount, overdue.count), .light(.red)),
                Span(lang.text(.dashboardDueSoonCount, settings.dueSoonDays, soon.count), .light(.yellow)),
                Span(lang.text(.awaitingVerification, waiting)),
            ]))
        let stages = Stage.allCases.compactMap { stage -> String? in
            let n = data.projectRows.filter { $0.project.stage == stage }.count
            return n == 0 ? nil : "\(stage.label(lang)) \(n)"
        }
        lines.append(Line(cells: [Span(lang.text(.dashboardStages), .label), Span(stages.joined(separator: " · "))]))

        lines.append(.blank)
        lines.append(.heading(lang.text(.overdueIssues, overdue.count)))
        lines += overdue.map { Pages.issueRow($0, state, info: lang.text(.daysLate, $0.daysOverdue)) }

        let unvisited = data.projectRows.filter { row in
            !row.project.stage.isFinished && (row.daysSinceVisit.map { $0 > settings.visitDays } ?? true)
        }.sorted { ($0.daysSinceVisit ?? Int.max, $1.project.id) > ($1.daysSinceVisit ?? Int.max, $0.project.id) }
        lines.append(.blank)
        lines.append(.heading(lang.text(.noOnSiteVisitForOver, settings.visitDays, unvisited.count)))
        lines += unvisited.map {
            Pages.projectRow($0, state, info: $0.daysSinceVisit.map { lang.text(.daysWithoutVisit, $0) } ?? lang.text(.neverVisited))
        }

        lines.append(.blank)
        lines.append(.heading(lang.text(.dueWithinDays, settings.dueSoonDays, soon.count)))
        lines += soon.map { row in
            let left = data.today.days(until: row.issue.due)
            return Pages.issueRow(row, state, info: left == 0 ? lang.text(.dueToday) : lang.text(.dueInDaysShort, left))
        }
        return Page(title: lang.text(.dashboardTitle), lines: lines)
    }
}
