import FrontlineCore

/// Project detail, issue detail and help: text laid out for the window's width.
extension Pages {
    /// Label/value facts with the values wrapped under each other.
    static func facts(_ facts: [Fact], _ state: AppState) -> [Line] {
        let labelWidth = min(16, facts.reduce(0) { max($0, DisplayWidth.of($1.label)) })
        let valueWidth = max(10, state.width - 4 - labelWidth - 2)
        var lines: [Line] = []
        for fact in facts {
            let wrapped = Sanitizer.lines(fact.value, ascii: state.theme.ascii).flatMap { TextLayout.wrap($0, columns: valueWidth) }
            for (i, part) in wrapped.enumerated() {
                let label = i == 0 ? fact.label : ""
                lines.append(Line(cells: [Span(TextLayout.pad(label, columns: labelWidth) + "  ", .label), Span(part)]))
            }
        }
        return lines
    }

    /// `[██████░░░░]  60%` (ASCII: `[######----]`).
    static func progressBar(_ pct: Int, _ state: AppState) -> String {
        let filled = max(0, min(10, (pct + 5) / 10))
        let (on, off) = state.theme.ascii ? ("#", "-") : ("█", "░")
        return "[" + String(repeating: on, count: filled) + String(repeating: off, count: 10 - filled) + "] \(pct)%"
    }

    static func reasons(_ light: LightResult, _ state: AppState) -> [Line] {
        light.reasons.map { reason in
            Line(cells: [Span(state.theme.mark(reason.light, state.lang), .light(reason.light)), Span(" " + reason.text(state.lang))])
        }
    }

    static func projectDetail(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let project = data.board.projects[id: id] else {
            return Page(title: id, lines: [.text(lang.pick("该项目已不存在（可能已被他人删除）", "this project no longer exists (someone may have deleted it)"), .error)])
        }
        // The light as of the day shown (`:asof`): the project as it stood then.
        var lines = reasons(data.asOfIndex.light(of: data.asOfIndex.board.projects[id: id] ?? project, today: data.today), state)
        lines.append(Line(cells: [Span(lang.pick("形象进度  ", "Progress  "), .label), Span(progressBar(project.progressPct, state)), Span("  " + project.progressText)]))
        lines.append(.blank)
        lines += facts(index.facts(of: project, today: data.today, lang: lang), state)

        let duties = data.dutyRows.filter { $0.duty.unit == project.unit }
        lines.append(.blank)
        lines.append(.heading(lang.pick("今日AB角 · \(index.unitName(project.unit))", "AB roster today · \(index.unitName(project.unit))")))
        for row in duties {
            lines.append(.text("\(row.duty.duty)  A \(index.personName(row.duty.a))  B \(index.personName(row.duty.b))  "
                               + lang.pick("今日在岗 ", "holds today ") + holder(row.holder, index, lang)))
        }

        let issues = index.issues(ofProject: id).map { index.issueRow($0, today: data.today) }
            .sorted { ($0.issue.status.isOpen ? 0 : 1, $0.issue.due, $0.issue.id) < ($1.issue.status.isOpen ? 0 : 1, $1.issue.due, $1.issue.id) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("问题（\(issues.count)）", "Issues (\(issues.count))")))
        lines += issues.map { issueRow($0, state, info: $0.issue.status.label(lang)) }

        let visits = index.visits(ofProject: id).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("走访（\(visits.count)）", "Visits (\(visits.count))")))
        for visit in visits {
            let who = visit.visitors.map(index.personName).joined(separator: "、")
            lines.append(Line(cells: [Span("\(visit.date.iso)  \(visit.mode.label(lang))  ", visit.mode == .onSite ? .normal : .dim),
                                      Span("\(who)  "), Span(visit.note, .dim)]))
        }

        let reports = index.progressReports(ofProject: id).sorted { $0.period > $1.period }
        lines.append(.blank)
        lines.append(.heading(lang.pick("进展填报（\(reports.count)）", "Progress reports (\(reports.count))")))
        for report in reports {
            lines.append(Line(cells: [Span(report.period.label(lang) + "  ", .label), Span("\(report.progressPct)%  "), Span(report.text)]))
        }
        return Page(title: "\(project.id)  \(project.name)", lines: lines)
    }

    static func issueDetail(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let issue = data.board.issues[id: id] else {
            return Page(title: id, lines: [.text(lang.pick("该问题已不存在（可能已被他人删除）", "this issue no longer exists (someone may have deleted it)"), .error)])
        }
        var lines = reasons(data.asOfIndex.light(of: data.asOfIndex.board.issues[id: id] ?? issue, today: data.today), state)
        lines.append(.blank)
        var facts = index.facts(of: issue, today: data.today, lang: lang)
        let projectFact = facts.firstIndex { $0.label == lang.pick("项目", "Project") }
        if let i = projectFact, let project = issue.project {
            lines += Pages.facts([facts.remove(at: i)], state).map { var l = $0; l.target = .project(project); return l }
        }
        lines += Pages.facts(facts, state)
        lines.append(.blank)
        lines.append(.heading(lang.pick("办理记录（\(issue.log.count)）", "Handling log (\(issue.log.count))")))
        let width = max(10, state.width - 4)
        for entry in issue.log {
            let text = index.text(of: entry, lang: lang)
            for (i, part) in Sanitizer.lines(text, ascii: state.theme.ascii).flatMap({ TextLayout.wrap($0, columns: width) }).enumerated() {
                lines.append(.text((i == 0 ? "" : "    ") + part, i == 0 ? .normal : .dim))
            }
        }
        return Page(title: "\(issue.id)  \(issue.title)", lines: lines)
    }

    static func help(_ state: AppState) -> Page {
        let lang = state.lang
        var lines: [Line] = [.heading(lang.pick("按键", "Keys"))]
        for spec in CommandTable.specs {
            lines.append(Line(cells: [Span(TextLayout.pad(spec.keyLabel, columns: 10) + "  ", .key), Span(spec.help(lang))]))
        }
        lines += [
            .blank,
            .heading(lang.pick("说明", "Notes")),
            .text(lang.pick("灯色：●红 逾期或严重滞后；●黄 临近到期、滞后或超过7天未现场走访；●绿 正常；●灰 已结束。",
                            "Lights: red overdue or far behind; yellow due soon, behind, or no on-site visit for 7 days; green fine; gray finished.")),
            .text(lang.pick("/ 输入即筛选，可直接输入中文；在详情页中 / 查找，n/N 跳到下一个/上一个匹配。",
                            "/ filters as you type (Chinese input works); on a detail screen / searches and n/N jump between matches.")),
            .text(lang.pick(": 命令：:P-001 或 :I-0042 打开，:asof 2026-11-27 换日期，:lang en 换语言，:q 退出。",
                            ": commands: :P-001 or :I-0042 open, :asof 2026-11-27 changes the date, :lang zh switches language, :q quits.")),
            .text(lang.pick("他人保存的修改约一秒内自动显示；页眉提示“他人已更新”，按 r 确认。",
                            "Changes saved by others appear within about a second; the header says so until you press r.")),
        ]
        return Page(title: lang.pick("帮助", "Help"), lines: lines)
    }
}
