import FrontlineCore

/// The word lists the generator combines: names of people, units, companies and projects, and the
/// phrases of visit notes, progress texts and absences. Invented, in the style of data/sample.
enum Vocabulary {
    // MARK: People

    /// Surnames with their pinyin, roughly most common first.
    static let surnames: [(String, String)] = [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
        ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
        ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"), ("郑", "zheng"),
        ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
        ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
        ("潘", "pan"), ("袁", "yuan"), ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("于", "yu"), ("杜", "du"),
        ("叶", "ye"), ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"), ("任", "ren"),
        ("卢", "lu"), ("姚", "yao"), ("沈", "shen"), ("钟", "zhong"), ("姜", "jiang"), ("崔", "cui"), ("谭", "tan"),
        ("陆", "lu"), ("范", "fan"), ("汪", "wang"), ("廖", "liao"), ("石", "shi"), ("金", "jin"), ("韦", "wei"),
        ("贾", "jia"), ("夏", "xia"), ("付", "fu"), ("方", "fang"), ("邹", "zou"), ("熊", "xiong"), ("白", "bai"),
        ("孟", "meng"), ("秦", "qin"), ("邱", "qiu"), ("侯", "hou"), ("江", "jiang"), ("尹", "yin"), ("薛", "xue"),
        ("闫", "yan"), ("段", "duan"), ("雷", "lei"), ("龙", "long"), ("黎", "li"), ("史", "shi"), ("陶", "tao"),
        ("贺", "he"), ("毛", "mao"), ("郝", "hao"), ("顾", "gu"), ("龚", "gong"), ("邵", "shao"), ("万", "wan"),
        ("武", "wu"), ("钱", "qian"), ("戴", "dai"), ("严", "yan"), ("孔", "kong"), ("常", "chang"), ("牟", "mou"),
        ("欧阳", "ouyang"), ("司马", "sima"), ("上官", "shangguan"),
    ]

    /// Characters of given names with their pinyin.
    static let given: [(String, String)] = [
        ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
        ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
        ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
        ("文", "wen"), ("华", "hua"), ("建", "jian"), ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("晓", "xiao"),
        ("红", "hong"), ("玉", "yu"), ("兰", "lan"), ("婷", "ting"), ("雪", "xue"), ("鹏", "peng"), ("辉", "hui"),
        ("宇", "yu"), ("浩", "hao"), ("凯", "kai"), ("博", "bo"), ("佳", "jia"), ("琪", "qi"), ("思", "si"),
        ("远", "yuan"), ("成", "cheng"), ("立", "li"), ("新", "xin"), ("东", "dong"), ("峰", "feng"), ("振", "zhen"),
        ("雨", "yu"), ("晨", "chen"), ("欣", "xin"), ("怡", "yi"), ("梅", "mei"), ("莉", "li"), ("燕", "yan"),
        ("鑫", "xin"), ("斌", "bin"), ("波", "bo"), ("宁", "ning"), ("嘉", "jia"), ("俊", "jun"), ("荣", "rong"),
        ("永", "yong"), ("春", "chun"), ("庆", "qing"), ("德", "de"), ("瑞", "rui"), ("泽", "ze"), ("昊", "hao"),
        ("轩", "xuan"), ("子", "zi"), ("睿", "rui"), ("铭", "ming"), ("航", "hang"), ("安", "an"), ("悦", "yue"),
        ("彤", "tong"), ("颖", "ying"), ("倩", "qian"), ("楠", "nan"), ("慧", "hui"), ("丹", "dan"), ("亮", "liang"),
        ("飞", "fei"), ("云", "yun"), ("松", "song"), ("诚", "cheng"), ("宏", "hong"), ("涵", "han"), ("雅", "ya"),
        ("琳", "lin"), ("晶", "jing"), ("珊", "shan"), ("蕾", "lei"), ("岩", "yan"), ("旭", "xu"), ("坤", "kun"),
        ("健", "jian"), ("晖", "hui"), ("书", "shu"), ("瑶", "yao"), ("婉", "wan"), ("清", "qing"), ("正", "zheng"),
        ("光", "guang"), ("良", "liang"), ("家", "jia"), ("梓", "zi"), ("毅", "yi"), ("帆", "fan"), ("阳", "yang"),
        ("玲", "ling"), ("萍", "ping"), ("月", "yue"), ("凤", "feng"), ("学", "xue"), ("胜", "sheng"), ("利", "li"),
    ]

    static let mobilePrefixes = ["135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "186", "187", "188"]

    // MARK: Units

    static let placeFirst = [
        "新", "清", "北", "东", "西", "南", "兴", "广", "安", "永", "长", "福", "金", "玉", "龙",
        "凤", "明", "和", "康", "瑞", "华", "昌", "文", "泰", "宁", "潍", "寒", "虞", "鸢", "白",
    ]
    static let placeSecond = [
        "城", "池", "海", "河", "湖", "泉", "华", "安", "阳", "丰", "苑", "桥", "山", "林", "园",
        "源", "宁", "盛", "平", "兴", "州", "亭", "浪", "关", "里",
    ]

    /// Parks (园区) with the sector of projects they attract.
    static let parks: [(name: String, sector: Sector)] = [
        ("光电产业园", .optic), ("生物医药园", .bio), ("智能装备产业园", .equip), ("新材料产业园", .material),
        ("数字经济产业园", .digital), ("新能源汽车产业园", .equip), ("半导体产业园", .optic), ("医疗器械产业园", .bio),
        ("现代物流园", .service), ("科技创新园", .digital), ("高端装备产业园", .equip), ("节能环保产业园", .material),
        ("软件园", .digital), ("动力装备产业园", .equip), ("化工新材料园", .material), ("临港产业园", .equip),
        ("文化创意产业园", .service), ("激光产业园", .optic), ("健康产业园", .bio), ("储能产业园", .material),
    ]

    /// Economic departments (经济部门): the first is 经发局, the second 投促局 (issue templates route to them).
    static let economic: [(String, String)] = [
        ("经济发展局", "经发局"), ("投资促进局", "投促局"), ("科技创新局", "科创局"), ("财政金融局", "财金局"),
        ("商务和口岸局", "商务局"), ("统计局", "统计局"), ("发展改革局", "发改局"), ("工业和信息化局", "工信局"),
        ("企业服务中心", "企服中心"), ("招商服务中心", "招商中心"), ("金融服务中心", "金融中心"), ("外事办公室", "外事办"),
    ]

    /// Functional departments (职能部门): 住建, 城管 and 图审 first (issue templates route to them).
    static let functional: [(String, String)] = [
        ("住房和城乡建设局建设科", "住建局建设科"), ("城市管理服务中心", "城管中心"), ("建设工程施工图审查中心", "图审中心"),
        ("自然资源和规划分局", "自然资源分局"), ("生态环境分局", "生态环境分局"), ("应急管理局", "应急局"),
        ("行政审批服务局", "审批局"), ("社会事业局", "社会事业局"), ("市场监督管理局", "市场监管局"),
        ("综合行政执法局", "执法局"), ("人力资源和社会保障局", "人社局"), ("消防救援大队", "消防大队"),
        ("税务分局", "税务分局"), ("公用事业服务中心", "公用事业中心"), ("交通运输服务中心", "交通中心"),
    ]

    static let leaderTitles = ["管委会副主任", "党工委委员、管委会副主任", "党工委委员", "管委会副主任", "二级调研员"]

    // MARK: Projects

    enum Sector: Int, CaseIterable, Sendable {
        case optic, bio, equip, material, digital, service, publicWorks
    }

    /// Tags that choose fitting issue templates: what kind of project it is.
    struct Tags: OptionSet, Sendable, Hashable {
        let rawValue: Int
        static let ind = Tags(rawValue: 1), svc = Tags(rawValue: 2), pub = Tags(rawValue: 4)
        static let pharma = Tags(rawValue: 8), mach = Tags(rawValue: 16), digital = Tags(rawValue: 32)
        static let renew = Tags(rawValue: 64), retro = Tags(rawValue: 128)
    }

    struct Subject: Sendable {
        let name: String
        let sector: Sector
        let tags: Tags
    }

    static let subjects: [Subject] = [
        Subject(name: "MiniLED新型显示模组", sector: .optic, tags: .ind),
        Subject(name: "高功率激光器及光学元件", sector: .optic, tags: .ind),
        Subject(name: "精密光学镜头模组", sector: .optic, tags: .ind),
        Subject(name: "半导体封装测试", sector: .optic, tags: .ind),
        Subject(name: "碳化硅功率器件", sector: .optic, tags: .ind),
        Subject(name: "光通信器件", sector: .optic, tags: .ind),
        Subject(name: "红外热成像芯片", sector: .optic, tags: .ind),
        Subject(name: "激光雷达", sector: .optic, tags: .ind),
        Subject(name: "柔性OLED触控模组", sector: .optic, tags: .ind),
        Subject(name: "声学精密器件", sector: .optic, tags: .ind),
        Subject(name: "MEMS传感器芯片", sector: .optic, tags: .ind),
        Subject(name: "创新药CDMO", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "重组蛋白药物", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "抗体药物", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "高端医疗器械", sector: .bio, tags: .ind),
        Subject(name: "医疗影像设备", sector: .bio, tags: .ind),
        Subject(name: "体外诊断试剂", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "中药配方颗粒", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "康复辅具", sector: .bio, tags: .ind),
        Subject(name: "人用疫苗", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "原料药绿色制造", sector: .bio, tags: [.ind, .pharma]),
        Subject(name: "新能源汽车电驱系统", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "氢燃料电池动力系统", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "精密减速器", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "工业机器人", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "高端轴承", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "五轴数控机床", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "智能农机装备", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "新能源汽车热管理系统", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "高端液压件", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "大功率发动机", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "智能仓储装备", sector: .equip, tags: [.ind, .mach]),
        Subject(name: "生物基可降解材料", sector: .material, tags: .ind),
        Subject(name: "磷酸锰铁锂正极材料", sector: .material, tags: .ind),
        Subject(name: "动力电池PACK", sector: .material, tags: .ind),
        Subject(name: "储能电池", sector: .material, tags: .ind),
        Subject(name: "碳纤维复合材料", sector: .material, tags: .ind),
        Subject(name: "高性能膜材料", sector: .material, tags: .ind),
        Subject(name: "光伏组件", sector: .material, tags: .ind),
        Subject(name: "电子级化学品", sector: .material, tags: .ind),
        Subject(name: "5G+工业互联网平台", sector: .digital, tags: .digital),
        Subject(name: "智算中心", sector: .digital, tags: .digital),
        Subject(name: "软件研发基地", sector: .digital, tags: [.svc, .digital]),
        Subject(name: "智能网联汽车测试场", sector: .digital, tags: .ind),
        Subject(name: "北斗导航应用", sector: .digital, tags: .digital),
        Subject(name: "跨境电商产业园", sector: .digital, tags: [.svc, .digital]),
        Subject(name: "数字经济产业园", sector: .digital, tags: [.svc, .digital]),
        Subject(name: "智慧物流园", sector: .service, tags: .svc),
        Subject(name: "冷链物流中心", sector: .service, tags: .svc),
        Subject(name: "城市会客厅及商业综合体", sector: .service, tags: [.svc, .pub]),
        Subject(name: "科创孵化器", sector: .service, tags: .svc),
        Subject(name: "医养结合养老综合体", sector: .service, tags: .svc),
        Subject(name: "文旅小镇", sector: .service, tags: .svc),
        Subject(name: "会展中心及配套酒店", sector: .service, tags: .svc),
        Subject(name: "总部经济大厦", sector: .service, tags: .svc),
        Subject(name: "人才公寓", sector: .publicWorks, tags: .pub),
        Subject(name: "片区城市更新", sector: .publicWorks, tags: [.pub, .renew]),
        Subject(name: "社区卫生服务中心迁建", sector: .publicWorks, tags: .pub),
        Subject(name: "九年一贯制学校", sector: .publicWorks, tags: .pub),
        Subject(name: "全民健身中心", sector: .publicWorks, tags: .pub),
        Subject(name: "污水处理厂扩建", sector: .publicWorks, tags: .pub),
        Subject(name: "安置住宅小区", sector: .publicWorks, tags: [.pub, .renew]),
        Subject(name: "市政道路及管网", sector: .publicWorks, tags: .pub),
    ]

    /// Endings of project names, by whether the subject is industrial; `retro` marks 技改/扩产.
    static let industrialSuffixes: [(String, Bool)] = [
        ("项目", false), ("产业化项目", false), ("生产基地项目", false), ("扩产项目", true), ("智能制造项目", false),
        ("研发及产业化项目", false), ("技改项目", true), ("项目（一期）", false), ("项目（二期）", false),
    ]
    static let otherSuffixes = ["项目", "建设项目", "项目（一期）", "项目（二期）", "工程"]

    static let brandChars = [
        "晶", "曜", "锐", "光", "芯", "联", "康", "源", "瑞", "恒", "驰", "远", "氢", "途", "精", "传",
        "云", "明", "镜", "绿", "锂", "元", "影", "顺", "达", "碳", "擎", "百", "智", "鸢", "华", "创",
        "博", "宏", "泰", "鑫", "盛", "昌", "卓", "越", "睿", "天", "宇", "正", "中", "金", "安", "海",
    ]

    static func ownerWords(_ sector: Sector) -> [String] {
        switch sector {
        case .optic: ["光电科技", "半导体", "激光技术", "光学", "微电子"]
        case .bio: ["生物医药", "生物制药", "医疗器械", "医疗科技", "健康产业"]
        case .equip: ["智能装备", "机器人科技", "精密机械", "新能源动力科技", "汽车零部件"]
        case .material: ["新材料", "新能源科技", "材料科技", "储能科技"]
        case .digital: ["数字科技", "信息技术", "网络科技", "软件"]
        case .service: ["供应链管理", "商业运营管理", "健康养老产业", "文旅发展", "置业"]
        case .publicWorks: ["城市建设投资", "城市更新建设", "城市发展集团"]
        }
    }

    static let buildingsIndustrial = [
        "1号厂房", "2号厂房", "3号厂房", "研发楼", "洁净厂房", "综合楼", "生产车间", "动力站",
        "联合厂房", "办公楼", "仓储中心", "质检楼",
    ]
    static let buildingsCivil = ["1号楼", "2号楼", "3号楼", "主楼", "裙楼", "地下车库", "综合楼", "配套用房"]

    /// Construction phases in order; `@` is a floor count.
    static let phases = [
        "桩基施工", "基础施工", "主体结构施工至@层", "主体封顶", "二次结构施工", "屋面及墙面板安装",
        "室内装修", "机电安装", "设备安装调试", "竣工验收准备",
    ]

    static let signedTexts = [
        "施工图设计完成@0%", "施工图送审", "施工许可手续办理中", "完成土地摘牌，施工图设计",
        "地块平整招标准备", "施工图审查意见整改",
    ]
    static let talkTexts = [
        "企业考察备选地块@处", "第@轮商务洽谈", "投资协议主要条款基本达成一致", "投资协议文本法律审查",
        "企业提交项目建议书",
    ]
    static let planningTexts = [
        "完成项目初步对接，企业提交投资意向书", "企业视频考察地块，提交项目初步方案", "项目可行性研究",
        "组织专家论证项目可行性",
    ]
    static let completedTexts = [
        "竣工验收备案完成，设备安装调试", "室外配套工程收尾", "竣工验收完成，办理不动产首次登记",
        "运营团队进驻，试运营前设备联调",
    ]

    static let nextStepsBuild = [
        "督促企业加快设备订货付款进度，确保年底前完成年度投资计划。",
        "督促施工单位加大冬季施工组织力度，按序时进度推进。",
        "协调解决要素保障问题，每周现场走访调度。",
        "督促做好安全生产和扬尘治理，加快主体施工。",
        "协调正式供电接入，下月完成首批设备安装。",
        "对照问题清单逐项跟踪办理，确保按时销号。",
    ]
    static let nextStepsPre = [
        "督促企业完成施工图审查和施工许可，力争尽快开工。",
        "协调办理开工前置手续，尽快具备开工条件。",
        "协调完成地块内管线迁改，年底前取得施工许可。",
    ]
    static let nextStepsTalk = [
        "约定下轮商务洽谈，力争年底前签订投资协议。",
        "组织企业实地考察备选地块，形成项目可行性初步意见。",
        "梳理企业政策诉求报管委会研究。",
    ]
    static let nextStepsPost = [
        "跟踪产能爬坡及技改奖补兑现。", "协调办理竣工验收备案和不动产首次登记。",
        "做好投产后用工及配套要素保障。",
    ]
    static let nextStepsSuspended = ["协助企业对接战略投资者，争取尽快复工；督促做好停工期间现场安全维护。"]
    static let nextStepsTerminated = ["做好协议解除后续工作，地块重新纳入招商储备。"]

    static let suspendReasons = [
        "受下游市场需求变化影响，企业融资未按期到位，项目停缓建，企业正在引进战略投资者。",
        "企业调整产品方案，重新开展工艺设计，项目暂缓建设。",
        "受原材料价格上涨影响，企业资金链紧张，项目暂停施工。",
    ]
    static let terminateReasons = [
        "投资方因战略调整撤回投资，经管委会主任办公会研究同意终止，投资协议依约解除。",
        "项目未能按约定取得环评批复，经双方协商终止合作。",
    ]
    static let overrideReasons = [
        "安全生产专项督查发现高处作业防护缺失、临时用电不规范，管委会责令停工整改，整改验收前保持红灯",
        "企业拖欠农民工工资引发集中上访，整改完成前保持红灯",
    ]
    static let remarks = ["列入重点督办。", "每月向管委会报告进展。", "企业已完成备案。", "与企业建立周调度机制。"]
    static let contactRoles = ["项目经理", "项目负责人", "工程部经理", "副总经理", "筹建办主任", "基建部部长", "工程总监"]

    // MARK: Visits (the words of the sample's visit notes, data/sample-source/visits.csv)

    static let openOnSite = [
        "现场查看施工进度，", "到项目现场调度，", "会同企业负责人查看现场，", "专班成员现场走访，",
        "现场查看项目推进情况，", "到工地现场办公，",
    ]
    static let openPre = ["到项目地块现场查看，", "会同企业负责人查看地块，", "专班成员到地块现场走访，"]
    static let openPost = ["到项目现场走访，", "走访企业，", "专班成员现场回访，"]
    static let openTalk = ["赴企业对接，", "专班成员走访企业，", "与企业负责人面对面洽谈，"]
    static let openLeader = ["帮包领导带队到现场办公，", "帮包领导现场调度，", "帮包领导带队现场查看进度，"]
    static let observeBuild = [
        "@；现场作业人员约@人", "@，现场塔吊#台运转正常", "@，施工组织有序", "@；企业反映材料供应正常",
        "@，现场作业面#个",
    ]
    static let observePre = ["@；与企业对接开工前各项手续办理情况", "查看地块现状，@", "@；与设计单位对接施工图进度"]
    static let observePost = ["@；了解竣工收尾及配套设施情况", "@；对接企业投产后用工及配套需求"]
    static let observeTalk = ["@；与企业对接投资协议条款", "陪同企业考察拟选地块，@", "@；对接企业供地及配套需求"]
    static let actBuild = [
        "督促落实扬尘治理和安全生产措施。", "提醒企业按时填报半月进展。", "企业暂无新增困难问题。",
        "要求施工单位加大施工组织力度。", "督促按序时进度加快投资完成。", "检查农民工工资支付台账，未发现问题。",
        "督促做好消防安全。", "对照问题清单逐项核对办理进度。",
    ]
    static let actPre = [
        "督促企业加快施工图设计。", "梳理开工前置手续清单，明确完成时限。", "企业暂无新增困难问题。",
        "提醒企业按时填报半月进展。",
    ]
    static let actPost = ["企业暂无新增困难问题。", "了解企业产能爬坡计划，做好要素保障。", "对照问题清单逐项核对办理进度。"]
    static let actTalk = ["约定下轮洽谈时间。", "整理企业诉求报投促局研究。", "企业对营商环境评价较好。"]
    static let phone = ["电话调度项目进展，@。", "电话联系企业负责人，了解@情况，企业暂无新增问题。"]
    static let video = ["视频连线企业负责人，@。", "视频调度会对接项目进展，@。"]
    static let suspendedVisit = "；检查停工期间现场安全围护，了解企业融资进展。"

    // MARK: Absences

    static let cities = ["济南", "青岛", "深圳", "苏州", "无锡", "上海", "杭州", "北京", "合肥", "烟台"]
    static let events = ["招商推介会", "产业链对接会", "项目招引洽谈", "业务培训"]
    static let schools = ["市委党校中青年干部培训班", "省住建厅业务培训", "全省投资项目审批业务培训", "全市统计业务培训"]

    // MARK: Issue lifecycle notes (the words of the sample's handling logs, data/sample-source/handling.csv)

    static let declineNotes = [
        "问题描述不清，缺少具体位置和企业诉求，请补充后再交办。",
        "该事项主要涉及土地补偿，建议由属地街道主办，本单位协办。",
        "该事项不属于本单位职责范围，建议重新确定主办单位。",
    ]
    static let cancelNotes = [
        "与已交办问题重复，合并办理，本条撤销。", "企业已自行解决，经电话核实后撤销。",
        "经核实属于企业内部合同纠纷，不属于项目推进问题，撤销并转相关渠道办理。",
    ]
    static let cancelTerminated = "项目终止，相关问题撤销。"
    static let extendNotes = [
        "涉及外部单位审批，办理周期较长，申请延期。", "需企业补充材料，材料尚未提交齐全，申请延期。",
        "受连续降雨影响现场无法施工，申请延期。",
    ]
    static let returnNotes = ["核查发现问题未彻底解决，企业不满意，退回继续办理。", "办结材料不完整，缺少企业确认意见，退回补充。"]
    static let reopenNotes = ["企业反映问题再次出现，重新打开继续办理。", "回访发现整改效果未保持，重新打开。"]
    static let descriptionAddenda = [
        "企业再次反映，情况较为紧迫。", "调度会要求加快办理。", "已与企业当面核实具体诉求。",
        "协办单位已提供相关资料。",
    ]
}
