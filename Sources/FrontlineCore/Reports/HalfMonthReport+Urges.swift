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
        var out = lang.pick("### 本期催办（\(total) 次）\n\n", "### Urged this period (\(total))\n\n")
        out += lang.pick("| 单位 | 问题编号 | 问题 | 本期催办 | 累计催办 |\n", "| Unit | Issue id | Issue | Urged this period | Urged in all |\n")
        out += "|---|---|---|---:|---:|\n"
        for line in urged {
            out += "| \(cell(line.unit)) | \(line.issue) | \(cell(line.title)) | \(line.inPeriod) | \(line.total) |\n"
        }
        out += "\n" + lang.pick("按单位：", "By unit: ")
            + urgesPerUnit.map { lang.pick("\(cell($0.unit)) \($0.count) 次", "\(cell($0.unit)) \($0.count)") }.joined(separator: lang.pick("、", ", "))
            + "\n\n"
        return out
    }

    /// Section 三's 催办 part as CSV rows (a header and a row per issue), or none.
    func urgesCSV(_ lang: Lang) -> [[String]] {
        guard !urged.isEmpty else { return [] }
        func count(_ zh: String, _ en: String) -> String { lang.pick("\(zh)（次）", "\(en) (times)") }
        return [[lang.pick("本期催办", "Urged this period")],
                [lang.pick("单位", "Unit"), lang.pick("问题编号", "Issue id"), lang.pick("问题", "Issue"),
                 count("本期催办", "Urged this period"), count("累计催办", "Urged in all")]]
            + urged.map { [$0.unit, $0.issue, $0.title, "\($0.inPeriod)", "\($0.total)"] } + [[]]
    }
}
