import FrontlineCore

/// Where the parts of a form go: the box, the field rows (label, value, a short note beside), the message
/// area below them (notes, the save's refusal, the focused field's problem or hint, wrapped to the box) and
/// the keys line.
struct FormGeometry {
    var box: (x: Int, y: Int, width: Int, height: Int)
    var fieldTop: Int
    var labelWidth: Int
    var valueX: Int
    var valueWidth: Int
    var sideX: Int
    var sideWidth: Int
    /// The fields shown (a long form scrolls to keep the focused one in view).
    var fields: Range<Int>
    var messageTop: Int
    var messages: [(text: String, role: Role)]
    var keysTop: Int
    var keys: [String]
}

extension AppState {
    static let formMaxWidth = 96

    /// The fields that fit, keeping the focused one in view.
    func visibleFields(_ form: Form, rows: Int) -> Range<Int> {
        let count = form.fields.count
        guard count > rows else { return 0..<count }
        let start = max(0, min(form.focus - rows / 2, count - rows))
        return start..<(start + rows)
    }

    func formGeometry(_ form: Form) -> FormGeometry {
        let boxWidth = max(10, min(width - 2, Self.formMaxWidth))
        let inner = max(4, boxWidth - 4)
        let keys = TextLayout.wrap(formKeys(form), columns: inner)
        let messages = formMessages(form).flatMap { message in
            Sanitizer.lines(message.text, ascii: theme.ascii).flatMap { TextLayout.wrap($0, columns: inner) }.map { ($0, message.role) }
        }
        // Inside the box: fields, a blank row and the messages, the keys. Fields win over messages when
        // the window is short (at least three, or all there are).
        let inside = max(1, height - 4)
        let wantedFields = min(form.fields.count, 3)
        let messageRows = messages.isEmpty ? 0 : max(0, min(messages.count, inside - keys.count - wantedFields - 1))
        let fieldRows = max(1, min(form.fields.count, inside - keys.count - (messageRows > 0 ? messageRows + 1 : 0)))
        let b = box(rows: fieldRows + (messageRows > 0 ? messageRows + 1 : 0) + keys.count, maxWidth: Self.formMaxWidth)
        let labelWidth = min(16, form.fields.reduce(0) { max($0, DisplayWidth.of($1.label)) })
        let valueX = b.x + 3 + labelWidth + 2
        let sideWidth = min(24, max(0, b.width / 4))
        let valueWidth = max(4, b.x + b.width - 2 - sideWidth - 1 - valueX)
        let fieldTop = b.y + 1
        let messageTop = fieldTop + fieldRows + 1
        return FormGeometry(
            box: b, fieldTop: fieldTop, labelWidth: labelWidth, valueX: valueX, valueWidth: valueWidth,
            sideX: valueX + valueWidth + 1, sideWidth: max(0, b.x + b.width - 2 - (valueX + valueWidth + 1)),
            fields: visibleFields(form, rows: fieldRows), messageTop: messageTop,
            messages: Array(messages.prefix(messageRows)), keysTop: b.y + b.height - 1 - keys.count, keys: keys)
    }

    func formKeys(_ form: Form) -> String {
        lang.text(.formKeys)
    }

    /// What the form says below its fields: notes about the save (what it replaces, what goes backwards),
    /// why the last save was refused, and the focused field's problem or, when it is fine, its hint.
    func formMessages(_ form: Form) -> [(text: String, role: Role)] {
        var messages: [(text: String, role: Role)] = formNotes(form).map { ($0, .notice) }
        if let message = form.message { messages.append((message, .error)) }
        if form.fields.indices.contains(form.focus) {
            if let problem = form.problem(form.focus, today: data.today, index: data.index, lang: lang) {
                messages.append((form.fields[form.focus].label + lang.text(.labelSeparator) + problem, .error))
            } else if let hint = fieldHint(form.fields[form.focus], long: true) ?? typingHint(form.fields[form.focus]) {
                messages.append((hint, .dim))
            }
        }
        return messages
    }

    /// Notes that depend on what the form will save, recomputed as the user types.
    func formNotes(_ form: Form) -> [String] {
        switch form.purpose {
        case .progress(let id):
            guard let project = data.board.projects[id: id] else { return [] }
            let (values, _) = form.values(today: data.today, index: data.index, lang: lang)
            var draft = ProgressDraft(project: id, note: "")
            draft.pct = values["progressPct"]?.intValue
            draft.ytd = values["ytd"].flatMap { try? Money(json: $0) }
            let period = Period(containing: data.today)
            let earlier = data.index.progressReports(ofProject: id).first { $0.period == period }
            return ProgressReview(project: project, earlier: earlier, draft: draft).notes(lang) { data.index.personName($0) }
        case .extend(let ids):
            guard ids.count == 1, let issue = data.board.issues[id: ids[0]] else {
                return [lang.text(.extendDueHintForMany, data.today.iso)]
            }
            return [lang.text(.extendDueHintForOne, issue.due.iso, issue.originalDue.iso, data.today.iso)]
        case .urge:
            return UrgeCommand.explanation(lang)
        case .withdrawReport:
            return [lang.text(.withdrawReportExplanation)]
        case .procedure(let project, _), .raiseProcedure(let project):
            return ProcedureCommand.explanation(project, data: data, lang: lang)
        default:
            return []
        }
    }

    /// What a fine value stands for: the date a `+7` means, the name an id means (short beside the field,
    /// long in the message area).
    func fieldHint(_ field: FormField, long: Bool) -> String? {
        let typed = field.value.trimmingSpaces
        guard !typed.isEmpty else { return nil }
        switch field.kind {
        case .date:
            guard typed.first == "+" || typed.first == "-", case .success(let json) = field.parse(today: data.today, index: data.index, lang: lang),
                let day = try? Day(json: json)
            else { return nil }
            return long
                ? lang.text(.dateComparedWithToday, typed, day.iso, data.today.iso)
                : "→ " + day.iso
        case .reference(let kind):
            guard let id = data.index.resolve(kind, typed) else { return nil }
            let name = kind == .person ? data.index.personName(id) : kind == .unit ? data.index.unitName(id) : data.index.projectName(id)
            let shown = id == typed ? name : id
            return long ? field.label + lang.text(.labelSeparator) + "\(typed) → \(id == typed ? name : "\(id) \(name)")" : "→ " + shown
        default:
            return nil
        }
    }

    /// What to type into a field, for someone who has never filled it in.
    func typingHint(_ field: FormField) -> String? {
        let what: String
        switch field.kind {
        case .text: what = ""
        case .date: what = lang.text(.hintDate, data.today.adding(days: 7).iso)
        case .money: what = lang.text(.hintMoney)
        case .integer, .percent:
            let range = field.kind.range!
            what = lang.text(.hintWholeNumber, range.lowerBound, range.upperBound)
        case .choice: what = lang.text(.hintChoice)
        case .reference(.person): what = lang.text(.hintPersonReference)
        case .reference(.unit): what = lang.text(.hintUnitReference)
        case .reference(.project): what = lang.text(.hintProjectReference)
        case .reference: what = ""
        }
        let required = field.required && field.value.trimmingSpaces.isEmpty ? lang.text(.fieldRequired) : ""
        let parts = [required, what].filter { !$0.isEmpty }
        return parts.isEmpty ? nil : field.label + lang.text(.labelSeparator) + parts.joined(separator: lang.text(.reasonSeparator))
    }

    func drawForm(_ form: Form, into grid: inout Grid) {
        let g = formGeometry(form)
        let b = g.box
        drawBox(&grid, b, title: form.title)
        for (row, i) in g.fields.enumerated() {
            let field = form.fields[i], y = g.fieldTop + row
            grid.put(field.isChanged ? "*" : " ", x: b.x + 1, y: y, style: theme.style(.marked))
            grid.put(
                TextLayout.pad(field.label, columns: g.labelWidth, ellipsis: theme.ascii ? "~" : "…"), x: b.x + 3, y: y, limit: g.labelWidth,
                style: theme.style(i == form.focus ? .title : .label), ascii: theme.ascii)
            grid.put(
                fieldText(field, focused: i == form.focus, width: g.valueWidth), x: g.valueX, y: y, limit: g.valueWidth,
                style: theme.style(i == form.focus ? .selected : .normal), ascii: theme.ascii)
            guard g.sideWidth > 0 else { continue }
            let ellipsis = theme.ascii ? "~" : "…"
            if let problem = form.problem(i, today: data.today, index: data.index, lang: lang) {
                grid.put(
                    TextLayout.fit(problem, columns: g.sideWidth, ellipsis: ellipsis), x: g.sideX, y: y, limit: g.sideWidth,
                    style: theme.style(.error), ascii: theme.ascii)
            } else if let hint = fieldHint(field, long: false) {
                grid.put(
                    TextLayout.fit(hint, columns: g.sideWidth, ellipsis: ellipsis), x: g.sideX, y: y, limit: g.sideWidth,
                    style: theme.style(.dim), ascii: theme.ascii)
            }
        }
        for (i, message) in g.messages.enumerated() {
            grid.put(message.text, x: b.x + 2, y: g.messageTop + i, limit: b.width - 4, style: theme.style(message.role), ascii: theme.ascii)
        }
        for (i, line) in g.keys.enumerated() {
            grid.put(line, x: b.x + 2, y: g.keysTop + i, limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
        }
    }

    /// What a field shows: choices as `‹ 现场 ›`; text scrolled so that the cursor stays in view while it is edited.
    func fieldText(_ field: FormField, focused: Bool, width: Int) -> String {
        let ellipsis = theme.ascii ? "~" : "…"
        if case .choice = field.kind {
            let text = Sanitizer.display(field.value, ascii: theme.ascii)
            return TextLayout.pad("‹ " + (text.isEmpty ? lang.text(.formNone) : text) + " ›", columns: width, ellipsis: ellipsis)
        }
        if focused {
            return TextLayout.pad(field.line.visible(columns: width, display: { Sanitizer.display($0, ascii: theme.ascii) }).text, columns: width)
        }
        return TextLayout.pad(Sanitizer.display(field.value, ascii: theme.ascii), columns: width, ellipsis: ellipsis)
    }

    /// Where the cursor of the focused text field is on screen, or nil for a choice.
    func formCursor(_ form: Form) -> (x: Int, y: Int)? {
        let g = formGeometry(form)
        let field = form.fields[form.focus]
        if case .choice = field.kind { return nil }
        guard g.fields.contains(form.focus) else { return nil }
        let column = field.line.visible(columns: g.valueWidth, display: { Sanitizer.display($0, ascii: theme.ascii) }).cursorColumn
        return (min(width - 1, g.valueX + column), g.fieldTop + form.focus - g.fields.lowerBound)
    }
}
