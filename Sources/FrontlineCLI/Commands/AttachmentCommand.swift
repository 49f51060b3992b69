import ArgumentParser
import CFrontlineSys
import FrontlineCore
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline attachment add|list|get`: files kept as evidence on a visit or an issue (docs/domain-rules.md,
/// "Attachments"). The content is kept by the store, named by its SHA-256; nothing of it is ever shown on the
/// terminal: `get` writes it to a file.
struct AttachmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attachment",
        abstract: "Attachments (附件) of visits and issues: add a file, list them, get one back into a file.",
        subcommands: [AttachmentAdd.self, AttachmentList.self, AttachmentGet.self])
}

struct AttachmentAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Attach a file (a site photo, an approval document, a scan) to a visit or an issue.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The visit or issue id (V-0001, I-0001).") var id: String
    @Argument(help: "The file to attach.") var file: String
    @Option(help: "The attachment's name (default: the file's name).") var name: String?

    func run() throws {
        let session = try Session.open(global)
        let kind = try AttachmentCommand.carrierKind(of: id, session)
        let content = try AttachmentCommand.readInput(file, limit: session.board.settings.attachmentLimitBytes)
        let given = name ?? ImportCommand.baseName(file)
        let draft = AttachmentDraft(kind: kind, id: id, name: given, size: content.count, sha256: SHA256.hex(content))
        let now = session.now()
        let entry = try session.store.attach(
            draft, content: content, login: session.context.login, uid: session.context.uid,
            today: now.day, now: now)
        report(entry, session)
    }
}

struct AttachmentList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a visit's or an issue's attachments.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table
    @Argument(help: "The visit or issue id.") var id: String

    func run() throws {
        let session = try Session.open(global)
        let lang = session.lang
        let kind = try AttachmentCommand.carrierKind(of: id, session)
        guard let record = session.board.carrier(kind, id: id) else { throw AttachmentCommand.notFound(id) }
        guard !record.attachments.isEmpty || format != .table else { return session.write(lang.text(.attachmentsNone, id) + "\n") }
        let index = session.index
        func column(
            _ key: String, _ text: TextKey, alignment: TextLayout.Alignment = .left, maxWidth: Int = 40,
            _ value: @escaping (Attachment) -> String, json: ((Attachment) -> JSONValue)? = nil
        ) -> Column<Attachment> {
            Column(key, text, alignment: alignment, maxWidth: maxWidth, text: value, json: json)
        }
        let columns = [
            column("name", .attachmentColumnName, maxWidth: 60, \.name),
            column("size", .attachmentColumnSize, alignment: .right, \.sizeText, json: { .int($0.size) }),
            column("by", .attachmentColumnBy, { index.personName($0.by) }),
            column("at", .attachmentColumnAt, \.atText, json: { $0.at.json }),
            column("type", .attachmentColumnType, \.type),
            Column<Attachment>("sha256", .listingSHA256, text: { String($0.sha256.prefix(12)) }, json: { .string($0.sha256) }),
        ]
        session.context.console.write(Listing.render(Array(record.attachments), columns, format: format, lang: lang))
    }
}

struct AttachmentGet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get", abstract: "Write an attachment's content to a file (never to the terminal).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The visit or issue id.") var id: String
    @Argument(help: "The attachment's name, or its SHA-256 (or the first 8 or more of its hex digits).") var attachment: String
    @Option(help: "The file to write.") var output: String
    @Flag(help: "Replace the file if it exists.") var force = false

    func run() throws {
        let session = try Session.open(global)
        let kind = try AttachmentCommand.carrierKind(of: id, session)
        guard let record = session.board.carrier(kind, id: id) else { throw AttachmentCommand.notFound(id) }
        guard let found = record.attachments.find(attachment) else {
            let shown = Sanitizer.display(attachment)
            throw CLIError.usage(.cliNoSuchAttachment, "\(id)", "\(shown)")
        }
        let name = Sanitizer.display(found.name)
        guard let content = try session.store.attachmentContent(found.sha256) else {
            let problem = AttachmentCommand.problem(.missing, found, id, session)
            throw CLIError(.badData, written: { problem.message($0) })
        }
        let hash = SHA256.hex(content)
        guard hash == found.sha256 else {
            let problem = AttachmentCommand.problem(.altered(hash), found, id, session)
            throw CLIError(.badData, written: { problem.message($0) })
        }
        try AttachmentCommand.writeOutput(content, to: output, replacing: force)
        session.write(session.lang.text(.attachmentWritten, name, found.sizeText, Sanitizer.display(output)))
    }
}

extension AttachmentCommand {
    /// The kind of record an id names, if it is one that carries attachments and exists.
    static func carrierKind(of id: String, _ session: Session) throws -> RecordKind {
        guard let record = session.board.carrier(id: id) else { throw notFound(id) }
        return type(of: record).kind
    }

    static func notFound(_ id: String) -> CLIError {
        let shown = Sanitizer.display(id)
        return CLIError.usage(.cliNoVisitOrIssue, "\(shown)")
    }

    static func problem(
        _ found: AttachmentAudit.Problem.Found, _ attachment: Attachment, _ id: String, _ session: Session
    ) -> AttachmentAudit.Problem {
        let kind = session.board.carrier(id: id).map { type(of: $0).kind } ?? .issue
        return AttachmentAudit.Problem(
            kind: kind, id: id, attachment: attachment, place: session.store.attachmentPlace(attachment.sha256),
            found: found
        )
    }

    /// The whole of a file to attach, read as the user: a regular file (not a directory, FIFO or device) of at most
    /// `limit` bytes. A file that cannot be read exits 66; an empty one or one over the limit 64, as the planner's refusals; nothing
    /// is kept either way.
    static func readInput(_ path: String, limit: Int) throws -> [UInt8] {
        let shown = Sanitizer.display(path)
        func fail(_ error: Errno) -> CLIError {
            switch error.code {
            case ENOENT: return CLIError(.noStore, .cliNoSuchFile, "\(shown)")
            case EISDIR: return CLIError(.noStore, .cliIsADirectory, "\(shown)")
            default:
                return CLIError(.noStore, .cliCannotRead, "\(shown)", error.meaning, "\(error.name)")
            }
        }
        let content: [UInt8]
        do {
            // O_NONBLOCK: a FIFO named by mistake must not hang the command before it is refused.
            let file = try Descriptor.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
            defer { file.close() }
            let status = try file.status()
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw Errno(EISDIR)
            default: throw CLIError(.noStore, .cliNotARegularFile, "\(shown)")
            }
            if Int(status.st_size) > limit { throw tooLarge(shown, size: Int(status.st_size), limit: limit) }
            content = try file.readToEnd(limit: limit + 1)
        } catch let error as Errno {
            throw fail(error)
        }
        if content.count > limit { throw tooLarge(shown, size: content.count, limit: limit) }
        if content.isEmpty { throw CLIError(.usage, .cliAttachmentEmpty, "\(shown)") }
        return content
    }

    private static func tooLarge(_ shown: String, size: Int, limit: Int) -> CLIError {
        CLIError(.usage, .cliAttachmentTooLarge, "\(shown)", "\(size)", "\(limit / 1024 / 1024)")
    }

    /// Writes the content to `path` as the user: a new file, or with `replacing` an existing regular file; never
    /// through a symbolic link (`O_NOFOLLOW`), never into a FIFO or device. A failed write removes the file it made.
    static func writeOutput(_ content: [UInt8], to path: String, replacing: Bool) throws {
        let shown = Sanitizer.display(path)
        var created = false
        do throws(Errno) {
            let base = O_WRONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY
            let file: Descriptor
            do throws(Errno) {
                file = try Descriptor.open(path, base | O_CREAT | O_EXCL, mode: 0o666)
                created = true
            } catch  where error.code == EEXIST && replacing {
                file = try Descriptor.open(path, base)
            }
            do throws(Errno) {
                guard (try file.status().st_mode & S_IFMT) == S_IFREG else { throw Errno(EINVAL) }
                if !created { try file.truncate(to: 0) }
                try file.writeAll(content)
            } catch {
                file.close()
                throw error
            }
            try file.closeAfterWriting()
        } catch {
            if created { unlink(path) }
            switch error.code {
            case EEXIST:
                throw CLIError(.cannotWrite, .cliFileExistsAddForce, "\(shown)")
            case ELOOP:
                throw CLIError(.cannotWrite, .cliSymbolicLink, "\(shown)")
            case EINVAL:
                throw CLIError(.cannotWrite, .cliNotARegularFile, "\(shown)")
            default:
                throw CLIError(.cannotWrite, .cliCannotWrite, "\(shown)", error.meaning, "\(error.name)")
            }
        }
    }
}
