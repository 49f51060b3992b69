/// A 招商小分队 (investment-attraction squad, docs/domain-rules.md "招商"): a 班子成员 leads it, officials of the
/// units go with them, and the squad's unit answers for its leads. Its leads are `Lead`s naming it.
public struct Squad: Record {
    public static let kind = RecordKind.squad
    public var id: String
    public var meta = RecordMeta()
    /// `新能源产业招商小分队`.
    public var name = ""
    /// The unit that answers for the squad's leads (its 牵头单位), usually the 投促局.
    public var unit = ""
    /// Person id of the 班子成员 (role 领导) who leads it.
    public var leader = ""
    /// Person ids of its members (any unit).
    public var members: [String] = []
    /// Where it goes and what it looks for: `长三角 新能源电池材料`.
    public var focus = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Squad>(
        [
            Field("name", \.name, required: true).labelled("小分队名称", "Squad", as: .text).inLedger("小分队名称", aliases: ["名称"]),
            Field("unit", \.unit, required: true).labelled("牵头单位", "Unit", as: .reference(.unit)).inLedger("牵头单位", aliases: ["单位"]),
            Field("leader", \.leader, required: true).labelled("带队领导", "Leader", as: .reference(.person)).inLedger("带队领导", aliases: ["队长"]),
            Field("members", \.members).labelled("成员", "Members", as: .reference(.person)).inLedger("成员").onDetail,
            Field("focus", \.focus).labelled("招商方向", "Focus", as: .text).inLedger("招商方向").onDetail,
        ], editForm: ["name", "focus"])

    /// The leader and the members.
    public var everyone: [String] { [leader] + members.filter { $0 != leader } }

    public static let newJournalAction = "squad.new"
}

/// The stage of a lead: 线索 → 洽谈 → 签约 → 落地, one step at a time; 落地 makes it a key project.
public enum LeadStage: String, DomainEnum, Comparable {
    case lead = "线索", talks = "洽谈", signed = "签约", landed = "落地"
    public var english: String {
        switch self {
        case .lead: "lead"
        case .talks: "talks"
        case .signed: "signed"
        case .landed: "landed"
        }
    }

    /// The stage a move goes to: the next one (none after 落地).
    public var next: LeadStage? {
        switch self {
        case .lead: .talks
        case .talks: .signed
        case .signed: .landed
        case .landed: nil
        }
    }

    public static func < (a: LeadStage, b: LeadStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A 招商线索 (an investment lead) and where it stands: found, in talks, signed, landed as a key project. The
/// expected investment, output (产值), tax (税收) and jobs (就业) are what projects are chosen for. The stage and
/// its dates change only by `lead move` and `lead land`.
public struct Lead: Record {
    public static let kind = RecordKind.lead
    public var id: String
    public var meta = RecordMeta()
    /// `年产5万吨锂电池正极材料项目`.
    public var name = ""
    /// The investor: `宁波某新能源材料股份有限公司`.
    public var investor = ""
    /// The unit that answers for it (its squad's, or a unit's own lead).
    public var unit = ""
    /// The squad that found it, if any.
    public var squad: String?
    public var stage = LeadStage.lead
    /// Where the investor comes from (the region the squad targets): `长三角`, `珠三角`.
    public var region = ""
    /// `新能源电池材料`, `生物医药`, `智能制造`.
    public var industry = ""
    /// 预计投资 (万元).
    public var investment = Money.zero
    /// 预计年产值, 年税收 (万元) and 就业 (people) once in production.
    public var output = Money.zero
    public var tax = Money.zero
    public var jobs = 0
    /// The day of each stage reached.
    public var foundOn = Day(ordinal: 0)
    public var talksOn: Day?
    public var signedOn: Day?
    public var landedOn: Day?
    /// The key project it became (落地).
    public var project: String?
    public var note = ""

    public init(id: String) { self.id = id }

    public static let schema = FieldTable<Lead>(
        [
            Field("name", \.name, required: true).labelled("项目名称", "Name", as: .text).inLedger("项目名称", aliases: ["线索名称"]),
            Field("investor", \.investor).labelled("投资方", "Investor", as: .text).inLedger("投资方").onDetail,
            Field("unit", \.unit, required: true).labelled("责任单位", "Unit", as: .reference(.unit)).inLedger("责任单位", aliases: ["单位"]),
            Field("squad", \.squad).labelled("小分队", "Squad", as: .reference(.squad)).inLedger("小分队"),
            Field("stage", \.stage).labelled("阶段", "Stage", as: .choice(Choice(LeadStage.self))).inLedger("阶段").managed,
            Field("region", \.region).labelled("来源地区", "Region", as: .text).inLedger("来源地区", aliases: ["地区"]),
            Field("industry", \.industry).labelled("产业", "Industry", as: .text).inLedger("产业", aliases: ["行业"]),
            Field("investment", \.investment).labelled("预计投资", "Expected investment", as: .money).inLedger("预计投资"),
            Field("output", \.output).labelled("预计年产值", "Expected output", as: .money).inLedger("预计年产值", aliases: ["产值"]),
            Field("tax", \.tax).labelled("预计年税收", "Expected tax", as: .money).inLedger("预计年税收", aliases: ["税收"]),
            Field("jobs", \.jobs, range: Limits.jobs).labelled("预计就业", "Expected jobs", as: .integer(Limits.jobs)).inLedger("预计就业", aliases: ["就业"]),
            Field("foundOn", \.foundOn, required: true).labelled("线索日期", "Found on", as: .date).inLedger("线索日期").managed,
            Field("talksOn", \.talksOn).labelled("洽谈日期", "Talks since", as: .date).inLedger("洽谈日期").managed,
            Field("signedOn", \.signedOn).labelled("签约日期", "Signed on", as: .date).inLedger("签约日期").managed,
            Field("landedOn", \.landedOn).labelled("落地日期", "Landed on", as: .date).inLedger("落地日期").managed,
            Field("project", \.project).labelled("落地项目", "Project", as: .reference(.project)).inLedger("落地项目").managed,
            Field("note", \.note).labelled("备注", "Note", as: .text).inLedger("备注").onDetail,
        ], editForm: ["name", "investor", "region", "industry", "investment", "output", "tax", "jobs", "note"])

    /// The day it reached `stage`, if it has.
    public func day(of stage: LeadStage) -> Day? {
        switch stage {
        case .lead: foundOn
        case .talks: talksOn
        case .signed: signedOn
        case .landed: landedOn
        }
    }

    public static let newJournalAction = "lead.new", moveJournalAction = "lead.move", landJournalAction = "lead.land"
}

/// A new squad (`frontline squad new`).
public struct SquadDraft: Sendable, Hashable {
    public var name: String
    public var unit: String
    public var leader: String
    public var members: [String] = []
    public var focus = ""

    public init(name: String, unit: String, leader: String) {
        self.name = name
        self.unit = unit
        self.leader = leader
    }
}

/// A new lead (`frontline lead new`); its unit is its squad's when not given.
public struct LeadDraft: Sendable, Hashable {
    public var name: String
    public var investor = ""
    public var unit: String?
    public var squad: String?
    public var region = ""
    public var industry = ""
    public var investment = Money.zero
    public var output = Money.zero
    public var tax = Money.zero
    public var jobs = 0
    public var note = ""
    /// The day it was found, when recorded afterwards (not after today); nil: today.
    public var foundOn: Day?

    public init(name: String, unit: String? = nil, squad: String? = nil) {
        self.name = name
        self.unit = unit
        self.squad = squad
    }
}

/// A lead moved to its next stage (`lead move`: 洽谈 or 签约), or landed (`lead land`: 落地, a key project made from it).
public struct LeadMove: Sendable, Hashable {
    public var lead: String
    public var to: LeadStage
    /// For 落地: the key project's 帮包领导 (person id); the squad's leader when nil.
    public var projectLeader: String?
    /// For 落地: a key project already on the list to link instead of adding one (none linked to another lead).
    public var project: String?
    /// The day the stage was reached, when recorded afterwards: not after today, not before the stage before; nil: today.
    public var date: Day?
    /// The stage the user saw; a different current stage is a conflict.
    public var seenStage: LeadStage?

    public init(lead: String, to: LeadStage, projectLeader: String? = nil, project: String? = nil, date: Day? = nil, seenStage: LeadStage? = nil) {
        self.lead = lead
        self.to = to
        self.projectLeader = projectLeader
        self.project = project
        self.date = date
        self.seenStage = seenStage
    }
}
