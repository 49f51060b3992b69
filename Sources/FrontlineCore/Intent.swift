/// What a user asks to change, in their words; the planner turns it into record changes.
public enum Intent: Sendable, Hashable {
    case raiseIssue(IssueDraft)
    case moveIssue(IssueMove)
    /// 催办: press the unit holding an open issue, with a note (`IssueUrge`).
    case urgeIssue(IssueUrge)
    /// 督办: record the escalation levels the rules reached and that are not recorded yet (`IssueEscalation`).
    case escalateIssues(IssueEscalation)
    case logVisit(VisitDraft)
    /// 领导批示: a leader's instruction, given or recorded (`InstructionDraft`).
    case instruct(InstructionDraft)
    /// The unit's response to an instruction, or the leader's 已落实 (`InstructionStep`).
    case stepInstruction(InstructionStep)
    /// 手续: record a step of a project's procedures, its unit, dates and 批复文号 (`ProcedureUpdate`).
    case recordProcedure(ProcedureUpdate)
    /// 手续: raise an issue from a late step, linked to the step (`ProcedureRaise`).
    case raiseProcedureIssue(ProcedureRaise)
    /// Attach a file, already kept by the store, to a visit or an issue (`AttachmentDraft`). Not undone: evidence.
    case attach(AttachmentDraft)
    case postProgress(ProgressDraft)
    case recordAbsence(AbsenceDraft)
    /// Record a 调度会 (`MeetingDraft`): administrators and leaders.
    case recordMeeting(MeetingDraft)
    /// Record a decision of a 调度会, a note or an issue raised and 交办 at once (`DecisionDraft`).
    case decide(DecisionDraft)
    /// Create a record from field values (administrators' forms, imports); `id` nil → a new id.
    case create(RecordKind, id: String?, fields: [String: JSONValue])
    case edit(RecordEdit)
    case delete(RecordKind, id: String, base: Int)
    /// Revert the actor's latest change that is not yet undone, as a new journal entry.
    case undo
    /// Freeze a half-month report as published (administrators); a period is published once. A month's 招商引资成绩
    /// (id `2026-10`, with its rows) is published and withdrawn the same way, once the month has ended.
    case publishReport(PublishedReport)
    /// Withdraw a published half-month report (administrators), with the reason for the record.
    /// Neither publishing nor withdrawing is undone by `undo`: both are deliberate acts on the zone's record.
    case withdrawReport(period: String, reason: String)
    /// Several intents saved as one change: one journal entry, undone as a whole (a lifecycle action
    /// on marked issues). All are saved or none; a batch holds no batch and no undo.
    case batch([Intent])
    /// Import a ledger file's rows as one change (administrators); all rows or none.
    case importLedger(LedgerImport)
    /// 招商: a squad (`SquadDraft`), a lead (`LeadDraft`), a lead's next stage, 落地 making it a key project (`LeadMove`).
    case recordSquad(SquadDraft)
    case recordLead(LeadDraft)
    case moveLead(LeadMove)
    /// 通报: the 绩考办's praise or criticism of a unit (`BulletinDraft`). Issued once: not undone, edited or deleted.
    case issueBulletin(BulletinDraft)
}

/// A new issue (问题).
public struct IssueDraft: Sendable, Hashable {
    public var project: String?
    public var title: String
    public var description = ""
    public var category = IssueCategory.other
    public var source = IssueSource.enterprise
    public var unit: String
    public var coUnits: [String] = []
    public var person: String?
    public var responsibleLeader: String?
    public var due: Day
    public var urgency = Urgency.normal

    public init(project: String?, title: String, unit: String, due: Day) {
        self.project = project
        self.title = title
        self.unit = unit
        self.due = due
    }
}

/// A lifecycle action on an issue.
public struct IssueMove: Sendable, Hashable {
    public var issue: String
    public var action: IssueAction
    public var note: String
    /// For 延期: the new due date, or how many days after the current one (decided under the lock); for 申请延期,
    /// the due date asked for.
    public var newDue: Day?
    public var extendDays: Int?
    /// For 转办: the unit the issue goes to, and optionally the person there who answers for it.
    public var unit: String?
    public var person: String?
    /// For 回访: the enterprise's satisfaction.
    public var satisfaction: Satisfaction?
    /// The status the user saw when choosing the action; a different current status is a conflict.
    public var seenStatus: IssueStatus?

    public init(
        issue: String, action: IssueAction, note: String = "", newDue: Day? = nil, extendDays: Int? = nil,
        unit: String? = nil, person: String? = nil, satisfaction: Satisfaction? = nil, seenStatus: IssueStatus? = nil
    ) {
        self.issue = issue
        self.action = action
        self.note = note
        self.newDue = newDue
        self.extendDays = extendDays
        self.unit = unit
        self.person = person
        self.satisfaction = satisfaction
        self.seenStatus = seenStatus
    }
}

/// A site visit (走访), optionally raising issues found on site.
public struct VisitDraft: Sendable, Hashable {
    public var project: String
    public var date: Day
    public var mode = VisitMode.onSite
    /// Person ids; empty means the actor alone.
    public var visitors: [String] = []
    public var note: String
    public var raise: [IssueDraft] = []

    public init(project: String, date: Day, note: String) {
        self.project = project
        self.date = date
        self.note = note
    }
}

/// A progress update (进展填报) for today's half-month period, or for an earlier one filed late.
public struct ProgressDraft: Sendable, Hashable {
    public var project: String
    /// The half-month the report describes: nil for today's. An earlier one is a report filed late, which
    /// still describes its period (docs/domain-rules.md, "As of a date"); a later one is refused.
    public var period: Period?
    public var pct: Int?
    public var ytd: Money?
    public var stage: Stage?
    public var progressText: String?
    public var note: String
    public var problems = ""
    public var nextSteps: String?

    public init(project: String, note: String) {
        self.project = project
        self.note = note
    }
}

/// An absence (离岗): B covers while A is away.
public struct AbsenceDraft: Sendable, Hashable {
    public var person: String
    public var from: Day
    public var to: Day
    public var reason: AbsenceReason
    public var handover = ""

    public init(person: String, from: Day, to: Day, reason: AbsenceReason) {
        self.person = person
        self.from = from
        self.to = to
        self.reason = reason
    }
}

/// Field edits to one record, each with the value the user started from.
public struct RecordEdit: Sendable, Hashable {
    public var kind: RecordKind
    public var id: String
    /// The record's revision when the form was opened.
    public var base: Int
    public var fields: [FieldChange]

    public init(kind: RecordKind, id: String, base: Int, fields: [FieldChange]) {
        self.kind = kind
        self.id = id
        self.base = base
        self.fields = fields
    }
}

/// Where new record ids come from: injected, so the core never invents them itself.
public struct IdSource: Sendable {
    public let next: @Sendable (RecordKind, Board) -> String

    public init(_ next: @escaping @Sendable (RecordKind, Board) -> String) { self.next = next }

    /// The next number with the kind's prefix: `I-0120` → `I-0121` (one more than the newest records' highest).
    ///
    /// Records are appended in id order, so the newest ones are looked at first; only when that guess
    /// is taken (ids imported out of order) are all ids scanned.
    public static let sequential = IdSource { kind, board in
        let (letter, digits) = kind.idPrefix
        let prefix = letter + "-"
        func next(after ids: some Sequence<String>) -> String {
            var highest = 0
            for id in ids where id.hasPrefix(prefix) {
                if let n = Int(id.dropFirst(prefix.count)) { highest = max(highest, n) }
            }
            let number = String(highest + 1)
            return prefix + String(repeating: "0", count: max(0, digits - number.count)) + number
        }
        let guess = next(after: board.recentIds(of: kind, count: 32))
        return board.contains(kind, id: guess) ? next(after: board.ids(of: kind)) : guess
    }
}

/// The inputs of planning that are not data: who, when, where ids come from, recent history.
public struct PlanContext: Sendable {
    public var actor: Actor
    public var today: Day
    public var now: Timestamp
    public var ids: IdSource
    /// Journal entries since the snapshot, oldest first: for undo and for saying who changed what.
    public var history: [Entry]

    public init(actor: Actor, today: Day, now: Timestamp, ids: IdSource = .sequential, history: [Entry] = []) {
        self.actor = actor
        self.today = today
        self.now = now
        self.ids = ids
        self.history = history
    }
}

/// The record changes an operation makes, ready to become one journal entry.
public struct Plan: Sendable, Hashable {
    public var action: String
    public var summary: String
    public var actingFor: String?
    public var undoes: Int?
    public var changes: [RecordChange]

    /// The journal entry for this plan, on top of a board at `revision`.
    public func entry(after revision: Int, at: Timestamp, actor: Actor, prev: String) -> Entry {
        Entry(
            seq: revision + 1, at: at, login: actor.login, uid: actor.uid, person: actor.person?.id,
            actingFor: actingFor, action: action, summary: summary, undoes: undoes, changes: changes, prev: prev)
    }
}
