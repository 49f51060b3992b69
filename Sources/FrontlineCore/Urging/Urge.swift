/// 催办 (urging): a leader who leads an issue, or the 绩考办 (the administrators, docs/domain.md "Access"), presses
/// the unit that holds an open issue, with a note. It changes no field of the issue: it is a line of the issue's
/// handling log (`Issue.urgeAction`), so it is dated, names who urged, and is taken back like every log line when
/// the issue is looked at as of an earlier day (docs/domain-rules.md, "催办").
public struct IssueUrge: Sendable, Hashable {
    public var issue: String
    public var note: String

    public init(issue: String, note: String) {
        self.issue = issue
        self.note = note
    }
}

extension Issue {
    /// The handling-log action of a 催办, and the journal action of the entry that records it.
    public static let urgeAction = "催办"
    public static let urgeJournalAction = "issue.urge"

    /// The statuses in which the unit holds the next step, so that urging it means something: 待签收 (sign it),
    /// 办理中 (handle it). In 待交办 and 待核验 the next step is the leader's own.
    public static let urgeableStatuses: [IssueStatus] = [.pendingAcceptance, .inProgress]

    /// Every 催办 line of the handling log, oldest first.
    public var urges: [HandlingLogEntry] { log.filter { $0.action == Issue.urgeAction } }

    /// How many times the issue has been urged (催办次数).
    public var urgeCount: Int { log.reduce(0) { $0 + ($1.action == Issue.urgeAction ? 1 : 0) } }

    /// Appends a 催办 line: refuses an issue whose status is not urgeable and a blank note. The status stays.
    @discardableResult
    public mutating func urge(note: String, by person: String, at now: Timestamp) throws(DomainError) -> HandlingLogEntry {
        guard Issue.urgeableStatuses.contains(status) else {
            let allowed = Issue.urgeableStatuses
            throw .invalid(
                field: "status",
                Phrase(
                    .invalidNotUrgeable, "\(id)", .label(status), "\(status.rawValue)",
                    .list(allowed.map { .phrase(Phrase(.invalidUrgeableStatus, .label($0))) }, separator: .invalidUrgeableStatusSeparator)))
        }
        let note = note.trimmingSpaces
        if note.isEmpty {
            throw .invalid(field: "note", Phrase(.invalidUrgeNeedsNote))
        }
        let line = HandlingLogEntry(at: now, by: person, actingFor: nil, action: Issue.urgeAction, note: note, status: status)
        log.append(line)
        return line
    }
}

extension Planner {
    /// Plans a 催办: who may urge is `Access` (`.urgeIssue`); what it does to the issue is `Issue.urge`.
    mutating func urge(_ urge: IssueUrge) throws(DomainError) {
        guard let issue = scratch.issues[id: urge.issue] else { throw .notFound(.issue, urge.issue) }
        try check(.urgeIssue(issue))
        var updated = issue
        let line = try updated.urge(note: urge.note, by: try me(), at: context.now)
        try record(RecordChange(kind: .issue, id: issue.id, op: .update, base: issue.meta.rev, fields: [], appendLog: line))
    }
}
