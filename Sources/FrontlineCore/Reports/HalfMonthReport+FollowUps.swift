/// 回访 in the half-month report (docs/domain-rules.md, "Handling"): every follow-up visit of a closed issue made in the
/// period, with the enterprise's satisfaction, under its unit; 不满意 ones reopened their issue. Printed as part of
/// section 三 only when the period had any, so a report of a period without them reads as before.
extension HalfMonthReport {
    public struct FollowUpLine: Sendable, Equatable {
        public var unit: String
        public var issue: String
        public var title: String
        public var day: Day
        public var satisfaction: Satisfaction
        public var note: String
    }

    /// The 回访 of `index` (the board as of `asOf`) in the period, in the units' listing order, then by issue and day.
    static func followUpLines(_ index: BoardIndex, period: Period, asOf: Day) -> [FollowUpLine] {
        let order = Dictionary(uniqueKeysWithValues: index.board.units.rows.map { ($0.id, $0.sortOrder) })
        var lines: [FollowUpLine] = []
        for issue in index.board.issues.rows {
            for line in issue.followUps where period.first <= line.at.day && line.at.day <= asOf {
                guard let satisfaction = line.satisfaction else { continue }
                lines.append(
                    FollowUpLine(
                        unit: issue.unit, issue: issue.id, title: issue.title, day: line.at.day,
                        satisfaction: satisfaction, note: line.note))
            }
        }
        return
            lines
            .sorted { (order[$0.unit] ?? Int.max, $0.unit, $0.issue, $0.day) < (order[$1.unit] ?? Int.max, $1.unit, $1.issue, $1.day) }
            .map { line in
                var named = line
                named.unit = index.board.units[id: line.unit]?.displayName ?? line.unit
                return named
            }
    }

    /// Section 三's 回访 part in Markdown, or nothing.
    func followUpsMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !followedUp.isEmpty else { return "" }
        let dissatisfied = followedUp.filter { $0.satisfaction == .dissatisfied }.count
        var out = lang.text(.reportFollowUpsHeading, followedUp.count, dissatisfied)
        out += lang[.reportFollowUpsTableHeader]
        out += "|---|---|---|---|---|---|\n"
        for line in followedUp {
            out +=
                "| \(cell(line.unit)) | \(line.issue) | \(cell(line.title)) | \(line.day.iso) | \(line.satisfaction.label(lang)) | \(cell(line.note)) |\n"
        }
        if dissatisfied > 0 {
            out += "\n" + lang[.reportFollowUpsReopened] + "\n"
        }
        return out + "\n"
    }

    /// Section 三's 回访 part as CSV rows (a header and a row per 回访), or none.
    func followUpsCSV(_ lang: Lang) -> [[String]] {
        guard !followedUp.isEmpty else { return [] }
        return [
            [lang[.reportFollowUpsTitle]],
            [
                lang[.columnUnit], lang[.sheetIssueId], lang[.sheetIssueTitle], lang[.columnFollowUpDate],
                lang[.columnSatisfaction], lang[.columnEnterpriseSaid],
            ],
        ]
            + followedUp.map { [$0.unit, $0.issue, $0.title, $0.day.iso, $0.satisfaction.label(lang), $0.note] } + [[]]
    }
}
