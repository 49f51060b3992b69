import FrontlineCore

extension Detail {
    /// Every key, from the command table, and notes on the lights, filtering and commands (`?`, F1, `:help`).
    public static let help = HelpScreen().detail("")
}

/// The help screen: every line of the command table (the number keys come from the registered tabs) and notes.
struct HelpScreen: DetailScreen {
    let name = "help"
    let shows: Target.Kind? = nil

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang
        var lines: [Line] = [.heading(lang.text(.helpKeys))]
        for spec in state.screens.commands.specs {
            lines.append(Line(cells: [Span(TextLayout.pad(spec.keyLabel, columns: 10) + "  ", .key), Span(spec.help(lang))]))
        }
        lines += [
            .blank,
            .heading(lang.text(.helpNotes)),
            .text(lang.text(.helpNoteLights)),
            .text(lang.text(.helpNoteFilter)),
            .text(lang.text(.helpNoteCommands)),
            .text(lang.text(.helpNoteColleagues)),
        ]
        return Page(title: lang.text(.helpTitle), lines: lines)
    }
}
