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

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Visit>([
        Field("project", \.project, required: true),
        Field("date", \.date, required: true),
        Field("visitors", \.visitors),
        Field("mode", \.mode),
        Field("note", \.note),
        Field("issues", \.issues),
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
        Field("ytd", \.ytd),
        Field("progressText", \.progressText),
        Field("progressPct", \.progressPct, range: Limits.percent),
        Field("stage", \.stage),
        Field("text", \.text),
        Field("problems", \.problems),
        Field("nextSteps", \.nextSteps),
    ])
}
