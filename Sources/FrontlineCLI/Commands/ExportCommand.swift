import ArgumentParser
import FrontlineCore
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The formats of `frontline export`.
enum LedgerFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, xlsx
}

/// `frontline export --kind K [--format csv|json] [--output FILE]`: a ledger with the columns import reads.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a ledger: CSV with the Chinese headers (UTF-8 with BOM, CRLF) or JSON with English keys.",
        discussion: """
            Text starting with = + - @ gets a leading apostrophe so that a spreadsheet does not run it as a \
            formula; `frontline import` removes it again. Control, bidi and invisible characters in data are \
            written as visible escapes (^[, <U+202E>), so such data does not come back unchanged on import.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "Which ledger: projects, issues, units, people, roster, instructions, meetings, squads, leads or bulletins.") var kind: LedgerKind
    @Option(help: "csv (default), json, or xlsx (an Excel workbook with typed cells; needs --output).") var format: LedgerFormat = .csv
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        if format == .xlsx && output == nil {
            throw CLIError.usage(.cliWorkbookNeedsOutput)
        }
        let session = try Session.open(global)
        let board = session.board
        let bytes: [UInt8]
        switch format {
        case .csv: bytes = LedgerExport.csv(kind, of: board)
        case .json: bytes = JSONWriter.pretty(LedgerExport.json(kind, of: board), expandDepth: 1, escapingInvisible: true)
        case .xlsx: bytes = try ExportCommand.workbook(kind, of: board)
        }
        guard let output else {
            session.context.console.write(bytes)
            return
        }
        try ExportCommand.write(bytes, to: output)
        let count = LedgerExport.cells(kind, of: board).count
        let shown = Sanitizer.display(output)
        session.write(session.lang.text(.exported, kind.label(session.lang), count, shown))
    }

    /// Creates or replaces the file; a failure exits 73.
    static func write(_ bytes: [UInt8], to path: String) throws {
        do throws(Errno) {
            let file = try Descriptor.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode: 0o666)
            do {
                try file.writeAll(bytes)
            } catch {
                file.close()
                throw error
            }
            try file.closeAfterWriting()
        } catch {
            let shown = Sanitizer.display(path)
            throw CLIError(.cannotWrite, .cliCannotWrite, "\(shown)", error.meaning, "\(error.name)")
        }
    }
}
