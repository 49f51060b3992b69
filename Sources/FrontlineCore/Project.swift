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
    /// The benefits a project was chosen for (docs/domain-rules.md, "Project benefits"): the year's planned 产值 and
    /// 税收 (万元) and the jobs (就业) it should provide, against what it has reached so far; nil until set.
    public var outputPlan: Money?
    public var outputActual: Money?
    public var taxPlan: Money?
    public var taxActual: Money?
    public var jobsPlan: Int?
    public var jobsActual: Int?
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
    /// 帮包干部 (person ids): the people who must each visit the site every week (docs/domain-rules.md, "Per-cadre visits").
    public var cadres: [String] = []
    public var contact: String?
    public var lightOverride: Light?
    public var lightOverrideReason: String?
    /// 下步工作.
    public var nextSteps = ""
    public var remark = ""
    /// 手续: the steps of the approval chain recorded so far (docs/domain-rules.md, "手续"); only `procedure set|done|raise`
    /// change them.
    public var procedures = ProcedureSteps()

    public init(id: String) { self.id = id }

    /// The fields (docs/architecture.md, "Adding a field").
    public static let schema = FieldTable<Project>(
        [
            Field("name", \.name, required: true).labelled("项目名称", "Name", as: .text).inLedger("项目名称"),
            Field("owner", \.owner).labelled("建设单位", "Owner", as: .text).inLedger("建设单位"),
            Field("scope", \.scope),
            Field("area", \.area).labelled("所属园区/街道", "Area", as: .reference(.unit)).inLedger("所属园区", aliases: ["所属街道", "所属园区/街道"]),
            Field("level", \.level).labelled("级别", "Level", as: .choice(Choice(ProjectLevel.self))),
            Field("annualType", \.annualType).labelled("年度类型", "Annual type", as: .choice(Choice(AnnualType.self))),
            Field("stage", \.stage).labelled("阶段", "Stage", as: .choice(Choice(Stage.self))).inLedger("阶段"),
            Field("stageReason", \.stageReason).labelled("阶段说明", "Stage reason", as: .text),
            Field("total", \.total).labelled("总投资", "Total investment", as: .money).inLedger("总投资"),
            Field("plan", \.plan).labelled("年度计划", "Annual plan", as: .money).inLedger("年度计划投资"),
            Field("ytd", \.ytd).labelled("本年完成", "Year to date", as: .money).inLedger("本年累计完成"),
            Field("planStart", \.planStart).labelled("计划开工", "Planned start", as: .date).inLedger("计划开工"),
            Field("actualStart", \.actualStart).labelled("实际开工", "Actual start", as: .date).inLedger("实际开工"),
            Field("planFinish", \.planFinish).labelled("计划竣工", "Planned finish", as: .date).inLedger("计划竣工"),
            Field("actualFinish", \.actualFinish).labelled("实际竣工", "Actual finish", as: .date),
            Field("progressText", \.progressText).labelled("形象进度", "Physical progress", as: .text).inLedger("形象进度"),
            Field("progressPct", \.progressPct, range: Limits.percent).labelled("形象进度%", "Progress %", as: .percent).inLedger("进度"),
            Field("leader", \.leader, required: true).labelled("帮包领导", "Leader", as: .reference(.person)).inLedger("帮包领导"),
            Field("unit", \.unit, required: true).labelled("帮包单位", "Responsible unit", as: .reference(.unit)).inLedger("帮包单位"),
            Field("coUnits", \.coUnits).labelled("协办单位", "Co-units"),
            Field("taskForce", \.taskForce).labelled("专班", "Task force"),
            Field("cadres", \.cadres).labelled("帮包干部", "Cadres", as: .reference(.person)).inLedger("帮包干部", aliases: ["帮包人员"]).onDetail,
            Field("contact", \.contact).labelled("企业联系人", "Contact", as: .text).onDetail,
            Field("lightOverride", \.lightOverride)
                .labelled("人工灯色", "Light by hand", as: .choice(Choice(Light.self, only: [.red, .yellow, .green], optional: true))),
            Field("lightOverrideReason", \.lightOverrideReason).labelled("设定理由", "Why", as: .text),
            Field("nextSteps", \.nextSteps).labelled("下步工作", "Next steps", as: .text).onDetail,
            Field("remark", \.remark).labelled("备注", "Remark", as: .text).inLedger("备注").onDetail,
            // Last, so that ledgers made before these columns keep their layout.
            Field("outputPlan", \.outputPlan).labelled("计划产值", "Planned output", as: .money).inLedger("计划产值"),
            Field("outputActual", \.outputActual).labelled("实际产值", "Output so far", as: .money).inLedger("实际产值"),
            Field("taxPlan", \.taxPlan).labelled("计划税收", "Planned tax", as: .money).inLedger("计划税收"),
            Field("taxActual", \.taxActual).labelled("实际税收", "Tax so far", as: .money).inLedger("实际税收"),
            Field("jobsPlan", \.jobsPlan, range: Limits.jobs).labelled("计划就业", "Planned jobs", as: .integer(Limits.jobs)).inLedger("计划就业"),
            Field("jobsActual", \.jobsActual, range: Limits.jobs).labelled("实际就业", "Jobs so far", as: .integer(Limits.jobs)).inLedger("实际就业"),
            Field("procedures", \.procedures).labelled("手续", "Procedures").managed,
        ],
        editForm: [
            "name", "owner", "stage", "stageReason", "progressPct", "progressText", "total", "plan", "ytd", "planStart",
            "actualStart", "planFinish", "leader", "unit", "cadres", "contact", "nextSteps", "remark", "lightOverride", "lightOverrideReason",
            "outputPlan", "outputActual", "taxPlan", "taxActual", "jobsPlan", "jobsActual",
        ])
}
