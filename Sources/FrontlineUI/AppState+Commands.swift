import FrontlineCore

/// Commands from the table: getting around is done here; an editing command goes through its binding,
/// which says whether it can be used before it starts.
extension AppState {
    mutating func perform(_ command: Command) -> [Effect] {
        if let binding = EditingCommands.binding(for: command) { return start(binding) }
        switch command {
        case .down: list.move(by: 1)
        case .up: list.move(by: -1)
        case .first: list.move(by: -page.lines.count)
        case .last: list.move(by: page.lines.count)
        case .pageDown: list.move(screens: 1)
        case .pageUp: list.move(screens: -1)
        case .open: open()
        case .back: back()
        case .quit:
            if details.isEmpty { return [.quit] }
            back()
        case .nextTab: show(screens.tab(after: tab, by: 1))
        case .previousTab: show(screens.tab(after: tab, by: -1))
        case .showTab(let t): show(t)
        // The old filter comes back selected: typing replaces it, ←/→ keep and edit it.
        case .filter: input = TextInput(purpose: .filter, line: LineEdit(filter, selected: true))
        case .nextMatch: findMatch(forward: true)
        case .previousMatch: findMatch(forward: false)
        case .sort:
            if case .tab(let t) = screen {
                let orders = screens.screen(t).sortNames(lang).count
                if orders > 0 { sorts[t] = ((sorts[t] ?? 0) + 1) % orders }
            }
        case .commandLine: input = TextInput(purpose: .command, line: LineEdit())
        case .refresh:
            changedByOthers = nil
            return [.reload]
        case .redraw: return [.redraw]
        case .help: if details.last != .help { push(.help) }
        case .mark, .newIssue, .newAbsence, .newProject, .edit, .move, .extend, .visit, .progress, .withdrawReport, .undo, .urge, .escalate,
            .newMeeting, .decide, .instruct, .respondToInstruction, .completeInstruction, .procedure, .raiseProcedure, .newSquad, .newLead,
            .advanceLead, .publishAttraction, .issueBulletin:
            preconditionFailure("\(command) is an editing command without a binding in EditingCommands")
        }
        return []
    }

    /// Starts an editing command, or says why it cannot be used here.
    mutating func start(_ binding: EditingBinding) -> [Effect] {
        let context = context
        if let problem = binding.problem(context) {
            notice = Notice(text: problem, isError: true)
            return []
        }
        return binding.start(&self, context)
    }

    // MARK: Moving around

    mutating func show(_ newTab: Tab) {
        details = []
        tab = newTab
        marked.removeAll()
    }

    mutating func push(_ detail: Detail) {
        details.append(detail)
        list.forgetCursor(on: .detail(detail))
    }

    mutating func back() {
        if !details.isEmpty {
            details.removeLast()
        } else if !filter.isEmpty {
            list.setFilter(nil)
        }
    }

    /// Enter: what the screen opens for the line under the cursor.
    mutating func open() {
        guard let target = list.selected.map(opening), let detail = screens.definition(of: screen).open(target, in: screens) else { return }
        push(detail)
    }

    /// What Enter opens for a line's target: an instruction opens the issue it is on, else its project.
    func opening(_ target: Target) -> Target {
        guard target.kind == .instruction, let instruction = data.board.instructions[id: target.id] else { return target }
        return instruction.issue.map(Target.issue) ?? instruction.project.map(Target.project) ?? target
    }

    /// n/N: the next or previous line holding the filter's text, or a word that there is none.
    mutating func findMatch(forward: Bool) {
        guard !list.jumpToMatch(forward: forward) else { return }
        notice = Notice(text: lang.text(.noLineMatches, filter), isError: true)
    }

    /// Marks a line's record (or unmarks it) and moves on to the next line.
    mutating func toggleMark(_ target: Target) {
        if marked.remove(target) == nil { marked.insert(target) }
        list.move(by: 1)
    }
}
