import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline log`: the audit trail, optionally checked end to end.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "The audit trail: who changed what, when. --verify checks its hash chain.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only entries on or after this date (YYYY-MM-DD).") var since: String?
    @Option(help: "Only entries that touch this record id.") var record: String?
    @Flag(help: "Check that every line chains to the one before it; exit 1 if not.") var verify = false

    func run() throws {
        let session = try Session.open(global)
        let lang = session.lang
        let directory = session.store.directory
        if verify {
            let result = try AuditLog.verify(directory: directory)
            if let problem = result.problem {
                session.context.console.error(problem.message(lang))
                throw ExitCode(1)
            }
            session.write(lang.pick("日志完整：\(result.lines) 条，哈希链无误\n", "audit trail intact: \(result.lines) entries, hash chain verified\n"))
            return
        }
        let sinceDay = try since.map { try session.day($0, option: "--since") }
        let index = session.index
        let lines = try AuditLog.read(directory: directory).filter { line in
            (sinceDay.map { line.entry.at.day >= $0 } ?? true)
                && (record.map { id in line.entry.changes.contains { $0.id == id } } ?? true)
        }
        let columns: [Column<AuditLog.Line>] = [
            Column("seq", "序号", "seq", alignment: .right, text: { "\($0.entry.seq)" }, json: { .int($0.entry.seq) }),
            Column("at", "时间", "at", text: { $0.entry.at.iso }),
            Column("login", "账号", "login", text: { $0.entry.login }),
            Column("person", "人员", "person", text: { index.personName($0.entry.person) }),
            Column("actingFor", "代岗", "acting for", text: { index.personName($0.entry.actingFor) }),
            Column("summary", "操作", "what", maxWidth: 50, text: { $0.entry.summary }),
            Column("fields", "字段", "fields", maxWidth: 60, text: { line in
                line.entry.changes.flatMap { change in
                    change.fields.filter { $0.name != "log" }.map { "\(change.id).\($0.name): \(short($0.old)) → \(short($0.new))" }
                }.joined(separator: "; ")
            }),
        ]
        session.context.console.write(Listing.render(lines, columns, format: output.format, lang: lang))
    }
}

/// A field value in one short line for the log listing.
func short(_ value: JSONValue) -> String {
    switch value {
    case .null: "∅"
    case .bool(let b): b ? "true" : "false"
    case .number(let n): n
    case .string(let s): s
    case .array(let items): "[\(items.count)]"
    case .object: "{…}"
    }
}
