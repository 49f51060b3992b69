import FrontlineCore
import FrontlineDocuments

extension ImportCommand {
    /// The ledger's table in the file: an Excel workbook's sheet (`--sheet`, or the first) from its header row down
    /// (a title above it, merged or not, is left out), or CSV text. `sheet` is the sheet's name, for messages.
    static func table(_ bytes: [UInt8], file: String, sheet: String?, kind: LedgerKind) throws -> (table: CSVTable, sheet: String?) {
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            if sheet != nil {
                throw CLIError.usage(.cliSheetIsForWorkbooks, "\(file)")
            }
            let text: String
            do {
                text = try LedgerEncoding.decode(bytes).text
            } catch {
                throw CLIError(.badData, written: { error.message($0, file: file) })
            }
            do { return (try CSVReader.parse(text), nil) } catch { throw failure(LedgerError.problems([error.problem]), file: file) }
        }
        do {
            let found = try XLSXWorkbook(bytes: bytes).sheet(named: sheet)
            let header =
                found.rows.firstIndex { row in kind.columns.contains { column in row.contains(where: column.matches(header:)) } }
                ?? found.rows.firstIndex { row in row.contains { !$0.trimmingSpaces.isEmpty } } ?? 0
            return (CSVTable(delimiter: .comma, records: Array(found.rows.dropFirst(header)), firstRow: header + 1), found.name)
        } catch {
            throw CLIError(.badData, written: { lang in "\(file)\(lang[.labelSeparator])\(Sanitizer.display(error.message(lang)))" })
        }
    }
}
