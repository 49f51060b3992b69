/// 督办 escalation (docs/domain-rules.md, "督办"): an open issue that stays overdue, or that has been urged again
/// and again, is escalated by the rules in the store's settings — 黄牌督办, then 红牌督办, then 挂牌督办 (listed
/// supervision, named in the 半月报). The level is the rules' verdict on a day, so every view as of a day agrees;
/// `frontline issue escalate` records each level reached once, as a line of the issue's handling log whose note
/// says the rule, and a level recorded stays until the issue is closed (a 督办单 is not withdrawn by an extension).
public enum EscalationLevel: String, DomainEnum, Comparable {
    case yellow = "黄牌督办", red = "红牌督办", listed = "挂牌督办"

    public var english: String {
        switch self {
        case .yellow: "yellow card"
        case .red: "red card"
        case .listed: "listed supervision"
        }
    }

    /// The short mark in lists: 黄牌 / 红牌 / 挂牌 (`Y` / `R` / `L` in English).
    public func mark(_ lang: Lang) -> String {
        switch self {
        case .yellow: lang.text(.escalationMarkYellow)
        case .red: lang.text(.escalationMarkRed)
        case .listed: lang.text(.escalationMarkListed)
        }
    }

    /// The handling-log action that records the level (its Chinese name).
    public var action: String { rawValue }

    private var rank: Int {
        switch self {
        case .yellow: 1
        case .red: 2
        case .listed: 3
        }
    }

    public static func < (a: EscalationLevel, b: EscalationLevel) -> Bool { a.rank < b.rank }

    /// The level a handling-log action records, if it is one.
    public static func recorded(by action: String) -> EscalationLevel? { EscalationLevel(rawValue: action) }
}

/// Why an issue is at its level: the rule that reached it, with the numbers and the threshold in force.
public struct EscalationReason: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// Overdue by `days`, at least `threshold`.
        case overdue(days: Int, threshold: Int)
        /// Urged `count` times since it was last opened, at least `threshold`.
        case urged(count: Int, threshold: Int)
        /// Recorded on `day` (its note says the rule then); the rules alone no longer reach it (the issue was
        /// extended), but a level recorded stays until the issue is closed.
        case recorded(day: Day, note: String)
    }

    public var level: EscalationLevel
    public var rule: Rule

    public init(_ level: EscalationLevel, _ rule: Rule) {
        self.level = level
        self.rule = rule
    }

    /// `红牌督办：逾期 12 天（≥ 10 天）`.
    public func text(_ lang: Lang) -> String {
        lang.text(.escalationReason, level.label(lang), ruleText(lang))
    }

    /// The rule alone: `逾期 12 天（≥ 10 天）`.
    public func ruleText(_ lang: Lang) -> String {
        switch rule {
        case .overdue(let days, let threshold): lang.text(.escalationRuleOverdue, days, threshold)
        case .urged(let count, let threshold): lang.text(.escalationRuleUrged, count, threshold)
        case .recorded(let day, let note): lang.text(.escalationRuleRecorded, day.iso, note)
        }
    }
}

/// An issue's 督办 on a day: its level and the reason for it (the highest rule that reached it).
public struct EscalationResult: Hashable, Sendable {
    public var level: EscalationLevel
    public var reason: EscalationReason
}

/// The rules of docs/domain-rules.md, "督办".
public enum Escalation {
    /// The handling-log lines of the issue's current spell of being open: after its last 重新打开, else all.
    /// A reopened issue starts again: what was urged and recorded before it was closed does not count.
    static func spell(_ issue: Issue) -> ArraySlice<HandlingLogEntry> {
        let start = issue.log.lastIndex { $0.action == IssueAction.reopen.rawValue }.map { $0 + 1 } ?? 0
        return issue.log[start...]
    }

    /// 催办 in the current spell, up to the end of `day`.
    public static func urges(_ issue: Issue, on day: Day) -> Int {
        spell(issue).reduce(0) { $0 + ($1.action == Issue.urgeAction && $1.at.day <= day ? 1 : 0) }
    }

    /// Every level the rules reach on `day`, lowest first, each with the rule that reaches it (the overdue rule
    /// before the 催办 rule when both reach yellow). Only open issues are escalated.
    public static func ruleReasons(_ issue: Issue, on day: Day, settings: Settings) -> [EscalationReason] {
        guard issue.status.isOpen else { return [] }
        let overdue = Lights.isOverdue(issue, today: day) ? issue.due.days(until: day) : 0
        var reasons: [EscalationReason] = []
        if overdue > 0 && overdue >= settings.escalationYellowDays {
            reasons.append(EscalationReason(.yellow, .overdue(days: overdue, threshold: settings.escalationYellowDays)))
        } else if settings.escalationYellowUrges > 0 {
            let urged = urges(issue, on: day)
            if urged >= settings.escalationYellowUrges {
                reasons.append(EscalationReason(.yellow, .urged(count: urged, threshold: settings.escalationYellowUrges)))
            }
        }
        if overdue > 0 && overdue >= settings.escalationRedDays {
            reasons.append(EscalationReason(.red, .overdue(days: overdue, threshold: settings.escalationRedDays)))
        }
        if overdue > 0 && overdue >= settings.escalationListedDays {
            reasons.append(EscalationReason(.listed, .overdue(days: overdue, threshold: settings.escalationListedDays)))
        }
        return reasons
    }

    /// The levels recorded in the current spell by the end of `day`, with their lines.
    public static func recorded(_ issue: Issue, on day: Day) -> [(level: EscalationLevel, line: HandlingLogEntry)] {
        spell(issue).compactMap { line in
            guard line.at.day <= day, let level = EscalationLevel.recorded(by: line.action) else { return nil }
            return (level, line)
        }
    }

    /// The issue's 督办 on `day`: the highest of the level the rules reach and the levels recorded (in the current
    /// spell); nil when neither, and for a closed or cancelled issue. The issue must be as it stood on `day`
    /// (`BoardTimeline`), as for its light.
    public static func result(_ issue: Issue, on day: Day, settings: Settings) -> EscalationResult? {
        guard issue.status.isOpen else { return nil }
        let byRule = ruleReasons(issue, on: day, settings: settings).last
        let byRecord = recorded(issue, on: day).max { $0.level < $1.level }
        switch (byRule, byRecord) {
        case (nil, nil): return nil
        case (let rule?, nil): return EscalationResult(level: rule.level, reason: rule)
        case (nil, let record?):
            return EscalationResult(
                level: record.level, reason: EscalationReason(record.level, .recorded(day: record.line.at.day, note: record.line.note)))
        case (let rule?, let record?):
            if rule.level >= record.level { return EscalationResult(level: rule.level, reason: rule) }
            return EscalationResult(
                level: record.level, reason: EscalationReason(record.level, .recorded(day: record.line.at.day, note: record.line.note)))
        }
    }

    /// The levels the rules reach on `day` that are not recorded yet: those above the highest level recorded in the
    /// current spell, lowest first. What `frontline issue escalate` writes.
    public static func pending(_ issue: Issue, on day: Day, settings: Settings) -> [EscalationReason] {
        let highest = recorded(issue, on: day).map(\.level).max()
        return ruleReasons(issue, on: day, settings: settings).filter { reason in highest.map { reason.level > $0 } ?? true }
    }

    /// The note of the log line recording a level: the rule with its numbers, in Chinese like every note of the
    /// zone's handling logs (the line's action is translated when shown): `督办规则：逾期 12 天（≥ 10 天）`.
    public static func note(_ reason: EscalationReason) -> String {
        Lang.zh.text(.escalationNote, reason.ruleText(.zh))
    }
}

extension Settings {
    /// Why the escalation thresholds do not make a ladder (yellow < red < listed, each at least one day), or nil.
    public var escalationProblem: Phrase? {
        let (y, r, l) = (escalationYellowDays, escalationRedDays, escalationListedDays)
        guard y >= 1, y < r, r < l else { return Phrase(.escalationThresholdsOutOfOrder, "\(y)", "\(r)", "\(l)") }
        return nil
    }

    /// The points a unit loses for one open issue at `level` on the day of the ranking.
    public func escalationDeduction(_ level: EscalationLevel) -> Int {
        switch level {
        case .yellow: deductionPerYellowCard
        case .red: deductionPerRedCard
        case .listed: deductionPerListed
        }
    }
}

/// `frontline issue escalate` (and `E` on the board): record every level reached and not recorded yet, on
/// the issues named or, with none, on every open issue of the store. Administrators only (the 绩考办, or the
/// account its cron job runs as); the log lines name who ran it, and their notes the rule.
public struct IssueEscalation: Sendable, Hashable {
    /// The issues to look at; empty means every issue of the store.
    public var issues: [String]

    public init(issues: [String] = []) { self.issues = issues }
}

extension Issue {
    /// The journal action of an entry recording levels.
    public static let escalateJournalAction = "issue.escalate"
}

extension Planner {
    /// Plans the recording of the levels reached: one log line per level, on each issue that has any pending; the
    /// ids of the issues changed (none: nothing to record, and no entry is written).
    mutating func escalate(_ request: IssueEscalation) throws(DomainError) -> [String] {
        try check(.escalateIssues)
        for id in request.issues where scratch.issues[id: id] == nil { throw .notFound(.issue, id) }
        let targets = request.issues.isEmpty ? scratch.issues.rows.map(\.id) : request.issues
        let day = context.today, settings = scratch.settings
        var changed: [String] = []
        for id in targets {
            guard let issue = scratch.issues[id: id] else { continue }
            let pending = Escalation.pending(issue, on: day, settings: settings)
            if pending.isEmpty { continue }
            // One change per level, each appending its line (a change carries one): the levels passed together are
            // each recorded, lowest first.
            for reason in pending {
                let line = HandlingLogEntry(
                    at: context.now, by: try me(), actingFor: nil, action: reason.level.action,
                    note: Escalation.note(reason), status: issue.status)
                try record(RecordChange(kind: .issue, id: id, op: .update, base: issue.meta.rev, fields: [], appendLog: line))
            }
            changed.append(id)
        }
        return changed
    }
}
