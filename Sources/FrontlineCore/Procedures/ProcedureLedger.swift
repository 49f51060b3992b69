/// The 手续 ledger (`frontline procedure export|import`, docs/command-line.md): one row per recorded step of a project,
/// in the columns 项目编号, 项目名称, 步骤, 责任单位, 计划日期, 办结日期, 批复文号, 问题. Export writes every recorded step;
/// import reads such a file back as `procedure set` of each row (an empty cell leaves the value, `-` clears it), all
/// rows in one change or none. 项目名称 and 问题 are for reading only: the id names the project, and an issue is linked
/// only by raising it.
public enum ProcedureLedger {
    /// The header: Chinese, and the English keys import accepts too.
    public static let columns: [(zh: String, key: String)] = [
        ("项目编号", "project"), ("项目名称", "name"), ("步骤", "step"), ("责任单位", "unit"),
        ("计划日期", "planned"), ("办结日期", "done"), ("批复文号", "number"), ("问题", "issue"),
    ]

    /// Every recorded step, by project id then chain order (steps the template lacks last).
    public static func rows(_ board: Board) -> [[String]] {
        let template = board.settings.procedures
        let order = Dictionary(template.steps.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        for project in board.projects.rows.sorted(by: { $0.id < $1.id }) {
            for step in project.procedures.sorted(by: { (order[$0.name] ?? .max) < (order[$1.name] ?? .max) }) {
                rows.append([
                    project.id, project.name, step.name, step.unit.flatMap { board.units[id: $0]?.name } ?? step.unit ?? "",
                    step.planned?.iso ?? "", step.done?.iso ?? "", step.number ?? "", step.issue ?? "",
                ])
            }
        }
        return rows
    }

    /// The CSV file: UTF-8, the Chinese header, text guarded against spreadsheet formulas.
    public static func csv(_ board: Board) -> [UInt8] {
        CSVWriter.document([columns.map(\.zh)] + rows(board).map { $0.map(LedgerCell.exportedText) })
    }

    /// What importing `table` asks: one `recordProcedure` per row that changes something. A row that names no
    /// project or step, an unknown project or unit, or a bad date stops it with the row's number, in both languages.
    public static func intents(_ table: CSVTable, board: Board) throws(DomainError) -> [Intent] {
        guard let header = table.records.first else { return [] }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            let name = name.trimmingSpaces
            if let column = columns.first(where: { $0.zh == name || $0.key == name.lowercased() }) { index[column.key] = i }
        }
        for required in ["project", "step"] where index[required] == nil {
            // The column's Chinese header, or its English key (which the header may also be).
            let header = columns.first { $0.key == required }!.zh
            throw .invalid(field: required, Phrase(.procedureLedgerMissingColumn, .vocabulary(name: header, english: required)))
        }
        var intents: [Intent] = []
        for (offset, record) in table.records.dropFirst().enumerated() {
            let row = table.firstRow + offset + 1
            func cell(_ key: String) -> String? {
                guard let i = index[key], i < record.count else { return nil }
                let text = record[i].trimmingSpaces
                return text.isEmpty ? nil : text
            }
            func fail(_ reason: Phrase) -> DomainError {
                .invalid(field: "row", Phrase(.procedureLedgerRow, "\(row)", .phrase(reason)))
            }
            if record.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
            guard let projectId = cell("project"), let project = board.projects[id: projectId] else {
                let id = cell("project") ?? ""
                throw fail(Phrase(.noSuchRecord, .key(RecordKind.project.labelKey), "\(id)"))
            }
            guard let step = cell("step") else { throw fail(Phrase(.procedureLedgerNoStep)) }
            func day(_ key: String) throws(DomainError) -> Day?? {
                guard let text = cell(key) else { return nil }
                if text == "-" { return .some(nil) }
                guard let day = Day(iso: text) else {
                    throw fail(Phrase(.procedureLedgerBadDate, "\(text)"))
                }
                return .some(day)
            }
            var unit: String?? = nil
            if let text = cell("unit") {
                if text == "-" {
                    unit = .some(nil)
                } else if let found = board.units.rows.first(where: { $0.id == text || $0.name == text || $0.shortName == text }) {
                    unit = .some(found.id)
                } else {
                    throw fail(Phrase(.noSuchRecord, .key(RecordKind.unit.labelKey), "\(text)"))
                }
            }
            var number: String?? = nil
            if let text = cell("number") { number = text == "-" ? .some(nil) : .some(text) }
            let update = ProcedureUpdate(
                project: project.id, step: step, unit: unit, planned: try day("planned"), done: try day("done"), number: number)
            let current = project.procedures[name: step] ?? ProcedureStep(name: step)
            var after = current
            if let unit { after.unit = unit }
            if let planned = update.planned { after.planned = planned }
            if let done = update.done { after.done = done }
            if let number { after.number = number }
            if after != current { intents.append(.recordProcedure(update)) }
        }
        return intents
    }
}
