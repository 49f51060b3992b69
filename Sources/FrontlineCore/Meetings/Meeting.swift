/// A 调度会 (dispatch meeting, docs/domain-rules.md "调度会"): the weekly, monthly or quarterly meeting, or one on a
/// special subject, where leaders go through the key projects and decide what is to be done. Its decisions are kept in
/// order on the meeting; a decision is a note, or becomes an issue 交办 to a unit with a deadline that cites the meeting
/// (`Issue.meeting`, `Issue.decision`), so the next meeting can start from what happened to this one's decisions.
public struct Meeting: Record {
    public static let kind = RecordKind.meeting
    public var id: String
    public var meta = RecordMeta()
    public var kind = MeetingKind.weekly
    /// `2026年第四季度重点项目现场调度会`.
    public var title = ""
    public var date = Day(ordinal: 0)
    public var place = ""
    /// Person id of who chaired it.
    public var chair = ""
    /// Person ids of who attended.
    public var attendees: [String] = []
    /// Project ids discussed.
    public var projects: [String] = []
    /// The decisions, numbered from 1 in the order recorded: only `meeting decide` adds them.
    public var decisions: [MeetingDecision] = []
    /// The minutes' scan, photos of the meeting (`Attachment`): only `attachment add` changes them.
    public var attachments = Attachments()

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Meeting>(
        [
            Field("kind", \.kind, required: true).labelled("会议类型", "Kind", as: .choice(Choice(MeetingKind.self))).inLedger("会议类型", aliases: ["类型"]),
            Field("title", \.title, required: true).labelled("会议名称", "Title", as: .text).inLedger("会议名称"),
            Field("date", \.date, required: true).labelled("日期", "Date", as: .date).inLedger("会议日期", aliases: ["日期"]),
            Field("place", \.place).labelled("地点", "Place", as: .text).inLedger("地点", aliases: ["会议地点"]),
            Field("chair", \.chair, required: true).labelled("主持人", "Chair", as: .reference(.person)).inLedger("主持人"),
            Field("attendees", \.attendees).labelled("参会人员", "Attendees", as: .reference(.person)).inLedger("参会人员"),
            Field("projects", \.projects).labelled("调度项目", "Projects", as: .reference(.project)).inLedger("调度项目"),
            Field("decisions", \.decisions).managed,
            Field("attachments", \.attachments).managed,
        ], editForm: ["title", "kind", "date", "place"])

    /// The journal actions of recording a meeting and a decision.
    public static let newJournalAction = "meeting.new", decideJournalAction = "meeting.decide"
}

extension Meeting: CarriesAttachments {}

/// The kind of a 调度会.
public enum MeetingKind: String, DomainEnum {
    case weekly = "周调度", monthly = "月调度", quarterly = "季度调度", special = "专题"
    public var english: String {
        switch self {
        case .weekly: "weekly"
        case .monthly: "monthly"
        case .quarterly: "quarterly"
        case .special: "special"
        }
    }
}

/// One decision of a meeting (会议决定): its number on the meeting, what was decided, the project it concerns, and
/// the issue it became (交办), or none for a decision that is a note.
public struct MeetingDecision: Hashable, Sendable, FieldValue {
    /// 1, 2, 3 … in the order recorded; never reused.
    public var number: Int
    public var text: String
    public var project: String?
    /// The issue raised and 交办 from the decision; nil: a note.
    public var issue: String?
    /// Person id of who recorded it, and when.
    public var by: String
    public var at: Timestamp

    public init(number: Int, text: String, project: String?, issue: String?, by: String, at: Timestamp) {
        self.number = number
        self.text = text
        self.project = project
        self.issue = issue
        self.by = by
        self.at = at
    }

    public init(json: JSONValue) throws(FieldError) {
        let shape = FieldError(Phrase(.fieldExpectedDecisionObject))
        guard case .object(let members) = json else { throw shape }
        var number: Int?, text: String?, project: String?, issue: String?, by: String?, at: Timestamp?
        for member in members {
            switch member.key {
            case "number": number = try Int(json: member.value)
            case "text": text = try String(json: member.value)
            case "project": project = try String?(json: member.value)
            case "issue": issue = try String?(json: member.value)
            case "by": by = try String(json: member.value)
            case "at": at = try Timestamp(json: member.value)
            default: throw shape
            }
        }
        guard let number, let text, let by, let at else { throw shape }
        guard Limits.decisions.contains(number) else { throw FieldError.outside(Limits.decisions) }
        self.init(number: number, text: text, project: project, issue: issue, by: by, at: at)
    }

    public var json: JSONValue {
        var members = [JSONMember("number", .int(number)), JSONMember("text", .string(text))]
        if let project { members.append(JSONMember("project", .string(project))) }
        if let issue { members.append(JSONMember("issue", .string(issue))) }
        members += [JSONMember("by", .string(by)), JSONMember("at", at.json)]
        return .object(members)
    }
}

/// A new meeting (`frontline meeting new`, the board's form).
public struct MeetingDraft: Sendable, Hashable {
    public var kind: MeetingKind
    public var title: String
    public var date: Day
    public var place = ""
    public var chair: String
    public var attendees: [String] = []
    public var projects: [String] = []

    public init(kind: MeetingKind, title: String, date: Day, chair: String) {
        self.kind = kind
        self.title = title
        self.date = date
        self.chair = chair
    }
}

/// A decision to record on a meeting (`frontline meeting decide`): a note, or, with `issue`, an issue raised and
/// 交办 at once (its project is the decision's).
public struct DecisionDraft: Sendable, Hashable {
    public var meeting: String
    public var text: String
    public var project: String?
    /// The issue the decision becomes: unit, due date, title (the decision's text when blank) and the rest.
    public var issue: IssueDraft?

    public init(meeting: String, text: String, project: String? = nil, issue: IssueDraft? = nil) {
        self.meeting = meeting
        self.text = text
        self.project = project
        self.issue = issue
    }
}

/// A decision as a meeting's page shows it: the decision, and the live state of its issue today.
public struct DecisionRow: Sendable {
    public var decision: MeetingDecision
    /// nil for a note, or an issue no longer on the board.
    public var issue: Issue?
    public var light: LightResult?
    public var daysOverdue: Int

    /// `落实中`/`已逾期`/`已办结`/`已撤销`/`记录` — what became of the decision, in a word.
    public func state(_ lang: Lang) -> String {
        guard decision.issue != nil else { return lang.text(.decisionNote) }
        guard let issue else { return lang.text(.decisionIssueMissing) }
        switch issue.status {
        case .closed: return lang.text(.decisionDone)
        case .cancelled: return lang.text(.decisionCancelled)
        default: return daysOverdue > 0 ? lang.text(.decisionOverdue, daysOverdue) : lang.text(.decisionOpen)
        }
    }
}

/// A meeting as lists show it: how many decisions, how many issues still open and overdue.
public struct MeetingRow: Sendable {
    public var meeting: Meeting
    public var decisions: [DecisionRow]

    public init(meeting: Meeting, decisions: [DecisionRow]) {
        self.meeting = meeting
        self.decisions = decisions
    }

    public var openIssues: Int { decisions.filter { $0.issue?.status.isOpen ?? false }.count }
    public var overdueIssues: Int { decisions.filter { $0.daysOverdue > 0 }.count }
    public var closedIssues: Int { decisions.filter { $0.issue?.status == .closed }.count }
}

extension Board {
    /// The meeting's decisions with their issues' live state on `today`.
    public func decisionRows(_ meeting: Meeting, today: Day) -> [DecisionRow] {
        meeting.decisions.map { decision in
            let issue = decision.issue.flatMap { issues[id: $0] }
            let light = issue.map { Lights.issue($0, today: today, settings: settings) }
            let overdue = issue.map { Lights.isOverdue($0, today: today) ? $0.due.days(until: today) : 0 } ?? 0
            return DecisionRow(decision: decision, issue: issue, light: light, daysOverdue: overdue)
        }
    }

    /// Every meeting, newest first (by date, then id).
    public func meetingRows(today: Day) -> [MeetingRow] {
        meetings.rows
            .sorted { ($0.date, $0.id) > ($1.date, $1.id) }
            .map { MeetingRow(meeting: $0, decisions: decisionRows($0, today: today)) }
    }
}
