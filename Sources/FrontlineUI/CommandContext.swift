import FrontlineCore

/// What the editing keys act on, and who presses them: the record on the line under the cursor, else the
/// record of the detail screen on top (`DetailScreen.subject`); the marked issues; the account and its rights.
struct CommandContext {
    let data: BoardData
    let lang: Lang
    let login: String
    let me: Person?
    /// Where the keys look for their record, in order: the line's target, then the screen's subject.
    let places: [Target?]
    /// The marked issues, in the order of the page.
    let markedIssues: [Issue]

    var board: Board { data.board }
    var actor: Actor { Actor(login: login, uid: 0, person: me) }

    func denial(_ request: Access.Request) -> Denial? { Access.denial(request, by: actor, on: board) }

    /// The target of the line under the cursor.
    var line: Target? { places.first ?? nil }

    /// The issue under the cursor (or the issue an instruction there is on), else the issue whose detail is open.
    var issue: Issue? {
        for case let target? in places {
            switch target.kind {
            case .issue: return board.issues[id: target.id]
            case .instruction:
                if let issue = board.instructions[id: target.id]?.issue { return board.issues[id: issue] }
            case .project, .duty, .unit, .meeting, .person, .lead: continue
            }
        }
        return nil
    }

    /// The project under the cursor (or the project of the issue or instruction there), else the detail's (or its issue's)
    /// project.
    var project: Project? {
        for case let target? in places {
            switch target.kind {
            case .project: return board.projects[id: target.id]
            case .issue: return board.issues[id: target.id]?.project.flatMap { board.projects[id: $0] }
            case .instruction:
                if let project = board.instructions[id: target.id]?.project { return board.projects[id: project] }
            case .lead:
                // A landed lead stands for its key project; any other has none.
                guard let project = board.leads[id: target.id]?.project else { continue }
                return board.projects[id: project]
            case .duty, .unit, .meeting, .person: continue
            }
        }
        return nil
    }

    /// The meeting under the cursor, else the meeting whose detail is open.
    var meeting: Meeting? {
        places.lazy.compactMap { $0 }.first { $0.kind == .meeting }.flatMap { board.meetings[id: $0.id] }
    }

    /// The 招商线索 under the cursor, else the lead whose page is open.
    var lead: Lead? {
        places.lazy.compactMap { $0 }.first { $0.kind == .lead }.flatMap { board.leads[id: $0.id] }
    }

    /// The unit under the cursor (a line of the ranking), else the unit whose page is open.
    var unit: Unit? {
        places.lazy.compactMap { $0 }.first { $0.kind == .unit }.flatMap { board.units[id: $0.id] }
    }

    /// The instruction on the line under the cursor (only there: a project or an issue may have several).
    var instruction: Instruction? {
        line.flatMap { $0.kind == .instruction ? board.instructions[id: $0.id] : nil }
    }

    /// The duty under the cursor, else the duty whose detail is open.
    var duty: Duty? {
        places.lazy.compactMap { $0 }.first { $0.kind == .duty }.flatMap { board.duties[id: $0.id] }
    }

    /// Whose absence `o` records: the A of the duty under the cursor, else the person at the keyboard.
    var absentee: String? { duty?.a ?? me?.id }

    /// The issues an action applies to: the marked ones on this screen, else the one in context.
    var chosenIssues: [Issue] {
        markedIssues.isEmpty ? issue.map { [$0] } ?? [] : markedIssues
    }

    /// The actions legal for every one of the issues, split into allowed and withheld by role.
    func actions(for issues: [Issue]) -> (allowed: [IssueAction], withheld: Denial?) {
        guard !issues.isEmpty else { return ([], nil) }
        // 延期 has its own key (x); the handling steps are legal only when the issue's log allows them (Issue.isLegal).
        let legal = IssueAction.allCases.filter { action in action != .extend && issues.allSatisfy { $0.isLegal(action) } }
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

    /// Why no lifecycle action is possible on these issues (the role, or their state).
    func noActionReason(_ withheld: Denial?) -> String {
        withheld?.message(lang) ?? lang.text(.noLifecycleActionIsPossibleIn)
    }
}
