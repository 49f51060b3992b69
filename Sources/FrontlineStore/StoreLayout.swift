import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

/// The names a store may hold, and the check that it holds nothing else.
///
/// ```
/// board.json  journal.jsonl  lock  history/
/// board.cache                        board.json's records in binary, derived from it (`BoardCache`)
/// board.json.tmp-<pid>-<random>      a save in progress (or killed: removed by the next writer)
/// board.cache.tmp-<pid>-<random>     a cache being written (or killed: removed by the next writer)
/// journal.jsonl.tmp-<pid>-<random>   a compaction's new journal in progress
/// journal.jsonl.torn-<seq>-<offset>  a torn last line, kept aside
/// history/journal-<first>-<last>.jsonl   folded journals
/// history/board-<revision>.json          the store's first snapshot, kept when it was first folded
/// attachments/<sha256>                    an attachment's content, named by its SHA-256, never overwritten
/// attachments/<sha256>.tmp-<pid>-<random> an attachment being kept (or killed: removed by the next writer)
/// ```
/// Anything else — a link, a FIFO, a stray file — stops every command with a message naming it: in a group
/// store it may have been planted to make a colleague's command write through it.
enum StoreLayout {
    static func check(_ store: StoreDirectory) throws(StoreError) {
        for name in try store.names() {
            let expected: mode_t
            switch name {
            case FileStore.snapshotName, FileStore.journalName, StoreLock.name, BoardCache.name: expected = S_IFREG
            case FileStore.historyName, FileStore.attachmentsName: expected = S_IFDIR
            case _ where isTemporary(name) || name.hasPrefix(FileStore.journalName + ".torn-"): expected = S_IFREG
            default: throw unexpected(store.pathOf(name))
            }
            try expect(store, name, expected)
        }
        if let history = try store.subdirectory(FileStore.historyName, create: false) {
            for name in try history.names() {
                guard isFoldedJournal(name) || isFirstSnapshot(name) || isTemporary(name) else { throw unexpected(history.pathOf(name)) }
                try expect(history, name, S_IFREG)
            }
        }
        if let attachments = try store.subdirectory(FileStore.attachmentsName, create: false) {
            for name in try attachments.names() {
                guard Attachment.isDigest(name) || isBlobTemporary(name) else { throw unexpected(attachments.pathOf(name)) }
                try expect(attachments, name, S_IFREG)
            }
        }
    }

    /// An attachment's content being written: `<sha256>.tmp-<pid>-<random>`.
    static func isBlobTemporary(_ name: String) -> Bool {
        let parts = name.split(separator: ".", maxSplits: 1)
        return parts.count == 2 && Attachment.isDigest(String(parts[0])) && parts[1].hasPrefix("tmp-")
    }

    static func isTemporary(_ name: String) -> Bool {
        name.contains(".tmp-")
            && (name.hasPrefix(FileStore.snapshotName) || name.hasPrefix(FileStore.journalName) || name.hasPrefix(BoardCache.name)
                || name.hasPrefix("board-"))
    }

    static func foldedJournalName(_ span: (first: Int, last: Int)) -> String {
        "journal-\(padded(span.first))-\(padded(span.last)).jsonl"
    }

    static func firstSnapshotName(revision: Int) -> String { "board-\(padded(revision)).json" }

    static func isFoldedJournal(_ name: String) -> Bool { name.hasPrefix("journal-") && name.hasSuffix(".jsonl") }

    static func isFirstSnapshot(_ name: String) -> Bool { name.hasPrefix("board-") && name.hasSuffix(".json") }

    static func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 9 - s.count)) + s
    }

    private static func expect(_ store: StoreDirectory, _ name: String, _ type: mode_t) throws(StoreError) {
        guard let kind = store.kind(of: name) else { return } // gone meanwhile (a temp file)
        guard kind == type else { throw StoreDirectory.notAFile(store.pathOf(name), kind) }
    }

    private static func unexpected(_ path: String) -> StoreError {
        .unsafeEntry(
            path: path, reason: Phrase(.storeStrayFile)
        )
    }
}
