import FrontlineCore

/// One dated change in the sample's history: who made it, when, and what they asked the product to do.
struct SampleEvent {
    enum Change {
        /// A ledger file imported (`frontline import`), then its columns the import does not read set by edits.
        case importLedger(file: String, kind: LedgerKind)
        case absence(AbsenceDraft, id: String)
        /// A site visit and the issues found on it, raised in the same change.
        case visit(VisitDraft, id: String, issues: [String])
        case raise(IssueDraft, id: String)
        case move(IssueMove)
        /// A 催办 on an open issue.
        case urge(IssueUrge)
        /// The 绩考办 recording the 督办 levels reached (`frontline issue escalate`).
        case escalate(IssueEscalation)
        /// A leader's instruction (领导批示) given or recorded, and a response to one or its 已落实.
        case instruct(InstructionDraft, id: String)
        case instructionStep(InstructionStep)
        /// 手续: a step of a project's procedures recorded (`frontline procedure set|done`).
        case procedure(ProcedureUpdate)
        case progress(ProgressDraft, id: String)
        /// A 调度会 recorded, and a decision of one (an issue 交办 from it has its id in the source).
        case meeting(MeetingDraft, id: String)
        case decide(DecisionDraft, issue: String?)
        case edit(id: String, fields: [(name: String, text: String)])
        /// 招商: a squad formed, a lead recorded, a lead's next stage (落地 linking its project), a month's results published.
        case squad(SquadDraft, id: String)
        case lead(LeadDraft, id: String)
        case leadMove(LeadMove)
        case publishAttraction(AttractionMonth)
        /// 通报: the 绩考办's praise or criticism of a unit.
        case bulletin(BulletinDraft, id: String)
    }

    var at: Timestamp
    /// The person who makes the change (an id).
    var by: String
    var change: Change
    /// Where the event is written: `handling.csv:41`.
    var place: String
    /// Events at the same minute are replayed in the order of the source files (`SampleSource.eventFiles`),
    /// then of their rows.
    var order: (file: Int, row: Int)

    /// The ids of the records the change creates, by kind, as the source names them.
    var declaredIds: [RecordKind: [String]] {
        switch change {
        case .absence(_, let id): [.absence: [id]]
        case .visit(_, let id, let issues): [.visit: [id], .issue: issues]
        case .raise(_, let id): [.issue: [id]]
        case .progress(_, let id): [.progress: [id]]
        case .instruct(_, let id): [.instruction: [id]]
        case .meeting(_, let id): [.meeting: [id]]
        case .decide(_, let issue): issue.map { [.issue: [$0]] } ?? [:]
        case .squad(_, let id): [.squad: [id]]
        case .lead(_, let id): [.lead: [id]]
        case .bulletin(_, let id): [.bulletin: [id]]
        case .importLedger, .move, .urge, .escalate, .edit, .instructionStep, .procedure, .leadMove, .publishAttraction: [:]
        }
    }

    static func replayOrder(_ a: SampleEvent, _ b: SampleEvent) -> Bool {
        (a.at.seconds, a.order.file, a.order.row) < (b.at.seconds, b.order.file, b.order.row)
    }
}
