/// 手续 in the half-month report (docs/domain-rules.md, "手续"): for each step of the template, how many supervised projects
/// with procedures recorded are at it on the report's day (它们的链在办此步骤) and how many of them are held up there (the step
/// late: 卡在), naming those. Printed in section 二 only when a project has procedures recorded, so a store without them
/// reads as before.
extension HalfMonthReport {
    public struct ProcedureLine: Sendable, Equatable {
        public var step: String
        /// Projects whose chain is at the step (not done, nothing before it left).
        public var current: Int
        /// Of them, those where the step is late, with how many days.
        public var blocked: [BlockedProject]
    }

    public struct BlockedProject: Sendable, Equatable {
        public var id: String
        public var name: String
        public var daysLate: Int

        /// `P-002 万声健康工场浮空岛（逾期 17 天）`.
        func text(_ lang: Lang) -> String { "\(id) \(name)" + lang.text(.procedureLateBy, daysLate) }
    }

    /// The template's steps, each with the supervised projects (not 终止) at it on `asOf`; none when no project is tracked.
    static func procedureLines(_ index: BoardIndex, asOf: Day) -> [ProcedureLine] {
        let template = index.board.settings.procedures
        var lines = template.steps.map { ProcedureLine(step: $0.name, current: 0, blocked: []) }
        var tracked = false
        for project in index.board.projects.rows where project.stage != .terminated {
            let chain = index.board.procedureChain(project, today: asOf)
            guard chain.isTracked else { continue }
            tracked = true
            for step in chain.current {
                guard let i = lines.firstIndex(where: { $0.step == step.name }) else { continue }
                lines[i].current += 1
                if step.isBlocking { lines[i].blocked.append(BlockedProject(id: project.id, name: project.name, daysLate: step.daysLate)) }
            }
        }
        return tracked ? lines : []
    }

    /// Section 二's 手续 part in Markdown, or nothing.
    func proceduresMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !procedures.isEmpty else { return "" }
        let current = procedures.reduce(0) { $0 + $1.current }, blocked = Set(procedures.flatMap { $0.blocked.map(\.id) }).count
        var out = lang.text(.reportProceduresHeading, current, blocked)
        out += lang.text(.reportProceduresTableHeader)
        out += "|---|---|---:|---:|\n"
        for line in procedures {
            out +=
                "| \(cell(line.step)) | \(cell(line.blocked.map { $0.text(lang) }.joined(separator: lang.text(.listSeparator)))) | \(line.current) | \(line.blocked.count) |\n"
        }
        return out + "\n"
    }

    /// Section 二's 手续 part as CSV rows (the Markdown table's, cell for cell), or none.
    func proceduresCSV(_ lang: Lang) -> [[String]] {
        guard !procedures.isEmpty else { return [] }
        return [
            [lang.text(.reportProcedures)],
            [
                lang.text(.procedureFieldStep), lang.text(.columnProceduresBlockedProjects), lang.text(.columnProceduresCurrent),
                lang.text(.columnProceduresBlocked),
            ],
        ]
            + procedures.map {
                [$0.step, $0.blocked.map { $0.text(lang) }.joined(separator: lang.text(.listSeparator)), "\($0.current)", "\($0.blocked.count)"]
            } + [[]]
    }
}
