/// The records of a kind as ledger rows, in stored order, with the same columns import reads.
///
/// References are written by name when that name finds the same record again (a person's name within
/// the unit of the row for 责任人 and A角/B角), else by id; 项目编号 of an issue is always the id.
/// Free text is made visible and guarded against spreadsheet formulas (see `LedgerCell`).
public enum LedgerExport {
    /// The raw cells of every record, before they are made safe: one array per record, in column order.
    public static func cells(_ kind: LedgerKind, of board: Board) -> [[String]] {
        let names = LedgerNames(board)
        let columns = kind.columns
        // As import reads them: 责任人 and A角/B角 are looked for in the row's unit first.
        let scoped = kind == .issues || kind == .roster
        func row(_ record: any Record) -> [String] {
            let unit = scoped ? record.value(of: "unit")?.stringValue : nil
            return columns.map { column in
                let value = column.field == "id" ? JSONValue.string(record.id) : record.value(of: column.field) ?? .null
                return text(value, column, names: names, board: board, scope: unit)
            }
        }
        switch kind {
        case .projects: return board.projects.map(row)
        case .issues: return board.issues.map(row)
        case .units: return board.units.map(row)
        case .people: return board.people.map(row)
        case .roster: return board.duties.map(row)
        case .instructions: return board.instructions.map(row)
        case .meetings: return board.meetings.map(row)
        case .squads: return board.squads.map(row)
        case .leads: return board.leads.map(row)
        case .bulletins: return board.bulletins.map(row)
        }
    }

    private static func text(_ value: JSONValue, _ column: LedgerColumn, names: LedgerNames, board: Board, scope: String?) -> String {
        switch value {
        case .null: return ""
        case .number(let lexeme): return lexeme
        case .string(let s):
            if case .reference(let kind)? = column.input, kind != .project {
                return names.reference(kind, s, in: board, scope: kind == .person ? scope : nil)
            }
            return s
        case .array(let items):
            // A list field (帮包干部): each item as a single reference would be written, joined by 、.
            return items.map { text($0, column, names: names, board: board, scope: scope) }.joined(separator: "、")
        default: return ""
        }
    }

    /// The CSV file: UTF-8 with a byte-order mark, the Chinese headers, CRLF line ends.
    public static func csv(_ kind: LedgerKind, of board: Board) -> [UInt8] {
        let columns = kind.columns
        let rows = cells(kind, of: board).map { row in
            zip(row, columns).map { LedgerCell.exported($0, $1) }
        }
        return CSVWriter.document([columns.map(\.zh)] + rows)
    }

    /// An array of objects with the English keys: whole numbers as numbers, empty dates and references as
    /// null, everything else as strings (amounts as `1234.50`). Text is made visible but not guarded:
    /// JSON is for programs, not spreadsheets.
    public static func json(_ kind: LedgerKind, of board: Board) -> JSONValue {
        let columns = kind.columns
        return .array(
            cells(kind, of: board).map { row in
                .object(
                    zip(row, columns).map { text, column in
                        let value: JSONValue
                        switch column.input {
                        case .integer?, .percent?: value = Int(text).map(JSONValue.int) ?? .null
                        case .date?, .reference?: value = text.isEmpty ? .null : .string(LedgerCell.visible(text))
                        default: value = .string(LedgerCell.visible(text))
                        }
                        return JSONMember(column.key, value)
                    })
            })
    }
}
