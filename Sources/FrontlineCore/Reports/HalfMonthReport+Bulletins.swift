/// 通报 in the half-month report (docs/domain-rules.md, "通报"): every praise and criticism issued in the period, up to
/// the report's day, oldest first. Printed at the end of section 二, after the 滞后单位, only when the period had one, so a
/// report of a period without any reads as before.
extension HalfMonthReport {
    public struct BulletinLine: Sendable, Equatable {
        public var id: String
        public var date: Day
        public var verdict: BulletinVerdict
        /// The unit's name.
        public var unit: String
        /// The period it concerns, as written in the store (`2026-10`, `2026-11-1`).
        public var period: String
        public var reason: String
    }

    /// The 通报 of `board` issued from the period's first day to `asOf`, by day then id.
    static func bulletinLines(_ board: Board, period: Period, asOf: Day) -> [BulletinLine] {
        board.bulletins.rows.filter { period.first <= $0.date && $0.date <= asOf }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            .map {
                BulletinLine(
                    id: $0.id, date: $0.date, verdict: $0.verdict, unit: board.units[id: $0.unit]?.displayName ?? $0.unit,
                    period: $0.period, reason: $0.reason)
            }
    }

    private func periodLabel(_ text: String, _ lang: Lang) -> String { BulletinPeriod(text: text)?.label(lang) ?? text }

    /// Section 二's 通报 part in Markdown, or nothing.
    func bulletinsMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !bulletins.isEmpty else { return "" }
        var out = lang.text(.reportBulletinsHeading, bulletins.count)
        out += lang[.reportBulletinsTableHeader]
        out += "|---|---|---|---|---|\n"
        for line in bulletins {
            out +=
                "| \(line.date.iso) | \(line.verdict.label(lang)) | \(cell(line.unit)) | \(cell(periodLabel(line.period, lang))) | \(cell(line.reason)) |\n"
        }
        return out + "\n"
    }

    /// Section 二's 通报 part as CSV rows (a title, a header and a row per 通报), or none.
    func bulletinsCSV(_ lang: Lang) -> [[String]] {
        guard !bulletins.isEmpty else { return [] }
        return [
            [lang[.reportBulletinsTitle]],
            [lang[.columnBulletinDate], lang[.columnBulletinKind], lang[.columnUnit], lang[.columnBulletinPeriod], lang[.columnBulletinReason]],
        ]
            + bulletins.map { [$0.date.iso, $0.verdict.label(lang), $0.unit, periodLabel($0.period, lang), $0.reason] } + [[]]
    }
}
