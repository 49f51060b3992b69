/// Why a light has its colour: one rule that fired, with the numbers behind it.
public struct LightReason: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// Issue: open and past due by `days`.
        case overdue(days: Int)
        /// Issue: open and due within `days` (0 = today).
        case dueSoon(days: Int)
        /// Issue: open with time left.
        case onTrack(daysLeft: Int)
        /// Issue: closed or cancelled; `late` when closed after its original due date.
        case closed(late: Bool)
        case cancelled
        /// Project: planned start passed `days` ago without starting.
        case startLate(days: Int, red: Bool)
        /// Project: investment behind 序时进度: the elapsed share of the year (`target`) and the share
        /// of the annual plan done, exactly, with the limits in force (behind by at least
        /// `yellowPoints` → 黄, by more than `redPoints` → 红) so that the text agrees with the light.
        case behindSchedule(target: Ratio, done: Ratio, yellowPoints: Int, redPoints: Int)
        /// Project: it has `count` overdue issues.
        case overdueIssues(count: Int)
        /// Project: no 现场 visit for `days` days (nil: never).
        case noRecentVisit(days: Int?)
        /// Project: everything checked is fine.
        case allClear
        /// Project: finished (投产/终止): only overdue issues still count.
        case finished(Stage)
        /// Project: set by hand with a reason.
        case override(reason: String)
    }

    public var light: Light
    public var rule: Rule

    public init(_ light: Light, _ rule: Rule) {
        self.light = light
        self.rule = rule
    }

    public func text(_ lang: Lang) -> String {
        switch rule {
        case .overdue(let days): return lang.text(.overdueByDays, days)
        case .dueSoon(0): return lang.text(.dueToday)
        case .dueSoon(let days): return lang.text(.dueInDays, days)
        case .onTrack(let days): return lang.text(.daysLeft, days)
        case .closed(true): return lang.text(.closedLate)
        case .closed(false): return lang.text(.closed)
        case .cancelled: return lang.text(.cancelled)
        case .startLate(let days, _): return lang.text(.notStartedDaysAfterPlannedStart, days)
        case .behindSchedule(let target, let done, let yellow, let red):
            // The points behind are printed so that they sit on the same side of each limit as the exact
            // value (9.9999 behind is not written 10.0); the two shares get as many decimals.
            let (behind, places) = ((target - done) * 100).text(agreeingWith: [.atLeast(yellow), .moreThan(red)], decimals: 1, maxDecimals: 6)
            func pct(_ share: Ratio) -> String { (share * 100).text(decimals: places) + "%" }
            return lang.text(.investmentBehindTimeElapsedTarget, pct(done), pct(target), behind)
        case .overdueIssues(let n): return lang.text(n == 1 ? .lightOneOverdueIssue : .lightOverdueIssues, n)
        case .noRecentVisit(nil): return lang.text(.neverVisitedOnSite)
        case .noRecentVisit(let days?): return lang.text(.noOnSiteVisitForDays, days)
        case .allClear: return lang.text(.allChecksClear)
        case .finished(let stage): return lang.text(.finishedStage, stage.label(lang))
        case .override(let reason): return lang.text(.setByHand, reason)
        }
    }
}

/// A light and the reasons that produced it, worst first.
public struct LightResult: Hashable, Sendable {
    public var light: Light
    public var reasons: [LightReason]
}

/// The light rules of docs/domain.md, computed for a given today.
public enum Lights {
    /// Issue: open and past due → 红; due within `dueSoonDays` → 黄; other open → 绿; closed → 灰.
    public static func issue(_ issue: Issue, today: Day, settings: Settings) -> LightResult {
        switch issue.status {
        case .closed:
            let late = issue.closedOn.map { $0 > issue.originalDue } ?? false
            return LightResult(light: .gray, reasons: [LightReason(.gray, .closed(late: late))])
        case .cancelled:
            return LightResult(light: .gray, reasons: [LightReason(.gray, .cancelled)])
        default:
            let left = today.days(until: issue.due)
            let reason: LightReason
            if left < 0 {
                reason = LightReason(.red, .overdue(days: -left))
            } else if isDueWithin(issue, days: settings.dueSoonDays, today: today) {
                reason = LightReason(.yellow, .dueSoon(days: left))
            } else {
                reason = LightReason(.green, .onTrack(daysLeft: left))
            }
            return LightResult(light: reason.light, reasons: [reason])
        }
    }

    /// Whether an issue is open and past its due date.
    public static func isOverdue(_ issue: Issue, today: Day) -> Bool {
        issue.status.isOpen && today > issue.due
    }

    /// "Due within N days" (N天内到期): open, not yet overdue, and due today or in the next `days` days
    /// (0 ≤ due − today ≤ days). Overdue issues are never "due within": they are overdue. The one
    /// definition behind the yellow light (N = `dueSoonDays`), the dashboard and `issues --due-within`.
    public static func isDueWithin(_ issue: Issue, days: Int, today: Day) -> Bool {
        guard issue.status.isOpen else { return false }
        let left = today.days(until: issue.due)
        return left >= 0 && left <= days
    }

    /// Project: the worst of start, schedule, overdue issues and visits; a manual override wins.
    /// - Parameters:
    ///   - overdueIssues: how many of the project's issues are overdue today.
    ///   - lastOnSiteVisit: the date of the latest 现场 visit on or before today.
    public static func project(
        _ project: Project, today: Day, settings: Settings,
        overdueIssues: Int, lastOnSiteVisit: Day?
    ) -> LightResult {
        var reasons: [LightReason] = []
        if overdueIssues > 0 {
            reasons.append(LightReason(.yellow, .overdueIssues(count: overdueIssues)))
        }
        if !project.stage.isFinished {
            if let planStart = project.planStart, !project.hasStarted(on: today), today > planStart {
                let red = today >= planStart.adding(months: settings.startRedMonths)
                reasons.append(LightReason(red ? .red : .yellow, .startLate(days: planStart.days(until: today), red: red)))
            }
            if let done = Ratio.share(project.ytd, of: project.plan) {
                // Exact shares: a project 9.9999 points behind is not yellow, one 30.00003 behind is red.
                let target = Schedule.elapsedShare(today)
                let behind = (target - done) * 100
                let rule = LightReason.Rule.behindSchedule(
                    target: target, done: done, yellowPoints: settings.scheduleYellowPoints,
                    redPoints: settings.scheduleRedPoints)
                if Threshold.moreThan(settings.scheduleRedPoints).isMet(by: behind) {
                    reasons.append(LightReason(.red, rule))
                } else if Threshold.atLeast(settings.scheduleYellowPoints).isMet(by: behind) {
                    reasons.append(LightReason(.yellow, rule))
                }
            }
            let daysSinceVisit = lastOnSiteVisit.map { $0.days(until: today) }
            if daysSinceVisit.map({ $0 > settings.visitDays }) ?? true {
                reasons.append(LightReason(.yellow, .noRecentVisit(days: daysSinceVisit)))
            }
        }
        reasons.sort { $0.light > $1.light }
        var light = reasons.first?.light ?? (project.stage.isFinished ? .gray : .green)
        if reasons.isEmpty {
            reasons = [LightReason(light, project.stage.isFinished ? .finished(project.stage) : .allClear)]
        }
        if let override = project.lightOverride {
            light = override
            reasons.insert(LightReason(override, .override(reason: project.lightOverrideReason ?? "")), at: 0)
        }
        return LightResult(light: light, reasons: reasons)
    }
}
