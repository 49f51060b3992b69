/// A key project (重点项目) with its leader, responsible unit, schedule and investment.
public struct Project: Record {
    public static let kind = RecordKind.project
    public var id: String
    public var meta = RecordMeta()
    public var name = ""
    /// 建设单位.
    public var owner = ""
    public var scope = ""
    /// 所属园区/街道 (unit id).
    public var area: String?
    public var level = ProjectLevel.district
    public var annualType = AnnualType.continuing
    public var stage = Stage.planning
    /// Why a project is 停缓建 or 终止.
    public var stageReason: String?
    public var total = Money.zero
    /// 年度计划投资.
    public var plan = Money.zero
    /// 本年累计完成.
    public var ytd = Money.zero
    public var planStart: Day?
    public var actualStart: Day?
    public var planFinish: Day?
    public var actualFinish: Day?
    /// 形象进度.
    public var progressText = ""
    public var progressPct = 0
    /// 帮包领导 (person id).
    public var leader = ""
    /// 帮包单位 (unit id).
    public var unit = ""
    public var coUnits: [String] = []
    /// 专班 members (person ids).
    public var taskForce: [String] = []
    public var contact: String?
    public var lightOverride: Light?
    public var lightOverrideReason: String?
    /// 下步工作.
    public var nextSteps = ""
    public var remark = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Project>([
        Field("name", \.name, required: true),
        Field("owner", \.owner),
        Field("scope", \.scope),
        Field("area", \.area),
        Field("level", \.level),
        Field("annualType", \.annualType),
        Field("stage", \.stage),
        Field("stageReason", \.stageReason),
        Field("total", \.total),
        Field("plan", \.plan),
        Field("ytd", \.ytd),
        Field("planStart", \.planStart),
        Field("actualStart", \.actualStart),
        Field("planFinish", \.planFinish),
        Field("actualFinish", \.actualFinish),
        Field("progressText", \.progressText),
        Field("progressPct", \.progressPct, range: Limits.percent),
        Field("leader", \.leader, required: true),
        Field("unit", \.unit, required: true),
        Field("coUnits", \.coUnits),
        Field("taskForce", \.taskForce),
        Field("contact", \.contact),
        Field("lightOverride", \.lightOverride),
        Field("lightOverrideReason", \.lightOverrideReason),
        Field("nextSteps", \.nextSteps),
        Field("remark", \.remark),
    ])
}
