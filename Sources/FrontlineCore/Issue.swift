/// An issue (问题/难题) raised by a project, routed to a unit with a deadline and tracked until closed.
public struct Issue: Record {
    public static let kind = RecordKind.issue
    public var id: String
    public var meta = RecordMeta()
    /// Project id, or nil for unit-level items.
    public var project: String?
    public var title = ""
    public var description = ""
    public var category = IssueCategory.other
    public var source = IssueSource.enterprise
    public var raisedOn = Day(ordinal: 0)
    public var raisedBy = ""
    /// 主办 unit id.
    public var unit = ""
    /// 协办 unit ids.
    public var coUnits: [String] = []
    /// The responsible person; when nil, the unit's effective holder of the issue duty.
    public var person: String?
    public var responsibleLeader: String?
    /// 办结时限.
    public var due = Day(ordinal: 0)
    /// The first due date, kept when the due date is extended.
    public var originalDue = Day(ordinal: 0)
    public var status = IssueStatus.pendingAssignment
    public var urgency = Urgency.normal
    public var resolvedOn: Day?
    public var resolution = ""
    public var closedOn: Day?
    public var closedBy: String?
    public var extensions = 0
    public var returns = 0
    public var reopens = 0
    /// 办理记录: append-only.
    public var log: [HandlingLogEntry] = []
    /// Approval documents, scans and photos kept as evidence (`Attachment`): only `attachment add` changes them.
    public var attachments = Attachments()
    /// The 调度会 whose decision this issue is (`Meeting`), and the decision's number there; nil for other issues.
    public var meeting: String?
    public var decision: Int?

    public init(id: String) { self.id = id }

    /// The fields (docs/architecture.md, "Adding a field"). Status, dates and counters are `managed`: they move only
    /// through lifecycle actions (延期 for the due date).
    public static let schema = FieldTable<Issue>(
        [
            Field("project", \.project).labelled("项目", "Project", as: .reference(.project)).inLedger("项目编号", aliases: ["项目", "项目名称"]),
            Field("title", \.title, required: true).labelled("问题", "Issue", as: .text).inLedger("问题描述"),
            Field("description", \.description).labelled("描述", "Description", as: .text).onDetail,
            Field("category", \.category).labelled("类别", "Category", as: .choice(Choice(IssueCategory.self))).inLedger("类别"),
            Field("source", \.source).labelled("来源", "Source", as: .choice(Choice(IssueSource.self))),
            Field("raisedOn", \.raisedOn, required: true).labelled("提出日期", "Raised on", as: .date).inLedger("提出日期").managed,
            Field("raisedBy", \.raisedBy).managed,
            Field("unit", \.unit, required: true).labelled("责任单位", "Responsible unit", as: .reference(.unit)).inLedger("责任单位"),
            Field("coUnits", \.coUnits).labelled("协办单位", "Co-units"),
            Field("person", \.person).labelled("责任人", "Responsible person", as: .reference(.person)).inLedger("责任人"),
            Field("responsibleLeader", \.responsibleLeader).labelled("责任领导", "Responsible leader", as: .reference(.person)),
            Field("due", \.due, required: true).labelled("办结时限", "Due", as: .date).inLedger("办结时限").managed,
            Field("originalDue", \.originalDue, required: true).managed,
            Field("status", \.status).labelled("状态", "Status", as: .choice(Choice(IssueStatus.self))).inLedger("状态").managed,
            Field("urgency", \.urgency).labelled("紧急程度", "Urgency", as: .choice(Choice(Urgency.self))),
            Field("resolvedOn", \.resolvedOn).managed,
            Field("resolution", \.resolution),
            Field("closedOn", \.closedOn).managed,
            Field("closedBy", \.closedBy).managed,
            Field("extensions", \.extensions, range: Limits.counts).managed,
            Field("returns", \.returns, range: Limits.counts).managed,
            Field("reopens", \.reopens, range: Limits.counts).managed,
            Field("log", \.log).managed,
            Field("attachments", \.attachments).managed,
            Field("meeting", \.meeting).labelled("调度会", "Meeting", as: .reference(.meeting)).onDetail.managed,
            Field("decision", \.decision, range: Limits.decisions).labelled("会议决定", "Decision", as: .integer(Limits.decisions)).onDetail.managed,
        ], editForm: ["title", "description", "unit", "person", "responsibleLeader", "category", "source", "urgency"])
}

/// One line of an issue's handling log (办理记录).
public struct HandlingLogEntry: Hashable, Sendable, FieldValue {
    public var at: Timestamp
    /// Person id of who acted.
    public var by: String
    /// Person id of the A whom a B acted for.
    public var actingFor: String?
    /// 新建, 编辑, a lifecycle action (交办 …), 催办, or 撤回 for an undo.
    public var action: String
    public var note: String
    /// The status after the action.
    public var status: IssueStatus
    /// For a 延期 or a 批准延期: the due date it set, so that the issue's due date on any earlier day can be told
    /// from the log alone (older logs lack it); for a 申请延期: the due date asked for.
    public var due: Day?
    /// For a 转办: the unit the issue went to, the unit it left and the person it named there (so that an earlier
    /// day's unit and person can be told from the log alone).
    public var unit: String?
    public var fromUnit: String?
    public var fromPerson: String?
    /// For a 回访: the enterprise's satisfaction.
    public var satisfaction: Satisfaction?

    public init(
        at: Timestamp, by: String, actingFor: String?, action: String, note: String, status: IssueStatus, due: Day? = nil,
        unit: String? = nil, fromUnit: String? = nil, fromPerson: String? = nil, satisfaction: Satisfaction? = nil
    ) {
        self.at = at
        self.by = by
        self.actingFor = actingFor
        self.action = action
        self.note = note
        self.status = status
        self.due = due
        self.unit = unit
        self.fromUnit = fromUnit
        self.fromPerson = fromPerson
        self.satisfaction = satisfaction
    }

    public init(json: JSONValue) throws(FieldError) {
        let shape = FieldError(Phrase(.fieldExpectedLogObject))
        guard case .object(let members) = json else { throw shape }
        var at: Timestamp?, by: String?, actingFor: String?, action: String?, note = "", status: IssueStatus?, due: Day?
        var unit: String?, fromUnit: String?, fromPerson: String?, satisfaction: Satisfaction?
        for member in members {
            switch member.key {
            case "at": at = try Timestamp(json: member.value)
            case "by": by = try String(json: member.value)
            case "actingFor": actingFor = try String?(json: member.value)
            case "action": action = try String(json: member.value)
            case "note": note = try String(json: member.value)
            case "status": status = try IssueStatus(json: member.value)
            case "due": due = try Day?(json: member.value)
            case "unit": unit = try String?(json: member.value)
            case "fromUnit": fromUnit = try String?(json: member.value)
            case "fromPerson": fromPerson = try String?(json: member.value)
            case "satisfaction": satisfaction = try Satisfaction?(json: member.value)
            default: throw shape
            }
        }
        guard let at, let by, let action, let status else { throw shape }
        self.init(
            at: at, by: by, actingFor: actingFor, action: action, note: note, status: status, due: due,
            unit: unit, fromUnit: fromUnit, fromPerson: fromPerson, satisfaction: satisfaction)
    }

    public var json: JSONValue {
        var members = [JSONMember("at", at.json), JSONMember("by", .string(by))]
        if let actingFor { members.append(JSONMember("actingFor", .string(actingFor))) }
        members += [JSONMember("action", .string(action)), JSONMember("note", .string(note)), JSONMember("status", status.json)]
        if let due { members.append(JSONMember("due", due.json)) }
        if let unit { members.append(JSONMember("unit", .string(unit))) }
        if let fromUnit { members.append(JSONMember("fromUnit", .string(fromUnit))) }
        if let fromPerson { members.append(JSONMember("fromPerson", .string(fromPerson))) }
        if let satisfaction { members.append(JSONMember("satisfaction", satisfaction.json)) }
        return .object(members)
    }
}
