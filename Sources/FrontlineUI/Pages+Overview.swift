import FrontlineCore

/// The dashboard, "my items" and the reports screen: free-text pages laid out for the window's width.
extension Pages {
    /// Cells padded to fixed widths, the flexible one (width nil) taking what is left.
    static func row(_ cells: [(text: String, role: Role, width: Int?)], _ state: AppState, target: Target? = nil) -> Line {
        // The filter looks in the whole texts, not in what is left of them after cutting.
        row(cells, state, target: target, keywords: cells.map(\.text))
    }

    static func row(_ cells: [(text: String, role: Role, width: Int?)], _ state: AppState, target: Target?, keywords: [String]) -> Line {
        let fixed = cells.reduce(0) { $0 + ($1.width ?? 0) } + cells.count * 2
        let flex = max(8, state.width - 2 - fixed)
        let ellipsis = state.theme.ascii ? "~" : "…"
        let spans = cells.map { cell in
            Span(TextLayout.pad(Sanitizer.display(cell.text, ascii: state.theme.ascii), columns: cell.width ?? flex, ellipsis: ellipsis) + "  ", cell.role)
        }
        return Line(cells: spans, target: target, keywords: keywords)
    }

    static func issueRow(_ row: IssueRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        let cells: [(text: String, role: Role, width: Int?)] = [
            (state.theme.mark(row.light.light, state.lang), .light(row.light.light), 3),
            (row.issue.id, .normal, max(6, DisplayWidth.of(row.issue.id))),
            (row.issue.title, .normal, nil),
            (info, .light(row.light.light), 10),
            (index.unitName(row.issue.unit), .dim, 10),
            // Who holds it today, with whom they cover for: the name is what the reader acts on, so it is not cut.
            (holder(row.holder, index, state.lang), .normal, state.lang == .zh ? 16 : 20),
        ]
        return Pages.row(cells, state, target: .issue(row.issue.id),
                         keywords: cells.map(\.text) + [row.issue.status.rawValue, row.issue.status.english, index.projectName(row.issue.project)])
    }

    static func projectRow(_ row: ProjectRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        return Pages.row([
            (state.theme.mark(row.light.light, state.lang), .light(row.light.light), 3),
            (row.project.id, .normal, max(6, DisplayWidth.of(row.project.id))),
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
        lines += covering(me, mine, state)
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
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)  \(role)角  \(holds)", target: .duty(row.duty.id)))
        }
        if !mine.handedBack.isEmpty || !mine.handledForMe.isEmpty {
            lines.append(.blank)
            lines.append(.heading(lang.pick("代岗交回", "Handed back after covering")))
            lines += mine.handedBack.map { .text(lang.pick("我代办：", "I covered: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
            lines += mine.handledForMe.map { .text(lang.pick("他人代我办：", "Covered for me: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
        }
        return Page(title: lang.pick("我的", "Mine"), lines: lines)
    }

    /// The duties the person holds today for someone away, each with the absence and its handover note (交接事项).
    static func covering(_ me: Person, _ mine: MyItems, _ state: AppState) -> [Line] {
        let lang = state.lang, index = state.data.index, today = state.data.today
        let rows = mine.duties.filter { $0.holder.person == me.id && $0.holder.actingFor != nil }
        guard !rows.isEmpty else { return [] }
        var lines: [Line] = [.blank, .heading(lang.pick("我今日顶岗（\(rows.count)）", "I cover today (\(rows.count))"))]
        let width = max(10, state.width - 6)
        for row in rows {
            let absence = index.absence(coveredBy: row.holder, on: today)
            let away = absence.map { "  " + index.text(of: $0, lang: lang) } ?? ""
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)" + lang.pick("  代 ", "  for ") + index.personName(row.holder.actingFor) + away,
                               .light(.yellow), target: .duty(row.duty.id)))
            if let absence {
                for part in Sanitizer.lines(index.handoverText(of: absence, lang: lang), ascii: state.theme.ascii).flatMap({ TextLayout.wrap($0, columns: width) }) {
                    lines.append(.text("    " + part))
                }
            }
        }
        return lines
    }

    // MARK: Reports

    /// The half-month report of the running period and the unit ranking with its breakdown.
    static func reports(_ state: AppState) -> Page {
        let lang = state.lang, data = state.data, settings = data.board.settings
        let period = Period(containing: data.today)
        let report = HalfMonthReport(period: period, today: data.today, timeline: data.timeline)
        func money(_ m: Money) -> String { lang.pick("\(m.text)万元", "\(m.text)") }
        var lines: [Line] = [.heading(report.title(lang) + lang.pick("  截至 \(report.asOf.iso)", "  as of \(report.asOf.iso)"))]
        if let published = data.board.reports[id: period.text] {
            lines.append(.text(lang.pick("本期已于 \(published.meta.updatedAt?.day.iso ?? "") 发布并冻结（frontline report half-month 可查看发布版本）；下方为当前数据。",
                                         "Published on \(published.meta.updatedAt?.day.iso ?? "") and frozen (see frontline report half-month); below are today's figures."), .notice))
        }
        let overview = lang.pick(
            "重点项目 \(report.projectCount) 个；年度计划 \(money(report.plan))，本年完成 \(money(report.ytd))（\(percentText(report.planRate))），序时进度应完成 \(money(report.target))，完成序时进度 \(percentText(report.targetRate))；本期完成 \(money(report.periodDone))；开工率 \(percentText(report.startRate))（\(report.started)/\(report.startsDue)）。",
            "\(report.projectCount) projects; plan \(money(report.plan)), done \(money(report.ytd)) (\(percentText(report.planRate))), due by now \(money(report.target)), \(percentText(report.targetRate)) of it done; this period \(money(report.periodDone)); start rate \(percentText(report.startRate)) (\(report.started)/\(report.startsDue)).")
        lines += TextLayout.wrap(Sanitizer.display(overview), columns: max(10, state.width - 3)).map { .text($0) }
        lines.append(Line(cells: counts(report.red.map { _ in .red } + report.yellow.map { _ in .yellow }
                                        + Array(repeating: .green, count: report.lights[.green] ?? 0) + Array(repeating: .gray, count: report.lights[.gray] ?? 0), state)))
        for (title, projects) in [(lang.pick("红灯项目", "Red projects"), report.red), (lang.pick("黄灯项目", "Yellow projects"), report.yellow)] {
            lines.append(.blank)
            lines.append(.heading("\(title)（\(projects.count)）"))
            for project in projects {
                let why = project.light.reasons.filter { $0.light == project.light.light }.map { $0.text(lang) }.joined(separator: lang.pick("；", "; "))
                lines.append(row([(state.theme.mark(project.light.light, lang), .light(project.light.light), 3), (project.id, .normal, 6),
                                  (project.name, .normal, 18), (project.unit, .dim, 10), (why, .normal, nil)], state, target: .project(project.id)))
            }
        }
        lines.append(.blank)
        lines.append(.heading(lang.pick("单位排名（后 \(settings.laggingCount) 名为后进）", "Unit ranking (bottom \(settings.laggingCount) lagging)")))
        lines.append(row([(lang.pick("名次", "#"), .label, 4), (lang.pick("单位", "unit"), .label, nil), (lang.pick("总分", "total"), .label, 6),
                          (lang.pick("序时", "plan"), .label, 5), (lang.pick("开工", "start"), .label, 5), (lang.pick("办结", "issue"), .label, 5),
                          (lang.pick("走访", "visit"), .label, 5), (lang.pick("招商", "attr."), .label, 5), (lang.pick("扣分", "minus"), .label, 5)], state))
        for score in Ranking.scores(data.unitStats, settings: settings) {
            let role: Role = score.isLagging ? .light(.red) : .normal
            let name = score.stats.unit.displayName + (score.isLagging ? lang.pick(" 后进", " lagging") : "")
            lines.append(row([(score.rank == 0 ? "—" : "\(score.rank)", role, 4), (name, role, nil), (pointsText(score.total), role, 6),
                              (pointsText(score.schedule), .normal, 5), (pointsText(score.start), .normal, 5), (pointsText(score.issues), .normal, 5),
                              (pointsText(score.visits), .normal, 5), (pointsText(score.attraction), .normal, 5),
                              (pointsText(score.reopenDeduction + score.redDeduction), .normal, 5)], state, target: .unit(score.stats.unit.id)))
        }
        lines.append(.blank)
        lines.append(.heading(lang.pick("问题办理（本期）", "Issues this period")))
        lines.append(row([(lang.pick("单位", "unit"), .label, nil), (lang.pick("新增", "new"), .label, 5), (lang.pick("办结", "resolved"), .label, 8),
                          (lang.pick("销号", "closed"), .label, 6), (lang.pick("逾期", "overdue"), .label, 7), (lang.pick("按时办结率", "on time"), .label, 10)], state))
        for line in report.issues + [report.issueTotal] {
            lines.append(row([(line.unit.isEmpty ? lang.pick("合计", "total") : line.unit, line.unit.isEmpty ? .title : .normal, nil),
                              ("\(line.new)", .normal, 5), ("\(line.resolved)", .normal, 8), ("\(line.closed)", .normal, 6),
                              ("\(line.overdue)", line.overdue > 0 ? .light(.red) : .normal, 7), (percentText(line.onTimeRate), .normal, 10)], state))
        }
        lines.append(.blank)
        lines.append(.heading(lang.pick("下步工作", "Next steps")))
        for step in report.nextSteps {
            let wrapped = TextLayout.wrap(Sanitizer.display("\(step.id) \(step.name)：\(step.text)"), columns: max(10, state.width - 3))
            lines += wrapped.enumerated().map { i, text in .text((i == 0 ? "" : "  ") + text, target: i == 0 ? .project(step.id) : nil) }
        }
        return Page(title: lang.pick("报表 · 半月报与单位排名", "Reports · half-month report and ranking"), lines: lines)
    }
}
