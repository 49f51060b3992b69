/// A change to one step of a project's procedures (`frontline procedure set|done`, the board's form). For each value,
/// nil leaves it as it is and `.some(nil)` clears it.
public struct ProcedureUpdate: Sendable, Hashable {
    public var project: String
    /// The step's name in the template.
    public var step: String
    public var unit: String??
    public var planned: Day??
    public var done: Day??
    public var number: String??
    /// The project's revision when the form was opened: a different current one with a different step is a conflict.
    public var base: Int?

    public init(
        project: String, step: String, unit: String?? = nil, planned: Day?? = nil, done: Day?? = nil,
        number: String?? = nil, base: Int? = nil
    ) {
        self.project = project
        self.step = step
        self.unit = unit
        self.planned = planned
        self.done = done
        self.number = number
        self.base = base
    }
}

/// Raise an issue from a late step (`frontline procedure raise`, the board's action): one issue per late step.
public struct ProcedureRaise: Sendable, Hashable {
    public var project: String
    public var step: String
    /// The issue's due date: nil means `ProcedureRaise.defaultDays` after today.
    public var due: Day?
    /// What is asked of the unit, added to the issue's description.
    public var note: String

    public init(project: String, step: String, due: Day? = nil, note: String = "") {
        self.project = project
        self.step = step
        self.due = due
        self.note = note
    }

    /// Days from today to the raised issue's due date when none is given.
    public static let defaultDays = 7
}

extension Planner {
    /// The journal actions of recording a step and of raising an issue from one.
    static let procedureAction = "procedure.record", procedureRaiseAction = "procedure.raise"

    /// The responsible unit of the step a `procedure.record` change touched (the one whose value differs before and
    /// after), for taking it back; nil when the change is not one.
    static func procedureUnit(_ project: Project, _ change: RecordChange, template: ProcedureTemplate) -> String? {
        guard let field = change.fields.first(where: { $0.name == "procedures" }),
            let old = try? ProcedureSteps(json: field.old), let new = try? ProcedureSteps(json: field.new)
        else { return nil }
        let names = Set(old.map(\.name) + new.map(\.name))
        guard let name = names.first(where: { old[name: $0] != new[name: $0] }) else { return nil }
        return old[name: name]?.unit ?? new[name: name]?.unit ?? template.step(name)?.unit ?? project.unit
    }

    /// The project and the step of the template named, or the error that names what is missing.
    func procedureStep(_ projectId: String, _ name: String) throws(DomainError) -> (Project, ProcedureTemplate.Step) {
        guard let project = scratch.projects[id: projectId] else { throw .notFound(.project, projectId) }
        let template = scratch.settings.procedures
        if template.isEmpty {
            throw .invalid(field: "step", Phrase(.procedureNoTemplate))
        }
        let name = name.trimmingSpaces
        guard let step = template.step(name) else {
            let names = template.steps.map(\.name)
            throw .invalid(
                field: "step", Phrase(.procedureNoSuchStep, "\(name)", .list(names.map { .plain($0) })))
        }
        return (project, step)
    }

    /// Plans a change to a step; returns the journal summary (`P-002 手续 图审：办结 2026-04-21`).
    mutating func recordProcedure(_ update: ProcedureUpdate) throws(DomainError) -> String {
        let (project, templateStep) = try procedureStep(update.project, update.step)
        let before = project.procedures[name: templateStep.name] ?? ProcedureStep(name: templateStep.name)
        let currentUnit = before.unit ?? templateStep.unit ?? project.unit
        try check(.recordProcedure(project, stepUnit: currentUnit))
        var step = before
        if let unit = update.unit {
            let unit = unit.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
            if let unit, !scratch.units.contains(id: unit) { throw .notFound(.unit, unit) }
            if unit != step.unit { try check(.assignProcedure(project)) }
            step.unit = unit
        }
        if let planned = update.planned { step.planned = planned }
        if let done = update.done {
            if let done, done > today {
                throw .invalid(
                    field: "done", Phrase(.procedureDoneAfterToday, "\(done.iso)", "\(today.iso)"))
            }
            step.done = done
        }
        if let number = update.number { step.number = number.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 } }
        if let number = step.number, number.count > Limits.procedureNumberLength {
            throw .invalid(
                field: "number", Phrase(.procedureNumberTooLong, "\(Limits.procedureNumberLength)"))
        }
        if step == before { throw .nothingChanged }
        if let base = update.base, base != project.meta.rev,
            case let (by?, at) = lastChange(.project, project.id, field: "procedures", after: base, record: project.meta)
        {
            throw .conflicts([
                Conflict(
                    recordKind: .project, id: project.id, kind: .field("procedures"), base: .null,
                    theirs: project.procedures.json, mine: project.procedures.setting(step).json,
                    theirsBy: by, theirsAt: at)
            ])
        }
        var updated = project
        updated.procedures = project.procedures.setting(step)
        try record(
            RecordChange(
                kind: .project, id: project.id, op: .update, base: project.meta.rev,
                fields: Planner.difference(project, updated)))
        var parts: [String] = []
        if step.unit != before.unit { parts.append("责任单位 \(step.unit ?? "—")") }
        if step.planned != before.planned { parts.append("计划 \(step.planned?.iso ?? "—")") }
        if step.done != before.done { parts.append("办结 \(step.done?.iso ?? "—")") }
        if step.number != before.number { parts.append("文号 \(step.number ?? "—")") }
        return "\(project.id) 手续 \(step.name)：" + parts.joined(separator: "，")
    }

    /// Plans an issue raised from a late step: the step must be late (红) and not linked to an open issue already; the
    /// issue goes to the step's responsible unit, and the step keeps its id. Returns the journal summary.
    mutating func raiseProcedureIssue(_ request: ProcedureRaise) throws(DomainError) -> String {
        let (project, templateStep) = try procedureStep(request.project, request.step)
        let chain = scratch.procedureChain(project, today: today)
        guard let step = chain.step(templateStep.name) else { throw .notFound(.project, request.project) }
        if let id = step.issue, let issue = scratch.issues[id: id], issue.status.isOpen {
            throw .invalid(
                field: "step", Phrase(.procedureAlreadyRaised, "\(project.id)", "\(step.name)", "\(id)"))
        }
        guard step.light == .red else {
            throw .invalid(
                field: "step", Phrase(.procedureNotLate, "\(project.id)", "\(step.name)", .phrase(step.lightPhrase(today: today))))
        }
        let lang = scratch.settings.documentLanguage
        let unitName = scratch.units[id: step.unit]?.name ?? step.unit
        var draft = IssueDraft(
            project: project.id, title: lang.text(.procedureIssueTitle, step.name),
            unit: step.unit, due: request.due ?? today.adding(days: ProcedureRaise.defaultDays))
        draft.description = lang.text(.procedureIssueDescription, project.name, step.name, step.planned?.iso ?? "", step.daysLate, unitName)
        let note = request.note.trimmingSpaces
        if !note.isEmpty { draft.description += " " + note }
        draft.category = .approval
        draft.source = .inspection
        let id = try raise(draft)
        guard let current = scratch.projects[id: project.id] else { throw .notFound(.project, project.id) }
        var recorded = current.procedures[name: step.name] ?? ProcedureStep(name: step.name)
        recorded.issue = id
        var updated = current
        updated.procedures = current.procedures.setting(recorded)
        try record(
            RecordChange(
                kind: .project, id: project.id, op: .update, base: current.meta.rev,
                fields: Planner.difference(current, updated)))
        return "\(project.id) 手续 \(step.name) 逾期 \(step.daysLate) 天 → \(id)：\(draft.title)"
    }
}
