import FrontlineCore

/// 领导批示 on the board (docs/board.md): a section of a project's or an issue's detail and of 我的. The board shows
/// instructions; giving, responding and 已落实 are the command line's (`frontline instruction new|respond|done`).
extension Pages {
    /// A heading and, per instruction, a line with its light, id, state, due date, leader and text (Enter opens what
    /// it is on), then its response and attachments indented; nothing when there are none.
    static func instructions(_ items: [Instruction], heading: String, _ state: AppState) -> [Line] {
        guard !items.isEmpty else { return [] }
        let lang = state.lang, data = state.data, index = data.index, today = data.today
        var lines: [Line] = [.blank, .heading(heading)]
        let width = max(10, state.width - 6)
        for item in items {
            let light = item.light(today: today, settings: data.board.settings)
            let target: Target? = item.issue.map(Target.issue) ?? item.project.map(Target.project)
            let facts = "\(item.id)  \(item.status.label(lang))  \(item.lightText(today: today, lang))  \(lang[.instructionResponseDue]) \(item.due.iso)  "
            lines.append(Line(cells: [Pages.mark(light, state), Span(" " + facts),
                                      Span(Sanitizer.display("\(index.personName(item.leader))：\(item.text)", ascii: state.theme.ascii))],
                              target: target))
            if let response = item.response {
                let who = index.personName(item.respondedBy ?? "")
                let text = Sanitizer.display("\(lang[.instructionResponse]) \(who)：\(response)", ascii: state.theme.ascii)
                for part in TextLayout.wrap(text, columns: width) { lines.append(.text("    " + part, .dim)) }
            }
            for attachment in item.attachments { lines.append(.text("    " + Pages.attachmentText(attachment, labelled: true, state), .dim)) }
        }
        return lines
    }

    static func instructionsHeading(_ count: Int, _ lang: Lang) -> String { lang.text(.leadersInstructionsCount, count) }
}
