/// 领导批示 (a leader's instruction) on a project or an issue (docs/domain-rules.md, "领导批示"): the leader's text, the
/// unit that must respond, the day by which its response (反馈) is due, the response when given, and the leader's
/// 已落实 once the response satisfies them. Only the instruction operations change it (`instruction new|respond|done`),
/// never a plain edit: every field is managed.
public struct Instruction: Record {
    public static let kind = RecordKind.instruction
    public var id: String
    public var meta = RecordMeta()
    /// The project it concerns (for an instruction on an issue, the issue's project, or nil).
    public var project: String?
    /// The issue it concerns, when it was given on an issue.
    public var issue: String?
    /// Person id of the leader (领导) who gave it.
    public var leader = ""
    /// The day it was given (批示日期).
    public var date = Day(ordinal: 0)
    public var text = ""
    /// The unit that must respond (反馈单位).
    public var unit = ""
    /// The day by which the response is due (反馈时限).
    public var due = Day(ordinal: 0)
    /// The response (反馈), who gave it and when.
    public var response: String?
    public var respondedBy: String?
    public var respondedAt: Timestamp?
    /// 已落实: who marked it done (the leader, or the 绩考办 on their behalf) and when.
    public var doneBy: String?
    public var doneAt: Timestamp?
    /// Evidence (`Attachment`): only `attachment add` changes them.
    public var attachments = Attachments()

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Instruction>([
        Field("project", \.project).labelled("项目", "Project", as: .reference(.project)).inLedger("项目编号", aliases: ["项目"]).managed,
        Field("issue", \.issue).labelled("问题", "Issue", as: .text).inLedger("问题编号", aliases: ["问题"]).managed,
        Field("leader", \.leader, required: true).labelled("批示领导", "Leader", as: .reference(.person)).inLedger("批示领导", aliases: ["领导"]).managed,
        Field("date", \.date, required: true).labelled("批示日期", "Given on", as: .date).inLedger("批示日期").managed,
        Field("text", \.text, required: true).labelled("批示内容", "Instruction", as: .text).inLedger("批示内容").managed,
        Field("unit", \.unit, required: true).labelled("反馈单位", "Responding unit", as: .reference(.unit)).inLedger("反馈单位", aliases: ["责任单位"]).managed,
        Field("due", \.due, required: true).labelled("反馈时限", "Response due", as: .date).inLedger("反馈时限").managed,
        Field("response", \.response).labelled("反馈内容", "Response", as: .text).inLedger("反馈内容").managed,
        Field("respondedBy", \.respondedBy).managed,
        Field("respondedAt", \.respondedAt).managed,
        Field("doneBy", \.doneBy).managed,
        Field("doneAt", \.doneAt).managed,
        Field("attachments", \.attachments).managed,
    ])

    /// The journal actions of the three operations.
    public static let newAction = "instruction.new", respondAction = "instruction.respond", doneAction = "instruction.done"

    /// Where it stands: 待反馈 until the unit responds, 已反馈 until the leader marks it 已落实.
    public var status: InstructionStatus {
        if doneAt != nil { return .done }
        return respondedAt != nil ? .responded : .awaitingResponse
    }

    /// Open: not yet 已落实.
    public var isOpen: Bool { doneAt == nil }

    /// Days past the response's due date without a response (0 when responded, done or not yet due).
    public func daysOverdue(today: Day) -> Int {
        status == .awaitingResponse ? max(0, due.days(until: today)) : 0
    }

    /// Whether the response came after its due date (or, without one, the due date has passed).
    public func respondedLate(today: Day) -> Bool {
        if let at = respondedAt { return at.day > due }
        return today > due
    }

    /// The light (docs/domain-rules.md, "领导批示"): waiting for the response, 红 past its due date, 黄 when due within the
    /// store's `dueSoonDays` (0 ≤ due − today ≤ N), else 绿; 已反馈 (waiting on the leader) 绿; 已落实 灰.
    public func light(today: Day, settings: Settings) -> Light {
        switch status {
        case .done: return .gray
        case .responded: return .green
        case .awaitingResponse:
            let left = today.days(until: due)
            if left < 0 { return .red }
            return left <= settings.dueSoonDays ? .yellow : .green
        }
    }

    /// Why the light has its colour, for people: `逾期 3 天`, `2 天后到期`, `已反馈，待领导确认落实`.
    public func lightText(today: Day, _ lang: Lang) -> String {
        switch status {
        case .done: return lang[.instructionLightDone]
        case .responded: return lang[.instructionLightResponded]
        case .awaitingResponse:
            let left = today.days(until: due)
            if left < 0 { return lang.text(.overdueByDays, -left) }
            if left == 0 { return lang.text(.dueToday) }
            return lang.text(.dueInDays, left)
        }
    }

    /// The record as it stood at the end of `day`: nil when given later; a response or 已落实 made later is taken back.
    public func asOf(_ day: Day) -> Instruction? {
        guard date <= day else { return nil }
        var past = self
        if let at = doneAt, at.day > day { past.doneAt = nil; past.doneBy = nil }
        if let at = respondedAt, at.day > day { past.respondedAt = nil; past.respondedBy = nil; past.response = nil }
        return past
    }
}

extension Instruction: CarriesAttachments {}

/// Where an instruction stands.
public enum InstructionStatus: String, DomainEnum {
    case awaitingResponse = "待反馈", responded = "已反馈", done = "已落实"
    public var english: String {
        switch self {
        case .awaitingResponse: "awaiting response"
        case .responded: "responded"
        case .done: "done"
        }
    }
}

/// A new instruction (`frontline instruction new`).
public struct InstructionDraft: Sendable, Hashable {
    /// The project, or nil when it is given on an issue.
    public var project: String?
    public var issue: String?
    /// The leader who gave it: nil means the actor (a leader); an administrator recording it names the leader.
    public var leader: String?
    /// The day it was given: nil means today; never later than today.
    public var date: Day?
    public var text: String
    public var unit: String
    public var due: Day

    public init(project: String? = nil, issue: String? = nil, leader: String? = nil, date: Day? = nil, text: String, unit: String, due: Day) {
        self.project = project
        self.issue = issue
        self.leader = leader
        self.date = date
        self.text = text
        self.unit = unit
        self.due = due
    }
}

/// The unit's response (`respond`, with its text) or the leader's 已落实 (`done`).
public struct InstructionStep: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable { case respond, done }
    public var instruction: String
    public var action: Action
    public var text: String

    public init(instruction: String, action: Action, text: String = "") {
        self.instruction = instruction
        self.action = action
        self.text = text
    }
}

extension BoardIndex {
    /// What waits for `person` on `today` (the brief and the board's 我的 ask here): instructions awaiting a response
    /// from a unit whose response they hold (`Roster.instructionHolder`), the earliest due first; and responses to
    /// their own instructions awaiting their 已落实, the oldest response first.
    public func instructions(waitingFor person: String, today: Day) -> (toRespond: [Instruction], responses: [Instruction]) {
        var toRespond: [Instruction] = [], responses: [Instruction] = []
        for instruction in board.instructions where instruction.date <= today {
            switch instruction.status {
            case .awaitingResponse where roster.instructionHolder(of: instruction.unit, on: today)?.person == person:
                toRespond.append(instruction)
            case .responded where instruction.leader == person && (instruction.respondedAt?.day ?? today) <= today:
                responses.append(instruction)
            default: break
            }
        }
        toRespond.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        responses.sort { ($0.respondedAt?.seconds ?? 0, $0.id) < ($1.respondedAt?.seconds ?? 0, $1.id) }
        return (toRespond, responses)
    }
}

extension Roster {
    /// Who answers for a unit's instructions on `day`: the holder of its issue duty (A, or B covering), else its head.
    public func instructionHolder(of unit: String, on day: Day) -> Holder? {
        var probe = Issue(id: "")
        probe.unit = unit
        return responsible(for: probe, on: day)
    }
}

extension Planner {
    /// Plans a new instruction: given by a leader (themselves), or recorded by an administrator naming the leader;
    /// on an existing project or issue, to an existing unit, with a text and a due date not before the day it was given.
    mutating func instruct(_ draft: InstructionDraft) throws(DomainError) -> String {
        let actor = context.actor.person
        let leaderId: String
        if let named = draft.leader?.trimmingSpaces, !named.isEmpty {
            leaderId = named
        } else if actor?.role == .admin {
            throw .invalid(
                field: "leader", Phrase(.invalidInstructionNeedsLeader))
        } else {
            leaderId = try me()
        }
        guard let leader = scratch.people[id: leaderId] else { throw .notFound(.person, leaderId) }
        // Who may give it first (a unit official is refused as such), then whom an administrator may name.
        if actor?.role != .admin { try check(.giveInstruction(leader: leader)) }
        guard leader.role == .leader else {
            throw .invalid(
                field: "leader", Phrase(.invalidInstructionNotByLeader, "\(leader.name)", .label(leader.role)))
        }
        try check(.giveInstruction(leader: leader))
        var instruction = Instruction(id: context.ids.next(.instruction, scratch))
        switch (
            draft.project.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }, draft.issue.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        ) {
        case (nil, nil), (.some, .some):
            throw .invalid(
                field: "project", Phrase(.invalidInstructionNeedsOneTarget))
        case (let project?, nil):
            guard scratch.projects.contains(id: project) else { throw .notFound(.project, project) }
            instruction.project = project
        case (nil, let issue?):
            guard let found = scratch.issues[id: issue] else { throw .notFound(.issue, issue) }
            instruction.issue = issue
            instruction.project = found.project
        }
        guard scratch.units.contains(id: draft.unit) else { throw .notFound(.unit, draft.unit) }
        let text = draft.text.trimmingSpaces
        if text.isEmpty { throw .invalid(field: "text", Phrase(.invalidInstructionNeedsText)) }
        let today = context.today, date = draft.date ?? context.today
        if date > today {
            throw .invalid(
                field: "date", Phrase(.invalidInstructionDateAfterToday, "\(date.iso)", "\(today.iso)"))
        }
        if draft.due < date {
            throw .invalid(
                field: "due", Phrase(.invalidResponseDueDateBeforeInstruction, "\(draft.due.iso)", "\(date.iso)"))
        }
        instruction.leader = leader.id
        instruction.date = date
        instruction.text = text
        instruction.unit = draft.unit
        instruction.due = draft.due
        let fields = Instruction.schema.fields.compactMap { field -> FieldChange? in
            let value = field.get(instruction)
            return value.isNull ? nil : FieldChange(field.name, old: .null, new: value)
        }
        try record(RecordChange(kind: .instruction, id: instruction.id, op: .create, base: 0, fields: fields))
        return instruction.id
    }

    /// Plans a response (the responding unit, or an administrator for it) or 已落实 (the leader who gave it, or an
    /// administrator): a response only while 待反馈, 已落实 only once 已反馈.
    mutating func step(_ step: InstructionStep) throws(DomainError) {
        guard let instruction = scratch.instructions[id: step.instruction] else { throw .notFound(.instruction, step.instruction) }
        var fields: [FieldChange] = []
        func set(_ name: String, _ value: JSONValue) {
            fields.append(FieldChange(name, old: instruction.value(of: name) ?? .null, new: value))
        }
        switch step.action {
        case .respond:
            try check(.respondToInstruction(instruction))
            guard instruction.status == .awaitingResponse else { throw Planner.illegal(instruction, step.action) }
            let text = step.text.trimmingSpaces
            if text.isEmpty { throw .invalid(field: "text", Phrase(.invalidResponseNeedsText)) }
            set("response", .string(text))
            set("respondedBy", .string(try me()))
            set("respondedAt", context.now.json)
        case .done:
            try check(.completeInstruction(instruction))
            guard instruction.status == .responded else { throw Planner.illegal(instruction, step.action) }
            set("doneBy", .string(try me()))
            set("doneAt", context.now.json)
        }
        try record(RecordChange(kind: .instruction, id: instruction.id, op: .update, base: instruction.meta.rev, fields: fields))
    }

    static func illegal(_ instruction: Instruction, _ action: InstructionStep.Action) -> DomainError {
        let status = instruction.status
        switch action {
        case .respond:
            return .invalid(
                field: "status", Phrase(.invalidInstructionNotAwaitingResponse, "\(instruction.id)", .label(status), "\(status.rawValue)"))
        case .done:
            return .invalid(
                field: "status", Phrase(.invalidInstructionNotResponded, "\(instruction.id)", .label(status), "\(status.rawValue)"))
        }
    }
}
