#if canImport(Glibc)
import Glibc
#endif
import FrontlineCore

/// The store on disk: `board.json` (snapshot) + `journal.jsonl` (one entry per line) + `lock` + `history/`.
///
/// Loading reads the snapshot and replays the journal under a shared lock. Saving takes the lock
/// exclusively, catches up with what others appended, plans, appends one line with one `write`,
/// fsyncs, and only then applies the entry in memory: a failed save leaves file and memory as
/// they were. See design/store.md for the promises and the tests that prove them.
public final class FileStore: BoardStore {
    public let directory: String
    public private(set) var board = Board()
    public private(set) var history: [Entry] = []
    /// Things noticed while loading that did not stop it (a torn journal tail).
    public private(set) var warnings: [StoreWarning] = []

    private let lock: StoreLock
    private var lastHash = SHA256.genesis
    private var journalOffset = 0
    private var journalLineNumber = 1
    /// The sequence numbers of the first and last line in journal.jsonl (folded ones included).
    private var journalSpan: (first: Int, last: Int)?
    private var tornTail: ArraySlice<UInt8>?
    private var snapshotSignature: Posix.Signature?
    private var journalSignature: Posix.Signature?

    var snapshotPath: String { directory + "/board.json" }
    var journalPath: String { directory + "/journal.jsonl" }
    var historyPath: String { directory + "/history" }
    static let files = (snapshot: "board.json", journal: "journal.jsonl", lock: "lock", history: "history")

    /// Opens the store at `directory` and loads it.
    public init(directory: String) throws {
        self.directory = FileStore.normalized(directory)
        guard Posix.isDirectory(self.directory), Posix.exists(self.directory + "/board.json") else {
            throw StoreError.noStore(path: directory)
        }
        try StoreLocation.check(self.directory)
        lock = try StoreLock(path: self.directory + "/lock")
        try lock.withLock(exclusive: false) { try loadAll() }
    }

    /// Creates a new store holding `board`; refuses a directory that already holds one.
    /// With `group`, the directory is setgid 2770 for that group; otherwise 0770.
    @discardableResult
    public static func create(at directory: String, board: Board, group: gid_t? = nil) throws -> FileStore {
        let path = normalized(directory)
        if Posix.exists(path + "/board.json") { throw StoreError.exists(path: path) }
        let mode: mode_t = group == nil ? 0o770 : 0o2770
        try Posix.makeDirectory(path, mode: mode)
        if let group {
            guard chown(path, uid_t.max, group) == 0 else { throw Posix.fail("create", path) }
            guard chmod(path, mode) == 0 else { throw Posix.fail("create", path) }
        }
        try StoreLocation.check(path)
        try Posix.makeDirectory(path + "/history", mode: mode)
        _ = try StoreLock(path: path + "/lock")
        try Posix.append([], to: path + "/journal.jsonl")
        try Posix.writeAtomically(BoardCodec.encode(board, journalHash: SHA256.genesis), to: path + "/board.json")
        do throws(StoreError) {
            try Posix.syncDirectory(Posix.directory(of: path))
        } catch {
            throw StoreError.unfinishedAfterRename(error)
        }
        return try FileStore(directory: path)
    }

    static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    // MARK: Reading

    /// Reads the snapshot and the whole journal. Call with the lock held.
    private func loadAll() throws {
        removeStaleTempFiles()
        snapshotSignature = Posix.signature(snapshotPath)
        guard let bytes = try Posix.read(snapshotPath) else { throw StoreError.noStore(path: directory) }
        let snapshot = try BoardCodec.decode(bytes, file: snapshotPath)
        board = snapshot.board
        lastHash = snapshot.journalHash
        history = []
        warnings = []
        journalOffset = 0
        journalLineNumber = 1
        journalSpan = nil
        tornTail = nil
        try readJournal()
    }

    /// Removes temp files of saves that were killed mid-way. Temp files exist only while a writer holds
    /// the lock exclusively, so any found while we hold the lock are stale.
    private func removeStaleTempFiles() {
        for name in Posix.list(directory) where name.contains(".tmp-") {
            unlink(directory + "/" + name)
        }
    }

    /// Applies journal lines appended since the last read. Call with the lock held.
    private func readJournal() throws {
        journalSignature = Posix.signature(journalPath)
        guard let bytes = try Posix.read(journalPath, from: journalOffset) else { return }
        let scan = try JournalScan(bytes, offset: journalOffset, lineNumber: journalLineNumber, file: journalPath)
        if let first = scan.lines.first, let last = scan.lines.last {
            journalSpan = (journalSpan?.first ?? first.entry.seq, last.entry.seq)
        }
        for line in scan.lines where line.entry.seq > board.revision {
            do {
                try board.apply(line.entry)
            } catch {
                throw StoreError.badData(file: journalPath, line: line.number, column: 1, zh: error.message(.zh), en: error.message(.en))
            }
            history.append(line.entry)
        }
        if let hash = scan.lastHash { lastHash = hash }
        journalOffset = scan.goodEnd
        journalLineNumber = scan.nextLineNumber
        tornTail = scan.torn
        warnings.removeAll()
        if let torn = scan.torn {
            warnings.append(StoreWarning(
                zh: "\(journalPath):\(scan.nextLineNumber): 最后一行不完整（\(torn.count) 字节，可能是保存时会话被中断），已忽略；下次保存时将移到一旁保留",
                en: "\(journalPath):\(scan.nextLineNumber): the last line is incomplete (\(torn.count) bytes, a save was interrupted); it is ignored and will be moved aside on the next save"))
        }
    }

    /// Brings the board up to date with the files. Call with the lock held.
    private func catchUp() throws {
        if Posix.signature(snapshotPath) != snapshotSignature {
            try loadAll()
        } else {
            try readJournal()
        }
    }

    public func refresh() throws -> Bool { try refresh(waiting: true) }

    /// Takes in other sessions' saves; with `waiting` false a lock held by another session throws
    /// `StoreError.lockTimeout` (0 s) at once instead of waiting (the board's poll must never freeze).
    public func refresh(waiting: Bool) throws -> Bool {
        guard Posix.signature(snapshotPath) != snapshotSignature || Posix.signature(journalPath) != journalSignature else {
            return false
        }
        let revision = board.revision
        try lock.withLock(exclusive: false, waiting: waiting) { try catchUp() }
        return board.revision != revision
    }

    /// The processes holding the lock when a save would have to wait for it; nil when it is free.
    public func busy() -> [LockHolder]? {
        if lock.isFree(exclusive: true) { return nil }
        return LockHolder.holders(of: lock.path)
    }

    // MARK: Writing

    public func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        try lock.withLock(exclusive: true) {
            try prepareToWrite()
            let (plan, actor, now) = try plan(board, history)
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: lastHash)
            var check = board
            try check.apply(entry)
            try append(entry)
            board = check
            return entry
        }
    }

    /// Plans on the store's own board, in place (no copy of a large board for each save), saves the
    /// entry, and rolls the board back if the save fails.
    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry {
        try lock.withLock(exclusive: true) {
            try prepareToWrite()
            let actor = Actor(login: login, uid: uid, board: board)
            // The context (which shares `history`) is gone before `append` adds to the history.
            let (plan, rollback) = try { () throws(DomainError) in
                try Planner.plan(intent, applyingTo: &board, context: PlanContext(actor: actor, today: today, now: now, ids: ids, history: history))
            }()
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: lastHash)
            do {
                try append(entry)
            } catch {
                board.rollBack(rollback)
                throw error
            }
            board.revision = entry.seq
            return entry
        }
    }

    /// Catches up with other sessions and clears a torn tail. Call with the lock held exclusively.
    private func prepareToWrite() throws {
        try catchUp()
        try moveTornTailAside()
    }

    /// Appends one entry durably (one write, one fsync) and records it. The board is the caller's to update.
    private func append(_ entry: Entry) throws {
        let line = EntryCodec.encode(entry)
        try Posix.append(line, to: journalPath)
        history.append(entry)
        lastHash = SHA256.hex(line.dropLast())
        journalOffset += line.count
        journalLineNumber += 1
        journalSpan = (journalSpan?.first ?? entry.seq, entry.seq)
        journalSignature = Posix.signature(journalPath)
    }

    /// Keeps a torn last line in `journal.jsonl.torn-<offset>` and cuts the journal back to its last good line.
    private func moveTornTailAside() throws {
        guard let torn = tornTail else { return }
        let aside = "\(journalPath).torn-\(journalOffset)"
        try Posix.writeAtomically(Array(torn), to: aside)
        try Posix.truncate(journalPath, to: journalOffset)
        tornTail = nil
        warnings.removeAll()
    }

    /// Folds the journal into a new snapshot; the folded journal moves to `history/`, never deleted.
    ///
    /// The new snapshot renamed into place is the commit point: a failure after it leaves a store that
    /// loads whole (journal lines already in the snapshot are skipped), and compacting again finishes.
    public func compact() throws {
        try lock.withLock(exclusive: true) {
            try catchUp()
            try moveTornTailAside()
            guard let span = journalSpan else { return }
            try Posix.writeAtomically(BoardCodec.encode(board, journalHash: lastHash), to: snapshotPath)
            do {
                let folded = "\(historyPath)/journal-\(FileStore.padded(span.first))-\(FileStore.padded(span.last)).jsonl"
                try Posix.makeDirectory(historyPath, mode: FileStore.directoryMode(of: directory))
                guard rename(journalPath, folded) == 0 else { throw Posix.fail("rename", journalPath) }
                try Posix.append([], to: journalPath)
                try Posix.syncDirectory(historyPath)
                try Posix.syncDirectory(directory)
            } catch let error as StoreError {
                throw StoreError.unfinishedAfterRename(error)
            }
            try loadAll()
        }
    }

    static func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 9 - s.count)) + s
    }

    static func directoryMode(of path: String) -> mode_t {
        var st = stat()
        guard stat(path, &st) == 0 else { return 0o770 }
        return st.st_mode & 0o7777
    }
}
