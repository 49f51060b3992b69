import FrontlineCore

/// Every editing command of the board: for each, when it can be used and what it does, together.
enum EditingCommands {
    static func binding(for command: Command) -> EditingBinding? { byCommand[command] }

    static let all = [
        move, extend, edit, visit, progress, newAbsence, newIssue, newProject, withdrawReport, undo, mark, UrgeCommand.binding,
        EscalateCommand.binding,
        ProcedureCommand.record, ProcedureCommand.raise,
        MeetingCommand.newMeeting, MeetingCommand.decide,
        InstructionCommand.instruct, InstructionCommand.respond, InstructionCommand.complete,
        AttractionCommand.newSquad, AttractionCommand.newLead, AttractionCommand.advance, AttractionCommand.publish,
        BulletinCommand.binding,
    ]

    private static let byCommand = Dictionary(uniqueKeysWithValues: all.map { ($0.command, $0) })

    private static func selectIssue(_ lang: Lang) -> String { lang.text(.selectIssueFirst) }

    private static func selectProject(_ lang: Lang) -> String { lang.text(.selectProjectFirst) }

    /// `m`: the menu of the lifecycle actions legal for the chosen issues and allowed for the role.
    static let move = EditingBinding(
        command: .move, offeredEverywhere: true,
        problem: { c in
            let issues = c.chosenIssues
            guard !issues.isEmpty else { return selectIssue(c.lang) }
            let (allowed, withheld) = c.actions(for: issues)
            return allowed.isEmpty ? c.noActionReason(withheld) : nil
        },
        start: { state, c in
            state.openMenu(for: c.chosenIssues.map(\.id))
            return []
        })

    /// `x`: a new due date for the chosen issues, which must all be in progress.
    static let extend = EditingBinding(
        command: .extend, offeredEverywhere: true,
        problem: { c in
            let issues = c.chosenIssues
            guard !issues.isEmpty else { return selectIssue(c.lang) }
            if let stuck = issues.first(where: { IssueAction.extend.target(from: $0.status) == nil }) {
                return c.lang.text(.onlyIssuesInProgressCanBeExtended, stuck.id, stuck.status.label(c.lang))
            }
            return issues.lazy.compactMap { c.denial(.moveIssue($0, .extend))?.message(c.lang) }.first
        },
        start: { state, c in
            state.overlay = .form(Forms.extend(c.chosenIssues.map(\.id), state))
            return []
        })

    /// `e`: the fields of the issue in context, else of the project, that the person may set.
    static let edit = EditingBinding(
        command: .edit, offeredEverywhere: true,
        problem: { c in
            if let issue = c.issue { return c.denial(.change(issue))?.message(c.lang) }
            if let project = c.project { return c.denial(.change(project))?.message(c.lang) }
            return c.lang.text(.nothingHereToActOn)
        },
        start: { state, c in
            let (kind, id) = c.issue.map { (RecordKind.issue, $0.id) } ?? (.project, c.project?.id ?? "")
            if let form = Forms.edit(kind, id, state) { state.overlay = .form(form) }
            return []
        })

    /// `v`: a site visit to the project in context.
    static let visit = EditingBinding(
        command: .visit, offeredEverywhere: true, problem: projectProblem,
        start: { state, c in
            if let project = c.project { state.overlay = .form(Forms.visit(project, state)) }
            return []
        })

    /// `p`: a progress update of the project in context.
    static let progress = EditingBinding(
        command: .progress, offeredEverywhere: true, problem: projectProblem,
        start: { state, c in
            if let project = c.project { state.overlay = .form(Forms.progress(project, state)) }
            return []
        })

    /// A visit and a progress update need a project the person may report on.
    private static let projectProblem: @Sendable (CommandContext) -> String? = { c in
        guard let project = c.project else { return selectProject(c.lang) }
        var visit = Visit(id: "")
        visit.project = project.id
        return c.denial(.change(visit))?.message(c.lang)
    }

    /// `o`: an absence of the duty's A under the cursor, else of the person at the keyboard.
    static let newAbsence = EditingBinding(
        command: .newAbsence, offeredEverywhere: false,
        problem: { c in
            var absence = Absence(id: "")
            absence.person = c.absentee ?? ""
            return c.denial(.change(absence))?.message(c.lang)
        },
        start: { state, c in
            state.overlay = .form(Forms.absence(person: c.absentee, state))
            return []
        })

    /// `a`: a new issue, of the project in context or else of the person's unit.
    static let newIssue = EditingBinding(
        command: .newIssue, offeredEverywhere: true,
        problem: { c in
            c.denial(.raiseIssue(project: c.project, unit: c.project?.unit ?? c.me?.unit ?? ""))?.message(c.lang)
        },
        start: { state, c in
            state.overlay = .form(Forms.raiseIssue(project: c.project, unit: c.project == nil ? c.me?.unit : nil, state))
            return []
        })

    /// `P`: a new key project (administrators).
    static let newProject = EditingBinding(
        command: .newProject, offeredEverywhere: false,
        problem: { c in
            c.denial(.createProject)?.message(c.lang)
        },
        start: { state, _ in
            state.overlay = .form(Forms.newProject(state))
            return []
        })

    /// `W`: withdraw a published half-month report, with a reason (administrators).
    static let withdrawReport = EditingBinding(
        command: .withdrawReport, offeredEverywhere: false,
        problem: { c in
            c.denial(.publishReport)?.message(c.lang)
        },
        start: { state, _ in
            state.overlay = .form(Forms.withdrawReport(state))
            return []
        })

    /// `u`: undo my last change (the store finds it).
    static let undo = EditingBinding(
        command: .undo, offeredEverywhere: true,
        problem: { c in
            c.me == nil ? Denial.unknownAccount(c.login).message(c.lang) : nil
        },
        start: { state, _ in
            state.save([.undo], form: nil)
        })

    /// Space: marks the issue under the cursor (or unmarks it) and moves on, for an action on all marked.
    static let mark = EditingBinding(
        command: .mark, offeredEverywhere: true,
        problem: { c in
            c.line?.kind == .issue ? nil : c.lang.text(.onlyIssuesCanBeMarked)
        },
        start: { state, c in
            if let line = c.line { state.toggleMark(line) }
            return []
        })
}
