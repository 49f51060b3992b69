/// The thresholds, weights and periods of one store (docs/domain.md: "everything is a setting").
public struct Settings: Record {
    public static let kind = RecordKind.settings
    public static let singletonId = "settings"
    public var id: String
    public var meta = RecordMeta()
    /// The zone's name, shown in headers and reports.
    public var zoneName = ""
    /// The language of the zone's documents (the 半月报): a report is published, and printed unless
    /// `--lang` asks otherwise, in this language, whatever the publisher's locale. Set at `init`,
    /// changed by an administrator (`frontline edit settings documentLanguage=en`).
    public var documentLanguage = Lang.zh
    /// IANA name of the store's time zone; dates are calendar dates there.
    public var timeZone = "Asia/Shanghai"
    /// An open issue is yellow when its due date is at most this many days away.
    public var dueSoonDays = 3
    /// A project is at least yellow when its last 现场 visit is more than this many days ago.
    public var visitDays = 7
    /// A project that has not started this many months after its planned start is red.
    public var startRedMonths = 3
    /// Investment behind 序时进度 by at least this many points is yellow …
    public var scheduleYellowPoints = 10
    /// … and by more than this many points red.
    public var scheduleRedPoints = 30
    /// The roster duty that issues are routed through when they name no person.
    public var issueDuty = "项目服务"
    /// For a bundled sample: the date its data is "as of", used when no `--as-of` is given.
    public var sampleDate: Day?
    /// Ranking weights (points out of 100) and deductions.
    public var weightSchedule = 40
    public var weightStart = 20
    public var weightIssues = 20
    public var weightVisits = 10
    public var weightAttraction = 10
    /// 产值, 税收 and 就业 against their plans (docs/domain-rules.md, "Project benefits"): off (0) unless a store weights it.
    public var weightBenefits = 0
    public var deductionPerReopen = 2
    public var deductionPerRedProject = 3
    /// How many units at the bottom of the ranking are named 后进.
    public var laggingCount = 3
    /// The largest attachment the store keeps, in MB; nil (left out of the file) means 20 MB
    /// (`attachmentLimitBytes`). An administrator changes it with `frontline edit settings attachmentLimitMB=50`.
    public var attachmentLimitMB: Int?
    /// 督办 (docs/domain-rules.md, "督办"): an open issue is 黄牌督办 when overdue by at least this many days …
    public var escalationYellowDays = 3
    /// … or urged (催办) at least this many times since it was last opened (0: the 催办 rule is off);
    public var escalationYellowUrges = 2
    /// 红牌督办 when overdue by at least this many days; 挂牌督办 at least this many. Yellow < red < listed.
    public var escalationRedDays = 10
    public var escalationListedDays = 30
    /// Ranking deductions per open issue of the unit at each level on the day of the ranking.
    public var deductionPerYellowCard = 1
    public var deductionPerRedCard = 2
    public var deductionPerListed = 3
    /// 手续 (docs/domain-rules.md, "手续"): the chain of approval steps every project runs through, `>` between steps in
    /// order and `+` between steps run in parallel (`立项/备案 > 用地 > 规划许可 > 图审 + 施工许可 > 竣工验收`); nil (left out
    /// of the file) or blank: no procedures.
    public var procedureTemplate: String?

    public init(id: String = Settings.singletonId) { self.id = id }

    public static let schema = FieldTable<Settings>([
        Field("zoneName", \.zoneName),
        Field("documentLanguage", \.documentLanguage),
        Field("timeZone", \.timeZone),
        Field("dueSoonDays", \.dueSoonDays, range: Limits.settingDays),
        Field("visitDays", \.visitDays, range: Limits.settingDays),
        Field("startRedMonths", \.startRedMonths, range: Limits.settingMonths),
        Field("scheduleYellowPoints", \.scheduleYellowPoints, range: Limits.points),
        Field("scheduleRedPoints", \.scheduleRedPoints, range: Limits.points),
        Field("issueDuty", \.issueDuty),
        Field("sampleDate", \.sampleDate),
        Field("weightSchedule", \.weightSchedule, range: Limits.points),
        Field("weightStart", \.weightStart, range: Limits.points),
        Field("weightIssues", \.weightIssues, range: Limits.points),
        Field("weightVisits", \.weightVisits, range: Limits.points),
        Field("weightAttraction", \.weightAttraction, range: Limits.points),
        Field("weightBenefits", \.weightBenefits, range: Limits.points),
        Field("deductionPerReopen", \.deductionPerReopen, range: Limits.points),
        Field("deductionPerRedProject", \.deductionPerRedProject, range: Limits.points),
        Field("laggingCount", \.laggingCount, range: Limits.laggingCount),
        Field("attachmentLimitMB", \.attachmentLimitMB, range: Limits.attachmentLimitMB)
            .labelled("附件大小上限（MB）", "Attachment size limit (MB)", as: .integer(Limits.attachmentLimitMB)),
        Field("escalationYellowDays", \.escalationYellowDays, range: Limits.settingDays),
        Field("escalationYellowUrges", \.escalationYellowUrges, range: Limits.escalationUrges),
        Field("escalationRedDays", \.escalationRedDays, range: Limits.settingDays),
        Field("escalationListedDays", \.escalationListedDays, range: Limits.settingDays),
        Field("deductionPerYellowCard", \.deductionPerYellowCard, range: Limits.points),
        Field("deductionPerRedCard", \.deductionPerRedCard, range: Limits.points),
        Field("deductionPerListed", \.deductionPerListed, range: Limits.points),
        Field("procedureTemplate", \.procedureTemplate).labelled("手续模板", "Procedure template", as: .text),
    ])
}
