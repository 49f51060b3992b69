/// 督办 in the half-month report (docs/domain-rules.md, "督办"): how many open issues are at each level on the report's
/// day, and every 挂牌督办 issue named, under its unit in the units' listing order. Printed as part of section 三 only
/// when some issue is escalated, so a report of a day without any reads as before.
extension HalfMonthReport {
    public struct EscalationLine: Sendable, Equatable {
        public var unit: String
        public var issue: String
        public var title: String
        public var due: Day
        public var escalation: EscalationResult
    }

    /// The escalated open issues of `index` (the board as of `asOf`), in the units' listing order, then by id.
    static func escalationLines(_ index: BoardIndex, asOf: Day) -> [EscalationLine] {
        let order = Dictionary(uniqueKeysWithValues: index.board.units.rows.map { ($0.id, $0.sortOrder) })
        return index.board.issues.rows.compactMap { issue -> EscalationLine? in
            guard let escalation = Escalation.result(issue, on: asOf, settings: index.board.settings) else { return nil }
            return EscalationLine(unit: issue.unit, issue: issue.id, title: issue.title, due: issue.due, escalation: escalation)
        }
        .sorted { (order[$0.unit] ?? Int.max, $0.unit, $0.issue) < (order[$1.unit] ?? Int.max, $1.unit, $1.issue) }
        .map { line in
            var named = line
            named.unit = index.board.units[id: line.unit]?.displayName ?? line.unit
            return named
        }
    }

    /// How many escalated issues are at `level`.
    public func escalatedCount(_ level: EscalationLevel) -> Int { escalated.reduce(0) { $0 + ($1.escalation.level == level ? 1 : 0) } }

    /// The 挂牌督办 issues, named in the report.
    public var listed: [EscalationLine] { escalated.filter { $0.escalation.level == .listed } }

    /// Section 三's 督办 part in Markdown, or nothing.
    func escalationMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !escalated.isEmpty else { return "" }
        var out = lang.text(.reportEscalationCounts, escalatedCount(.yellow), escalatedCount(.red), escalatedCount(.listed)) + "\n\n"
        guard !listed.isEmpty else { return out }
        out += "### " + lang.text(.reportListedHeading) + "\n\n"
        out += lang.text(.reportListedIntro, asOf.iso, listed.count, settingsListedDays) + "\n\n"
        out += lang.text(.reportListedTableHeader) + "\n|---|---|---|---|---|\n"
        for line in listed {
            out += "| \(cell(line.unit)) | \(line.issue) | \(cell(line.title)) | \(line.due.iso) | \(cell(line.escalation.reason.ruleText(lang))) |\n"
        }
        return out + "\n"
    }

    /// Section 三's 督办 part as CSV rows, or none.
    func escalationCSV(_ lang: Lang) -> [[String]] {
        guard !escalated.isEmpty else { return [] }
        var rows: [[String]] = [[lang.text(.reportEscalationCounts, escalatedCount(.yellow), escalatedCount(.red), escalatedCount(.listed))]]
        if !listed.isEmpty {
            rows.append([lang.text(.reportListedHeading)])
            rows.append(lang.text(.reportListedTableHeader).split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty })
            rows += listed.map { [$0.unit, $0.issue, $0.title, $0.due.iso, $0.escalation.reason.ruleText(lang)] }
        }
        return rows + [[]]
    }
}
