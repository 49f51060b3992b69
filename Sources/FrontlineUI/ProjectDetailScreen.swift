import FrontlineCore

extension Detail {
    /// The detail of a key project.
    public static func project(_ id: String) -> Detail { ProjectDetailScreen().detail(id) }
}

/// A key project (Enter on a project, `:P-001`): its lights with their reasons, progress, facts, its 手续 as a timeline, the unit's AB
/// roster today, its 帮包干部's weekly visits, its issues, visits and progress reports. The editing keys act on the project.
struct ProjectDetailScreen: DetailScreen {
    let name = "project"
    let shows: Target.Kind? = .project

    /// `h` and `H` (手续) act on the project shown, when the store has a template (listed by `?`, not in the footer).
    func offers(in state: AppState) -> Set<Command> {
        state.data.board.settings.procedures.isEmpty ? [] : [.procedure, .raiseProcedure]
    }

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let project = data.board.projects[id: id] else {
            return Pages.gone(id, kind: RecordKind.project.label(lang), lang)
        }
        // The light as of the day shown (`:asof`): the project as it stood then.
        var lines = Pages.reasons(data.asOfIndex.light(of: data.asOfIndex.board.projects[id: id] ?? project, today: data.today), state)
        lines.append(
            Line(cells: [
                Span(lang.text(.projectDetailProgress), .label), Span(Pages.progressBar(project.progressPct, state)),
                Span("  " + project.progressText),
            ]))
        lines.append(.blank)
        lines += Pages.facts(index.facts(of: project, today: data.today, lang: lang), state)
        lines += ProcedureCommand.lines(project, state)

        lines += Pages.cadreLines(
            index.cadreRows(today: data.today).filter { $0.project.id == id }, state, heading: .projectDetailCadres, name: { $0.cadre.name })

        // The lines of its unit only (the same as `data.dutyRows` of that unit, without deriving every unit's).
        let duties = data.asOfIndex.dutyRows(today: data.today, unit: project.unit)
        lines.append(.blank)
        lines.append(.heading(lang.text(.abRosterToday, index.unitName(project.unit))))
        for row in duties {
            lines.append(
                .text(
                    "\(row.duty.duty)  A \(index.personName(row.duty.a))  B \(index.personName(row.duty.b))  "
                        + lang.text(.projectDetailHoldsToday) + Pages.holder(row.holder, index, lang)))
        }

        let issues = index.issues(ofProject: id).map { index.issueRow($0, today: data.today) }
            .sorted { ($0.issue.status.isOpen ? 0 : 1, $0.issue.due, $0.issue.id) < ($1.issue.status.isOpen ? 0 : 1, $1.issue.due, $1.issue.id) }
        lines.append(.blank)
        lines.append(.heading(lang.text(.projectDetailIssues, issues.count)))
        lines += issues.map { Pages.issueRow($0, state, info: $0.issue.status.label(lang)) }

        let instructions = data.board.instructions.rows.filter { $0.project == id && $0.date <= data.today }
        lines += Pages.instructions(instructions, heading: Pages.instructionsHeading(instructions.count, lang), state)

        let visits = index.visits(ofProject: id).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        lines.append(.blank)
        lines.append(.heading(lang.text(.projectDetailVisits, visits.count)))
        for visit in visits {
            let who = visit.visitors.map(index.personName).joined(separator: "、")
            lines.append(
                Line(cells: [
                    Span("\(visit.date.iso)  \(visit.mode.label(lang))  ", visit.mode == .onSite ? .normal : .dim),
                    Span("\(who)  "), Span(visit.note, .dim),
                ]))
            // A visit's attachments under it, indented: name, size, who attached them and when.
            for attachment in visit.attachments {
                lines.append(.text("    " + Pages.attachmentText(attachment, labelled: true, state), .dim))
            }
        }

        let reports = index.progressReports(ofProject: id).sorted { $0.period > $1.period }
        lines.append(.blank)
        lines.append(.heading(lang.text(.progressReports, reports.count)))
        for report in reports {
            lines.append(Line(cells: [Span(report.period.label(lang) + "  ", .label), Span("\(report.progressPct)%  "), Span(report.text)]))
        }
        return Page(title: "\(project.id)  \(project.name)", lines: lines)
    }
}
