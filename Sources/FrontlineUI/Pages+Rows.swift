import FrontlineCore

/// Rows of free-text pages (the dashboard, my items, the reports, a project's issues) laid out for the window's width.
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
            Span(
                TextLayout.pad(Sanitizer.display(cell.text, ascii: state.theme.ascii), columns: cell.width ?? flex, ellipsis: ellipsis) + "  ",
                cell.role)
        }
        return Line(cells: spans, target: target, keywords: keywords)
    }

    static func issueRow(_ row: IssueRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        let cells: [(text: String, role: Role, width: Int?)] = [
            (state.theme.mark(row.light.light, state.lang), .light(row.light.light), 3),
            (row.issue.id, .normal, max(6, DisplayWidth.of(row.issue.id))),
            (
                EscalateCommand.mark(row.escalation, state) + UrgeCommand.mark(row.issue, state) + HandlingCommand.mark(row.issue, state)
                    + row.issue.title, .normal, nil
            ),
            (info, .light(row.light.light), 10),
            (index.unitName(row.issue.unit), .dim, 10),
            // Who holds it today, with whom they cover for: the name is what the reader acts on, so it is not cut.
            (holder(row.holder, index, state.lang), .normal, state.lang == .zh ? 16 : 20),
        ]
        return Pages.row(
            cells, state, target: .issue(row.issue.id),
            keywords: cells.map(\.text) + [row.issue.status.rawValue, row.issue.status.english, index.projectName(row.issue.project)])
    }

    static func projectRow(_ row: ProjectRow, _ state: AppState, info: String) -> Line {
        let index = state.data.index
        return Pages.row(
            [
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
}

extension Pages {
    /// A section of 帮包干部 weekly visits (docs/domain-rules.md, "Per-cadre visits"): a heading, then one row per cadre
    /// and project with this week's and the last week over's visit, yellow when the last week was missed. Nothing when
    /// there are no rows.
    static func cadreLines(
        _ rows: [CadreRow], _ state: AppState, heading: TextKey, name: (CadreRow) -> String,
        target: (CadreRow) -> Target? = { _ in nil }
    ) -> [Line] {
        guard !rows.isEmpty else { return [] }
        let lang = state.lang
        var lines: [Line] = [.blank, .heading(lang.text(heading, rows.count))]
        for row in rows {
            let role: Role = row.lastWeek.outcome.isMiss ? .light(.yellow) : .normal
            lines.append(
                Pages.row(
                    [
                        (name(row), .normal, nil),
                        (lang.text(.cadreThisWeek, row.thisWeek.outcome.label(lang)), .normal, 18),
                        (lang.text(.cadreLastWeek, row.lastWeek.outcome.label(lang)), role, 18),
                    ], state, target: target(row)))
        }
        return lines
    }
}
