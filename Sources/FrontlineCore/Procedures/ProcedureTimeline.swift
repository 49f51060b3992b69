/// A project's chain as a compact timeline in the terminal (`frontline procedure show`, `frontline show P-…`, the
/// board's project page): one line per step in chain order, the steps of a parallel group joined by a bracket
/// (`┌` `│` `└`), each with its light, its state, its unit, and its 批复文号, the issue raised, or what it waits on.
/// Every line keeps the step, its light and its state within the first 49 columns, so an 80-column terminal shows
/// all that matters; the unit and the number follow.
public struct ProcedureTimeline: Sendable {
    public struct Row: Sendable, Hashable {
        /// `  ` for a step alone, `┌ ` `│ ` `└ ` for the steps of a parallel group.
        public var bracket: String
        public var step: ProcedureChain.Step
        /// The light's mark: `●` for a light, `✓` done, `·` unplanned.
        public var mark: String
        /// The step's name padded, then its state padded: the part that fits 80 columns.
        public var head: String
        /// The unit, then the 批复文号, the issue raised, or what it waits on.
        public var tail: String
    }

    public var rows: [Row]
    /// `手续：已办结 3/6，在办 图审、施工许可，卡在 图审（逾期 17 天）`.
    public var summary: String

    public init(_ chain: ProcedureChain, index: BoardIndex, today: Day, lang: Lang) {
        var rows: [Row] = []
        for group in chain.groups {
            for (position, step) in group.enumerated() {
                let bracket = group.count == 1 ? "  " : position == 0 ? "┌ " : position == group.count - 1 ? "└ " : "│ "
                let mark = step.isDone ? "✓" : step.light == nil ? "·" : "●"
                var state = step.lightText(today: today, lang)
                if !step.isDone, let planned = step.planned {
                    switch step.light {
                    case .red?: state += lang.text(.procedurePlannedSuffix, planned.iso)
                    case .yellow?: state = lang.text(.procedurePlannedOn, planned.iso) + "  " + state
                    default: state = lang.text(.procedurePlannedOn, planned.iso)
                    }
                }
                let head = TextLayout.pad(step.name, columns: 12) + " " + TextLayout.pad(state, columns: 30)
                var tail = [index.unitName(step.unit)]
                if let number = step.number { tail.append(number) }
                if let issue = step.issue { tail.append("→ " + issue) }
                if !step.isDone, !step.waitingOn.isEmpty {
                    tail.append(lang.text(.procedureWaitingOn, step.waitingOn.joined(separator: lang.text(.listSeparator))))
                }
                rows.append(Row(bracket: bracket, step: step, mark: mark, head: head, tail: tail.joined(separator: "  ")))
            }
        }
        self.rows = rows
        let steps = chain.steps
        let done = steps.filter(\.isDone).count
        var parts = [lang.text(.procedureSummaryDone, done, steps.count)]
        let current = chain.current
        if !current.isEmpty { parts.append(lang.text(.procedureSummaryCurrent, current.map(\.name).joined(separator: lang.text(.listSeparator)))) }
        let blocking = chain.blocking
        if !blocking.isEmpty {
            parts.append(
                lang.text(
                    .procedureSummaryBlocked,
                    blocking.map { $0.name + lang.text(.procedureLateBy, $0.daysLate) }.joined(separator: lang.text(.listSeparator))))
        }
        summary = lang.text(.procedureSummary, parts.joined(separator: lang.text(.procedureSummarySeparator)))
    }

    /// The timeline as plain text lines, indented by two spaces: what the command line prints.
    public var lines: [String] {
        rows.map { "  " + $0.bracket + $0.mark + " " + $0.head + "  " + $0.tail }
    }
}
