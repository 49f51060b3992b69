/// A site visit (走访) to a project; only 现场 visits count for the weekly rule.
public struct Visit: Record {
    public static let kind = RecordKind.visit
    public var id: String
    public var meta = RecordMeta()
    public var project = ""
    public var date = Day(ordinal: 0)
    public var visitors: [String] = []
    public var mode = VisitMode.onSite
    /// What was learned.
    public var note = ""
    /// Issues raised from this visit.
    public var issues: [String] = []
    /// Site photos and documents kept as evidence (`Attachment`): only `attachment add` changes them.
    public var attachments = Attachments()

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Visit>([
        Field("project", \.project, required: true),
        Field("date", \.date, required: true).labelled("日期", "Date", as: .date),
        Field("visitors", \.visitors),
        Field("mode", \.mode).labelled("方式", "Mode", as: .choice(Choice(VisitMode.self))),
        Field("note", \.note).labelled("了解情况", "What was learned", as: .text),
        Field("issues", \.issues),
        Field("attachments", \.attachments).managed,
    ])
}

/// A progress report (进展填报) of one project for one half-month period.
public struct ProgressReport: Record {
    public static let kind = RecordKind.progress
    public var id: String
    public var meta = RecordMeta()
    public var project = ""
    public var period = Period(year: 1970, month: 1, half: 1)
    public var reportedOn = Day(ordinal: 0)
    public var reportedBy = ""
    /// Invested during the period.
    public var periodDone = Money.zero
    /// Year to date after the period.
    public var ytd = Money.zero
    public var progressText = ""
    public var progressPct = 0
    public var stage: Stage?
    public var text = ""
    public var problems = ""
    public var nextSteps = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<ProgressReport>([
        Field("project", \.project, required: true),
        Field("period", \.period, required: true),
        Field("reportedOn", \.reportedOn),
        Field("reportedBy", \.reportedBy),
        Field("periodDone", \.periodDone),
        Field("ytd", \.ytd).labelled("本年累计完成", "Year to date", as: .money),
        Field("progressText", \.progressText).labelled("形象进度", "Physical progress", as: .text),
        Field("progressPct", \.progressPct, range: Limits.percent).labelled("形象进度%", "Progress %", as: .percent),
        Field("stage", \.stage).labelled("阶段", "Stage", as: .choice(Choice(Stage.self))),
        Field("text", \.text).labelled("本期进展", "This period", as: .text),
        Field("problems", \.problems).labelled("存在问题", "Problems", as: .text),
        Field("nextSteps", \.nextSteps).labelled("下步工作", "Next steps", as: .text),
    ])
}
