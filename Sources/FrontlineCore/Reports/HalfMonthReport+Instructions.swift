/// 领导批示 in the half-month report (docs/domain-rules.md, "领导批示"): the instructions given in the period and those
/// still waiting for a response past their due date on the report's day, each with its state then, and three counts
/// (given in the period, of which responded; overdue). Printed as part of section 三 only when there is one, so a report
/// of a period without any reads as before.
extension HalfMonthReport {
    public struct InstructionLine: Sendable, Equatable {
        public var id: String
        public var text: String
        public var leader: String
        public var date: Day
        public var unit: String
        public var due: Day
        /// Its state on the report's day.
        public var status: InstructionStatus
        /// Days past its due date without a response, on the report's day.
        public var daysOverdue: Int
        /// Given in the period (else: given earlier and still overdue).
        public var inPeriod: Bool
    }

    /// The instructions of `index` (the board as of `asOf`) that belong in the report, by date then id.
    static func instructionLines(_ index: BoardIndex, period: Period, asOf: Day) -> [InstructionLine] {
        index.board.instructions.rows.compactMap { instruction -> InstructionLine? in
            let inPeriod = period.first <= instruction.date && instruction.date <= asOf
            let overdue = instruction.daysOverdue(today: asOf)
            guard inPeriod || overdue > 0 else { return nil }
            return InstructionLine(
                id: instruction.id, text: instruction.text, leader: index.personName(instruction.leader),
                date: instruction.date, unit: index.unitName(instruction.unit), due: instruction.due,
                status: instruction.status, daysOverdue: overdue, inPeriod: inPeriod)
        }
        .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// Given in the period; of them responded (or done) by the report's day; overdue without a response that day.
    public var instructionCounts: (given: Int, responded: Int, overdue: Int) {
        let given = instructions.filter(\.inPeriod)
        return (given.count, given.filter { $0.status != .awaitingResponse }.count, instructions.filter { $0.daysOverdue > 0 }.count)
    }

    func instructionState(_ line: InstructionLine, _ lang: Lang) -> String {
        line.daysOverdue > 0 ? lang.text(.instructionOverdueNoResponse, line.daysOverdue) : line.status.label(lang)
    }

    /// Section 三's 领导批示 part in Markdown, or nothing.
    func instructionsMarkdown(_ lang: Lang, cell: (String) -> String) -> String {
        guard !instructions.isEmpty else { return "" }
        let counts = instructionCounts
        var out = lang.text(.reportInstructionsHeading, counts.given, counts.responded, counts.overdue)
        out += lang[.reportInstructionsTableHeader]
        out += "|---|---|---|---|---|---|---|\n"
        for line in instructions {
            out +=
                "| \(line.id) | \(cell(line.text)) | \(cell(line.leader)) | \(line.date.iso) | \(cell(line.unit)) | \(line.due.iso) | \(instructionState(line, lang)) |\n"
        }
        return out + "\n"
    }

    /// Section 三's 领导批示 part as CSV rows (the Markdown table's rows, cell for cell), or none.
    func instructionsCSV(_ lang: Lang) -> [[String]] {
        guard !instructions.isEmpty else { return [] }
        return [
            [lang[.leadersInstructions]],
            [
                lang[.columnInstructionId], lang[.columnInstructionText], lang[.columnInstructionLeader], lang[.columnInstructionDate],
                lang[.columnRespondingUnit], lang[.columnResponseDue], lang[.columnInstructionState],
            ],
        ]
            + instructions.map { [$0.id, $0.text, $0.leader, $0.date.iso, $0.unit, $0.due.iso, instructionState($0, lang)] } + [[]]
    }
}
