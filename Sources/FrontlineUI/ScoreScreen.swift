import FrontlineCore

extension Detail {
    /// How a unit's score was reached.
    public static func score(_ unit: String) -> Detail { ScoreScreen().detail(unit) }
}

/// The explanation of a unit's score (Enter on its line in the ranking): the same text as
/// `frontline rank --explain`, each record a line that Enter opens.
struct ScoreScreen: DetailScreen {
    let name = "score"
    let shows: Target.Kind? = .unit

    func offers(in state: AppState) -> Set<Command> { [.issueBulletin] }

    func page(_ unit: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data
        let title = lang.text(.howScoreWasReached)
        guard let explanation = data.asOfIndex.scoreExplanation(ofUnit: unit, today: data.today, lang: lang) else {
            return Page(title: title, lines: [.text(lang.text(.noSuchUnit, unit))])
        }
        let width = max(10, state.width - 3)
        func wrapped(_ text: String, indent: String, role: Role = .normal, target: Target? = nil) -> [Line] {
            TextLayout.wrap(Sanitizer.display(text, ascii: state.theme.ascii), columns: max(4, width - DisplayWidth.of(indent))).enumerated().map {
                i, part in
                .text(indent + part, role, target: i == 0 ? target : nil)
            }
        }
        var lines: [Line] = [.heading(Sanitizer.display(explanation.heading(lang), ascii: state.theme.ascii))]
        lines += wrapped(explanation.summary, indent: "", role: .title)
        // 通报 of the unit, newest first: what the 绩考办 said of it, beside how its score was reached.
        let bulletins = data.board.bulletins(ofUnit: unit, by: data.today)
        if !bulletins.isEmpty {
            lines.append(.blank)
            lines.append(.heading(lang.text(.unitBulletinsHeading, bulletins.count)))
            for bulletin in bulletins {
                let text = lang.text(.unitBulletinLine, bulletin.date.iso, bulletin.verdict.label(lang), bulletin.periodLabel(lang), bulletin.reason)
                lines += wrapped(text, indent: "  ", role: bulletin.verdict == .criticism ? .light(.red) : .normal)
            }
        }
        for part in explanation.parts {
            lines.append(.blank)
            lines.append(.heading(Sanitizer.display(lang.text(.headingWithValue, part.title, part.points), ascii: state.theme.ascii)))
            lines += wrapped(part.formula, indent: "  ", role: .dim)
            for line in part.lines {
                let target: Target? = line.record.map { data.board.issues.contains(id: $0) ? .issue($0) : .project($0) }
                lines += wrapped(line.text, indent: "    ", target: target)
            }
        }
        lines.append(.blank)
        lines += wrapped(explanation.total, indent: "", role: .title)
        return Page(title: title, lines: lines)
    }
}
