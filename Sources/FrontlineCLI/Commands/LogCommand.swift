import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline log`: the audit trail, optionally checked end to end.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "The audit trail: who changed what, when. --verify checks its hash chain.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only entries on or after this date (YYYY-MM-DD).") var since: String?
    @Option(help: "Only entries that touch this record id.") var record: String?
    @Flag(
        help:
            "Prove the store from its history: the hash chain, board.json as the replay of every entry, roles granted by administrators; exit 1 if not."
    ) var verify = false
    @Option(help: "With --verify: a head REV:HASH printed earlier (log --head, a published report's footer) that must still be in the chain.")
    var anchor: String?
    @Flag(help: "Print the chain's head as REV:HASH, to keep or send elsewhere.") var head = false

    func run() throws {
        let anchorHead = try anchor.map { text in
            guard let head = ChainHead(text: text) else {
                throw CLIError.usage(.cliAnchorExpected, "\(Sanitizer.display(text))")
            }
            return head
        }
        if anchorHead != nil && !verify { throw CLIError.usage(.cliAnchorNeedsVerify) }
        let session = try Session.open(global, inspecting: verify)
        let lang = session.lang
        if head {
            session.write("\(try session.store.head)\n")
            return
        }
        if verify {
            let result = try AuditLog.verify(session.store.auditRecords(), anchor: anchorHead)
            // Every attachment a record names must be kept, with the content its SHA-256 says.
            let attachments = AttachmentAudit.problems(of: session.store, board: session.board)
            if !result.problems.isEmpty || !attachments.isEmpty {
                for problem in result.problems { session.context.console.error(problem.message(lang)) }
                for problem in attachments { session.context.console.error(problem.message(lang)) }
                throw ExitStatus.problemsFound
            }
            let anchored = anchorHead.map { lang.text(.logAnchorStillInChain, $0) } ?? ""
            session.write(lang.text(.logVerified, result.lines, anchored, result.head))
            return
        }
        let sinceDay = try since.map { try session.day($0, option: "--since") }
        let index = session.index
        let lines = try session.store.auditTrail().filter { line in
            (sinceDay.map { line.entry.at.day >= $0 } ?? true)
                && (record.map { id in line.entry.changes.contains { $0.id == id } } ?? true)
        }
        let columns: [Column<AuditLog.Line>] = [
            Column("seq", .listingSeq, alignment: .right, text: { "\($0.entry.seq)" }, json: { .int($0.entry.seq) }),
            Column("at", .listingAt, text: { $0.entry.at.iso }),
            Column("login", .listingLogin, text: { $0.entry.login }),
            Column("person", .listingPerson, text: { index.personName($0.entry.person) }),
            Column("actingFor", .listingActingFor, text: { index.personName($0.entry.actingFor) }),
            Column("summary", .listingWhat, maxWidth: 50, text: { $0.entry.summary }),
            Column(
                "fields", .listingFields, maxWidth: 60,
                text: { line in
                    line.entry.changes.flatMap { change in
                        change.fields.filter { $0.name != "log" && $0.name != "attachments" }.map {
                            "\(change.id).\($0.name): \(short($0.old)) → \(short($0.new))"
                        }
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
