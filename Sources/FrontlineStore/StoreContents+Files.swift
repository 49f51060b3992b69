import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline migrate` and the files in a directory: their contents read whole, and a new directory written to hold
/// another store's contents exactly as a file store would have written them (docs/store-format.md).
extension FileStore: CopyableStore {
    /// `board.json`, the first snapshot kept in `history/` (`board.json` itself before the first compaction), every
    /// line of the folded journals and of `journal.jsonl` (a torn last line, which no reader takes, is left out), and
    /// the names in `attachments/`; read under one shared lock.
    public func contents() throws -> StoreContents {
        try whileReading {
            guard let snapshot = try files.open(FileStore.snapshotName, .read) else { throw StoreError.noStore(path: files.path) }
            let bytes = try snapshot.read()
            let current = StoreContents.Snapshot(revision: try revision(of: bytes, place: snapshot.path), bytes: bytes)
            var first: StoreContents.Snapshot?
            var journals: [StoreFile] = []
            if let history = try files.subdirectory(FileStore.historyName, create: false) {
                if let name = try history.names().filter(StoreLayout.isFirstSnapshot).sorted().first, let file = try history.open(name, .read) {
                    let bytes = try file.read()
                    first = StoreContents.Snapshot(revision: try revision(of: bytes, place: file.path), bytes: bytes)
                }
                for name in try history.names().filter(StoreLayout.isFoldedJournal).sorted() {
                    if let file = try history.open(name, .read) { journals.append(file) }
                }
            }
            if let journal = try files.open(FileStore.journalName, .read) { journals.append(journal) }
            var lines: [StoreContents.Line] = []
            for file in journals {
                let bytes = try file.read()
                // Only lines that end with their newline: a torn last line is no part of the store.
                for (number, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast().enumerated() {
                    lines.append(try StoreContents.Line(reading: Array(line), place: file.path, number: number + 1))
                }
            }
            let attachments = try files.subdirectory(FileStore.attachmentsName, create: false)?.names().filter(Attachment.isDigest).sorted() ?? []
            return StoreContents(
                firstSnapshot: first ?? current, latestSnapshot: first == nil ? nil : current, lines: lines, attachments: attachments)
        }
    }

    private func revision(of snapshot: [UInt8], place: String) throws -> Int {
        try BoardCodec.decode(snapshot, file: place).board.revision
    }

    /// Creates a new personal store in `directory` (made, or an empty one of the caller's own, as `create` says)
    /// holding exactly `contents`: `board.json` the latest snapshot, and once the journal was folded, the first
    /// snapshot and each compaction's lines in `history/` under the names a compaction gives them; every attachment's
    /// content in `attachments/`, checked against its SHA-256. `board.json` is written last. A failure removes what
    /// was written: the directory is left empty (or gone, when this call made it).
    public static func create(at directory: String, copying contents: StoreContents, content: (String) throws -> [UInt8]) throws -> FileStore {
        let path = normalized(directory)
        var st = stat()
        let existed = lstat(path, &st) == 0
        let first = try BoardCodec.decode(contents.firstSnapshot.bytes, file: path + "/" + snapshotName).board
        let made = try create(at: path, board: first, sharing: .personal)
        do {
            try write(contents, content: content, into: made.files)
        } catch {
            made.files.removeEverything()
            if !existed { rmdir(path) }
            throw error
        }
        return try FileStore(directory: path)
    }

    /// Writes the copy. No lock is taken: the directory was made, or found empty, by this very call, and it is
    /// 0700, so only its owner can enter it before the copy is done.
    private static func write(_ contents: StoreContents, content: (String) throws -> [UInt8], into files: StoreDirectory) throws {
        files.remove(BoardCache.name)
        let (folded, journal) = contents.folds
        if let history = try files.subdirectory(historyName, create: true), contents.latestSnapshot != nil {
            try history.writeAtomically(contents.firstSnapshot.bytes, as: StoreLayout.firstSnapshotName(revision: contents.firstSnapshot.revision))
            for lines in folded {
                try history.writeAtomically(
                    StoreContents.journal(lines), as: StoreLayout.foldedJournalName((lines[0].seq, lines[lines.count - 1].seq)))
            }
        }
        if !contents.attachments.isEmpty, let kept = try files.subdirectory(attachmentsName, create: true) {
            for sha256 in contents.attachments {
                let bytes = try content(sha256)
                let hash = SHA256.hex(bytes)
                guard hash == sha256 else {
                    throw StoreError.unsafeLocation(path: kept.pathOf(sha256), reason: Phrase(.storeContentHashDiffers, "\(hash)"))
                }
                try kept.writeAtomically(bytes, as: sha256)
            }
        }
        try files.writeAtomically(StoreContents.journal(contents.latestSnapshot == nil ? contents.lines : journal), as: journalName)
        try files.writeAtomically((contents.latestSnapshot ?? contents.firstSnapshot).bytes, as: snapshotName)
    }
}

extension StoreDirectory {
    /// Removes every file in the directory, and its subdirectories with the files in them: what a copy that failed
    /// wrote into a directory that `create` had just made or found empty.
    fileprivate func removeEverything() {
        for name in (try? names()) ?? [] {
            if kind(of: name) == S_IFDIR, let inner = try? subdirectory(name, create: false) {
                for file in (try? inner.names()) ?? [] { inner.remove(file) }
                _ = Privilege.asStore { unlinkat(fd, name, AT_REMOVEDIR) }
            } else {
                remove(name)
            }
        }
    }
}

extension FileBackend: CopyingBackend {
    public func create(at address: StoreAddress, copying contents: StoreContents, content: (String) throws -> [UInt8]) throws -> any JournaledStore {
        try FileStore.create(at: address.text, copying: contents, content: content)
    }
}
