import FrontlineCore

extension Tab {
    /// 报表: the half-month report of the running period and the unit ranking.
    public static let reports = Tab("reports")
}

/// The reports (6 报表): the half-month report of the running period as today's figures, and the unit ranking
/// with its breakdown (Enter on a unit explains its score). `W` withdraws the period's report once it is published.
struct ReportsScreen: TabScreen {
    let tab = Tab.reports

    func title(_ lang: Lang) -> String { lang.pick("报表", "Reports") }

    func offers(in state: AppState) -> Set<Command> {
        state.data.board.reports[id: Period(containing: state.data.today).text] != nil ? [.withdrawReport] : []
    }

    func page(_ state: AppState, sorted: AsListed) -> Page {
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
        lines.append(Line(cells: Pages.counts(report.red.map { _ in .red } + report.yellow.map { _ in .yellow }
                                        + Array(repeating: .green, count: report.lights[.green] ?? 0) + Array(repeating: .gray, count: report.lights[.gray] ?? 0), state)))
        for (title, projects) in [(lang.pick("红灯项目", "Red projects"), report.red), (lang.pick("黄灯项目", "Yellow projects"), report.yellow)] {
            lines.append(.blank)
            lines.append(.heading("\(title)（\(projects.count)）"))
            for project in projects {
                let why = project.light.reasons.filter { $0.light == project.light.light }.map { $0.text(lang) }.joined(separator: lang.pick("；", "; "))
                lines.append(Pages.row([(state.theme.mark(project.light.light, lang), .light(project.light.light), 3), (project.id, .normal, 6),
                                  (project.name, .normal, 18), (project.unit, .dim, 10), (why, .normal, nil)], state, target: .project(project.id)))
            }
        }
        lines.append(.blank)
        lines.append(.heading(lang.pick("单位排名（后 \(settings.laggingCount) 名为后进）", "Unit ranking (bottom \(settings.laggingCount) lagging)")))
        lines.append(Pages.row([(lang.pick("名次", "#"), .label, 4), (lang.pick("单位", "unit"), .label, nil), (lang.pick("总分", "total"), .label, 6),
                          (lang.pick("序时", "plan"), .label, 5), (lang.pick("开工", "start"), .label, 5), (lang.pick("办结", "issue"), .label, 5),
                          (lang.pick("走访", "visit"), .label, 5), (lang.pick("招商", "attr."), .label, 5), (lang.pick("扣分", "minus"), .label, 5)], state))
        for score in Ranking.scores(data.unitStats, settings: settings) {
            let role: Role = score.isLagging ? .light(.red) : .normal
            let name = score.stats.unit.displayName + (score.isLagging ? lang.pick(" 后进", " lagging") : "")
            lines.append(Pages.row([(score.rank == 0 ? "—" : "\(score.rank)", role, 4), (name, role, nil), (pointsText(score.total), role, 6),
                              (pointsText(score.schedule), .normal, 5), (pointsText(score.start), .normal, 5), (pointsText(score.issues), .normal, 5),
                              (pointsText(score.visits), .normal, 5), (pointsText(score.attraction), .normal, 5),
                              (pointsText(score.reopenDeduction + score.redDeduction), .normal, 5)], state, target: .unit(score.stats.unit.id)))
        }
        lines.append(.blank)
        lines.append(.heading(lang.pick("问题办理（本期）", "Issues this period")))
        lines.append(Pages.row([(lang.pick("单位", "unit"), .label, nil), (lang.pick("新增", "new"), .label, 5), (lang.pick("办结", "resolved"), .label, 8),
                          (lang.pick("销号", "closed"), .label, 6), (lang.pick("逾期", "overdue"), .label, 7), (lang.pick("按时办结率", "on time"), .label, 10)], state))
        for line in report.issues + [report.issueTotal] {
            lines.append(Pages.row([(line.unit.isEmpty ? lang.pick("合计", "total") : line.unit, line.unit.isEmpty ? .title : .normal, nil),
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
