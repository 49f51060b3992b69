import FrontlineCore

/// 手续 on the board (docs/board.md, "手续"): the project page shows the chain as a timeline; `h` opens a form to record a
/// step's dates, unit and 批复文号; `H` raises an issue from a late step.
enum ProcedureCommand {
    /// `h`: record a step of the project in context: the step's unit, the project's unit or an administrator.
    static let record = EditingBinding(
        command: .procedure, offeredEverywhere: false,
        problem: { c in
            guard let project = c.project else { return c.lang.text(.selectProjectFirst) }
            let template = c.board.settings.procedures
            if template.isEmpty { return c.lang.text(.procedureNoTemplate) }
            // Anyone who may record one of its steps may open the form; the step chosen is checked when saving.
            let chain = c.board.procedureChain(project, today: c.data.today)
            let denials = chain.steps.map { c.denial(.recordProcedure(project, stepUnit: $0.unit)) }
            return denials.contains { $0 == nil } ? nil : denials.first??.message(c.lang)
        },
        start: { state, c in
            if let project = c.project { state.overlay = .form(form(project, state)) }
            return []
        })

    /// `H`: raise an issue from a late step of the project in context (whoever may raise an issue on the project).
    static let raise = EditingBinding(
        command: .raiseProcedure, offeredEverywhere: false,
        problem: { c in
            guard let project = c.project else { return c.lang.text(.selectProjectFirst) }
            if c.board.settings.procedures.isEmpty { return c.lang.text(.procedureNoTemplate) }
            let steps = raisable(project, c.data)
            guard let first = steps.first else { return c.lang.text(.procedureNoLateStep, project.id) }
            return c.denial(.raiseIssue(project: project, unit: first.unit))?.message(c.lang)
        },
        start: { state, c in
            if let project = c.project { state.overlay = .form(raiseForm(project, state)) }
            return []
        })

    /// The late steps that may raise an issue: red, and not linked to an open issue.
    static func raisable(_ project: Project, _ data: BoardData) -> [ProcedureChain.Step] {
        data.board.procedureChain(project, today: data.today).steps.filter { step in
            step.light == .red && !(step.issue.flatMap { data.board.issues[id: $0] }?.status.isOpen ?? false)
        }
    }

    /// The step (the first the chain is at), then what to record; a blank field leaves its value as it is.
    static func form(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        let chain = state.data.board.procedureChain(project, today: state.data.today)
        let names = chain.steps.map(\.name)
        let first = chain.current.first?.name ?? names.first ?? ""
        return Form(
            purpose: .procedure(project: project.id, base: project.meta.rev), title: lang.text(.formProcedure, project.name),
            fields: [
                FormField("step", lang.text(.procedureFieldStep), .choice(Choice(values: names)), value: first, required: true),
                FormField("planned", lang.text(.procedureFieldPlanned), .date),
                FormField("done", lang.text(.procedureFieldDone), .date),
                FormField("number", lang.text(.procedureFieldNumber), .text),
                FormField("unit", lang.text(.procedureFieldUnit), .reference(.unit)),
            ])
    }

    /// The late step (the latest first), the issue's due date and what is asked.
    static func raiseForm(_ project: Project, _ state: AppState) -> Form {
        let lang = state.lang
        let steps = raisable(project, state.data).sorted { ($0.daysLate, $1.group) > ($1.daysLate, $0.group) }
        return Form(
            purpose: .raiseProcedure(project: project.id), title: lang.text(.formRaiseProcedure, project.name),
            fields: [
                FormField(
                    "step", lang.text(.procedureFieldStep), .choice(Choice(values: steps.map(\.name))), value: steps.first?.name ?? "", required: true
                ),
                FormField(
                    "due", RecordKind.issue.label(of: "due", lang), .date,
                    value: state.data.today.adding(days: ProcedureRaise.defaultDays).iso, required: true),
                FormField("note", lang.text(.procedureFieldNote), .text),
            ])
    }

    /// What the form saves: only the fields typed in.
    static func intent(project: String, base: Int, values v: [String: JSONValue]) -> Intent {
        func day(_ key: String) -> Day?? {
            guard let value = v[key], let day = try? Day(json: value) else { return nil }
            return .some(day)
        }
        func text(_ key: String) -> String?? {
            guard let text = v[key]?.stringValue else { return nil }
            return .some(text)
        }
        return .recordProcedure(
            ProcedureUpdate(
                project: project, step: v["step"]?.stringValue ?? "", unit: text("unit"),
                planned: day("planned"), done: day("done"), number: text("number"), base: base))
    }

    /// Under the form: the chain as it stands, so the step's current values are in sight.
    static func explanation(_ project: String, data: BoardData, lang: Lang) -> [String] {
        guard let project = data.board.projects[id: project] else { return [] }
        let timeline = ProcedureTimeline(data.board.procedureChain(project, today: data.today), index: data.index, today: data.today, lang: lang)
        return [lang.text(.procedureFormHint), timeline.summary] + timeline.lines
    }

    /// The project page's section: the summary as its heading, then a line per step, the light's mark in its colour.
    /// A project with no step recorded shows none (a chain of 未排期 for every project built long ago says nothing); `h`
    /// records its first step.
    static func lines(_ project: Project, _ state: AppState) -> [Line] {
        let data = state.data
        guard !data.board.settings.procedures.isEmpty, !project.procedures.isEmpty else { return [] }
        let timeline = ProcedureTimeline(
            data.board.procedureChain(project, today: data.today), index: data.index, today: data.today, lang: state.lang)
        var lines: [Line] = [.blank, .heading(timeline.summary)]
        for row in timeline.rows {
            let role: Role = row.step.light.map { .light($0) } ?? .dim
            lines.append(
                Line(
                    cells: [
                        Span(row.bracket, .dim), Span(row.mark, role),
                        Span(" " + row.head, row.step.light == .red ? .light(.red) : row.step.isDone ? .dim : .normal),
                        Span("  " + row.tail, .dim),
                    ],
                    target: row.step.issue.map { Target(.issue, $0) }))
        }
        return lines
    }
}
