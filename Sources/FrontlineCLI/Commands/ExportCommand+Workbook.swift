import FrontlineCore
import FrontlineDocuments

extension ExportCommand {
    /// The ledger as an Excel workbook: one sheet named after the ledger, the Chinese headers, each cell typed by
    /// its column (dates as dates, amounts and counts as numbers, everything else as text), so that `import`
    /// reads it back unchanged.
    static func workbook(_ kind: LedgerKind, of board: Board) throws -> [UInt8] {
        let columns = kind.columns
        let rows = LedgerExport.cells(kind, of: board).map { row in zip(row, columns).map { value($0, $1) } }
        do {
            return try XLSXWriter.workbook(sheet: kind.label(.zh), header: columns.map(\.zh), rows: rows)
        } catch {
            throw CLIError(.internalFailure, .cliCannotMakeWorkbook, "\(error)")
        }
    }

    /// A cell typed by its column; a text that is not what the column's type reads stays text.
    static func value(_ text: String, _ column: LedgerColumn) -> XLSXValue {
        switch column.input {
        case .date?: return Day(iso: text).map(XLSXValue.date) ?? .text(text)
        case .money?, .integer?, .percent?:
            let plain = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
            return plain ? .number(text) : .text(text)
        default: return .text(text)
        }
    }
}
