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
            drawMessageBox(title: lang.pick("保存失败", "Save failed"), lines: [failure.message],
                           keys: lang.pick("Enter/r 重试   Esc 返回（输入保留）", "Enter/r retry   Esc back (your input is kept)"), error: true, into: &grid)
        case .discard?:
            drawMessageBox(title: lang.pick("放弃输入？", "Discard input?"), lines: [lang.pick("表单中有尚未保存的内容。", "The form has input that is not saved.")],
                           keys: lang.pick("y 放弃   n 继续编辑", "y discard   n keep editing"), error: false, into: &grid)
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

    /// The fields that fit, keeping the focused one in view.
    func visibleFields(_ form: Form, rows: Int) -> Range<Int> {
        let count = form.fields.count
        guard count > rows else { return 0..<count }
        let start = max(0, min(form.focus - rows / 2, count - rows))
        return start..<(start + rows)
    }

    /// Geometry of a form: its box, the first field row, the label and value columns.
    func formLayout(_ form: Form) -> (box: (x: Int, y: Int, width: Int, height: Int), fieldTop: Int, valueX: Int, valueWidth: Int, fields: Range<Int>) {
        let b = box(rows: form.fields.count + 3)
        let fieldRows = max(1, b.height - 5)
        let labelWidth = min(14, form.fields.reduce(0) { max($0, DisplayWidth.of($1.label)) })
        let valueX = b.x + 3 + labelWidth + 2
        let problemWidth = min(22, max(0, b.width / 3))
        return (b, b.y + 1, valueX, max(4, b.x + b.width - 2 - problemWidth - valueX), visibleFields(form, rows: fieldRows))
    }

    func drawForm(_ form: Form, into grid: inout Grid) {
        let layout = formLayout(form)
        let b = layout.box
        drawBox(&grid, b, title: form.title)
        let labelWidth = layout.valueX - b.x - 5
        for (row, i) in layout.fields.enumerated() {
            let field = form.fields[i], y = layout.fieldTop + row
            grid.put(field.isChanged ? "*" : " ", x: b.x + 1, y: y, style: theme.style(.marked))
            grid.put(TextLayout.pad(field.label + (field.required ? "" : ""), columns: labelWidth), x: b.x + 3, y: y, limit: labelWidth,
                     style: theme.style(i == form.focus ? .title : .label), ascii: theme.ascii)
            grid.put(fieldText(field, focused: i == form.focus, width: layout.valueWidth), x: layout.valueX, y: y, limit: layout.valueWidth,
                     style: theme.style(i == form.focus ? .selected : .normal), ascii: theme.ascii)
            if let problem = form.problem(i, today: data.today, index: data.index, lang: lang) {
                let x = layout.valueX + layout.valueWidth + 1
                grid.put(problem, x: x, y: y, limit: b.x + b.width - 2 - x, style: theme.style(.error), ascii: theme.ascii)
            } else if case .reference(let kind) = field.kind, let id = data.index.resolve(kind, field.value.trimmingSpaces) {
                // Show whom or what the typed id or name stands for.
                let x = layout.valueX + layout.valueWidth + 1
                let name = kind == .person ? data.index.personName(id) : kind == .unit ? data.index.unitName(id) : data.index.projectName(id)
                grid.put("→ " + (id == field.value.trimmingSpaces ? name : id), x: x, y: y, limit: b.x + b.width - 2 - x,
                         style: theme.style(.dim), ascii: theme.ascii)
            }
        }
        if let message = form.message {
            grid.put(message, x: b.x + 2, y: b.y + b.height - 3, limit: b.width - 4, style: theme.style(.error), ascii: theme.ascii)
        }
        grid.put(lang.pick("Enter 下一项/保存  Tab 切换  ^S/F2 保存  ←→ 选择  Esc 取消", "Enter next/save  Tab move  ^S/F2 save  ←→ choose  Esc cancel"),
                 x: b.x + 2, y: b.y + b.height - 2, limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    /// What a field shows: choices as `‹ 现场 ›`, long text by its end while it is being typed.
    func fieldText(_ field: FormField, focused: Bool, width: Int) -> String {
        var text = Sanitizer.display(field.value, ascii: theme.ascii)
        if case .choice = field.kind {
            text = "‹ " + (text.isEmpty ? lang.pick("（无）", "(none)") : text) + " ›"
        } else if focused && DisplayWidth.of(text) >= width {
            var tail = ""
            for character in text.reversed() {
                if DisplayWidth.of(tail) + DisplayWidth.of(character) >= width { break }
                tail.insert(character, at: tail.startIndex)
            }
            text = tail
        }
        return TextLayout.pad(text, columns: width, ellipsis: theme.ascii ? "~" : "…")
    }

    func drawMenu(_ menu: ActionMenu, into grid: inout Grid) {
        let what = menu.issues.count == 1 ? "\(menu.issues.keys.first!)（\(menu.issues.values.first!.label(lang))）"
            : lang.pick("\(menu.issues.count) 个问题", "\(menu.issues.count) issues")
        let b = box(rows: menu.actions.count + (menu.withheld == nil ? 1 : 3), maxWidth: 60)
        drawBox(&grid, b, title: lang.pick("办理 ", "Action · ") + what)
        for (i, action) in menu.actions.enumerated() where i < b.height - 3 {
            let target = menu.issues.values.first.flatMap { action.target(from: $0) }
            let text = " \(i + 1)  \(action.label(lang))" + (target.map { " → \($0.label(lang))" } ?? "") + (action.needsNote ? lang.pick("  （需填写理由）", "  (needs a note)") : "")
            grid.put(TextLayout.pad(text, columns: b.width - 4), x: b.x + 2, y: b.y + 1 + i, limit: b.width - 4,
                     style: theme.style(i == menu.selected ? .selected : .normal), ascii: theme.ascii)
        }
        if let withheld = menu.withheld {
            grid.put(lang.pick("其他操作不可用：", "Other actions: ") + withheld, x: b.x + 2, y: b.y + b.height - 3, limit: b.width - 4,
                     style: theme.style(.dim), ascii: theme.ascii)
        }
        grid.put(lang.pick("Enter/数字 选择   Esc 取消", "Enter/number choose   Esc cancel"), x: b.x + 2, y: b.y + b.height - 2,
                 limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    func drawConflict(_ dialog: ConflictDialog, into grid: inout Grid) {
        var lines: [(String, Role)] = []
        let index = data.index
        for conflict in dialog.conflicts {
            let who = conflict.theirsBy.map(index.personName) ?? lang.pick("他人", "someone")
            let when = conflict.theirsAt.map { "\($0.iso.prefix(10)) \($0.iso.dropFirst(11).prefix(5))" } ?? ""
            switch conflict.kind {
            case .field(let name):
                let label = (Forms.issueFields + Forms.projectFields).first { $0.key == name }.map { lang.pick($0.zh, $0.en) } ?? name
                lines.append(("\(conflict.id) · \(label)", .title))
                lines.append((lang.pick("  原值：", "  was:    ") + short(conflict.base), .dim))
                lines.append((lang.pick("  他人：", "  theirs: ") + short(conflict.theirs) + "（\(who) \(when)）", .light(.yellow)))
                lines.append((lang.pick("  我的：", "  mine:   ") + short(conflict.mine), .normal))
            case .deletedByThem:
                lines.append((lang.pick("\(conflict.id) 已被\(who)删除（\(when)）", "\(conflict.id) was deleted by \(who) (\(when))"), .light(.yellow)))
            case .changedByThem:
                lines.append((lang.pick("\(conflict.id) 已被\(who)修改（\(when)）", "\(conflict.id) was changed by \(who) (\(when))"), .light(.yellow)))
            }
        }
        let b = box(rows: lines.count + 2, maxWidth: 76)
        drawBox(&grid, b, title: lang.pick("与他人的修改冲突", "Conflict with a colleague's change"))
        for (i, line) in lines.enumerated() where i < b.height - 3 {
            grid.put(line.0, x: b.x + 2, y: b.y + 1 + i, limit: b.width - 4, style: theme.style(line.1), ascii: theme.ascii)
        }
        grid.put(lang.pick("t 保留他人的   m 保留我的   e 编辑", "t keep theirs   m keep mine   e edit"), x: b.x + 2, y: b.y + b.height - 2,
                 limit: b.width - 4, style: theme.style(.key), ascii: theme.ascii)
    }

    func short(_ value: JSONValue) -> String {
        let text = FormField.text(of: value)
        return text.isEmpty ? lang.pick("（空）", "(empty)") : text
    }
}
