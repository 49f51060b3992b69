import FrontlineCore

/// The content of attachments in a file store: `attachments/<sha256>`, one file per distinct content, created once
/// and never overwritten (docs/store-format.md, "attachments/").
///
/// Kept the way the store keeps its other files (`StoreDirectory`): a temp file of an unguessable name created with
/// `O_EXCL | O_NOFOLLOW` in the store's file mode, written, fsynced, then renamed to its hash without ever replacing
/// a name already there, and the directory fsynced; all of it under the store's exclusive lock, after the planner
/// accepted the attachment and before the journal line that names it. A temp file that a crash leaves is removed by
/// the next writer; content whose line never got written is kept but named by no record (harmless, and reused if
/// the same file is attached again).
extension FileStore {
    public func attach(_ draft: AttachmentDraft, content: [UInt8], login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry {
        precondition(content.count == draft.size && SHA256.hex(content) == draft.sha256, "the draft describes the content")
        return try perform(.attach(draft), login: login, uid: uid, today: today, now: now, ids: .sequential) {
            try keepBlob(content, sha256: draft.sha256)
        }
    }

    public func attachmentContent(_ sha256: String) throws -> [UInt8]? {
        guard Attachment.isDigest(sha256), let directory = try files.subdirectory(FileStore.attachmentsName, create: false),
            let file = try directory.open(sha256, .read)
        else { return nil }
        return try file.read()
    }

    public func attachmentPlace(_ sha256: String) -> String {
        files.pathOf(FileStore.attachmentsName + "/" + sha256)
    }

    /// Keeps `content` as `attachments/<sha256>` unless that content is there already (identical content is stored
    /// once). A file by that name with other content is refused, never replaced.
    private func keepBlob(_ content: [UInt8], sha256: String) throws {
        guard let directory = try files.subdirectory(FileStore.attachmentsName, create: true) else {
            throw StoreError.noStore(path: attachmentPlace(""))
        }
        if let existing = try directory.open(sha256, .read) {
            if SHA256.hex(try existing.read()) == sha256 { return }
            throw StoreError.unsafeEntry(
                path: directory.pathOf(sha256),
                reason: Phrase(.storeAttachmentHashMismatch)
            )
        }
        let (temporary, file) = try directory.createTemporary(for: sha256)
        do {
            try file.writeAll(content)
            try file.sync()
            try directory.move(temporary, to: sha256, in: directory)
        } catch {
            directory.remove(temporary)
            throw error
        }
        try directory.sync()
        try files.sync()
    }
}
