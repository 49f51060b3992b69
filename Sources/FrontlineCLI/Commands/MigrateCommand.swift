import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline migrate --from SOURCE --to TARGET`: copies a store to a new place of another kind (a directory to
/// `postgresql://…` and back), every snapshot, journal line and attachment byte for byte (docs/postgresql.md, "Moving").
///
/// The source is only read (opened as `check` opens one: a directory's `board.cache` is neither read nor written),
/// and must prove itself first (`log --verify`: the chain, the replay, the attachments);
/// the copy is then made — refused where a store is already — and must prove itself too, with the source's head
/// still a link of its chain, and hold exactly what the source holds: the same contents byte for byte, the same
/// board, history and head.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract:
            "Copy a store to a new place (a directory ↔ postgresql://…): every record, journal line and attachment, byte for byte, proven on both sides.",
        discussion: """
            The source is only read, and must pass log --verify first. The target must hold no store: a new or empty \
            directory, or a PostgreSQL database without the frontline schema. After copying, the copy is proven as \
            log --verify does, with the source's head still in its chain, and compared with the source.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "The store to copy: a directory or a postgresql:// address. Only read.") var from: String
    @Option(help: "Where to make the copy: a new or empty directory, or a postgresql:// database without a store.") var to: String

    func run() throws {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        let console = context.console
        let (sourceAddress, targetAddress) = (StoreAddress(from), StoreAddress(to))
        let source = try context.stores.open(sourceAddress, inspecting: true)
        for warning in source.warnings { console.error(warning.message(lang)) }
        guard let copyable = source as? any CopyableStore else { throw StoreError.unknownKind(address: sourceAddress.text) }
        guard let backend = try context.stores.backend(for: targetAddress) as? any CopyingBackend else {
            throw StoreError.unknownKind(address: targetAddress.text)
        }
        let proven = try MigrateCommand.prove(source, anchor: nil, lang: lang, console: console)
        let contents = try copyable.contents()
        let copy = try backend.create(at: targetAddress, copying: contents) { sha256 in
            guard let content = try source.attachmentContent(sha256) else {
                throw StoreError.unsafeLocation(path: source.attachmentPlace(sha256), reason: Phrase(.storeNoContent))
            }
            return content
        }
        let copied = try MigrateCommand.prove(copy, anchor: proven.head, lang: lang, console: console)
        let same =
            try (copy as? any CopyableStore)?.contents() == contents && copy.board == source.board && copy.history == source.history
            && copy.head == source.head
        guard same else {
            throw StoreError.unsafeLocation(path: copy.address.text, reason: Phrase(.storeCopyDiffers, "\(source.address.text)"))
        }
        console.write(lang.text(.migrateCopied, source.address.text, copy.address.text, contents.lines.count, contents.attachments.count) + "\n")
        console.write(lang.text(.logVerified, copied.lines, lang.text(.logAnchorStillInChain, proven.head), copied.head))
    }

    /// The audit proof of `store` (`log --verify`), with its attachments; every problem is said and the command ends
    /// with exit 1 when there is one.
    static func prove(_ store: any JournaledStore, anchor: ChainHead?, lang: Lang, console: Console) throws -> AuditLog.Verification {
        let proof = try AuditLog.verify(store.auditRecords(), anchor: anchor)
        let attachments = AttachmentAudit.problems(of: store, board: store.board)
        guard proof.problems.isEmpty && attachments.isEmpty else {
            for problem in proof.problems { console.error(problem.message(lang)) }
            for problem in attachments { console.error(problem.message(lang)) }
            throw ExitStatus.problemsFound
        }
        return proof
    }
}
