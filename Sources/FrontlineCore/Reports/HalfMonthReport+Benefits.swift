/// 项目效益 in the half-month report (docs/domain-rules.md, "Project benefits"): per unit, the 产值, 税收 and 就业 its
/// supervised projects plan and have reached, with the share reached (the ranking's benefits rate). Printed in section
/// 一 only when some project has a plan for them, so a zone that does not record benefits reads as before.
extension HalfMonthReport {
    public struct BenefitsLine: Sendable, Equatable {
        /// The unit's name; empty for the total.
        public var unit: String
        public var benefits: Benefits
    }

    /// The units whose supervised projects plan a benefit, in the units' listing order.
    static func benefitsLines(_ stats: [UnitStats]) -> [BenefitsLine] {
        stats.filter(\.benefits.isPlanned).map { BenefitsLine(unit: $0.unit.displayName, benefits: $0.benefits) }
    }

    /// The sum of `benefits` (every unit's).
    public var benefitsTotal: BenefitsLine {
        BenefitsLine(unit: "", benefits: benefits.reduce(Benefits()) { $0 + $1.benefits })
    }

    /// Section 一's 项目效益 table in Markdown, or nothing.
    func benefitsMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !benefits.isEmpty else { return "" }
        var out = lang.text(.reportBenefitsMarkdown) + lang.text(.reportBenefitsTableHeader)
        out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for line in benefits + [benefitsTotal] {
            out +=
                "| "
                + ([line.unit.isEmpty ? lang.text(.reportTotal) : cell(line.unit)] + Self.benefitsCells(line.benefits)
                + [percentText(line.benefits.rate)]).joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    /// Section 一's 项目效益 table as CSV rows (a title, a header and a row per unit and the total), or none.
    func benefitsCSV(_ lang: Lang) -> [[String]] {
        guard !benefits.isEmpty else { return [] }
        func money(_ key: TextKey) -> String { lang.text(.csvMoneyColumn, lang.text(key)) }
        func people(_ key: TextKey) -> String { lang.text(.csvPeopleColumn, lang.text(key)) }
        let header = [
            lang.text(.columnUnit), money(.benefitsOutputPlan), money(.benefitsOutputActual), money(.benefitsTaxPlan),
            money(.benefitsTaxActual), people(.benefitsJobsPlan), people(.benefitsJobsActual),
            lang.text(.csvPercentColumn, lang.text(.benefitsRate)),
        ]
        return [[lang.text(.reportBenefits)], header]
            + (benefits + [benefitsTotal]).map { line in
                [line.unit.isEmpty ? lang.text(.reportTotal) : line.unit] + Self.benefitsCells(line.benefits)
                    + [line.benefits.rate.map { ($0 * 100).text(decimals: 1) } ?? ""]
            } + [[]]
    }

    /// The six figures of a line, a measure without a plan left empty.
    private static func benefitsCells(_ b: Benefits) -> [String] {
        [
            b.outputPlan > .zero ? b.outputPlan.text : "", b.outputPlan > .zero ? b.outputActual.text : "",
            b.taxPlan > .zero ? b.taxPlan.text : "", b.taxPlan > .zero ? b.taxActual.text : "",
            b.jobsPlan > 0 ? "\(b.jobsPlan)" : "", b.jobsPlan > 0 ? "\(b.jobsActual)" : "",
        ]
    }
}
