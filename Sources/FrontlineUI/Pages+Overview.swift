import FrontlineCore

/// The dashboard, "my items" and the reports screen: free-text pages laid out for the window's width.
extension Pages {
    /// Cells padded to fixed widths, the flexible one (width nil) taking what is left.
    static func row(_ cells: [(text: String, role: Role, width: Int?)], _ state: AppState, target: Target? = nil) -> Line {
        let fixed = cells.reduce(0) { $0 + ($1.width ?? 0) } + cells.count * 2
        let flex = max(8, state.width - 2 - fixed)
        let ellipsis = state.theme.ascii ? "~" : "…"
        let spans = cells.map { cell in
            Span(TextLayout.pad(Sanitizer.display(cell.text, ascii: state.theme.ascii), columns: cell.width ?? flex, ellipsis: ellipsis) + "  ", cell.role)
        }
        return Line(cells: spans, target: target)
    }

    static func issueRow(_ row: IssueRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        return Pages.row([
            (state.theme.mark(row.light.light, state.lang), .light(row.light.light), 3),
            (row.issue.id, .normal, 6),
            (row.issue.title, .normal, nil),
            (info, .light(row.light.light), 10),
            (index.unitName(row.issue.unit), .dim, 10),
            (holder(row.holder, index, state.lang), .normal, 12),
        ], state, target: .issue(row.issue.id))
    }

    static func projectRow(_ row: ProjectRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        return Pages.row([
            (state.theme.mark(row.light.light, state.lang), .light(row.light.light), 3),
            (row.project.id, .normal, 6),
            (row.project.name, .normal, nil),
            (info, .light(row.light.light), 10),
            (index.unitName(row.project.unit), .dim, 10),
            (index.personName(row.project.leader), .normal, 12),
        ], state, target: .project(row.project.id))
    }

    static func counts(_ lights: [Light], _ state: AppState) -> [Span] {
        [Light.red, .yellow, .green, .gray].flatMap { light in
            [Span(state.theme.mark(light, state.lang), .light(light)), Span(" \(lights.filter { $0 == light }.count)   ")]
        }
    }

    // MARK: Dashboard

    static func dashboard(_ state: AppState) -> Page {
        let lang = state.lang, data = state.data, settings = data.board.settings
        var lines: [Line] = []
        lines.append(Line(cells: [Span(lang.pick("项目 \(data.projectRows.count) 个    ", "\(data.projectRows.count) projects    "), .title)]
                          + counts(data.projectRows.map(\.light.light), state)))
        let overdue = data.issueRows.filter { $0.daysOverdue > 0 }
        let soon = data.issueRows.filter { $0.daysOverdue == 0 && data.today.days(until: $0.issue.due) <= settings.dueSoonDays }
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
        lines += overdue.map { issueRow($0, state, info: lang.pick("逾期\($0.daysOverdue)天", "\($0.daysOverdue) d late")) }

        let unvisited = data.projectRows.filter { row in
            !row.project.stage.isFinished && (row.daysSinceVisit.map { $0 > settings.visitDays } ?? true)
        }.sorted { ($0.daysSinceVisit ?? Int.max, $1.project.id) > ($1.daysSinceVisit ?? Int.max, $0.project.id) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("超过\(settings.visitDays)天未现场走访（\(unvisited.count)）",
                                        "No on-site visit for over \(settings.visitDays) days (\(unvisited.count))")))
        lines += unvisited.map { projectRow($0, state, info: $0.daysSinceVisit.map { lang.pick("\($0)天未走访", "\($0) d") } ?? lang.pick("从未走访", "never")) }

        lines.append(.blank)
        lines.append(.heading(lang.pick("\(settings.dueSoonDays)天内到期（\(soon.count)）", "Due within \(settings.dueSoonDays) days (\(soon.count))")))
        lines += soon.map { row in
            let left = data.today.days(until: row.issue.due)
            return issueRow(row, state, info: left == 0 ? lang.pick("今天到期", "due today") : lang.pick("\(left)天后到期", "in \(left) d"))
        }
        return Page(title: lang.pick("总览", "Overview"), lines: lines)
    }

    // MARK: Mine

    static func mine(_ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let me = state.me else {
            return Page(title: lang.pick("我的", "Mine"), lines: [
                .text(lang.pick("账号 \(state.login) 未登记为人员：只能查看。", "Account \(state.login) is not registered as a person: view only.")),
                .text(lang.pick("请管理员在人员表中为您设置账号（login）。", "Ask an administrator to set your login in the people list.")),
            ])
        }
        let mine = MyItems(person: me, index: index, today: data.today)
        var lines: [Line] = [.text(lang.pick("\(me.name) · \(index.unitName(me.unit)) · \(me.title)", "\(me.name) · \(index.unitName(me.unit)) · \(me.title)"), .label)]
        lines.append(.blank)
        lines.append(.heading(lang.pick("我今日负责的问题（\(mine.issues.count)）", "Issues I hold today (\(mine.issues.count))")))
        lines += mine.issues.map { row in
            issueRow(row, state, info: row.daysOverdue > 0 ? lang.pick("逾期\(row.daysOverdue)天", "\(row.daysOverdue) d late") : row.issue.due.iso)
        }
        let projectRows = mine.projects.map { index.projectRow($0, today: data.today) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("我帮包或本单位的项目（\(projectRows.count)）", "Projects I lead or my unit serves (\(projectRows.count))")))
        lines += projectRows.map { projectRow($0, state, info: "\($0.project.progressPct)%") }
        lines.append(.blank)
        lines.append(.heading(lang.pick("我的AB角（\(mine.duties.count)）", "My AB duties (\(mine.duties.count))")))
        for row in mine.duties {
            let role = row.duty.a == me.id ? "A" : "B"
            let holds = lang.pick("今日在岗：", "today: ") + holder(row.holder, index, lang)
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)  \(role)角  \(holds)"))
        }
        if !mine.handedBack.isEmpty || !mine.handledForMe.isEmpty {
            lines.append(.blank)
            lines.append(.heading(lang.pick("代岗交回", "Handed back after covering")))
            lines += mine.handedBack.map { .text(lang.pick("我代办：", "I covered: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
            lines += mine.handledForMe.map { .text(lang.pick("他人代我办：", "Covered for me: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
        }
        return Page(title: lang.pick("我的", "Mine"), lines: lines)
    }

    // MARK: Reports

    static func reports(_ state: AppState) -> Page {
        let lang = state.lang, data = state.data
        var lines: [Line] = [
            .heading(lang.pick("半月报", "Half-month report")),
            .text(lang.pick("半月报（每半月发布，发布后冻结）即将推出；下表为单位排名所依据的数据。",
                            "The half-month report (published every half month, frozen once published) is coming; below are the figures the unit ranking uses."), .dim),
            .blank,
            .heading(lang.pick("单位排名依据（截至 \(data.today.iso)）", "Ranking inputs by unit (as of \(data.today.iso))")),
        ]
        lines.append(row([
            (lang.pick("单位", "unit"), .label, nil), (lang.pick("项目", "proj"), .label, 4),
            (lang.pick("序时完成", "vs plan"), .label, 8), (lang.pick("开工率", "start"), .label, 6),
            (lang.pick("按时办结", "on time"), .label, 8), (lang.pick("走访率", "visit"), .label, 6),
            (lang.pick("招商完成", "attract"), .label, 8), (lang.pick("红灯", "red"), .label, 4),
        ], state))
        for stats in data.unitStats {
            lines.append(row([
                (stats.unit.displayName, .normal, nil), ("\(stats.activeProjects)", .normal, 4),
                (percentText(stats.scheduleRate), .normal, 8), (percentText(stats.startRate), .normal, 6),
                (percentText(stats.onTimeRate), .normal, 8), (percentText(stats.visitRate), .normal, 6),
                (percentText(stats.attractionRate), .normal, 8), ("\(stats.redProjects)", stats.redProjects > 0 ? .light(.red) : .normal, 4),
            ], state))
        }
        return Page(title: lang.pick("报表", "Reports"), lines: lines)
    }
}
