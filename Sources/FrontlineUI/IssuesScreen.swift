import FrontlineCore

extension Tab {
    /// 问题: the open issues, grouped by unit or in one list.
    public static let issues = Tab("issues")
}

/// The open issues (3 问题): grouped by unit (the units with most overdue first), or one list by days overdue
/// or by due date.
struct IssuesScreen: TabScreen {
    enum Sort: SortOrder {
        /// Under their unit's heading, most overdue first.
        case byUnit
        /// One list, most overdue first.
        case daysOverdue
        /// One list, soonest due first.
        case dueDate

        func title(_ lang: Lang) -> String {
            switch self {
            case .byUnit: lang.text(.sortByUnit)
            case .daysOverdue: lang.text(.sortByDaysOverdue)
            case .dueDate: lang.text(.sortByDueDate)
            }
        }
    }

    let tab = Tab.issues
    /// The by-unit order's headings carry each unit's figures.
    let derives: Set<BoardData.Part> = [.unitStats]

    func title(_ lang: Lang) -> String { lang.text(.issuesTitle) }

    func page(_ state: AppState, sorted sort: Sort) -> Page {
        let lang = state.lang, data = state.data
        let title = lang.text(.issuesOpenCount, data.issueRows.count)
        if sort == .byUnit {
            var lines: [Line] = []
            let byUnit = Dictionary(grouping: data.issueRows, by: \.issue.unit)
            let units = data.unitStats.filter { byUnit[$0.unit.id] != nil }
                .sorted { ($0.overdueIssues, -$0.unit.sortOrder) > ($1.overdueIssues, -$1.unit.sortOrder) }
            for stats in units {
                let heading = lang.text(
                    .openYellowRedClosedOnTime, stats.unit.displayName, stats.openIssues, stats.dueSoonIssues, stats.overdueIssues,
                    percentText(stats.onTimeRate))
                lines.append(.heading(heading))
                lines += byUnit[stats.unit.id]!.map { issueLine($0, state, unit: false) }
            }
            return Page(title: title, columns: issueColumns(lang, unit: false), lines: lines)
        }
        var rows = data.issueRows
        if sort == .dueDate { rows.sort { ($0.issue.due, $0.issue.id) < ($1.issue.due, $1.issue.id) } }
        return Page(title: title, columns: issueColumns(lang, unit: true), lines: rows.map { issueLine($0, state, unit: true) })
    }

    private func issueLine(_ row: IssueRow, _ state: AppState, unit: Bool) -> Line {
        let index = state.data.index, lang = state.lang
        var cells = [
            Pages.mark(row.light.light, state),
            Span(row.issue.id),
            Span(
                EscalateCommand.mark(row.escalation, state) + UrgeCommand.mark(row.issue, state) + HandlingCommand.mark(row.issue, state)
                    + row.issue.title),
            Span(index.projectName(row.issue.project), .dim),
            Span(row.issue.status.label(lang)),
            Span(row.issue.due.iso),
            Span(row.daysOverdue > 0 ? "\(row.daysOverdue)" : "", .light(row.light.light)),
            Span(Pages.holder(row.holder, index, lang)),
        ]
        if unit { cells.insert(Span(index.unitName(row.issue.unit)), at: 7) }
        // Grouped by unit the unit is in the heading, not on the line: the filter still finds it.
        let keywords = [
            index.unitName(row.issue.unit), row.issue.status.rawValue, row.issue.status.english,
            row.issue.project ?? "", index.personName(row.issue.person), index.personName(row.issue.responsibleLeader),
        ]
        return Line(cells: cells, target: .issue(row.issue.id), keywords: keywords)
    }

    private func issueColumns(_ lang: Lang, unit: Bool) -> [Column] {
        // Ids and people first, never cut; the project name is the first to go when the window is narrow,
        // then the due date (the days overdue stay).
        var columns = [
            Column(lang.text(.columnLightShort), .fixed(4)),
            Column(lang.text(.columnId), .fit(min: 6, max: 40)),
            Column(lang.text(.columnIssue), .flex(min: 16), shrinkRank: 1),
            Column(lang.text(.columnProjectLower), .flex(min: 8), dropRank: 2),
            Column(lang.text(.columnStatus), .fixed(lang == .zh ? 6 : 11)),
            Column(lang.text(.columnDue), .fixed(10), dropRank: 1),
            Column(lang.text(.columnOverdue), .fixed(4), .right),
            Column(lang.text(.columnHolder), .fit(min: 10, max: 24), shrinkRank: 0),
        ]
        if unit { columns.insert(Column(lang.text(.columnResponsibleUnit), .fit(min: 8, max: 12), shrinkRank: 2), at: 7) }
        return columns
    }
}
