import FrontlineCore

/// 领导批示 on the board (docs/board.md): a section of a project's or an issue's detail and of 我的. Each instruction is a
/// line of its own, so that `f` (反馈) and `l` (已落实) act on the one under the cursor (`InstructionCommand`); `i` gives
/// a new one on the project or issue in context.
extension Pages {
    /// A heading and, per instruction, a line with its light, id, state, due date, leader and text (pointing at the
    /// instruction; Enter opens what it is on: `AppState.opening`), then its response and attachments indented; nothing when there are none.
    static func instructions(_ items: [Instruction], heading: String, _ state: AppState) -> [Line] {
        guard !items.isEmpty else { return [] }
        let lang = state.lang, data = state.data, index = data.index, today = data.today
        var lines: [Line] = [.blank, .heading(heading)]
        let width = max(10, state.width - 6)
        for item in items {
            let light = item.light(today: today, settings: data.board.settings)
            let facts =
                "\(item.id)  \(item.status.label(lang))  \(item.lightText(today: today, lang))  \(lang.text(.instructionDueFact)) \(item.due.iso)  "
            lines.append(
                Line(
                    cells: [
                        Pages.mark(light, state), Span(" " + facts),
                        Span(
                            Sanitizer.display(state.lang.text(.headingWithValue, index.personName(item.leader), item.text), ascii: state.theme.ascii)),
                    ],
                    target: .instruction(item.id)))
            if let response = item.response {
                let who = index.personName(item.respondedBy ?? "")
                let text = Sanitizer.display(lang.text(.instructionResponseLine, who, response), ascii: state.theme.ascii)
                for part in TextLayout.wrap(text, columns: width) { lines.append(.text("    " + part, .dim)) }
            }
            for attachment in item.attachments { lines.append(.text("    " + Pages.attachmentText(attachment, labelled: true, state), .dim)) }
        }
        return lines
    }

    static func instructionsHeading(_ count: Int, _ lang: Lang) -> String { lang.text(.instructionsHeading, count) }
}
