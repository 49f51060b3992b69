import FrontlineCore

/// A form on top of the board: fields the user fills from the keyboard, then saves as intents.
public struct Form: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case raiseIssue
        /// A lifecycle action on one or more issues, with the status each had when chosen.
        case move([String: IssueStatus], IssueAction)
        case extend([String])
        case visit(project: String)
        case progress(project: String)
        case absence
        /// A new key project (administrators), saved like `frontline project new`.
        case newProject
        /// Withdraw a published half-month report, with a reason (administrators).
        case withdrawReport
        /// 催办 an issue, with a note.
        case urge(String)
        /// 手续: record a step of a project (`h`), opened at the project's revision `base`.
        case procedure(project: String, base: Int)
        /// 手续: raise an issue from a late step of a project (`H`).
        case raiseProcedure(project: String)
        /// A 调度会 (`meeting new`), and a decision on one (`meeting decide`).
        case newMeeting
        case decide(String)
        /// A 领导批示 on an issue or else a project (`instruction new`); the unit's response; the leader's 已落实.
        case instruct(issue: String?, project: String?)
        case respondToInstruction(String)
        case completeInstruction(String)
        /// 招商: a squad (`squad new`), a lead (`lead new`), a lead's next stage seen at `from` (`lead move|land`), a month's
        /// results published (`report attraction --publish`).
        case newSquad
        case newLead
        case advanceLead(String, from: LeadStage)
        case publishAttraction
        /// 通报 of a unit (`bulletin new`).
        case issueBulletin(String)
        /// Field edits of one record, opened at revision `base`.
        case edit(RecordKind, String, base: Int)
    }

    public var purpose: Purpose
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// After a save was tried: show every field's problem, not only the changed ones'.
    public var showAllProblems = false
    /// Why the last save was refused, when it was.
    public var message: String?
    /// Problems the planner found with a field (e.g. a due date before today).
    public var planProblems: [String: String] = [:]
    /// For an edit: each field's value in the store when the form opened (the `old` of the change).
    public var originals: [String: JSONValue] = [:]

    public init(purpose: Purpose, title: String, fields: [FormField]) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
    }

    public var isChanged: Bool { fields.contains(where: \.isChanged) }

    /// The problem to show beside a field, if any.
    public func problem(_ i: Int, today: Day, index: BoardIndex, lang: Lang) -> String? {
        let field = fields[i]
        if let planned = planProblems[field.key] { return planned }
        guard showAllProblems || field.isChanged else { return nil }
        if case .failure(let problem) = field.parse(today: today, index: index, lang: lang) { return problem.message }
        return nil
    }

    /// The parsed values by key, and the first field with a problem (nil when all are fine).
    func values(today: Day, index: BoardIndex, lang: Lang) -> (values: [String: JSONValue], firstProblem: Int?) {
        var values: [String: JSONValue] = [:]
        var first: Int?
        for (i, field) in fields.enumerated() {
            switch field.parse(today: today, index: index, lang: lang) {
            case .success(let value): values[field.key] = value
            case .failure: first = first ?? i
            }
        }
        return (values, first)
    }

    /// What saving the form asks the store to do.
    func intents(_ v: [String: JSONValue], today: Day, board: Board = Board()) -> [Intent] {
        func string(_ key: String) -> String? { v[key]?.stringValue }
        func day(_ key: String) -> Day? { v[key].flatMap { try? Day(json: $0) } }
        func choice<E: DomainEnum>(_ key: String, _ type: E.Type) -> E? { string(key).flatMap(E.init(rawValue:)) }
        switch purpose {
        case .raiseIssue:
            var draft = IssueDraft(project: string("project"), title: string("title") ?? "", unit: string("unit") ?? "", due: day("due") ?? today)
            draft.description = string("description") ?? ""
            draft.category = choice("category", IssueCategory.self) ?? .other
            draft.source = choice("source", IssueSource.self) ?? .enterprise
            draft.urgency = choice("urgency", Urgency.self) ?? .normal
            draft.person = string("person")
            return [.raiseIssue(draft)]
        case .move(let seen, let action):
            return [
                Intent.one(
                    seen.keys.sorted().map { id in
                        .moveIssue(
                            IssueMove(
                                issue: id, action: action, note: string("note") ?? "", newDue: day("due"), unit: string("unit"),
                                person: string("person"), satisfaction: choice("satisfaction", Satisfaction.self), seenStatus: seen[id]))
                    })
            ]
        case .extend(let ids):
            return [Intent.one(ids.map { id in .moveIssue(IssueMove(issue: id, action: .extend, note: string("note") ?? "", newDue: day("due"))) })]
        case .visit(let project):
            var draft = VisitDraft(project: project, date: day("date") ?? today, note: string("note") ?? "")
            draft.mode = choice("mode", VisitMode.self) ?? .onSite
            return [.logVisit(draft)]
        case .progress(let project):
            var draft = ProgressDraft(project: project, note: string("note") ?? "")
            draft.pct = v["progressPct"]?.intValue
            draft.ytd = v["ytd"].flatMap { try? Money(json: $0) }
            draft.stage = choice("stage", Stage.self)
            draft.progressText = string("progressText")
            draft.problems = string("problems") ?? ""
            draft.nextSteps = string("nextSteps")
            return [.postProgress(draft)]
        case .absence:
            var draft = AbsenceDraft(
                person: string("person") ?? "", from: day("from") ?? today, to: day("to") ?? today,
                reason: choice("reason", AbsenceReason.self) ?? .other)
            draft.handover = string("handover") ?? ""
            return [.recordAbsence(draft)]
        case .newProject:
            var record: [String: JSONValue] = [:]
            for field in fields { if let value = v[field.key], value != .null { record[field.key] = value } }
            return [.create(.project, id: nil, fields: record)]
        case .urge(let issue):
            return [.urgeIssue(IssueUrge(issue: issue, note: string("note") ?? ""))]
        case .procedure(let project, let base):
            return [ProcedureCommand.intent(project: project, base: base, values: v)]
        case .raiseProcedure(let project):
            return [.raiseProcedureIssue(ProcedureRaise(project: project, step: string("step") ?? "", due: day("due"), note: string("note") ?? ""))]
        case .newMeeting:
            return [.recordMeeting(MeetingCommand.draft(v, today: today, chair: ""))]
        case .decide(let meeting):
            return [.decide(MeetingCommand.draft(meeting, v, today: today))]
        case .instruct(let issue, let project):
            return [
                .instruct(
                    InstructionDraft(
                        project: project, issue: issue, leader: string("leader"), date: day("date"),
                        text: string("text") ?? "", unit: string("unit") ?? "", due: day("due") ?? today))
            ]
        case .respondToInstruction(let id):
            return [.stepInstruction(InstructionStep(instruction: id, action: .respond, text: string("text") ?? ""))]
        case .completeInstruction(let id):
            return [.stepInstruction(InstructionStep(instruction: id, action: .done))]
        case .newSquad, .newLead, .advanceLead, .publishAttraction:
            return [AttractionCommand.intent(purpose, v, today: today, board: board)]
        case .issueBulletin(let unit):
            return [BulletinCommand.intent(unit: unit, v, today: today)]
        case .withdrawReport:
            return [.withdrawReport(period: string("period") ?? "", reason: string("reason") ?? "")]
        case .edit(let kind, let id, let base):
            let changes = fields.filter(\.isChanged).map { field in
                let old = originals[field.key] ?? .null
                var new = v[field.key] ?? .null
                // A cleared text field of a field that cannot be null is the empty text.
                if new == .null, case .string = old { new = .string("") }
                return FieldChange(field.key, old: old, new: new)
            }
            return [.edit(RecordEdit(kind: kind, id: id, base: base, fields: changes))]
        }
    }
}

extension Intent {
    /// One action on one or several records as one save: several become a batch (one journal entry, one undo).
    static func one(_ intents: [Intent]) -> Intent {
        intents.count == 1 ? intents[0] : .batch(intents)
    }
}
