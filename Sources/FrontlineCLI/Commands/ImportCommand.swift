import ArgumentParser
import FrontlineCore
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

extension LedgerKind: ExpressibleByArgument {}

/// `frontline import FILE --kind K [--dry-run]`: an Excel-exported ledger, all rows or none (docs/command-line.md, "CSV ledgers").
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Excel-exported ledger (CSV or tab-separated; UTF-8 or GB18030); all rows or none.",
        discussion: """
            Headers are the Chinese column names of the ledger (项目编号, 项目名称 …) or their English keys. \
            Any bad row rejects the whole file: every problem is listed as FILE:ROW:COLUMN and nothing is saved. \
            A leading apostrophe that `frontline export` puts before text starting with = + - @ is removed again.
            """)
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The ledger: a CSV file, or an Excel workbook (.xlsx).") var file: String
    @Option(help: "The workbook's sheet to read (default: the first).") var sheet: String?
    @Option(help: "Which ledger: projects, issues, units, people, roster, instructions, meetings, squads, leads or bulletins.") var kind: LedgerKind
    @Flag(name: .customLong("dry-run"), help: "Check the file and show what would change; save nothing.") var dryRun = false

    /// Thrown out of the store's commit when the file changes nothing, so that no empty entry is written.
    private struct NothingToSave: Error {}

    func run() throws {
        let session = try Session.open(global)
        let context = session.context
        let lang = session.lang
        let actor = Actor(login: context.login, uid: context.uid, board: session.board)
        if let denial = Access.denial(.importLedger, by: actor, on: session.board) { throw DomainError.denied(denial) }
        let shown = Sanitizer.display(file)
        let bytes = try ImportCommand.read(file)
        let (table, sheetName) = try ImportCommand.table(bytes, file: shown, sheet: sheet, kind: kind)
        let ledger: LedgerImport
        do {
            ledger = try LedgerImport(kind: kind, source: ImportCommand.baseName(file), table: table)
        } catch {
            throw ImportCommand.failure(error, file: shown, sheet: sheetName)
        }
        if !ledger.ignored.isEmpty {
            let list = ledger.ignored.map { "\(LedgerProblem.letter($0.index)) \($0.header)" }.joined(separator: lang.text(.listSeparator))
            context.console.error(Sanitizer.display(lang.text(.importIgnoredColumns, file, kind.label(lang), list)))
        }
        if dryRun {
            let now = session.now()
            let planContext = PlanContext(actor: actor, today: now.day, now: now, history: session.store.history)
            let planned: LedgerPlan
            do { planned = try Planner.planImport(ledger, on: session.board, context: planContext) } catch {
                throw ImportCommand.failure(error, file: shown, sheet: sheetName)
            }
            for line in ImportCommand.details(planned, lang) { session.write(Sanitizer.display(line) + "\n") }
            session.write(planned.summary(lang) + lang.text(.importDryRun))
            return
        }
        var planned: LedgerPlan?
        do {
            let entry = try session.store.commit { board, history in
                let actor = Actor(login: context.login, uid: context.uid, board: board)
                let now = session.now()
                let plan = try Planner.planImport(ledger, on: board, context: PlanContext(actor: actor, today: now.day, now: now, history: history))
                planned = plan
                if plan.plan.changes.isEmpty { throw NothingToSave() }
                return (plan.plan, actor, now)
            }
            session.write((planned?.summary(lang) ?? "") + "\n")
            session.write(lang.text(.importSaved, entry.seq))
        } catch is NothingToSave {
            session.write((planned?.summary(lang) ?? "") + "\n")
            session.write(lang.text(.importNothingToSave))
        } catch let error as LedgerError {
            throw ImportCommand.failure(error, file: shown, sheet: sheetName)
        }
    }

    /// A refused file: 77 for a role that may not import, 65 for bad data with every problem on its own line.
    static func failure(_ error: Error, file: String, sheet: String? = nil) -> Error {
        guard let error = error as? LedgerError else { return error }
        if case .denied(let denial) = error { return DomainError.denied(denial) }
        return CLIError(.badData, written: { error.lines($0, file: file, sheet: sheet).map { Sanitizer.display($0) }.joined(separator: "\n") })
    }

    /// One line per created or changed row: `第 3 行 修改 P-001：进度、本年累计完成`.
    static func details(_ planned: LedgerPlan, _ lang: Lang) -> [String] {
        let headers = Dictionary(planned.kind.columns.map { ($0.field, $0.zh) }, uniquingKeysWith: { a, _ in a })
        return planned.rows.compactMap { row in
            switch row.effect {
            case .created:
                return lang.text(.importRowNew, row.row, row.id)
            case .changed(let fields):
                let names = fields.map { lang == .zh ? headers[$0] ?? $0 : $0 }
                return lang.text(.importRowChange, row.row, row.id, names.joined(separator: lang.text(.listSeparator)))
            case .unchanged:
                return nil
            }
        }
    }

    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The whole file; a file that cannot be opened or read exits 66.
    static func read(_ path: String) throws -> [UInt8] {
        let shown = Sanitizer.display(path)
        func fail(_ error: Errno) -> CLIError {
            if error.code == ENOENT { return CLIError(.noStore, .cliNoSuchFile, "\(shown)") }
            return CLIError(.noStore, .cliCannotRead, "\(shown)", error.meaning, "\(error.name)")
        }
        do throws(Errno) {
            let file = try Descriptor.open(path, O_RDONLY | O_CLOEXEC)
            defer { file.close() }
            if (try file.status().st_mode & S_IFMT) == S_IFDIR { throw Errno(EISDIR) }
            return try file.readToEnd()
        } catch {
            throw fail(error)
        }
    }
}
