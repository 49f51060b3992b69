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
        func money(_ m: Money) -> String { lang.text(.amountIn10kCNY, m.text) }
        func project(_ id: String) -> String { "\(id) \(index.projectName(id))" }
        func issue(_ id: String) -> String { "\(id) \(index.board.issues[id: id]?.title ?? "")" }
        func rate(_ r: Ratio?) -> String { r.map { ($0 * 100).text(decimals: 2) + "%" } ?? "—" }
        func capped(_ weight: Int, _ r: Ratio?, _ points: Int) -> String {
            guard r != nil else { return lang.text(.nothingToMeasureFull, weight) }
            return lang.text(.scoreWeightedPart, weight, rate(r), pointsText(points))
        }
        func cadreMisses(_ visits: [ScoreEvidence.VisitCheck]) -> String {
            let n = visits.filter { !$0.missedBy.isEmpty }.count
            return n == 0 ? "" : lang.text(.scoreCadreMissesNotCounted, n)
        }
        let rank =
            score.rank == 0
            ? lang.text(.notRankedNothingToMeasure)
            : lang.text(.scoreRankOf, score.rank, ranked)
        summary =
            rank + lang.text(.scoreTotal, pointsText(score.total))
            + (score.isLagging ? lang.text(.scoreLagging) : "")

        let elapsed = Schedule.elapsedShare(s.asOf)
        var parts: [Part] = []
        parts.append(
            Part(
                title: lang.text(.investmentAgainst, settings.weightSchedule),
                points: pointsText(score.schedule),
                formula: lang.text(.donePlanElapsedDueByNow, money(s.ytd), money(s.plan), elapsed, rate(s.scheduleRate), money(s.target))
                    + capped(settings.weightSchedule, s.scheduleRate, score.schedule),
                lines: e.investment.map { line in
                    Line(
                        record: line.project,
                        text: lang.text(
                            .planDoneDueByNow, project(line.project), money(line.plan), money(line.ytd),
                            money(Schedule.target(plan: line.plan, on: s.asOf))))
                }))
        parts.append(
            Part(
                title: lang.text(.startRate, settings.weightStart),
                points: pointsText(score.start),
                formula: lang.text(.scoreStartRateSum, s.startsDue, s.started, rate(s.startRate))
                    + capped(settings.weightStart, s.startRate, score.start),
                lines: e.starts.map { line in
                    let actual = line.actualStart.map { lang.text(.scoreStartedOn, $0.iso) } ?? lang.text(.noActualStartDate)
                    let verdict = line.started ? lang.text(.scoreStarted) : lang.text(.scoreNotStarted)
                    return Line(
                        record: line.project,
                        text: lang.text(
                            .headingWithValue, project(line.project), lang.text(.scorePlannedStart, line.planStart.iso) + "\(actual) → \(verdict)"))
                }))
        parts.append(
            Part(
                title: lang.text(.issuesClosedOnTime, settings.weightIssues),
                points: pointsText(score.issues),
                formula: lang.text(.closedOnOrBeforeOriginalDue, s.closedIssues, s.closedOnTime, rate(s.onTimeRate))
                    + capped(settings.weightIssues, s.onTimeRate, score.issues),
                lines: e.closedIssues.map { line in
                    let verdict = line.onTime ? lang.text(.scoreClosedOnTime) : lang.text(.scoreClosedLate)
                    return Line(
                        record: line.issue,
                        text: lang.text(
                            .headingWithValue, issue(line.issue), lang.text(.closedOriginallyDue, line.closedOn.iso, line.originalDue.iso, verdict)))
                }))
        parts.append(
            Part(
                title: lang.text(.onSiteVisits, settings.weightVisits),
                points: pointsText(score.visits),
                formula: lang.text(.supervisedProjectsVisitedOnSiteWithin, s.activeProjects, settings.visitDays, s.visitedProjects, rate(s.visitRate))
                    + capped(settings.weightVisits, s.visitRate, score.visits) + cadreMisses(e.visits),
                lines: e.visits.map { line in
                    let last = line.lastOnSite.map { lang.text(.lastOnSiteVisit, $0.iso) } ?? lang.text(.neverVisitedOnSite)
                    let verdict = line.compliant ? lang.text(.scoreVisitCounts) : lang.text(.scoreVisitDoesNotCount)
                    let missed =
                        line.missedBy.isEmpty
                        ? ""
                        : lang.text(.reasonSeparator)
                            + lang.text(
                                .scoreCadresMissedWeek, line.missedBy.map(index.personName).joined(separator: "、"),
                                Week.lastEnded(by: s.asOf).label)
                    return Line(record: line.project, text: lang.text(.headingWithValue, project(line.project), "\(last)\(missed) → \(verdict)"))
                }))
        parts.append(
            Part(
                title: lang.text(.investmentAttraction, settings.weightAttraction),
                points: pointsText(score.attraction),
                formula: (s.attraction.isEmpty
                    ? lang.text(.attractionNothingPublished)
                    : lang.text(
                        .attractionFromPublished, s.attraction.map(\.month.text).joined(separator: "、"),
                        money(s.attractionPlan), money(s.attractionDone), rate(s.attractionRate)))
                    + capped(settings.weightAttraction, s.attractionRate, score.attraction),
                lines: s.attraction.map { month, row in
                    Line(
                        record: nil,
                        text: lang.text(.attractionMonthLine, month.label(lang), money(row.plan), money(row.done), row.signed, row.landed))
                }))
        if settings.weightBenefits > 0 {
            parts.append(
                Part(
                    title: lang.text(.scoreBenefitsPart, settings.weightBenefits),
                    points: pointsText(score.benefits),
                    formula: (s.benefits.isPlanned ? s.benefits.text(lang) + lang.text(.reasonSeparator) : "")
                        + capped(settings.weightBenefits, s.benefitsRate, score.benefits),
                    lines: e.benefits.map {
                        Line(record: $0.project, text: lang.text(.headingWithValue, project($0.project), $0.benefits.text(lang)))
                    }))
        }
        parts.append(
            Part(
                title: lang.text(.deductionReopenedIssues),
                points: pointsText(-score.reopenDeduction),
                formula: lang.text(.reopeningsPoints, s.reopens, settings.deductionPerReopen)
                    + (s.dissatisfied > 0 ? lang.text(.scoreOfWhichDissatisfied, s.dissatisfied) : ""),
                lines: e.reopened.map {
                    Line(
                        record: $0.issue,
                        text: lang.text(
                            .headingWithValue, issue($0.issue),
                            lang.text(.scoreReopenedTimes, $0.count)
                                + ($0.dissatisfied > 0 ? lang.text(.scoreOfWhichDissatisfied, $0.dissatisfied) : "")))
                }))
        parts.append(
            Part(
                title: lang.text(.deductionRedProjects),
                points: pointsText(-score.redDeduction),
                formula: lang.text(.redProjectsPoints, s.redProjects, settings.deductionPerRedProject),
                lines: e.redProjects.map { line in
                    Line(
                        record: line.project,
                        text: lang.text(
                            .headingWithValue, project(line.project),
                            line.reasons.map { $0.text(lang) }.joined(separator: lang.text(.reasonSeparator))))
                }))
        parts.append(
            Part(
                title: lang.text(.deductionEscalatedIssues),
                points: pointsText(-score.escalationDeduction),
                formula: lang.text(
                    .escalationPoints, s.yellowCards, settings.deductionPerYellowCard, s.redCards, settings.deductionPerRedCard,
                    s.listedIssues, settings.deductionPerListed),
                lines: e.escalated.sorted { ($1.escalation.level, $0.issue) < ($0.escalation.level, $1.issue) }.map { line in
                    Line(record: line.issue, text: lang.text(.headingWithValue, issue(line.issue), line.escalation.reason.text(lang)))
                }))
        self.parts = parts
        let added =
            ([score.schedule, score.start, score.issues, score.visits, score.attraction]
            + (settings.weightBenefits > 0 ? [score.benefits] : [])).map(pointsText).joined(separator: " + ")
        total = lang.text(
            .scoreTotalFormula, added, pointsText(score.reopenDeduction), pointsText(score.redDeduction),
            pointsText(score.escalationDeduction), pointsText(score.total))
    }

    /// The heading of the explanation: `经发局 得分说明（截至 2026-11-27）`.
    public func heading(_ lang: Lang) -> String {
        lang.text(.scoreExplanationTitle, unit, asOf.iso)
    }

    /// As plain text for a terminal: the heading, the summary, each part with its records indented, the
    /// total; every line sanitized (`Sanitizer.display`), since names and titles come from data.
    public func text(_ lang: Lang) -> String {
        var lines = [heading(lang), summary]
        for part in parts {
            lines += ["", lang.text(.headingWithValue, part.title, part.points), "  " + part.formula]
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
