/// How a unit's score was reached, part by part, with the records behind each part: what
/// `frontline rank --explain UNIT` prints and what Enter on a score opens on the board.
public struct ScoreExplanation: Sendable, Equatable {
    /// One line under a part: a record (Enter opens it on the board) and what it contributed.
    public struct Line: Sendable, Equatable {
        public var record: String?
        public var text: String
    }

    /// One part of the score: its name and points, how they were computed, and the records.
    public struct Part: Sendable, Equatable {
        public var title: String
        public var points: String
        public var formula: String
        public var lines: [Line]
    }

    public var unit: String
    public var asOf: Day
    /// `第 3 名（共 10 名），总分 91.38`.
    public var summary: String
    public var parts: [Part]
    /// How the total adds up.
    public var total: String

    /// Explains `score`, which must carry its evidence (`unitStats(today:evidence: true)`).
    public init(_ score: UnitScore, ranked: Int, settings: Settings, index: BoardIndex, lang: Lang) {
        let s = score.stats, e = score.stats.evidence ?? ScoreEvidence()
        unit = s.unit.displayName
        asOf = s.asOf
        func money(_ m: Money) -> String { lang.pick("\(m.text) 万元", "\(m.text) (10k CNY)") }
        func project(_ id: String) -> String { "\(id) \(index.projectName(id))" }
        func issue(_ id: String) -> String { "\(id) \(index.board.issues[id: id]?.title ?? "")" }
        func rate(_ r: Ratio?) -> String { r.map { ($0 * 100).text(decimals: 2) + "%" } ?? "—" }
        func capped(_ weight: Int, _ r: Ratio?, _ points: Int) -> String {
            guard r != nil else { return lang.pick("无可考核内容，得满分 \(weight)", "nothing to measure: full \(weight)") }
            return lang.pick("\(weight) × \(rate(r))（超过100%按100%计）= \(pointsText(points))（四舍五入到0.01分）",
                             "\(weight) × \(rate(r)) (capped at 100%) = \(pointsText(points)) (rounded half up to 0.01)")
        }
        let rank = score.rank == 0 ? lang.pick("不参与排名（无可考核内容）", "not ranked (nothing to measure)")
            : lang.pick("第 \(score.rank) 名（共 \(ranked) 名）", "rank \(score.rank) of \(ranked)")
        summary = rank + lang.pick("，总分 \(pointsText(score.total))", ", total \(pointsText(score.total))")
            + (score.isLagging ? lang.pick("，后进", ", lagging") : "")

        let elapsed = Schedule.elapsedShare(s.asOf)
        var parts: [Part] = []
        parts.append(Part(
            title: lang.pick("序时进度（\(settings.weightSchedule) 分）", "Investment against 序时进度 (\(settings.weightSchedule))"),
            points: pointsText(score.schedule),
            formula: lang.pick("本年完成 \(money(s.ytd)) ÷（年度计划 \(money(s.plan)) × 已过天数 \(elapsed)）= \(rate(s.scheduleRate))；序时应完成 \(money(s.target))；",
                               "done \(money(s.ytd)) ÷ (plan \(money(s.plan)) × elapsed \(elapsed)) = \(rate(s.scheduleRate)); due by now \(money(s.target)); ")
                + capped(settings.weightSchedule, s.scheduleRate, score.schedule),
            lines: e.investment.map { line in
                Line(record: line.project, text: lang.pick("\(project(line.project))：年度计划 \(money(line.plan))，本年完成 \(money(line.ytd))，序时应完成 \(money(Schedule.target(plan: line.plan, on: s.asOf)))",
                                                           "\(project(line.project)): plan \(money(line.plan)), done \(money(line.ytd)), due by now \(money(Schedule.target(plan: line.plan, on: s.asOf)))"))
            }))
        parts.append(Part(
            title: lang.pick("开工率（\(settings.weightStart) 分）", "Start rate (\(settings.weightStart))"),
            points: pointsText(score.start),
            formula: lang.pick("计划开工日已到的新开工项目 \(s.startsDue) 个，已开工 \(s.started) 个 = \(rate(s.startRate))；",
                               "new projects due to start: \(s.startsDue), started: \(s.started) = \(rate(s.startRate)); ")
                + capped(settings.weightStart, s.startRate, score.start),
            lines: e.starts.map { line in
                let actual = line.actualStart.map { lang.pick("实际开工 \($0.iso)", "started \($0.iso)") } ?? lang.pick("未记实际开工日期", "no actual start date")
                let verdict = line.started ? lang.pick("已开工", "started") : lang.pick("未开工", "not started")
                return Line(record: line.project, text: "\(project(line.project))：" + lang.pick("计划开工 \(line.planStart.iso)，", "planned \(line.planStart.iso), ") + "\(actual) → \(verdict)")
            }))
        parts.append(Part(
            title: lang.pick("问题按时办结（\(settings.weightIssues) 分）", "Issues closed on time (\(settings.weightIssues))"),
            points: pointsText(score.issues),
            formula: lang.pick("已销号 \(s.closedIssues) 个，其中销号日不晚于原定办结时限的 \(s.closedOnTime) 个 = \(rate(s.onTimeRate))；",
                               "closed: \(s.closedIssues), on or before the original due date: \(s.closedOnTime) = \(rate(s.onTimeRate)); ")
                + capped(settings.weightIssues, s.onTimeRate, score.issues),
            lines: e.closedIssues.map { line in
                let verdict = line.onTime ? lang.pick("按时", "on time") : lang.pick("逾期办结", "late")
                return Line(record: line.issue, text: "\(issue(line.issue))：" + lang.pick("销号 \(line.closedOn.iso)，原定时限 \(line.originalDue.iso) → \(verdict)",
                                                                                             "closed \(line.closedOn.iso), originally due \(line.originalDue.iso) → \(verdict)"))
            }))
        parts.append(Part(
            title: lang.pick("现场走访（\(settings.weightVisits) 分）", "On-site visits (\(settings.weightVisits))"),
            points: pointsText(score.visits),
            formula: lang.pick("在监测项目 \(s.activeProjects) 个，\(settings.visitDays) 天内有现场走访的 \(s.visitedProjects) 个 = \(rate(s.visitRate))；",
                               "supervised projects: \(s.activeProjects), visited on site within \(settings.visitDays) days: \(s.visitedProjects) = \(rate(s.visitRate)); ")
                + capped(settings.weightVisits, s.visitRate, score.visits),
            lines: e.visits.map { line in
                let last = line.lastOnSite.map { lang.pick("最近现场走访 \($0.iso)", "last on-site visit \($0.iso)") } ?? lang.pick("从未现场走访", "never visited on site")
                let verdict = line.compliant ? lang.pick("达标", "counts") : lang.pick("未达标", "does not count")
                return Line(record: line.project, text: "\(project(line.project))：\(last) → \(verdict)")
            }))
        let plan = s.unit.attractionPlan, done = s.unit.attractionDone
        parts.append(Part(
            title: lang.pick("招商引资（\(settings.weightAttraction) 分）", "Investment attraction (\(settings.weightAttraction))"),
            points: pointsText(score.attraction),
            formula: (plan != nil && done != nil
                      ? lang.pick("目标 \(money(plan!))，完成 \(money(done!)) = \(rate(s.attractionRate))；", "target \(money(plan!)), done \(money(done!)) = \(rate(s.attractionRate)); ")
                      : lang.pick("单位未设招商目标；", "the unit has no attraction target; "))
                + capped(settings.weightAttraction, s.attractionRate, score.attraction),
            lines: []))
        parts.append(Part(
            title: lang.pick("扣分：问题重新打开", "Deduction: reopened issues"),
            points: pointsText(-score.reopenDeduction),
            formula: lang.pick("重新打开 \(s.reopens) 次 × \(settings.deductionPerReopen) 分", "\(s.reopens) reopenings × \(settings.deductionPerReopen) points"),
            lines: e.reopened.map { Line(record: $0.issue, text: "\(issue($0.issue))：" + lang.pick("重新打开 \($0.count) 次", "reopened \($0.count)×")) }))
        parts.append(Part(
            title: lang.pick("扣分：红灯项目", "Deduction: red projects"),
            points: pointsText(-score.redDeduction),
            formula: lang.pick("红灯项目 \(s.redProjects) 个 × \(settings.deductionPerRedProject) 分", "\(s.redProjects) red projects × \(settings.deductionPerRedProject) points"),
            lines: e.redProjects.map { line in
                Line(record: line.project, text: "\(project(line.project))：" + line.reasons.map { $0.text(lang) }.joined(separator: lang.pick("；", "; ")))
            }))
        self.parts = parts
        let added = [score.schedule, score.start, score.issues, score.visits, score.attraction].map(pointsText).joined(separator: " + ")
        total = lang.pick("总分 = \(added) − \(pointsText(score.reopenDeduction)) − \(pointsText(score.redDeduction)) = \(pointsText(score.total))（各项先四舍五入再相加）",
                          "total = \(added) − \(pointsText(score.reopenDeduction)) − \(pointsText(score.redDeduction)) = \(pointsText(score.total)) (parts rounded, then added)")
    }

    /// The heading of the explanation: `经发局 得分说明（截至 2026-11-27）`.
    public func heading(_ lang: Lang) -> String {
        lang.pick("\(unit) 得分说明（截至 \(asOf.iso)）", "\(unit): how the score was reached (as of \(asOf.iso))")
    }

    /// As plain text for a terminal: the heading, the summary, each part with its records indented, the
    /// total; every line sanitized (`Sanitizer.display`), since names and titles come from data.
    public func text(_ lang: Lang) -> String {
        var lines = [heading(lang), summary]
        for part in parts {
            lines += ["", "\(part.title)：\(part.points)", "  " + part.formula]
            lines += part.lines.map { "    " + $0.text }
        }
        lines += ["", total]
        return lines.map { Sanitizer.display($0) }.joined(separator: "\n") + "\n"
    }
}

extension BoardIndex {
    /// The explanation of one unit's score as of `today` (the index must be the board as of `today`).
    public func scoreExplanation(ofUnit unit: String, today: Day, lang: Lang) -> ScoreExplanation? {
        let scores = Ranking.scores(unitStats(today: today, evidence: true), settings: board.settings)
        guard let score = scores.first(where: { $0.stats.unit.id == unit }) else { return nil }
        return ScoreExplanation(score, ranked: scores.filter { $0.rank > 0 }.count, settings: board.settings, index: self, lang: lang)
    }
}
