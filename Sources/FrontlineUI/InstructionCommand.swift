import FrontlineCore

/// 领导批示 on the board (docs/board.md, "领导批示"): `i` records a leader's instruction on the issue in context, else the
/// project; `f` is the responding unit's 反馈 and `l` the leader's 已落实, on the instruction under the cursor (a line
/// of a project's or an issue's page, or of 我的). Who may is `Access` (`giveInstruction`, `respondToInstruction`,
/// `completeInstruction`), as for `frontline instruction new|respond|done`.
enum InstructionCommand {
    /// `i`: a leader gives an instruction (their own); an administrator records one, naming the leader.
    static let instruct = EditingBinding(
        command: .instruct, offeredEverywhere: true,
        problem: { c in
            guard c.issue != nil || c.project != nil else { return c.lang.text(.selectProjectOrIssueFirst) }
            guard let me = c.me else { return Denial.unknownAccount(c.login).message(c.lang) }
            if me.role == .admin { return nil }
            return c.denial(.giveInstruction(leader: me))?.message(c.lang)
        },
        start: { state, c in
            if let form = form(issue: c.issue, project: c.project, me: c.me, state) { state.overlay = .form(form) }
            return []
        })

    /// `f`: the unit's response to the instruction under the cursor, which must be awaiting one.
    static let respond = step(
        .respondToInstruction, from: .awaitingResponse, otherwise: .instructionNotAwaitingResponse, request: { .respondToInstruction($0) },
        form: { instruction, lang in
            Form(
                purpose: .respondToInstruction(instruction.id), title: lang.text(.formRespond, instruction.id),
                fields: [FormField("text", lang.text(.formRespondText), .text, required: true)])
        })

    /// `l`: the leader's 已落实 of the instruction under the cursor, once the unit responded. The form only confirms.
    static let complete = step(
        .completeInstruction, from: .responded, otherwise: .instructionNotResponded, request: { .completeInstruction($0) },
        form: { instruction, lang in
            Form(
                purpose: .completeInstruction(instruction.id), title: lang.text(.formCompleteInstruction, instruction.id),
                fields: [
                    FormField(
                        "status", lang.text(.formCompleteInstructionMark), .choice(Choice(InstructionStatus.self, only: [.done])),
                        value: InstructionStatus.done.rawValue, required: true)
                ])
        })

    /// A step on the instruction under the cursor: it must be at `status` (else `otherwise` says where it is), the
    /// actor must be allowed `request`, and `form` asks for the step.
    private static func step(
        _ command: Command, from status: InstructionStatus, otherwise: TextKey, request: @escaping @Sendable (Instruction) -> Access.Request,
        form: @escaping @Sendable (Instruction, Lang) -> Form
    ) -> EditingBinding {
        EditingBinding(
            command: command, offeredEverywhere: true,
            problem: { c in
                guard let instruction = c.instruction else { return c.lang.text(.selectInstructionFirst) }
                if instruction.status != status { return c.lang.text(otherwise, instruction.id, instruction.status.label(c.lang)) }
                return c.denial(request(instruction))?.message(c.lang)
            },
            start: { state, c in
                if let instruction = c.instruction { state.overlay = .form(form(instruction, state.lang)) }
                return []
            })
    }

    /// The instruction's fields from the catalog (`Instruction.schema`): given today by the leader at the keyboard (an
    /// administrator names the leader), to the unit of the issue or project, due in a week.
    static func form(issue: Issue?, project: Project?, me: Person?, _ state: AppState) -> Form? {
        let lang = state.lang
        let on: (issue: String?, project: String?, title: String)
        let unit: String
        if let issue {
            on = (issue.id, nil, issue.id)
            unit = issue.unit
        } else if let project {
            on = (nil, project.id, project.name)
            unit = project.unit
        } else {
            return nil
        }
        func field(_ name: String, value: String = "", required: Bool = true) -> FormField {
            Forms.field(.instruction, name, value: value, required: required, lang)
        }
        return Form(
            purpose: .instruct(issue: on.issue, project: on.project), title: lang.text(.formInstruction, on.title),
            fields: [
                field("leader", value: me?.role == .leader ? me?.id ?? "" : ""),
                field("date", value: state.data.today.iso),
                field("text"),
                field("unit", value: unit),
                field("due", value: "+7"),
            ])
    }
}
