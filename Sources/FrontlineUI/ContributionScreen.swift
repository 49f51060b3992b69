import FrontlineCore

extension Detail {
    /// What a person did this year: the records behind each figure.
    public static func contribution(_ person: String) -> Detail { ContributionScreen().detail(person) }
}

/// A person's contribution from 1 January to today (Enter on their line in 报表's 干部实绩): each figure with the
/// records behind it, as `frontline people --explain` prints them; Enter on a record opens it
/// (docs/domain-rules.md, "Contribution").
struct ContributionScreen: DetailScreen {
    let name = "contribution"
    let shows: Target.Kind? = .person

    /// Nothing here is an issue's to raise one from.
    var withholds: Set<Command> { [.newIssue] }

    func page(_ person: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.asOfIndex
        guard index.board.people.contains(id: person) else {
            return Pages.gone(person, kind: RecordKind.person.label(lang), lang)
        }
        let from = Day(data.today.year, 1, 1)!
        let contribution = index.contribution(of: person, from: from, to: data.today)
        let width = max(10, state.width - 3)
        var lines: [Line] = [
            .heading(
                Sanitizer.display(
                    lang.text(.contributionOf, index.personName(person), from.iso, data.today.iso),
                    ascii: state.theme.ascii))
        ]
        for section in ContributionText.sections(contribution, index: index, lang: lang) {
            lines.append(.blank)
            lines.append(.heading(section.title))
            for line in section.lines {
                let target = Self.target(of: line.record, in: index.board)
                let parts = TextLayout.wrap(Sanitizer.display(line.text, ascii: state.theme.ascii), columns: max(4, width - 4))
                lines += parts.enumerated().map { i, part in .text("    " + part, target: i == 0 ? target : nil) }
            }
        }
        return Page(title: lang.text(.contributionScreenTitle), lines: lines)
    }

    /// What Enter opens for a record behind a figure: the project, issue, duty or lead; an instruction's issue or project.
    static func target(of record: String, in board: Board) -> Target? {
        if board.projects.contains(id: record) { return .project(record) }
        if board.issues.contains(id: record) { return .issue(record) }
        if board.duties.contains(id: record) { return .duty(record) }
        if board.leads.contains(id: record) { return .lead(record) }
        if let instruction = board.instructions[id: record] {
            return instruction.issue.map(Target.issue) ?? instruction.project.map(Target.project)
        }
        return nil
    }
}
