import FrontlineCore

/// Editing from the board: the keys that open forms and menus, typing in them, and what saving did.
extension AppState {
    var actor: Actor { Actor(login: login, uid: 0, person: me) }

    func denial(_ request: Access.Request) -> Denial? { Access.denial(request, by: actor, on: data.board) }

    // MARK: What the editing keys act on

    /// The issue under the cursor, else the issue whose detail is open.
    var contextIssue: Issue? {
        if case .issue(let id)? = page.lines[safe: cursor.index]?.target { return data.board.issues[id: id] }
        if case .issue(let id)? = details.last { return data.board.issues[id: id] }
        return nil
    }

    /// The project under the cursor (or the project of the issue there), else the detail's project.
    var contextProject: Project? {
        switch page.lines[safe: cursor.index]?.target {
        case .project(let id)?: return data.board.projects[id: id]
        case .issue(let id)?: return data.board.issues[id: id]?.project.flatMap { data.board.projects[id: $0] }
        default: break
        }
        switch details.last {
        case .project(let id)?: return data.board.projects[id: id]
        case .issue(let id)?: return data.board.issues[id: id]?.project.flatMap { data.board.projects[id: $0] }
        default: return nil
        }
    }

    var contextDuty: Duty? {
        if case .duty(let id)? = page.lines[safe: cursor.index]?.target { return data.board.duties[id: id] }
        if case .duty(let id)? = details.last { return data.board.duties[id: id] }
        return nil
    }

    /// Whose absence `o` records: the A of the duty under the cursor, else the person at the keyboard.
    var absentee: String? { contextDuty?.a ?? me?.id }

    /// The issues an action applies to: the marked ones on this screen, else the one in context.
    var chosenIssues: [Issue] {
        let marked = page.lines.compactMap { line -> Issue? in
            guard case .issue(let id)? = line.target, self.marked.contains(.issue(id)) else { return nil }
            return data.board.issues[id: id]
        }
        return marked.isEmpty ? contextIssue.map { [$0] } ?? [] : marked
    }

    /// The actions legal for every chosen issue, split into allowed and withheld by role.
    func actions(for issues: [Issue]) -> (allowed: [IssueAction], withheld: Denial?) {
        guard !issues.isEmpty else { return ([], nil) }
        let legal = IssueAction.allCases.filter { action in action != .extend && issues.allSatisfy { action.target(from: $0.status) != nil } }
        var allowed: [IssueAction] = []
        var withheld: Denial?
        for action in legal {
            if let denial = issues.lazy.compactMap({ self.denial(.moveIssue($0, action)) }).first {
                withheld = withheld ?? denial
            } else {
                allowed.append(action)
            }
        }
        return (allowed, withheld)
    }

    /// Why an editing command cannot be used here, or nil when it can.
    func editingProblem(_ command: Command) -> String? {
        let nothing = lang.pick("此处没有可操作的记录", "nothing here to act on")
        switch command {
        case .move:
            let issues = chosenIssues
            guard !issues.isEmpty else { return lang.pick("请先选中一个问题", "select an issue first") }
            let (allowed, withheld) = actions(for: issues)
            if allowed.isEmpty {
                return withheld?.message(lang) ?? lang.pick("当前状态下没有可进行的办理操作", "no lifecycle action is possible in this state")
            }
            return nil
        case .extend:
            let issues = chosenIssues
            guard !issues.isEmpty else { return lang.pick("请先选中一个问题", "select an issue first") }
            if let stuck = issues.first(where: { IssueAction.extend.target(from: $0.status) == nil }) {
                return lang.pick("\(stuck.id) 为“\(stuck.status.rawValue)”，只有办理中的问题可以延期", "\(stuck.id) is \(stuck.status.english): only issues in progress can be extended")
            }
            return issues.lazy.compactMap { self.denial(.moveIssue($0, .extend))?.message(self.lang) }.first
        case .edit:
            if let issue = contextIssue { return denial(.change(issue))?.message(lang) }
            if let project = contextProject { return denial(.change(project))?.message(lang) }
            return nothing
        case .visit, .progress:
            guard let project = contextProject else { return lang.pick("请先选中一个项目", "select a project first") }
            var visit = Visit(id: "")
            visit.project = project.id
            return denial(.change(visit))?.message(lang)
        case .newAbsence:
            var absence = Absence(id: "")
            absence.person = absentee ?? ""
            return denial(.change(absence))?.message(lang)
        case .newIssue:
            return denial(.raiseIssue(project: contextProject, unit: contextProject?.unit ?? me?.unit ?? ""))?.message(lang)
        case .newProject:
            return denial(.createProject)?.message(lang)
        case .withdrawReport:
            return denial(.publishReport)?.message(lang)
        case .undo:
            return me == nil ? Denial.unknownAccount(login).message(lang) : nil
        case .mark:
            if case .issue? = page.lines[safe: cursor.index]?.target { return nil }
            return lang.pick("只能标记问题", "only issues can be marked")
        default:
            return nil
        }
    }

    // MARK: Opening forms and menus

    mutating func startEditing(_ command: Command) -> [Effect] {
        if let problem = editingProblem(command) {
            notice = Notice(text: problem, isError: true)
            return []
        }
        switch command {
        case .move:
            let issues = chosenIssues
            let (allowed, withheld) = actions(for: issues)
            overlay = .menu(ActionMenu(issues: Dictionary(uniqueKeysWithValues: issues.map { ($0.id, $0.status) }), actions: allowed,
                                       withheld: withheld?.message(lang)))
        case .extend: overlay = .form(Forms.extend(chosenIssues.map(\.id), self))
        case .edit:
            let (kind, id) = contextIssue.map { (RecordKind.issue, $0.id) } ?? (.project, contextProject!.id)
            if let form = Forms.edit(kind, id, self) { overlay = .form(form) }
        case .visit: overlay = .form(Forms.visit(contextProject!, self))
        case .progress: overlay = .form(Forms.progress(contextProject!, self))
        case .newAbsence: overlay = .form(Forms.absence(person: absentee, self))
        case .newIssue: overlay = .form(Forms.raiseIssue(project: contextProject, unit: contextProject == nil ? me?.unit : nil, self))
        case .newProject: overlay = .form(Forms.newProject(self))
        case .withdrawReport: overlay = .form(Forms.withdrawReport(self))
        case .undo: return save([.undo], form: nil)
        case .mark:
            if case .issue(let id)? = page.lines[safe: cursor.index]?.target {
                if marked.remove(.issue(id)) == nil { marked.insert(.issue(id)) }
                move(by: 1)
            }
        default: break
        }
        return []
    }

    mutating func save(_ intents: [Intent], form: Form?) -> [Effect] {
        pendingForm = form
        return [.save(intents)]
    }

    // MARK: Keys in an overlay

    mutating func overlayKey(_ key: Key) -> [Effect] {
        switch overlay {
        case .form(let form)?: return formKey(key, form)
        case .menu(let menu)?: return menuKey(key, menu)
        case .conflict(let dialog)?: return conflictKey(key, dialog)
        case .failure(let failure)?:
            switch key {
            case .enter, .character("r"):
                overlay = nil
                return save(failure.intents, form: failure.form)
            case .escape, .character("q"):
                overlay = failure.form.map(Overlay.form)
            default: break
            }
        case .discard(let form)?:
            switch key {
            case .character("y"), .character("Y"): overlay = nil
            case .character("n"), .character("N"), .escape: overlay = .form(form)
            default: break
            }
        case nil: break
        }
        return []
    }

    mutating func formKey(_ key: Key, _ original: Form) -> [Effect] {
        var form = original
        form.message = nil
        var field = form.fields[form.focus]
        let isChoice: Bool
        if case .choice = field.kind { isChoice = true } else { isChoice = false }
        switch key {
        case .escape:
            overlay = form.isChanged ? .discard(form) : nil
            return []
        case .control("s"), .function(2):
            return submit(form)
        case .enter:
            if form.focus == form.fields.count - 1 { return submit(form) }
            form.focus += 1
        case .tab, .down: form.focus = (form.focus + 1) % form.fields.count
        case .backTab, .up: form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .left where isChoice, .right where isChoice, .character(" ") where isChoice:
            if case .choice(let options) = field.kind, !options.isEmpty {
                let i = options.firstIndex(of: field.value) ?? 0
                field.value = options[(i + (key == .left ? options.count - 1 : 1)) % options.count]
            }
        default:
            // Text fields are edited in place (cursor keys, Home/End, Delete, Ctrl-U/K/W); a choice takes no typing.
            if !isChoice { _ = field.line.apply(key) }
        }
        if form.fields[original.focus].key == field.key && field != original.fields[original.focus] {
            if field.value != original.fields[original.focus].value { form.planProblems[field.key] = nil }
            form.fields[original.focus] = field
        }
        overlay = .form(form)
        return []
    }

    /// Checks every field; saves when all are fine, else shows the problems and goes to the first.
    mutating func submit(_ form: Form) -> [Effect] {
        var form = form
        form.showAllProblems = true
        let (values, problem) = form.values(today: data.today, index: data.index, lang: lang)
        if let problem {
            form.focus = problem
            overlay = .form(form)
            return []
        }
        if case .edit = form.purpose, !form.isChanged {
            overlay = nil
            notice = Notice(text: DomainError.nothingChanged.message(lang), isError: false)
            return []
        }
        overlay = nil
        return save(form.intents(values, today: data.today), form: form)
    }

    mutating func menuKey(_ key: Key, _ original: ActionMenu) -> [Effect] {
        var menu = original
        var chosen: IssueAction?
        switch key {
        case .escape, .character("q"): overlay = nil; return []
        case .down, .character("j"): menu.selected = min(menu.actions.count - 1, menu.selected + 1)
        case .up, .character("k"): menu.selected = max(0, menu.selected - 1)
        case .enter: chosen = menu.actions[safe: menu.selected]
        case .character(let c): chosen = c.wholeNumberValue.flatMap { menu.actions[safe: $0 - 1] }
        default: break
        }
        guard let action = chosen else {
            overlay = .menu(menu)
            return []
        }
        if action.needsNote {
            overlay = .form(Forms.move(menu.issues, action, self))
            return []
        }
        overlay = nil
        marked.removeAll()
        return save([Intent.one(menu.issues.keys.sorted().map { .moveIssue(IssueMove(issue: $0, action: action, seenStatus: menu.issues[$0])) })], form: nil)
    }

    /// t (or Esc, q) keeps theirs, m keeps mine, e goes back to edit with their values as the new starting point.
    /// For a lifecycle action, "mine" is the same action again from the status the issue has now (refused with
    /// the reason when it is no longer legal), and e opens the action menu afresh.
    mutating func conflictKey(_ key: Key, _ dialog: ConflictDialog) -> [Effect] {
        let isEdit: Bool
        if case .edit? = dialog.form?.purpose { isEdit = true } else { isEdit = false }
        let deleted = dialog.conflicts.contains { $0.kind == .deletedByThem }
        switch key {
        case .character("t"), .character("T"), .character("q"), .escape:
            overlay = nil
            let kept = Notice(text: lang.pick("已保留他人的修改", "kept your colleague's change"), isError: false)
            guard var form = dialog.form, isEdit else {
                notice = kept
                return []
            }
            for conflict in dialog.conflicts {
                guard let name = conflict.field, let i = form.fields.firstIndex(where: { $0.key == name }) else { continue }
                form.fields[i].value = FormField.text(of: conflict.theirs)
                form.fields[i].initial = form.fields[i].value
                form.originals[name] = conflict.theirs
            }
            guard form.isChanged, !dialog.conflicts.contains(where: { $0.field == nil }) else {
                notice = kept
                return []
            }
            return submit(form)
        case .character("m"), .character("M"):
            overlay = nil
            if deleted {
                notice = Notice(text: lang.pick("记录已被他人删除，无法保留我的修改", "the record was deleted by a colleague: there is nothing to keep your change on"),
                                isError: true)
                return []
            }
            if isEdit, let form = dialog.form { return submit(rebased(form, on: dialog.conflicts)) }
            return save(dialog.intents.map(Self.withoutSeenStatus), form: dialog.form)
        case .character("e"), .character("E"):
            if isEdit, let form = dialog.form {
                var edited = rebased(form, on: dialog.conflicts)
                for conflict in dialog.conflicts {
                    guard let name = conflict.field, let i = edited.fields.firstIndex(where: { $0.key == name }) else { continue }
                    edited.fields[i].initial = FormField.text(of: conflict.theirs)
                }
                overlay = .form(edited)
            } else {
                overlay = nil
                openMenu(for: dialog.conflicts.map(\.id).filter { data.board.issues[id: $0] != nil })
            }
        default: break
        }
        return []
    }

    /// The action menu for these issues as they are now.
    mutating func openMenu(for ids: [String]) {
        let issues = ids.compactMap { data.board.issues[id: $0] }
        let (allowed, withheld) = actions(for: issues)
        guard !issues.isEmpty, !allowed.isEmpty else {
            notice = Notice(text: withheld?.message(lang) ?? lang.pick("当前状态下没有可进行的办理操作", "no lifecycle action is possible in this state"),
                            isError: true)
            return
        }
        overlay = .menu(ActionMenu(issues: Dictionary(uniqueKeysWithValues: issues.map { ($0.id, $0.status) }), actions: allowed,
                                   withheld: withheld?.message(lang)))
    }

    /// The form with their values as the starting point of the conflicting fields (mine stays typed).
    func rebased(_ form: Form, on conflicts: [Conflict]) -> Form {
        var form = form
        for conflict in conflicts { if let name = conflict.field { form.originals[name] = conflict.theirs } }
        return form
    }

    static func withoutSeenStatus(_ intent: Intent) -> Intent {
        switch intent {
        case .moveIssue(var move):
            move.seenStatus = nil
            return .moveIssue(move)
        case .batch(let intents):
            return .batch(intents.map(withoutSeenStatus))
        default:
            return intent
        }
    }

    // MARK: What saving did

    /// Takes the store's answer to a `.save` effect (`Event.saved`).
    mutating func saved(_ intents: [Intent], _ outcomes: [SaveOutcome]) {
        defer { rebuild() }
        let form = pendingForm
        pendingForm = nil
        var saved: [Entry] = []
        var rejected: [(Intent, DomainError)] = []
        var failedIntents: [Intent] = []
        var failure: String?
        for (intent, outcome) in zip(intents, outcomes) {
            switch outcome {
            case .saved(let entry): saved.append(entry)
            case .rejected(let error): rejected.append((intent, error))
            case .failed(let message):
                failure = failure ?? message
                failedIntents.append(intent)
            }
        }
        if let failure {
            overlay = .failure(SaveFailure(message: failure, intents: failedIntents, form: form))
            return
        }
        if rejected.count == 1, case .conflicts(let conflicts) = rejected[0].1, saved.isEmpty {
            overlay = .conflict(ConflictDialog(conflicts: conflicts, form: form, intents: [rejected[0].0]))
            return
        }
        if let (_, error) = rejected.first, saved.isEmpty, var form {
            form.showAllProblems = true
            if case .invalid(let field, let zh, let en) = error, let i = form.fields.firstIndex(where: { $0.key == field }) {
                form.planProblems[field] = lang.pick(zh, en)
                form.focus = i
            } else {
                form.message = error.message(lang)
            }
            overlay = .form(form)
            return
        }
        marked.removeAll()
        if rejected.isEmpty {
            if saved.count == 1, let undone = saved[0].undoes {
                // Say what came back, not that an "undo" was saved.
                let prefix = "撤回 #\(undone)："
                let what = saved[0].summary.hasPrefix(prefix) ? String(saved[0].summary.dropFirst(prefix.count)) : saved[0].summary
                let records = saved[0].changes.count
                notice = Notice(text: lang.pick("已撤回 #\(undone)：\(what)（\(records) 条记录恢复原样）",
                                                "undone #\(undone): \(what) (\(records) record\(records == 1 ? "" : "s") put back)"), isError: false)
            } else {
                let summary = saved.count == 1 ? saved[0].summary : lang.pick("\(saved.count) 条", "\(saved.count) changes")
                notice = Notice(text: lang.pick("已保存 #\(saved.last?.seq ?? 0)：", "saved #\(saved.last?.seq ?? 0): ") + summary, isError: false)
            }
        } else {
            let reasons = rejected.map { intentLabel($0.0) + " " + $0.1.message(lang) }.joined(separator: "；")
            notice = Notice(text: lang.pick("已保存 \(saved.count) 条；未保存 \(rejected.count) 条：", "saved \(saved.count); not saved \(rejected.count): ") + reasons,
                            isError: true)
        }
    }

    func intentLabel(_ intent: Intent) -> String {
        if case .moveIssue(let move) = intent { return move.issue }
        return ""
    }
}
