import FrontlineCore

/// Builds the page of each screen from the board's data. Pure: the same state gives the same page.
enum Pages {
    static func page(for screen: Screen, in state: AppState) -> Page {
        switch screen {
        case .tab(.dashboard): dashboard(state)
        case .tab(.projects): projects(state)
        case .tab(.issues): issues(state)
        case .tab(.roster): roster(state)
        case .tab(.mine): mine(state)
        case .tab(.reports): reports(state)
        case .detail(.project(let id)): projectDetail(id, state)
        case .detail(.issue(let id)): issueDetail(id, state)
        case .detail(.duty(let id)): dutyDetail(id, state)
        case .detail(.help): help(state)
        case .detail(.score(let id)): scoreDetail(id, state)
        }
    }

    /// The sort orders `s` cycles through on each tab (none: the tab has a fixed order).
    static func sortNames(_ tab: Tab, _ lang: Lang) -> [String] {
        switch tab {
        case .projects: [lang.pick("灯色", "light"), lang.pick("编号", "id"), lang.pick("进度", "progress"), lang.pick("距走访", "last visit")]
        case .issues: [lang.pick("按单位", "by unit"), lang.pick("逾期天数", "days overdue"), lang.pick("办结时限", "due date")]
        default: []
        }
    }

    // MARK: Shared cells

    static func mark(_ light: Light, _ state: AppState) -> Span {
        Span(state.theme.mark(light, state.lang), .light(light))
    }

    static func days(_ n: Int?, _ lang: Lang) -> String {
        guard let n else { return lang.pick("从未", "never") }
        return lang.pick("\(n)天", "\(n)d")
    }

    static func holder(_ holder: Holder?, _ index: BoardIndex, _ lang: Lang) -> String {
        index.text(of: holder, lang: lang, compact: true)
    }

    static func issueLine(_ row: IssueRow, _ state: AppState, unit: Bool) -> Line {
        let index = state.data.index, lang = state.lang
        var cells = [
            mark(row.light.light, state),
            Span(row.issue.id),
            Span(row.issue.title),
            Span(index.projectName(row.issue.project), .dim),
            Span(row.issue.status.label(lang)),
            Span(row.issue.due.iso),
            Span(row.daysOverdue > 0 ? "\(row.daysOverdue)" : "", .light(row.light.light)),
            Span(holder(row.holder, index, lang)),
        ]
        if unit { cells.insert(Span(index.unitName(row.issue.unit)), at: 7) }
        // Grouped by unit the unit is in the heading, not on the line: the filter still finds it.
        let keywords = [index.unitName(row.issue.unit), row.issue.status.rawValue, row.issue.status.english,
                        row.issue.project ?? "", index.personName(row.issue.person), index.personName(row.issue.responsibleLeader)]
        return Line(cells: cells, target: .issue(row.issue.id), keywords: keywords)
    }

    static func issueColumns(_ lang: Lang, unit: Bool) -> [Column] {
        // Ids and people first, never cut; the project name is the first to go when the window is narrow,
        // then the due date (the days overdue stay).
        var columns = [
            Column(lang.pick("灯", "lt"), .fixed(4)),
            Column(lang.pick("编号", "id"), .fit(min: 6, max: 40)),
            Column(lang.pick("问题", "issue"), .flex(min: 16), shrinkRank: 1),
            Column(lang.pick("项目", "project"), .flex(min: 8), dropRank: 2),
            Column(lang.pick("状态", "status"), .fixed(lang == .zh ? 6 : 11)),
            Column(lang.pick("办结时限", "due"), .fixed(10), dropRank: 1),
            Column(lang.pick("逾期", "over"), .fixed(4), .right),
            Column(lang.pick("今日责任人", "holder"), .fit(min: 10, max: 24), shrinkRank: 0),
        ]
        if unit { columns.insert(Column(lang.pick("责任单位", "unit"), .fit(min: 8, max: 12), shrinkRank: 2), at: 7) }
        return columns
    }

    // MARK: Projects

    static func projects(_ state: AppState) -> Page {
        let lang = state.lang, index = state.data.index
        var rows = state.data.projectRows
        switch state.sorts[.projects] ?? 0 {
        case 0: rows.sort { ($0.light.light, $1.project.id) > ($1.light.light, $0.project.id) }
        case 2: rows.sort { ($0.project.progressPct, $1.project.id) > ($1.project.progressPct, $0.project.id) }
        case 3: rows.sort { ($0.daysSinceVisit ?? Int.max, $1.project.id) > ($1.daysSinceVisit ?? Int.max, $0.project.id) }
        default: rows.sort { $0.project.id < $1.project.id }
        }
        let columns = [
            Column(lang.pick("灯", "lt"), .fixed(4)),
            Column(lang.pick("编号", "id"), .fit(min: 5, max: 40)),
            Column(lang.pick("项目名称", "project"), .flex(min: 14), shrinkRank: 1),
            Column(lang.pick("阶段", "stage"), .fixed(lang == .zh ? 6 : 11)),
            Column(lang.pick("进度", "done"), .fixed(4), .right),
            Column(lang.pick("帮包领导", "leader"), .fit(min: 8, max: 12), shrinkRank: 0),
            Column(lang.pick("帮包单位", "unit"), .fit(min: 8, max: 12), shrinkRank: 2),
            Column(lang.pick("问题", "iss."), .fixed(5), .right),
            Column(lang.pick("走访", "visit"), .fixed(5), .right),
        ]
        let lines = rows.map { row in
            Line(cells: [
                mark(row.light.light, state),
                Span(row.project.id),
                Span(row.project.name),
                Span(row.project.stage.label(lang)),
                Span("\(row.project.progressPct)%"),
                Span(index.personName(row.project.leader)),
                Span(index.unitName(row.project.unit)),
                Span(row.overdueIssues > 0 ? "\(row.openIssues)/\(row.overdueIssues)" : "\(row.openIssues)", row.overdueIssues > 0 ? .light(.red) : .normal),
                Span(days(row.daysSinceVisit, lang), (row.daysSinceVisit ?? Int.max) > state.data.board.settings.visitDays ? .light(.yellow) : .normal),
            ], target: .project(row.project.id), keywords: [row.project.stage.rawValue, row.light.light.rawValue,
                                                             row.project.area.map(index.unitName) ?? "", row.project.owner])
        }
        return Page(title: lang.pick("重点项目（\(rows.count)）", "Key projects (\(rows.count))"), columns: columns, lines: lines)
    }

    // MARK: Issues

    static func issues(_ state: AppState) -> Page {
        let lang = state.lang, data = state.data
        let sort = state.sorts[.issues] ?? 0
        let title = lang.pick("未结问题（\(data.issueRows.count)）", "Open issues (\(data.issueRows.count))")
        if sort == 0 {
            var lines: [Line] = []
            let byUnit = Dictionary(grouping: data.issueRows, by: \.issue.unit)
            let units = data.unitStats.filter { byUnit[$0.unit.id] != nil }
                .sorted { ($0.overdueIssues, -$0.unit.sortOrder) > ($1.overdueIssues, -$1.unit.sortOrder) }
            for stats in units {
                let heading = lang.pick(
                    "\(stats.unit.displayName)  未结 \(stats.openIssues) · 黄 \(stats.dueSoonIssues) · 红 \(stats.overdueIssues) · 按时办结率 \(percentText(stats.onTimeRate))",
                    "\(stats.unit.displayName)  open \(stats.openIssues) · yellow \(stats.dueSoonIssues) · red \(stats.overdueIssues) · closed on time \(percentText(stats.onTimeRate))")
                lines.append(.heading(heading))
                lines += byUnit[stats.unit.id]!.map { issueLine($0, state, unit: false) }
            }
            return Page(title: title, columns: issueColumns(lang, unit: false), lines: lines)
        }
        var rows = data.issueRows
        if sort == 2 { rows.sort { ($0.issue.due, $0.issue.id) < ($1.issue.due, $1.issue.id) } }
        return Page(title: title, columns: issueColumns(lang, unit: true), lines: rows.map { issueLine($0, state, unit: true) })
    }

    // MARK: Roster

    static func roster(_ state: AppState) -> Page {
        let lang = state.lang, index = state.data.index
        let columns = [
            Column(lang.pick("事项", "duty"), .fit(min: 8, max: 16)),
            Column(lang.pick("A角", "A"), .fit(min: 6, max: 12)),
            Column(lang.pick("B角", "B"), .fit(min: 6, max: 12)),
            Column(lang.pick("今日在岗", "holds today"), .fit(min: 10, max: 22), shrinkRank: 0),
            Column(lang.pick("离岗", "away"), .flex(min: 12), shrinkRank: 1),
        ]
        var lines: [Line] = []
        var unit: String?
        for row in state.data.dutyRows {
            if row.duty.unit != unit {
                unit = row.duty.unit
                let head = index.board.units[id: row.duty.unit]?.head
                lines.append(.heading(index.unitName(row.duty.unit) + (head.map { lang.pick("  负责人 ", "  head ") + index.personName($0) } ?? "")))
            }
            func away(_ absence: Absence?, _ who: String) -> String? {
                absence.map { absence in
                    let note = absence.handover.trimmingSpaces.isEmpty ? "" : lang.pick(" 交接：\(absence.handover)", " handover: \(absence.handover)")
                    return lang.pick("\(who) \(absence.reason.rawValue) \(absence.from.iso)至\(absence.to.iso)", "\(who) \(absence.reason.english) \(absence.from.iso)–\(absence.to.iso)") + note
                }
            }
            let via: String
            switch row.holder.via {
            case .a: via = ""
            case .b: via = lang.pick("（B顶岗）", " (B covers)")
            case .head: via = lang.pick("（负责人）", " (head)")
            }
            lines.append(Line(cells: [
                Span(row.duty.duty),
                Span(index.personName(row.duty.a), row.aAbsence == nil ? .normal : .dim),
                Span(index.personName(row.duty.b), row.bAbsence == nil ? .normal : .dim),
                Span(index.personName(row.holder.person) + via, row.holder.via == .a ? .normal : .light(.yellow)),
                Span([away(row.aAbsence, "A"), away(row.bAbsence, "B")].compactMap { $0 }.joined(separator: "；")),
            ], target: .duty(row.duty.id), keywords: [index.unitName(row.duty.unit)]))
        }
        return Page(title: lang.pick("AB角 · 今日在岗", "AB roster · who holds each duty today"), columns: columns, lines: lines)
    }
}
