import FrontlineCore

extension Detail {
    /// The detail of an issue.
    public static func issue(_ id: String) -> Detail { IssueDetailScreen().detail(id) }
}

/// An issue (Enter on an issue, `:I-0042`): its lights, facts (its project is a line Enter opens), handling
/// log and attachments (listed only: nothing of them is opened or rendered). The editing keys act on the issue, and on its project for a visit or a progress update.
struct IssueDetailScreen: DetailScreen {
    let name = "issue"
    let shows: Target.Kind? = .issue

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let issue = data.board.issues[id: id] else {
            return Pages.gone(id, kind: RecordKind.issue.label(lang), lang)
        }
        var lines = Pages.reasons(data.asOfIndex.light(of: data.asOfIndex.board.issues[id: id] ?? issue, today: data.today), state)
        lines.append(.blank)
        var facts = index.facts(of: issue, today: data.today, lang: lang)
        let projectFact = facts.firstIndex { $0.label == lang.text(.issueDetailProject) }
        if let i = projectFact, let project = issue.project {
            lines += Pages.facts([facts.remove(at: i)], state).map {
                var l = $0; l.target = .project(project); return l
            }
        }
        lines += Pages.facts(facts, state)
        lines.append(.blank)
        lines.append(.heading(lang.text(.handlingLog, issue.log.count)))
        let width = max(10, state.width - 4)
        for entry in issue.log {
            let text = index.text(of: entry, lang: lang)
            for (i, part) in Sanitizer.lines(text, ascii: state.theme.ascii).flatMap({ TextLayout.wrap($0, columns: width) }).enumerated() {
                lines.append(.text((i == 0 ? "" : "    ") + part, i == 0 ? .normal : .dim))
            }
        }
        let instructions = data.board.instructions.rows.filter { $0.issue == id && $0.date <= data.today }
        lines += Pages.instructions(instructions, heading: Pages.instructionsHeading(instructions.count, lang), state)
        lines += Pages.attachments(issue.attachments, state)
        return Page(title: "\(issue.id)  \(issue.title)", lines: lines)
    }
}
