/// A half-month report as it was published: frozen text that later edits never rewrite.
public struct PublishedReport: Record, Hashable {
    public static let kind = RecordKind.report
    /// The period, e.g. `2026-11-2`.
    public var id: String
    public var meta = RecordMeta()
    /// The day the figures are as of.
    public var asOf = Day(ordinal: 0)
    public var lang = "zh"
    public var markdown = ""
    public var csv = ""
    /// A month's 招商引资成绩 (id `2026-10`): the rows frozen with the text, which the ranking reads; nil for a 半月报.
    public var attraction: [AttractionRow]?

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<PublishedReport>([
        Field("asOf", \.asOf, required: true),
        Field("lang", \.lang),
        Field("markdown", \.markdown, required: true),
        Field("csv", \.csv),
        Field("attraction", \.attraction),
    ])
}
