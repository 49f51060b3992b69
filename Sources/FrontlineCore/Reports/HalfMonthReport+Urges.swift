/// 催办 in the half-month report (docs/domain-rules.md, "催办"): every issue urged during the period, with how often in
/// the period and in all, under its unit, and the count per unit. Printed as part of section 三 only when the period had
/// urges, so a report of a period without any reads as before.
extension HalfMonthReport {
    public struct UrgeLine: Sendable, Equatable {
        public var unit: String
        public var issue: String
        public var title: String
        /// 催办 written in the period, up to the report's day.
        public var inPeriod: Int
        /// 催办 up to the report's day, since the issue was raised.
        public var total: Int
    }

    /// The urged issues of `index` (the board as of `asOf`), in the units' listing order, then by id.
    static func urgeLines(_ index: BoardIndex, period: Period, asOf: Day) -> [UrgeLine] {
        let order = Dictionary(uniqueKeysWithValues: index.board.units.rows.map { ($0.id, $0.sortOrder) })
        return index.board.issues.rows.compactMap { issue -> UrgeLine? in
            let urges = issue.urges.filter { $0.at.day <= asOf }
            let inPeriod = urges.reduce(0) { $0 + (period.first <= $1.at.day ? 1 : 0) }
            guard inPeriod > 0 else { return nil }
            return UrgeLine(unit: issue.unit, issue: issue.id, title: issue.title, inPeriod: inPeriod, total: urges.count)
        }
        .sorted { (order[$0.unit] ?? Int.max, $0.unit, $0.issue) < (order[$1.unit] ?? Int.max, $1.unit, $1.issue) }
        .map { line in
            var named = line
            named.unit = index.board.units[id: line.unit]?.displayName ?? line.unit
            return named
        }
    }

    /// Units with the 催办 of the period, in the order of `urged`: `新城街道 3`.
    public var urgesPerUnit: [(unit: String, count: Int)] {
        var result: [(unit: String, count: Int)] = []
        for line in urged {
            if let last = result.indices.last, result[last].unit == line.unit {
                result[last].count += line.inPeriod
            } else {
                result.append((line.unit, line.inPeriod))
            }
        }
        return result
    }

    /// Section 三's 催办 part in Markdown, or nothing.
    func urgesMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !urged.isEmpty else { return "" }
        let total = urged.reduce(0) { $0 + $1.inPeriod }
        var out = lang.text(.reportUrgesHeading, total)
        out += lang[.reportUrgesTableHeader]
        out += "|---|---|---|---:|---:|\n"
        for line in urged {
            out += "| \(cell(line.unit)) | \(line.issue) | \(cell(line.title)) | \(line.inPeriod) | \(line.total) |\n"
        }
        out +=
            "\n" + lang[.reportUrgesByUnit]
            + urgesPerUnit.map { lang.text(.reportUrgesOfUnit, cell($0.unit), $0.count) }.joined(separator: lang[.listSeparator])
            + "\n\n"
        return out
    }

    /// Section 三's 催办 part as CSV rows (a header and a row per issue), or none.
    func urgesCSV(_ lang: Lang) -> [[String]] {
        guard !urged.isEmpty else { return [] }
        return [
            [lang[.reportUrgesTitle]],
            [lang[.columnUnit], lang[.sheetIssueId], lang[.sheetIssueTitle], lang[.csvUrgedThisPeriod], lang[.csvUrgedInAll]],
        ]
            + urged.map { [$0.unit, $0.issue, $0.title, "\($0.inPeriod)", "\($0.total)"] } + [[]]
    }
}
