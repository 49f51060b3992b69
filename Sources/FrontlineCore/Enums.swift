/// The closed vocabularies of docs/domain.md, stored by their Chinese names.

public enum UnitKind: String, DomainEnum {
    case economic = "经济部门", subdistrict = "街道", park = "园区", functional = "职能部门"
    public var english: String {
        switch self {
        case .economic: "economic"
        case .subdistrict: "subdistrict"
        case .park: "park"
        case .functional: "functional"
        }
    }
}

public enum Role: String, DomainEnum {
    case admin = "管理员", leader = "领导", unit = "单位", readOnly = "只读"
    public var english: String {
        switch self {
        case .admin: "admin"
        case .leader: "leader"
        case .unit: "unit"
        case .readOnly: "read-only"
        }
    }
}

public enum AbsenceReason: String, DomainEnum {
    case trip = "出差", study = "学习", leave = "休假", sick = "病假", other = "其他"
    public var english: String {
        switch self {
        case .trip: "trip"
        case .study: "study"
        case .leave: "leave"
        case .sick: "sick"
        case .other: "other"
        }
    }
}

public enum ProjectLevel: String, DomainEnum {
    case provincial = "省重点", city = "市重点", district = "区重点"
    public var english: String {
        switch self {
        case .provincial: "provincial"
        case .city: "city"
        case .district: "district"
        }
    }
}

public enum AnnualType: String, DomainEnum {
    case new = "新开工", continuing = "续建", completing = "竣工", preparatory = "前期"
    public var english: String {
        switch self {
        case .new: "new"
        case .continuing: "continuing"
        case .completing: "completing"
        case .preparatory: "preparatory"
        }
    }
}

public enum Stage: String, DomainEnum {
    case planning = "谋划", negotiating = "洽谈", signed = "签约", started = "开工", building = "在建"
    case completed = "竣工", operating = "投产", suspended = "停缓建", terminated = "终止"
    public var english: String {
        switch self {
        case .planning: "planning"
        case .negotiating: "negotiating"
        case .signed: "signed"
        case .started: "started"
        case .building: "building"
        case .completed: "completed"
        case .operating: "operating"
        case .suspended: "suspended"
        case .terminated: "terminated"
        }
    }

    /// Construction has begun (开工 or later on the main line).
    public var hasStarted: Bool { [.started, .building, .completed, .operating].contains(self) }

    /// The project needs no more supervision: weekly visits and schedule checks stop.
    public var isFinished: Bool { self == .operating || self == .terminated }
}

public enum IssueStatus: String, DomainEnum {
    case pendingAssignment = "待交办", pendingAcceptance = "待签收", inProgress = "办理中"
    case pendingVerification = "待核验", closed = "已销号", cancelled = "已撤销"
    public var english: String {
        switch self {
        case .pendingAssignment: "new"
        case .pendingAcceptance: "assigned"
        case .inProgress: "in-progress"
        case .pendingVerification: "resolved"
        case .closed: "closed"
        case .cancelled: "cancelled"
        }
    }

    public var isOpen: Bool { self != .closed && self != .cancelled }
}

public enum IssueCategory: String, DomainEnum {
    case land = "土地", planning = "规划", approval = "审批手续", funding = "资金", utilities = "水电气暖"
    case site = "施工环境", policy = "政策", labour = "用工", other = "其他"
    public var english: String {
        switch self {
        case .land: "land"
        case .planning: "planning"
        case .approval: "approval"
        case .funding: "funding"
        case .utilities: "utilities"
        case .site: "site"
        case .policy: "policy"
        case .labour: "labour"
        case .other: "other"
        }
    }
}

public enum IssueSource: String, DomainEnum {
    case visit = "走访发现", enterprise = "企业反映", meeting = "调度会", inspection = "督查", leader = "领导交办"
    public var english: String {
        switch self {
        case .visit: "visit"
        case .enterprise: "enterprise"
        case .meeting: "meeting"
        case .inspection: "inspection"
        case .leader: "leader"
        }
    }
}

public enum Urgency: String, DomainEnum {
    case normal = "一般", urgent = "紧急", critical = "特急"
    public var english: String {
        switch self {
        case .normal: "normal"
        case .urgent: "urgent"
        case .critical: "critical"
        }
    }
}

/// The enterprise's satisfaction recorded at the 回访 (follow-up visit) after an issue is closed
/// (docs/domain-rules.md, "Handling"): 不满意 reopens the issue.
public enum Satisfaction: String, DomainEnum {
    case satisfied = "满意", fairlySatisfied = "基本满意", dissatisfied = "不满意"
    public var english: String {
        switch self {
        case .satisfied: "satisfied"
        case .fairlySatisfied: "fairly-satisfied"
        case .dissatisfied: "dissatisfied"
        }
    }
}

public enum VisitMode: String, DomainEnum {
    case onSite = "现场", phone = "电话", video = "视频"
    public var english: String {
        switch self {
        case .onSite: "on-site"
        case .phone: "phone"
        case .video: "video"
        }
    }
}

/// A red/yellow/green light; grey for closed issues and finished projects.
public enum Light: String, DomainEnum, Comparable {
    case green = "绿", yellow = "黄", red = "红", gray = "灰"
    public var english: String {
        switch self {
        case .green: "green"
        case .yellow: "yellow"
        case .red: "red"
        case .gray: "gray"
        }
    }

    /// Grey < green < yellow < red: the worst light wins.
    private var severity: Int {
        switch self {
        case .gray: 0
        case .green: 1
        case .yellow: 2
        case .red: 3
        }
    }

    public static func < (a: Light, b: Light) -> Bool { a.severity < b.severity }
}
