import FrontlineCore

/// A form's keys: typing in its fields, moving between them, saving, and closing (asking first when
/// something was typed).
extension Form {
    /// Tab/↓ and Shift-Tab/↑ move between fields, Enter goes on (and saves on the last field), Ctrl-S/F2
    /// save, ←/→/Space choose in a choice field, anything else edits the text field in place; Esc closes.
    func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        var form = self
        form.message = nil
        var field = form.fields[form.focus]
        let isChoice: Bool
        if case .choice = field.kind { isChoice = true } else { isChoice = false }
        switch key {
        case .escape:
            return form.isChanged ? .stays(.discard(form)) : .closes
        case .control("s"), .function(2):
            return form.submitted(context)
        case .enter:
            if form.focus == form.fields.count - 1 { return form.submitted(context) }
            form.focus += 1
        case .tab, .down: form.focus = (form.focus + 1) % form.fields.count
        case .backTab, .up: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .left where isChoice, .right where isChoice, .character(" ") where isChoice:
            if case .choice(let choice) = field.kind, case let options = choice.options, !options.isEmpty {
                let i = options.firstIndex(of: field.value) ?? 0
                field.value = options[(i + (key == .left ? options.count - 1 : 1)) % options.count]
            }
        default:
            // Text fields are edited in place (cursor keys, Home/End, Delete, Ctrl-U/K/W); a choice takes no typing.
            if !isChoice { _ = field.line.apply(key) }
        }
        if form.fields[focus].key == field.key && field != fields[focus] {
            if field.value != fields[focus].value { form.planProblems[field.key] = nil }
            form.fields[focus] = field
        }
        return .stays(.form(form))
    }

    /// Checks every field; saves when all are fine, else shows the problems and goes to the first.
    func submitted(_ context: OverlayContext) -> OverlayOutcome {
        var form = self
        form.showAllProblems = true
        let (values, problem) = form.values(today: context.data.today, index: context.data.index, lang: context.lang)
        if let problem {
            form.focus = problem
            return .stays(.form(form))
        }
        if case .edit = purpose, !isChanged {
            return .closesSaying(Notice(text: DomainError.nothingChanged.message(context.lang), isError: false))
        }
        return .saves(form.intents(values, today: context.data.today, board: context.data.board), form: form)
    }

    /// The answer to "discard what you typed?" about this form: y discards, n or Esc goes back to it.
    func answerToDiscarding(_ key: Key) -> OverlayOutcome {
        switch key {
        case .character("y"), .character("Y"): .closes
        case .character("n"), .character("N"), .escape: .stays(.form(self))
        default: .stays(.discard(self))
        }
    }
}
