import Testing

@testable import FrontlineCore

/// Project lights: the worst of start, schedule, overdue issues and visits; finished → grey; override wins.
struct ProjectLightTests {
    /// The light of P-001 as the board shows it. Unless `visits` is given, P-001 had a 现场 visit today,
    /// so the visit rule is quiet and each test sees only the rule it is about.
    static func light(
        _ project: Project, today: String, visits: [Visit]? = nil,
        issues: [FrontlineCore.Issue] = [], settings: Settings = Settings()
    ) -> LightResult {
        var board = Fixtures.zone.with(project, settings)
        for visit in visits ?? [Fixtures.visit("V-0001", project: project.id, today)] { board = board.with(visit) }
        for issue in issues { board = board.with(issue) }
        return BoardIndex(board).light(of: project, today: d(today))
    }

    static let allClear = LightResult(light: .green, reasons: [LightReason(.green, .allClear)])

    // MARK: Start

    struct StartCase: Sendable, CustomTestStringConvertible {
        let planStart: String
        let today: String
        /// nil: no start reason (all clear).
        let reason: LightReason?
        var testDescription: String {
            "planned start \(planStart), today \(today) → \(reason.map { "\($0.light.rawValue) \($0.text(.zh))" } ?? "no start reason")"
        }
    }

    @Test(
        "start: planned start passed and not started → 黄; three months late → 红",
        arguments: [
            StartCase(planStart: "2026-11-27", today: "2026-11-27", reason: nil),
            StartCase(planStart: "2026-11-28", today: "2026-11-27", reason: nil),
            StartCase(planStart: "2026-11-26", today: "2026-11-27", reason: LightReason(.yellow, .startLate(days: 1, red: false))),
            // 2026-08-27 + 3 months = 2026-11-27.
            StartCase(planStart: "2026-08-27", today: "2026-11-26", reason: LightReason(.yellow, .startLate(days: 91, red: false))),
            StartCase(planStart: "2026-08-27", today: "2026-11-27", reason: LightReason(.red, .startLate(days: 92, red: true))),
            // 2026-08-31 + 3 months is clamped to 2026-11-30.
            StartCase(planStart: "2026-08-31", today: "2026-11-29", reason: LightReason(.yellow, .startLate(days: 90, red: false))),
            StartCase(planStart: "2026-08-31", today: "2026-11-30", reason: LightReason(.red, .startLate(days: 91, red: true))),
            StartCase(planStart: "2026-01-01", today: "2026-11-27", reason: LightReason(.red, .startLate(days: 330, red: true))),
        ])
    func start(_ c: StartCase) {
        let project = Fixtures.project("P-001") {
            $0.stage = .signed; $0.planStart = d(c.planStart)
        }
        let result = Self.light(project, today: c.today)
        if let reason = c.reason {
            #expect(result == LightResult(light: reason.light, reasons: [reason]))
        } else {
            #expect(result == Self.allClear)
        }
    }

    @Test(
        "start: a project that has started has no start reason, however late the plan",
        arguments: [
            (Stage.signed, "2026-02-01" as String?),
            (.started, nil), (.building, nil), (.completed, nil),
        ])
    func started(stage: Stage, actualStart: String?) {
        let project = Fixtures.project("P-001") {
            $0.stage = stage
            $0.planStart = d("2026-01-01")
            $0.actualStart = actualStart.map(d)
        }
        #expect(Self.light(project, today: "2026-11-27") == Self.allClear)
    }

    @Test("start: with the red threshold set to one month")
    func startRedMonthsSetting() {
        var settings = Settings()
        settings.startRedMonths = 1
        let project = Fixtures.project("P-001") {
            $0.stage = .signed; $0.planStart = d("2026-10-27")
        }
        #expect(Self.light(project, today: "2026-11-26", settings: settings).light == .yellow)
        #expect(Self.light(project, today: "2026-11-27", settings: settings).light == .red)
    }

    // MARK: Schedule

    struct ScheduleCase: Sendable, CustomTestStringConvertible {
        let today: String
        let plan: String
        let ytd: String
        /// The points behind 序时进度 as the reason prints them.
        let behind: String?
        let light: Light?
        var testDescription: String {
            "\(plan) planned, \(ytd) done on \(today): behind \(behind ?? "-") → \(light?.rawValue ?? "no schedule reason")"
        }
    }

    /// Plan 10000.00 makes `done` equal to ytd in 万元: 9001.00 → 90.01%. The shares are compared exactly.
    @Test(
        "schedule: behind 序时进度 by 10–30 points → 黄, more → 红",
        arguments: [
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "9001.00", behind: nil, light: nil),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "9000.00", behind: "10.0", light: .yellow),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "8000.00", behind: "20.0", light: .yellow),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "7000.00", behind: "30.0", light: .yellow),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "6999.00", behind: "30.01", light: .red),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "0", behind: "100.0", light: .red),
            ScheduleCase(today: "2026-12-31", plan: "10000", ytd: "12000.00", behind: nil, light: nil),
            // 2026-06-30: 181/365 = 49.5890…%.
            ScheduleCase(today: "2026-06-30", plan: "10000", ytd: "3959.00", behind: nil, light: nil),
            ScheduleCase(today: "2026-06-30", plan: "10000", ytd: "3958.00", behind: "10.0", light: .yellow),
            // Truncated percentages made these two yellow (49.58 − 19.58 = 30.00): exactly they are 30.009… behind.
            ScheduleCase(today: "2026-06-30", plan: "10000", ytd: "1958.00", behind: "30.01", light: .red),
            ScheduleCase(today: "2026-06-30", plan: "10000", ytd: "1958.91", behind: "30.0", light: .yellow),
            ScheduleCase(today: "2026-06-30", plan: "10000", ytd: "1957.99", behind: "30.01", light: .red),
        ])
    func schedule(_ c: ScheduleCase) throws {
        let project = Fixtures.project("P-001") {
            $0.plan = Money(c.plan)!
            $0.ytd = Money(c.ytd)!
        }
        let result = Self.light(project, today: c.today)
        if let light = c.light {
            let rule = LightReason.Rule.behindSchedule(
                target: Schedule.elapsedShare(d(c.today)), done: Ratio.share(Money(c.ytd)!, of: Money(c.plan)!)!,
                yellowPoints: 10, redPoints: 30)
            #expect(result == LightResult(light: light, reasons: [LightReason(light, rule)]))
            #expect(result.reasons[0].text(.zh).hasSuffix("滞后 \(c.behind ?? "")%"))
        } else {
            #expect(result == Self.allClear)
        }
    }

    @Test("schedule: the reason says how far behind, in points with one decimal")
    func scheduleText() {
        let reason = LightReason(.yellow, .behindSchedule(target: Ratio(1), done: Ratio(9, 10), yellowPoints: 10, redPoints: 30))
        #expect(reason.text(.zh) == "投资完成 90.0%，序时进度 100.0%，滞后 10.0%")
    }

    @Test("schedule: no annual plan, no schedule rule")
    func noPlan() {
        let project = Fixtures.project("P-001") {
            $0.plan = .zero; $0.ytd = .zero
        }
        #expect(Self.light(project, today: "2026-12-31") == Self.allClear)
    }

    @Test("schedule: thresholds come from settings")
    func scheduleSettings() {
        var settings = Settings()
        settings.scheduleYellowPoints = 5
        settings.scheduleRedPoints = 20
        func light(_ ytd: String) -> Light {
            let project = Fixtures.project("P-001") {
                $0.plan = Money("10000")!; $0.ytd = Money(ytd)!
            }
            return Self.light(project, today: "2026-12-31", settings: settings).light
        }
        #expect(light("9501.00") == .green)
        #expect(light("9500.00") == .yellow)
        #expect(light("8000.00") == .yellow)
        #expect(light("7999.00") == .red)
    }

    // MARK: Visits

    struct VisitCase: Sendable, CustomTestStringConvertible {
        let why: String
        let visits: [Visit]
        /// nil: no visit reason; .some(nil): never visited on site.
        let reason: LightReason.Rule?
        var testDescription: String { why }
    }

    @Test(
        "visits: no 现场 visit in 7 days → 黄",
        arguments: [
            VisitCase(why: "现场 7 days ago → fine", visits: [Fixtures.visit("V-1", "2026-11-20")], reason: nil),
            VisitCase(
                why: "现场 8 days ago → 8 天未现场走访", visits: [Fixtures.visit("V-1", "2026-11-19")],
                reason: .noRecentVisit(days: 8)),
            VisitCase(
                why: "only 电话 and 视频 → never",
                visits: [
                    Fixtures.visit("V-1", "2026-11-26", mode: .phone), Fixtures.visit("V-2", "2026-11-27", mode: .video),
                ], reason: .noRecentVisit(days: nil)),
            VisitCase(
                why: "old 现场, recent 电话 → counts from the 现场",
                visits: [
                    Fixtures.visit("V-1", "2026-11-10"), Fixtures.visit("V-2", "2026-11-26", mode: .phone),
                ], reason: .noRecentVisit(days: 17)),
            VisitCase(why: "no visits at all → never", visits: [], reason: .noRecentVisit(days: nil)),
            VisitCase(
                why: "a 现场 visit dated after today does not count → never",
                visits: [Fixtures.visit("V-1", "2026-11-28")], reason: .noRecentVisit(days: nil)),
            VisitCase(
                why: "the latest 现场 visit on or before today counts, whatever the stored order",
                visits: [
                    Fixtures.visit("V-1", "2026-11-25"), Fixtures.visit("V-2", "2026-11-01"), Fixtures.visit("V-3", "2026-12-01"),
                ], reason: nil),
            VisitCase(
                why: "another project's visit does not count",
                visits: [Fixtures.visit("V-1", project: "P-002", "2026-11-27")], reason: .noRecentVisit(days: nil)),
        ])
    func visits(_ c: VisitCase) {
        let result = Self.light(Fixtures.project("P-001"), today: "2026-11-27", visits: c.visits)
        if let rule = c.reason {
            #expect(result == LightResult(light: .yellow, reasons: [LightReason(.yellow, rule)]))
        } else {
            #expect(result == Self.allClear)
        }
    }

    @Test("visits: the reason texts")
    func visitTexts() {
        #expect(LightReason(.yellow, .noRecentVisit(days: 8)).text(.zh) == "8 天未现场走访")
        #expect(LightReason(.yellow, .noRecentVisit(days: nil)).text(.zh) == "从未现场走访")
    }

    @Test("visits: the window comes from settings")
    func visitSettings() {
        var settings = Settings()
        settings.visitDays = 14
        let project = Fixtures.project("P-001")
        #expect(
            Self.light(
                project, today: "2026-11-27", visits: [Fixtures.visit("V-1", "2026-11-13")],
                settings: settings) == Self.allClear)
        #expect(
            Self.light(
                project, today: "2026-11-27", visits: [Fixtures.visit("V-1", "2026-11-12")],
                settings: settings
            ).reasons == [LightReason(.yellow, .noRecentVisit(days: 15))])
    }

    // MARK: Overdue issues

    static func issue(_ id: String, due: String, status: IssueStatus = .inProgress, project: String = "P-001")
        -> FrontlineCore.Issue
    {
        Fixtures.issue(id, status: status) {
            $0.due = d(due); $0.project = project
        }
    }

    struct IssuesCase: Sendable, CustomTestStringConvertible {
        let why: String
        let issues: [FrontlineCore.Issue]
        let overdue: Int
        var testDescription: String { why }
    }

    @Test(
        "overdue issues make a project at least 黄",
        arguments: [
            IssuesCase(why: "one issue due yesterday", issues: [issue("I-1", due: "2026-11-26")], overdue: 1),
            IssuesCase(
                why: "two overdue and one due today",
                issues: [
                    issue("I-1", due: "2026-11-26"), issue("I-2", due: "2026-10-01", status: .pendingVerification),
                    issue("I-3", due: "2026-11-27"),
                ], overdue: 2),
            IssuesCase(why: "an issue due today is not overdue", issues: [issue("I-1", due: "2026-11-27")], overdue: 0),
            IssuesCase(
                why: "closed and cancelled issues past due do not count",
                issues: [
                    issue("I-1", due: "2026-11-01", status: .closed), issue("I-2", due: "2026-11-01", status: .cancelled),
                ], overdue: 0),
            IssuesCase(
                why: "another project's overdue issue does not count",
                issues: [issue("I-1", due: "2026-11-01", project: "P-002")], overdue: 0),
        ])
    func overdueIssues(_ c: IssuesCase) {
        let result = Self.light(Fixtures.project("P-001"), today: "2026-11-27", issues: c.issues)
        if c.overdue > 0 {
            let reason = LightReason(.yellow, .overdueIssues(count: c.overdue))
            #expect(result == LightResult(light: .yellow, reasons: [reason]))
        } else {
            #expect(result == Self.allClear)
        }
    }

    // MARK: Finished, override, worst wins

    @Test(
        "finished projects (投产, 终止) are grey with no start, schedule or visit reasons",
        arguments: [
            (Stage.operating, "已投产"), (.terminated, "已终止"),
        ])
    func finished(stage: Stage, zh: String) {
        let project = Fixtures.project("P-001") {
            $0.stage = stage
            $0.planStart = d("2025-01-01")
            $0.plan = Money("10000")!
            $0.ytd = .zero
        }
        let result = Self.light(project, today: "2026-11-27", visits: [])
        #expect(result == LightResult(light: .gray, reasons: [LightReason(.gray, .finished(stage))]))
        #expect(result.reasons.first?.text(.zh) == zh)
    }

    @Test("a manual override replaces the light and comes first with its reason")
    func override() {
        let project = Fixtures.project("P-001") {
            $0.stage = .signed
            $0.planStart = d("2026-01-01")
            $0.lightOverride = .green
            $0.lightOverrideReason = "土地已摘牌，待开工"
        }
        let result = Self.light(project, today: "2026-11-27", visits: [])
        #expect(
            result
                == LightResult(
                    light: .green,
                    reasons: [
                        LightReason(.green, .override(reason: "土地已摘牌，待开工")),
                        LightReason(.red, .startLate(days: 330, red: true)),
                        LightReason(.yellow, .noRecentVisit(days: nil)),
                    ]))
        #expect(result.reasons.first?.text(.zh) == "人工设定：土地已摘牌，待开工")
    }

    @Test("an override can make an all-clear project red")
    func overrideRed() {
        let project = Fixtures.project("P-001") {
            $0.lightOverride = .red; $0.lightOverrideReason = "企业拟撤资"
        }
        let result = Self.light(project, today: "2026-11-27")
        #expect(
            result
                == LightResult(
                    light: .red,
                    reasons: [
                        LightReason(.red, .override(reason: "企业拟撤资")), LightReason(.green, .allClear),
                    ]))
    }

    @Test("the worst rule wins and reasons are sorted worst first")
    func worstWins() {
        let project = Fixtures.project("P-001") {
            $0.stage = .signed
            $0.planStart = d("2026-12-01") // not due to start yet: no start reason
            $0.plan = Money("10000")!
            $0.ytd = Money("2000")! // target 9068 (331/365), done 2000: behind 70.68 → 红
        }
        let result = Self.light(
            project, today: "2026-11-27", visits: [Fixtures.visit("V-1", "2026-11-01")],
            issues: [Self.issue("I-1", due: "2026-11-20")])
        #expect(result.light == .red)
        let behind = LightReason(.red, .behindSchedule(target: Ratio(331, 365), done: Ratio(1, 5), yellowPoints: 10, redPoints: 30))
        #expect(result.reasons.first == behind)
        #expect(
            Set(result.reasons) == [
                behind,
                LightReason(.yellow, .overdueIssues(count: 1)),
                LightReason(.yellow, .noRecentVisit(days: 26)),
            ])
        #expect(result.reasons.map(\.light) == result.reasons.map(\.light).sorted(by: >))
    }

    @Test("red start beats yellow visits; each rule is listed once")
    func startBeatsVisits() {
        let project = Fixtures.project("P-001") {
            $0.stage = .signed; $0.planStart = d("2026-05-01")
        }
        let result = Self.light(project, today: "2026-11-27", visits: [Fixtures.visit("V-1", "2026-11-19")])
        #expect(
            result
                == LightResult(
                    light: .red,
                    reasons: [
                        LightReason(.red, .startLate(days: 210, red: true)),
                        LightReason(.yellow, .noRecentVisit(days: 8)),
                    ]))
    }
}
