import FrontlineCore

/// The generator's working data: records by array index, turned into `Board` records at the end.
struct UnitModel {
    var name: String
    var short: String
    var kind: UnitKind
    /// For a park: the sector of projects it attracts.
    var sector: Vocabulary.Sector?
    /// For a subdistrict: its place name (新城 of 新城街道).
    var place: String?
    var members: [Int] = []
    var head = -1
    /// Members who can hold a roster duty (not the head, not leaders, not read-only).
    var eligible: [Int] = []
    var sortOrder = 0
    var supervisingLeader: Int?
    var liaison: Int?
    var attractionPlan: Money?
    var attractionDone: Money?

    init(name: String, short: String, kind: UnitKind, sector: Vocabulary.Sector? = nil, place: String? = nil) {
        self.name = name
        self.short = short
        self.kind = kind
        self.sector = sector
        self.place = place
    }
}

struct PersonModel {
    var name: String
    var login: String
    var unit: Int
    var title: String
    var mobile: String
    var office: String?
    var role: Role
}

struct DutyModel {
    var unit: Int
    var duty: String
    var a: Int
    var b: Int
}

struct AbsenceModel {
    var person: Int
    var from: Int
    var to: Int
    var reason: AbsenceReason
    var handover: String
    var minute: Int
}

enum VisitProfile { case recent, stale, phoneOnly }

struct ProjectModel {
    var name = ""
    var owner = ""
    var scope = ""
    var area = 0
    var unit = 0
    var coUnits: [Int] = []
    var level = ProjectLevel.district
    var annualType = AnnualType.continuing
    var stage = Stage.building
    var stageReason: String?
    var total = Money.zero
    var plan = Money.zero
    var ytd = Money.zero
    var planStart: Int?
    var actualStart: Int?
    var planFinish: Int?
    var actualFinish: Int?
    var progressText = ""
    var progressPct = 0
    var leader = 0
    var taskForce: [Int] = []
    var contact = ""
    var lightOverride: Light?
    var lightOverrideReason: String?
    var nextSteps = ""
    var remark = ""
    // Generation only:
    var subject = 0
    var tags: Vocabulary.Tags = []
    var group: Groups = .build
    var civil = false
    var visitProfile = VisitProfile.recent
    /// No issue of this project may be overdue (keeps a green and a grey project in every store).
    var noOverdue = false
    /// A project in trouble: most of the overdue issues are its.
    var troubled = false
    var terminatedOn: Int?
    var visits: [Int] = []
    var updatedMinute = 0
    var updatedBy = 0
}

struct VisitModel {
    var project: Int
    var day: Int
    var visitors: [Int]
    var mode: VisitMode
    var note: String
    var issues: [Int] = []
    var minute: Int
}

struct ProgressModel {
    var project: Int
    var period: Period
    var reportedOn: Int
    var reportedBy: Int
    var periodDone: Money
    var ytd: Money
    var progressText: String
    var progressPct: Int
    var stage: Stage?
    var text: String
    var problems: String
    var nextSteps: String
    var minute: Int
}
