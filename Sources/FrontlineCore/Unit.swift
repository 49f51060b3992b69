/// A unit (单位): a department, subdistrict or park that owns projects and issues.
public struct Unit: Record {
    public static let kind = RecordKind.unit
    public var id: String
    public var meta = RecordMeta()
    public var name = ""
    public var shortName = ""
    public var unitKind = UnitKind.functional
    /// Person id of the head; holds a duty when both A and B are away.
    public var head: String?
    /// The official listing order.
    public var sortOrder = 0
    public var supervisingLeader: String?
    public var liaison: String?
    /// Investment attraction (招商) target and result this year, for the ranking.
    public var attractionPlan: Money?
    public var attractionDone: Money?

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Unit>([
        Field("name", \.name, required: true).labelled("单位名称", "Name", as: .text).inLedger("单位", aliases: ["单位名称"]),
        Field("shortName", \.shortName).labelled("简称", "Short name", as: .text).inLedger("简称"),
        Field("kind", \.unitKind).labelled("类型", "Kind", as: .choice(Choice(UnitKind.self))).inLedger("类型"),
        Field("head", \.head),
        Field("sortOrder", \.sortOrder, range: Limits.sortOrder).labelled("排序", "Order", as: .integer(Limits.sortOrder)).inLedger("排序"),
        Field("supervisingLeader", \.supervisingLeader),
        Field("liaison", \.liaison),
        Field("attractionPlan", \.attractionPlan),
        Field("attractionDone", \.attractionDone),
    ])

    /// The short name when there is one.
    public var displayName: String { shortName.isEmpty ? name : shortName }
}
