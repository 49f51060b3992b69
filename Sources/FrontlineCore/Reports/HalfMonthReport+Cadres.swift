/// The 帮包干部's weekly visits in the half-month report (docs/domain-rules.md, "Per-cadre visits"): for the weeks
/// (Monday–Sunday) that ended in the period by the report's day, how many weekly visits were due, kept, excused by
/// an absence and missed, and every miss by name. Printed at the end of section 二 only when some supervised project
/// has 帮包干部 and a week ended in the period, so the report of a store without them reads as before.
extension HalfMonthReport {
    public struct CadreWeeks: Sendable, Equatable {
        /// The weeks that ended in the period by the report's day, oldest first.
        public var weeks: [Week] = []
        public var due = 0
        public var visited = 0
        public var away = 0
        /// Every miss: cadre name, cadre's unit, project id and name, week.
        public var misses: [CadreMiss] = []
    }

    public struct CadreMiss: Sendable, Equatable {
        public var cadre: String
        public var unit: String
        public var project: String
        public var projectName: String
        public var week: Week
    }

    /// The weeks of `index` (the board as of `asOf`) that ended from the period's first day to `asOf`.
    static func cadreWeeks(_ index: BoardIndex, period: Period, asOf: Day) -> CadreWeeks {
        var result = CadreWeeks()
        var week = Week(containing: period.first)
        while week.hasEnded(by: asOf) {
            let checks = index.cadreChecks(week: week, today: asOf)
            if !checks.isEmpty { result.weeks.append(week) }
            for check in checks {
                result.due += 1
                switch check.outcome {
                case .visited: result.visited += 1
                case .away: result.away += 1
                case .missed, .pending:
                    let cadre = index.board.people[id: check.cadre]
                    result.misses.append(
                        CadreMiss(
                            cadre: index.personName(check.cadre), unit: cadre.map { index.unitName($0.unit) } ?? "",
                            project: check.project, projectName: index.projectName(check.project), week: week))
                }
            }
            week = week.next
        }
        return result
    }

    /// Section 二's part on the 帮包干部's weekly visits in Markdown, or nothing.
    func cadreWeeksMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        let c = cadreWeeks
        guard !c.weeks.isEmpty else { return "" }
        var out = lang.text(.reportCadreVisitsHeading, c.misses.count)
        out += lang.text(
            .reportCadreVisitsSummary, c.weeks.map(\.label).joined(separator: lang.text(.listSeparator)),
            c.due, c.visited, c.away, c.misses.count)
        guard !c.misses.isEmpty else { return out + "\n" }
        out += lang.text(.reportCadreVisitsTableHeader) + "|---|---|---|---|---|\n"
        for miss in c.misses {
            out += "| \(cell(miss.cadre)) | \(cell(miss.unit)) | \(miss.project) | \(cell(miss.projectName)) | \(miss.week.label) |\n"
        }
        return out + "\n"
    }

    /// The same part as CSV rows, or none.
    func cadreWeeksCSV(_ lang: Lang) -> [[String]] {
        let c = cadreWeeks
        guard !c.weeks.isEmpty else { return [] }
        func count(_ key: TextKey) -> String { lang.text(.csvCountColumn, lang.text(key)) }
        return [
            [lang.text(.reportCadreVisits)],
            [lang.text(.columnMeasure), lang.text(.columnValue)],
            [count(.csvCadreVisitsDue), "\(c.due)"], [count(.csvCadreVisitsKept), "\(c.visited)"],
            [count(.csvCadreVisitsAway), "\(c.away)"], [count(.csvCadreVisitsMissed), "\(c.misses.count)"],
            [lang.text(.columnCadre), lang.text(.columnUnit), lang.text(.columnProjectId), lang.text(.columnProject), lang.text(.columnWeek)],
        ]
            + c.misses.map { [$0.cadre, $0.unit, $0.project, $0.projectName, $0.week.label] } + [[]]
    }
}
