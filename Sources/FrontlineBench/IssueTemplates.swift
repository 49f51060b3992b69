import FrontlineCore

/// Stages of a project as issue templates see them: in talks, before the start, building, after completion.
struct Groups: OptionSet, Sendable, Hashable {
    let rawValue: Int
    static let talk = Groups(rawValue: 1), pre = Groups(rawValue: 2), build = Groups(rawValue: 4), post = Groups(rawValue: 8)
}

/// Which unit an issue goes to: the project's responsible unit, its area, or a named department.
enum UnitTag: Sendable, Hashable {
    case own, area, econ, invest, build, city, review, street, park
}

/// An issue as officials write it, with how it gets resolved, extended or returned.
struct IssueTemplate: Sendable {
    let category: IssueCategory
    let groups: Groups
    let unit: UnitTag
    let co: [UnitTag]
    let title: String
    let description: String
    let resolution: String
    let ext: String?
    let ret: String?
    /// Project tags the template fits; empty: any project.
    let kinds: Vocabulary.Tags
    /// Months of the year when it arises (empty: any).
    let months: [Int]

    init(
        _ category: IssueCategory, _ groups: Groups, _ unit: UnitTag, _ co: [UnitTag], _ title: String,
        _ description: String, _ resolution: String, ext: String? = nil, ret: String? = nil,
        kinds: Vocabulary.Tags = [], months: [Int] = []
    ) {
        self.category = category
        self.groups = groups
        self.unit = unit
        self.co = co
        self.title = title
        self.description = description
        self.resolution = resolution
        self.ext = ext
        self.ret = ret
        self.kinds = kinds
        self.months = months
    }
}

/// An issue of a unit rather than a project; `@` in its texts is the short name of the responsible unit.
struct UnitItem: Sendable {
    let unit: UnitTag
    let co: [UnitTag]
    let category: IssueCategory
    let title: String
    let description: String
    let resolution: String
}

extension Vocabulary {
    /// Issue templates: the problems a project of a kind meets at a stage, with the words of their handling (the same
    /// problems the bundled sample's issues describe, data/sample-source/issues.csv).
    static let issueTemplates: [IssueTemplate] = [
        IssueTemplate(.land, [.pre], .area, [], "项目用地范围内残留地上附着物未清理", "项目用地东侧约12亩地块仍有废弃厂房及附着物未清理，影响场地平整和桩基施工队伍进场。", "街道组织拆除队伍完成附着物清理和垃圾清运，场地已移交建设单位。"),
        IssueTemplate(
            .land, [.pre, .build, .post], .econ, [.area], "二期用地指标尚未落实", "企业计划启动二期建设，需新增用地约30亩，区内年度用地指标紧张，企业希望明确供地时间。",
            "经发局协调纳入明年一季度供地计划，已书面答复企业并明确供地时间节点。", kinds: [.ind, .retro]),
        IssueTemplate(
            .land, [.pre], .econ, [.area], "土地出让合同签订进度慢", "地块已完成挂牌出让，成交确认书签订后出让合同迟迟未签订，影响不动产权证和规划许可办理。", "协调自然资源部门加快合同签订，出让合同已签订，不动产权证已发放。",
            kinds: [.ind, .svc]),
        IssueTemplate(.land, [.build], .area, [], "施工临时用地补偿未谈妥", "施工临时堆场占用周边村集体土地约8亩，补偿标准未达成一致，个别村民阻止车辆进场。", "街道与村集体召开协调会，按区统一标准签订临时用地补偿协议，车辆已正常进出。"),
        IssueTemplate(
            .land, [.pre, .build], .area, [.city], "地块内现状管线需迁改", "项目用地内有一条DN300供水管线及通信线缆穿越，需迁改后方可进行基础施工。", "协调供水公司和通信运营商制定迁改方案并完成迁改，已通过验收。",
            ext: "管线迁改需停水施工，须避开用水高峰并提前公告，申请延期。"),
        IssueTemplate(
            .land, [.pre, .build], .area, [.econ], "征迁剩余户协商未完成", "项目红线内尚有6户未签订征迁补偿协议，影响地块整体交付。", "街道组织专班逐户上门做工作，剩余住户已全部签约并腾空。",
            ext: "剩余户诉求涉及安置房源调配，需街道与国有平台公司协商，申请延期。", kinds: [.renew]),
        IssueTemplate(
            .planning, [.pre, .build], .build, [.review], "规划设计方案调整需重新审查", "企业根据工艺需要调整厂房层高及柱网布置，需重新报审规划设计方案。", "住建局建设科开辟绿色通道，组织联合审查，调整方案已通过审查。"),
        IssueTemplate(
            .planning, [.pre], .build, [.econ], "容积率指标与企业工艺需求不符", "地块控规容积率下限1.2，企业单层重载厂房工艺需求难以达到，申请开展论证。", "组织专家论证会，按工业用地分类管理意见出具论证结论，方案已调整通过。",
            kinds: [.ind]),
        IssueTemplate(
            .planning, [.pre, .build], .build, [.city], "消防通道与规划道路衔接不明确", "厂区北侧消防通道与规划道路尚未贯通，道路实施时序不明确，影响消防设计审查。",
            "住建局建设科会同城管中心明确规划道路实施时序，设置临时消防通道，消防设计审查已通过。"),
        IssueTemplate(.planning, [.build, .post], .build, [], "建筑退线距离存在争议", "项目南侧建筑退让道路红线距离与规划条件存在理解差异，影响规划核实。", "住建局建设科现场复核并出具书面意见，按规划条件完成核实。"),
        IssueTemplate(
            .approval, [.pre, .build], .build, [], "施工许可证办理进度滞后", "项目已完成施工图审查，因质量安全监督手续资料不全，施工许可证尚未核发。", "住建局建设科指导企业补齐资料，实行容缺受理，施工许可证已核发。"),
        IssueTemplate(
            .approval, [.pre, .build], .review, [.build], "施工图审查意见整改周期长", "图审中心出具审查意见20余条，设计单位整改反复，施工图审查迟迟未通过。", "图审中心安排专人对接设计单位，逐条会商整改意见，施工图审查已合格。",
            ext: "设计单位需补充结构计算书，重新计算工作量较大，申请延期。", ret: "核查发现结构专业审查意见仍有3条未闭合，退回继续办理。"),
        IssueTemplate(
            .approval, [.pre, .build], .econ, [], "环评批复尚未取得", "项目环境影响报告书已报审，专家评审意见整改后尚未取得批复，影响开工。", "经发局协调生态环境部门加快审批，环评批复已取得。",
            ext: "环评报告需补充大气环境监测数据，监测周期7天，申请延期。", kinds: [.ind, .retro]),
        IssueTemplate(
            .approval, [.pre, .build], .econ, [], "节能审查报告需补充完善", "节能审查专家意见要求补充能耗测算和能效对标内容，企业对测算口径不清楚。", "经发局组织专家上门指导，节能报告修改完善后已取得节能审查意见。",
            kinds: [.digital, .ind, .retro]),
        IssueTemplate(
            .approval, [.build, .post], .build, [.city, .review], "竣工联合验收需协调多部门", "项目具备竣工验收条件，消防、人防、规划核实等专项验收需多部门协同，企业希望一次性联合验收。",
            "住建局建设科牵头组织联合验收，各专项验收一次性通过。", ext: "消防设施检测报告尚未出具，联合验收时间顺延，申请延期。"),
        IssueTemplate(.approval, [.post], .build, [], "不动产首次登记资料不全", "项目已竣工，办理不动产首次登记时缺少测绘成果备案和竣工验收备案材料。", "住建局建设科协调测绘单位加快出具成果，登记资料已补齐，首次登记已办结。"),
        IssueTemplate(
            .approval, [.pre, .build], .econ, [], "项目备案信息需变更", "项目建设内容和投资规模调整，需变更项目备案信息，企业不清楚办理流程。", "经发局指导企业网上提交变更申请，备案变更已完成。",
            kinds: [.digital, .ind, .retro, .svc]),
        IssueTemplate(
            .approval, [.pre, .build], .review, [.build], "消防设计审查需与图审同步推进", "项目含甲类仓库，消防设计需专项审查，企业希望与施工图审查同步推进以节省时间。",
            "图审中心与住建局建设科并联审查，消防设计审查与施工图审查同步完成。", kinds: [.ind]),
        IssueTemplate(.approval, [.build], .build, [], "人防工程易地建设费减免申请", "企业申请按政策减免人防工程易地建设费，不清楚适用条件和申报材料。", "住建局建设科对照政策逐项指导，减免申请已受理并办结。"),
        IssueTemplate(
            .funding, [.pre, .build, .post], .econ, [], "企业流动资金紧张，申请融资对接", "受设备采购集中付款影响，企业流动资金紧张，希望对接银行项目贷款。",
            "经发局组织3家银行开展银企对接，企业获得项目贷款授信1.5亿元，首笔放款已到位。", ext: "银行授信审批需上报省分行，审批周期较长，申请延期。", kinds: [.digital, .ind, .retro, .svc]),
        IssueTemplate(
            .funding, [.build, .post], .econ, [], "省级重点项目专项资金申报", "企业申报省级重点项目专项资金，申报材料中投资完成证明需部门出具。", "经发局出具投资完成情况证明并指导完善申报材料，已按时报送。",
            kinds: [.digital, .ind, .retro, .svc]),
        IssueTemplate(
            .funding, [.build, .post], .invest, [], "设备购置补贴兑现延迟", "按照招商合同约定，企业设备购置补贴应于三季度兑现，目前尚未拨付。", "投促局会同财政部门完成审核，设备购置补贴已拨付到位。",
            ext: "补贴资金需经管委会主任办公会研究，会议安排在下月初，申请延期。", kinds: [.digital, .ind, .retro]),
        IssueTemplate(
            .funding, [.build], .area, [.build], "工程款支付纠纷引发停工风险", "总包单位反映建设单位拖欠进度款，部分班组有停工倾向。", "街道组织建设单位与总包单位协商，签订付款计划，进度款已支付，施工正常。",
            ret: "回访发现仍有一个劳务班组工资未结清，退回继续协调。"),
        IssueTemplate(.funding, [.build, .post], .econ, [], "技改项目贴息资金拨付", "企业技改项目贷款贴息已通过审核公示，资金尚未拨付。", "经发局协调财政部门完成拨付，贴息资金已到账。", kinds: [.retro]),
        IssueTemplate(
            .utilities, [.build], .area, [.city], "施工临时用电容量不足", "现有临时变压器容量不足，塔吊和钢筋加工设备无法同时作业，影响施工进度。", "协调供电公司增设800千伏安临时箱变，已送电运行。",
            ext: "箱变设备需厂家排产，到货周期约10天，申请延期。"),
        IssueTemplate(
            .utilities, [.build, .post], .econ, [.area], "正式供电双回路接入方案未确定", "企业生产需双回路供电，供电公司接入方案尚未批复，影响设备调试时间。", "经发局协调供电公司召开专题会，接入方案已批复，线路施工已启动。",
            ext: "接入方案需上报市供电公司审批，申请延期。", ret: "核查发现接入方案只批复了单回路，双回路仍未落实，退回继续办理。", kinds: [.digital, .ind, .retro]),
        IssueTemplate(
            .utilities, [.build, .post], .city, [.area], "天然气管道接入需穿越市政道路", "项目天然气接入管道需穿越市政道路，道路挖掘许可和施工时间需协调。", "城管中心办理道路挖掘许可并协调夜间施工，燃气管道已接入。"),
        IssueTemplate(
            .utilities, [.build, .post], .city, [.area], "污水管网未接通影响试生产", "项目周边市政污水管网尚未建成，企业试生产废水无法排放。", "城管中心协调管网施工单位加快进度，污水管网已接通并通过闭水试验。",
            ext: "管网施工需跨越河道，涉及水利部门审批，申请延期。", ret: "现场核查发现接口处渗漏，闭水试验未通过，退回整改。", kinds: [.ind]),
        IssueTemplate(
            .utilities, [.build, .post], .city, [], "冬季供暖管网接入", "项目办公楼及宿舍需在供暖季前接入集中供热管网，热力公司排期较晚。", "城管中心协调热力公司优先安排施工，供暖管网已接入并试运行。",
            months: [9, 10, 11, 12]),
        IssueTemplate(.utilities, [.build], .city, [.area], "施工用水压力不足", "项目所在区域市政供水压力偏低，高层施工用水和混凝土养护受影响。", "城管中心协调供水公司调整管网压力并加装临时加压设备，供水已正常。"),
        IssueTemplate(
            .site, [.build], .area, [.city], "周边群众反映夜间施工噪声扰民", "周边小区居民多次反映夜间混凝土浇筑噪声扰民，存在信访风险。", "街道协调建设单位调整夜间作业时间，加装隔音围挡，已上门回访居民。",
            ret: "回访中仍有居民反映夜间噪声，退回继续整改。"),
        IssueTemplate(.site, [.build], .city, [], "渣土运输车辆通行路线需协调", "土方开挖期间渣土运输车辆需经过主干道，通行时段和路线未明确。", "城管中心会同交警部门核定运输路线和时段，办理渣土运输核准。"),
        IssueTemplate(.site, [.build], .city, [.build], "施工道路开口审批", "项目施工需临时开设道路出入口，涉及绿化带和人行道改造，审批流程不清楚。", "城管中心指导企业提交开口申请，现场踏勘后已批复。"),
        IssueTemplate(
            .site, [.build], .area, [], "周边个别村民阻挠施工", "个别村民以土地补偿为由阻挠施工车辆进出，影响基础施工。", "街道会同村委会做通村民工作，施工已恢复正常。", ret: "核查发现仍有村民在路口阻拦车辆，退回继续做工作。"),
        IssueTemplate(.site, [.build, .post], .city, [], "项目周边道路破损影响材料运输", "项目东侧道路路面破损严重，重型车辆通行困难，雨天积水。", "城管中心安排道路养护单位完成路面修补和排水疏通。"),
        IssueTemplate(.site, [.build], .city, [.area], "扬尘治理措施不到位", "督查发现项目裸土未完全覆盖、车辆冲洗设施运行不正常。", "城管中心督促企业完成裸土覆盖和冲洗设施整改，复查合格。"),
        IssueTemplate(
            .site, [.build], .city, [], "施工围挡占用人行道", "项目施工围挡外扩占用人行道，行人被迫走机动车道，存在安全隐患。", "城管中心督促企业回收围挡并设置临时人行通道。", ret: "现场核查发现围挡仍占用人行道约20米，退回继续整改。"),
        IssueTemplate(
            .policy, [.pre, .build, .post], .invest, [], "招商合同约定的政策兑现", "企业反映招商合同约定的基础设施配套费减免政策尚未兑现。", "投促局会同相关部门核实合同条款，减免政策已落实并书面告知企业。",
            ext: "政策兑现需提交管委会主任办公会研究，申请延期。", kinds: [.ind, .svc]),
        IssueTemplate(
            .policy, [.build, .post], .econ, [], "高新技术企业认定辅导", "企业计划申报高新技术企业，对研发费用归集和知识产权要求不熟悉。", "经发局组织专家上门辅导，企业已完成申报材料并按时提交。",
            kinds: [.digital, .ind]),
        IssueTemplate(
            .policy, [.build, .post], .econ, [], "首台套装备保险补偿申报", "企业研制的智能装备拟申报首台套保险补偿，需要部门出具推荐意见。", "经发局审核后出具推荐意见，申报材料已报送省工信厅。", kinds: [.mach]),
        IssueTemplate(
            .policy, [.pre, .talk], .invest, [.area], "企业提出供地价格及配套政策诉求", "企业在洽谈中提出土地价格、厂房代建及设备补贴等政策诉求，需研究答复。", "投促局梳理政策清单报管委会研究，已形成书面答复意见反馈企业。"),
        IssueTemplate(
            .labour, [.build, .post], .area, [.econ], "项目投产在即招工缺口较大", "项目计划年底前投产，普工及技术工人缺口约300人。", "街道联合人社部门举办专场招聘会2场，达成就业意向286人。",
            ext: "技术工人需跨市招聘，招聘周期较长，申请延期。", kinds: [.ind, .retro, .svc]),
        IssueTemplate(
            .labour, [.build, .post], .area, [], "技术工人住宿困难", "企业外地技术工人约80人，周边缺少租赁房源，住宿困难。", "街道协调人才公寓及周边闲置宿舍，解决技术工人住宿80人。", kinds: [.ind, .retro]),
        IssueTemplate(
            .labour, [.build, .post], .econ, [], "高层次人才子女入学", "企业引进的2名高层次人才子女需在高新区入学，学位安排需协调。", "经发局协调教育部门按人才政策安排入学，已落实学位。",
            kinds: [.digital, .ind, .retro]),
        IssueTemplate(.labour, [.build], .build, [.area], "农民工工资保证金核查", "项目农民工工资保证金缴存比例与规定不符，需核查并督促补缴。", "住建局建设科核查后督促企业补缴保证金，实名制管理台账已规范。"),
        IssueTemplate(
            .other, [.build, .post], .city, [], "项目周边公交线路不便", "项目员工通勤不便，周边无公交站点，企业希望增设公交线路或站点。", "城管中心协调公交公司优化线路，新增站点1处，已开通运行。", kinds: [.ind, .svc]),
        IssueTemplate(
            .other, [.build, .post], .city, [], "企业申请设置道路指示牌", "项目周边道路缺少企业及园区指示牌，客户和物流车辆难以找到厂区入口。", "城管中心按规范设置道路指示牌3块。", kinds: [.ind, .svc]),
        IssueTemplate(.other, [.talk], .invest, [], "投资协议条款需法律审查", "企业提交的投资协议文本涉及对赌、回购等条款，需组织法律顾问审查并提出修改意见。", "投促局组织法律顾问逐条审查，修改意见已反馈企业并达成一致。"),
        IssueTemplate(
            .planning, [.talk], .build, [.invest], "拟选地块规划条件需提前论证", "企业对拟选地块的建筑限高、容积率及绿地率提出调整诉求，需提前论证规划条件可行性。", "住建局建设科组织规划条件预审，形成书面意见反馈企业。"),
        IssueTemplate(.policy, [.talk], .econ, [.invest], "企业希望明确能耗指标保障", "项目年综合能耗较高，企业希望落地前明确能耗指标保障方式。", "经发局对接上级部门明确能耗指标统筹方式，已书面答复企业。"),
        IssueTemplate(.other, [.talk, .pre], .invest, [], "企业希望组织赴先进地区考察", "企业希望区里组织赴长三角同类园区考察配套条件，以便完善投资方案。", "投促局安排招商小分队陪同企业赴苏州考察，企业投资方案已完善。"),
        IssueTemplate(
            .other, [.build, .post], .invest, [], "外籍技术人员签证延期协助", "企业外籍设备调试工程师签证即将到期，调试工作尚未完成，需协助办理延期。", "投促局协调出入境管理部门开辟绿色通道，签证延期已办理。",
            kinds: [.ind, .retro]),
        IssueTemplate(
            .funding, [.build], .econ, [], "专项债券资金拨付滞后", "项目申请的地方政府专项债券资金已发行，资金拨付进度滞后，影响工程进度款支付。", "经发局协调财政部门加快拨付，专项债券资金已拨付到项目账户。", kinds: [.pub]),
        IssueTemplate(
            .land, [.pre, .build], .area, [.build], "安置房源调配需协调", "被征迁户选房意愿集中在小户型，现有安置房源户型结构不匹配，影响征迁协议签订。", "街道协调国有平台公司调剂安置房源，并实行货币补偿与房票安置相结合，选房已完成。",
            kinds: [.renew]),
        IssueTemplate(
            .approval, [.build], .review, [.build], "地下室防水设计变更需重新审查", "地下室局部渗水，设计单位调整防水做法和后浇带节点，涉及施工图变更审查。", "图审中心对设计变更快速审查并出具合格意见，整改施工已按变更图纸实施。"),
        IssueTemplate(.site, [.build], .city, [.area], "施工现场周边排水不畅", "项目周边市政雨水管网淤堵，降雨后施工现场及道路积水严重，影响基坑安全。", "城管中心组织疏通雨水管网，新增临时排水泵1处，积水问题已解决。"),
        IssueTemplate(
            .utilities, [.pre, .build, .post], .area, [.econ], "通信光缆接入需协调运营商", "项目需接入双路由通信光缆，运营商施工排期较晚，影响设备联调和系统上线。", "协调运营商优先安排施工，双路由光缆已接入并开通。",
            kinds: [.digital, .ind, .svc]),
        IssueTemplate(.approval, [.pre], .build, [], "建设工程规划许可证尚未核发", "施工图已完成，因总平面图局部修改，建设工程规划许可证尚未核发。", "住建局建设科指导企业修改总平面图，建设工程规划许可证已核发。"),
        IssueTemplate(
            .approval, [.pre, .build], .econ, [], "危险化学品安全条件审查", "项目生产使用部分危险化学品，需开展安全条件审查，企业对审查要求不熟悉。", "经发局协调应急管理部门上门指导，安全条件审查已通过。", kinds: [.pharma]
        ),
        IssueTemplate(
            .utilities, [.build, .post], .city, [.area], "工业蒸汽管道接入", "项目洁净车间及纯化水系统需工业蒸汽，园区蒸汽管网末端距厂区约600米，接入方案未确定。", "城管中心协调热电企业确定接入方案并完成管道施工，蒸汽已通汽。",
            kinds: [.pharma]),
        IssueTemplate(
            .labour, [.build, .post], .econ, [], "技能人才培训补贴申请", "企业组织新招员工岗前技能培训，申请职业技能培训补贴，对申报流程不清楚。", "经发局协调人社部门上门指导，培训补贴申请已受理。",
            kinds: [.digital, .ind, .retro]),
        IssueTemplate(
            .policy, [.build, .post], .econ, [], "研发费用加计扣除政策辅导", "企业研发投入较大，希望了解研发费用加计扣除政策的归集口径和办理流程。", "经发局会同税务部门开展上门辅导，企业已按季度享受加计扣除政策。",
            kinds: [.digital, .ind, .retro]),
        IssueTemplate(
            .site, [.build], .build, [.area], "冬季施工混凝土供应紧张", "入冬后商品混凝土搅拌站产能受限，供应不及时，影响主体结构施工。", "住建局建设科协调区内3家搅拌站优先保障重点项目，混凝土供应已恢复正常。",
            months: [11, 12, 1, 2]),
    ]

    /// Unit-level items (no project); `@` is the short name of the responsible unit.
    static let unitItems: [UnitItem] = [
        UnitItem(
            unit: .city, co: [.park], category: .utilities, title: "片区污水管网二期建设滞后", description: "片区污水管网二期尚未建成，影响3家拟入园企业试生产排水。",
            resolution: "@加快管网施工，污水管网二期已完工通水。"),
        UnitItem(
            unit: .invest, co: [], category: .other, title: "招商项目库信息更新不及时", description: "督查发现招商项目库中12个在谈项目信息超过1个月未更新。",
            resolution: "@完成项目库全面更新，建立每周更新制度。"),
        UnitItem(
            unit: .street, co: [], category: .other, title: "企业服务专员配备不足", description: "督查发现@重点项目服务专员仅2人，难以满足每周走访要求。",
            resolution: "@调整人员，服务专员增至4人，实行项目分片包干。"),
        UnitItem(
            unit: .street, co: [], category: .other, title: "重点项目半月报填报质量不高", description: "调度会通报@部分项目半月报形象进度描述笼统、投资数据与台账不一致。",
            resolution: "@组织填报培训，建立数据复核机制，本期半月报已规范。"),
        UnitItem(
            unit: .park, co: [.econ], category: .policy, title: "公共实验平台运营补贴政策不明确", description: "@公共实验平台运营方反映运营补贴政策执行口径不明确，影响平台对外开放服务。",
            resolution: "经研究明确补贴口径，@与运营方签订补充协议。"),
        UnitItem(
            unit: .city, co: [.street], category: .site, title: "在建项目集中路段夜间照明不足", description: "在建项目集中路段夜间照明不足，施工车辆通行存在安全隐患。",
            resolution: "@完成沿线路灯检修并增设临时照明。"),
        UnitItem(
            unit: .street, co: [.invest], category: .policy, title: "招商引资完成率偏低", description: "调度会通报@招商引资完成率低于序时进度，需制定攻坚方案。",
            resolution: "@制定招商攻坚方案，新签约项目2个。"),
        UnitItem(
            unit: .econ, co: [], category: .funding, title: "重点项目投资入库统计口径不统一", description: "各单位重点项目投资统计口径不一致，导致半月报数据与统计入库数据差异较大。",
            resolution: "@印发统计口径说明，组织各单位统计员培训。"),
        UnitItem(
            unit: .park, co: [], category: .labour, title: "园区企业用工需求集中", description: "@多家企业集中投产，普工缺口较大，需组织专场招聘。",
            resolution: "@联合人社部门举办专场招聘会，达成就业意向200余人。"),
        UnitItem(
            unit: .build, co: [], category: .approval, title: "施工许可并联审批推进慢", description: "督查发现部分项目施工许可并联审批环节衔接不畅，平均办理时间超过承诺时限。",
            resolution: "@梳理并联审批流程，明确各环节时限，办理时间已压减。"),
    ]
}
