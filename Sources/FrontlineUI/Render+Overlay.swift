import FrontlineCore

/// Forms, menus and dialogs, drawn as boxes over the page.
extension AppState {
    /// Where an overlay's box goes: centred, as wide as fits (up to `maxWidth`), `rows` lines inside.
    func box(rows: Int, maxWidth: Int = 78) -> (x: Int, y: Int, width: Int, height: Int) {
        let w = max(10, min(width - 2, maxWidth))
        let h = min(height - 2, rows + 2)
        return ((width - w) / 2, max(1, (height - h) / 2), w, h)
    }

    func drawBox(_ grid: inout Grid, _ b: (x: Int, y: Int, width: Int, height: Int), title: String) {
        let style = theme.style(.normal)
        grid.fill(x: b.x, y: b.y, width: b.width, height: b.height, style: style)
        let (h, v, tl, tr, bl, br) = theme.ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        let border = theme.style(.border)
        grid.put(tl + String(repeating: h, count: max(0, b.width - 2)) + tr, x: b.x, y: b.y, style: border)
        for row in (b.y + 1)..<max(b.y + 1, b.y + b.height - 1) {
            grid.put(v, x: b.x, y: row, style: border)
            grid.put(v, x: b.x + b.width - 1, y: row, style: border)
        }
        grid.put(bl + String(repeating: h, count: max(0, b.width - 2)) + br, x: b.x, y: b.y + b.height - 1, style: border)
        grid.put(" " + title + " ", x: b.x + 2, y: b.y, limit: b.width - 4, style: theme.style(.title), ascii: theme.ascii)
    }

    func drawOverlay(into grid: inout Grid) {
        switch overlay {
        case .form(let form)?: drawForm(form, into: &grid)
        case .menu(let menu)?: drawMenu(menu, into: &grid)
        case .conflict(let dialog)?: drawConflict(dialog, into: &grid)
        case .failure(let failure)?:
            drawMessageBox(
                title: lang.text(.saveFailed), lines: [failure.message],
                keys: lang.text(.saveFailureKeys), error: true, into: &grid)
        case .discard?:
            drawMessageBox(
                title: lang.text(.discardInput), lines: [lang.text(.discardInputExplanation)],
                keys: lang.text(.discardKeys), error: false, into: &grid)
        case nil: break
        }
    }

    func drawMessageBox(title: String, lines: [String], keys: String, error: Bool, into grid: inout Grid) {
        let b0 = box(rows: 1, maxWidth: 70)
        let wrapped = lines.flatMap { Sanitizer.lines($0, ascii: theme.ascii).flatMap { TextLayout.wrap($0, columns: max(4, b0.width - 4)) } }
        let b = box(rows: wrapped.count + 2, maxWidth: 70)
        drawBox(&grid, b, title: title)
        for (i, line) in wrapped.enumerated() where i < b.height - 3 {
            grid.put(line, x: b.x + 2, y: b.y + 1 + i, limit: b.width - 4, style: theme.style(error ? .error : .normal), ascii: theme.ascii)
        }
        grid.put(keys, x: b.x + 2, y: b.y + b.height - 2, limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    func drawMenu(_ menu: ActionMenu, into grid: inout Grid) {
        let what =
            menu.issues.count == 1
            ? menu.issues.keys.first! + lang.text(.parenthesised, menu.issues.values.first!.label(lang))
            : lang.text(.issueCount, menu.issues.count)
        let columns = max(4, box(rows: 1, maxWidth: 72).width - 4)
        // Why other actions are missing, wrapped in full (it names the role and what it may do).
        let withheld =
            menu.withheld.map { TextLayout.wrap(Sanitizer.display(lang.text(.otherActions) + $0, ascii: theme.ascii), columns: columns) } ?? []
        let b = box(rows: menu.actions.count + 1 + (withheld.isEmpty ? 0 : withheld.count + 1), maxWidth: 72)
        drawBox(&grid, b, title: lang.text(.actionMenuTitle) + what)
        for (i, action) in menu.actions.enumerated() where i < b.height - 3 {
            let target = menu.issues.values.first.flatMap { action.target(from: $0) }
            let text =
                " \(i + 1)  \(action.label(lang))" + (target.map { " → \($0.label(lang))" } ?? "") + (action.needsNote ? lang.text(.needsNote) : "")
            grid.put(
                TextLayout.pad(text, columns: b.width - 4), x: b.x + 2, y: b.y + 1 + i, limit: b.width - 4,
                style: theme.style(i == menu.selected ? .selected : .normal), ascii: theme.ascii)
        }
        let top = b.y + b.height - 2 - withheld.count
        for (i, line) in withheld.enumerated() where top + i > b.y + menu.actions.count {
            grid.put(line, x: b.x + 2, y: top + i, limit: b.width - 4, style: theme.style(.dim), ascii: theme.ascii)
        }
        grid.put(
            lang.text(.actionMenuKeys), x: b.x + 2, y: b.y + b.height - 2,
            limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    func drawConflict(_ dialog: ConflictDialog, into grid: inout Grid) {
        let columns = max(4, box(rows: 1, maxWidth: AppState.formMaxWidth).width - 4)
        // Everything, wrapped; when that does not fit, each value shows the part where theirs and mine differ.
        var lines = conflictLines(dialog, columns: columns, rowsPerValue: nil)
        if lines.count + 3 > height - 2 { lines = conflictLines(dialog, columns: columns, rowsPerValue: 2) }
        let b = box(rows: lines.count + 2, maxWidth: AppState.formMaxWidth)
        drawBox(&grid, b, title: lang.text(.conflictWithColleaguesChange))
        for (i, line) in lines.enumerated() where i < b.height - 3 {
            grid.put(line.0, x: b.x + 2, y: b.y + 1 + i, limit: b.width - 4, style: theme.style(line.1), ascii: theme.ascii)
        }
        let keys =
            dialog.isEdit
            ? lang.text(.conflictKeys)
            : lang.text(.conflictDeletedKeys)
        grid.put(keys, x: b.x + 2, y: b.y + b.height - 2, limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    /// The dialog's lines: per conflict a title, then the value I started from, theirs (who, when) and mine.
    func conflictLines(_ dialog: ConflictDialog, columns: Int, rowsPerValue: Int?) -> [(String, Role)] {
        var lines: [(String, Role)] = []
        let index = data.index
        for conflict in dialog.conflicts {
            let who = conflict.theirsBy.map(index.personName) ?? lang.text(.someone)
            let when = conflict.theirsAt.map { "\($0.iso.prefix(10)) \($0.iso.dropFirst(11).prefix(5))" } ?? ""
            switch conflict.kind {
            case .field(let name):
                let label = conflict.recordKind.label(of: name, lang)
                lines.append(("\(conflict.id) · \(label)", .title))
                let theirs = short(conflict.theirs), mine = short(conflict.mine)
                let differ = zip(theirs, mine).prefix { $0 == $1 }.count
                lines += valueLines(lang.text(.conflictWas), short(conflict.base), differ: differ, columns: columns, rows: rowsPerValue).map {
                    ($0, .dim)
                }
                lines += valueLines(
                    lang.text(.conflictTheirs), theirs + lang.text(.parenthesised, "\(who) \(when)"), differ: differ,
                    columns: columns, rows: rowsPerValue
                ).map { ($0, .light(.yellow)) }
                lines += valueLines(lang.text(.conflictMine), mine, differ: differ, columns: columns, rows: rowsPerValue).map { ($0, .normal) }
            case .deletedByThem:
                lines.append((lang.text(.wasDeletedBy, conflict.id, who, when), .light(.yellow)))
            case .changedByThem:
                lines.append((lang.text(.wasChangedBy, conflict.id, who, when), .light(.yellow)))
            }
        }
        return lines
    }

    /// A labelled value wrapped under its label; with `rows`, at most that many rows, starting a little before
    /// the character where the values first differ (`…` marks what is left out).
    func valueLines(_ label: String, _ value: String, differ: Int, columns: Int, rows: Int?) -> [String] {
        let indent = DisplayWidth.of(label)
        let room = max(4, columns - indent)
        let ellipsis = theme.ascii ? "~" : "…"
        let text = Sanitizer.display(value, ascii: theme.ascii)
        var wrapped = TextLayout.wrap(text, columns: room)
        if let rows, wrapped.count > rows {
            let start = max(0, differ - 6)
            wrapped = TextLayout.wrap((start > 0 ? ellipsis : "") + String(text.dropFirst(start)), columns: room)
            if wrapped.count > rows {
                wrapped = Array(wrapped.prefix(rows))
                wrapped[rows - 1] = TextLayout.fit(wrapped[rows - 1] + ellipsis + ellipsis, columns: room, ellipsis: ellipsis)
            }
        }
        return wrapped.enumerated().map { i, part in (i == 0 ? label : String(repeating: " ", count: indent)) + part }
    }

    func short(_ value: JSONValue) -> String {
        let text = FormField.text(of: value)
        return text.isEmpty ? lang.text(.emptyValue) : text
    }
}
