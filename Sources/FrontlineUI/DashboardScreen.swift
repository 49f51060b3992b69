import FrontlineCore

extension Tab {
    /// 总览: the counts, the overdue issues, the projects not visited lately, what is due soon.
    public static let dashboard = Tab("dashboard")
}

/// The dashboard (1 总览): free text laid out for the window's width.
struct DashboardScreen: TabScreen {
    let tab = Tab.dashboard

    func title(_ lang: Lang) -> String { lang.pick("总览", "Overview") }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, data = state.data, settings = data.board.settings
        var lines: [Line] = []
        lines.append(Line(cells: [Span(lang.pick("项目 \(data.projectRows.count) 个    ", "\(data.projectRows.count) projects    "), .title)]
                          + Pages.counts(data.projectRows.map(\.light.light), state)))
        let overdue = data.issueRows.filter { $0.daysOverdue > 0 }
        let soon = data.issueRows.filter { Lights.isDueWithin($0.issue, days: settings.dueSoonDays, today: data.today) }
        let waiting = data.issueRows.filter { $0.issue.status == .pendingVerification }.count
        lines.append(Line(cells: [
            Span(lang.pick("未结问题 \(data.issueRows.count) 个    ", "\(data.issueRows.count) open issues    "), .title),
            Span(lang.pick("逾期 \(overdue.count)", "overdue \(overdue.count)"), .light(.red)),
            Span(lang.pick("    \(settings.dueSoonDays)天内到期 \(soon.count)", "    due in \(settings.dueSoonDays) d \(soon.count)"), .light(.yellow)),
            Span(lang.pick("    待核验 \(waiting)", "    awaiting verification \(waiting)")),
        ]))
        let stages = Stage.allCases.compactMap { stage -> String? in
            let n = data.projectRows.filter { $0.project.stage == stage }.count
            return n == 0 ? nil : "\(stage.label(lang)) \(n)"
        }
        lines.append(Line(cells: [Span(lang.pick("阶段  ", "Stages  "), .label), Span(stages.joined(separator: " · "))]))

        lines.append(.blank)
        lines.append(.heading(lang.pick("逾期问题（\(overdue.count)）", "Overdue issues (\(overdue.count))")))
        lines += overdue.map { Pages.issueRow($0, state, info: lang.pick("逾期\($0.daysOverdue)天", "\($0.daysOverdue) d late")) }

        let unvisited = data.projectRows.filter { row in
            !row.project.stage.isFinished && (row.daysSinceVisit.map { $0 > settings.visitDays } ?? true)
        }.sorted { ($0.daysSinceVisit ?? Int.max, $1.project.id) > ($1.daysSinceVisit ?? Int.max, $0.project.id) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("超过\(settings.visitDays)天未现场走访（\(unvisited.count)）",
                                        "No on-site visit for over \(settings.visitDays) days (\(unvisited.count))")))
        lines += unvisited.map { Pages.projectRow($0, state, info: $0.daysSinceVisit.map { lang.pick("\($0)天未走访", "\($0) d") } ?? lang.pick("从未走访", "never")) }

        lines.append(.blank)
        lines.append(.heading(lang.pick("\(settings.dueSoonDays)天内到期（\(soon.count)）", "Due within \(settings.dueSoonDays) days (\(soon.count))")))
        lines += soon.map { row in
            let left = data.today.days(until: row.issue.due)
            return Pages.issueRow(row, state, info: left == 0 ? lang.pick("今天到期", "due today") : lang.pick("\(left)天后到期", "in \(left) d"))
        }
        return Page(title: lang.pick("总览", "Overview"), lines: lines)
    }
}
