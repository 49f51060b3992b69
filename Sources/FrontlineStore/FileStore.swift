import FrontlineCore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The store on disk: `board.json` (snapshot) + `journal.jsonl` (one entry per line) + `lock` + `history/` +
/// `attachments/` (the content of attachments, named by SHA-256: `FileStore+Attachments.swift`).
///
/// Loading reads the snapshot and replays the journal under a shared lock, checking that every line chains
/// to the one before it. Saving takes the lock exclusively, catches up with what others appended, plans,
/// appends one line with one `write`, fsyncs, and only then applies the entry in memory: a failed save
/// leaves file and memory as they were. Reading never changes anything in the store. Every file is reached
/// through `StoreDirectory`, which never follows a link or trusts a file it did not check; see
/// docs/store-format.md for the format and the promises.
public final class FileStore: BoardStore {
    public let directory: String
    public private(set) var board = Board()
    public private(set) var history: [Entry] = []
    /// Things noticed while loading that did not stop it (a torn journal tail).
    public private(set) var warnings: [StoreWarning] = []
    /// The last link of the hash chain: what the next journal line will name as `prev`.
    public var head: ChainHead {
        get throws {
            if firstSnapshotUnhashed { try whileReading { try hashFirstSnapshot() } }
            return chainHead
        }
    }
    private var chainHead = ChainHead(revision: 0, hash: SHA256.genesis)
    /// The chain starts at the SHA-256 of the store's first snapshot, but hashing a large snapshot costs more than
    /// reading it: an ordinary command computes it only when it needs it (a save to an empty journal, `log --head`).
    /// `check` and `log --verify` (inspecting) hash it on load and check the first journal line against it.
    private var firstSnapshotUnhashed = false

    let files: StoreDirectory
    private let lock: StoreLock
    private let inspecting: Bool
    private var journalOffset = 0
    private var journalLineNumber = 1
    /// The sequence numbers of the first and last line in journal.jsonl (folded ones included).
    private var journalSpan: (first: Int, last: Int)?
    private var tornTail: ArraySlice<UInt8>?
    /// Why the journal's last complete line cannot be read, or where its chain breaks: writers stop on it.
    private var damage: StoreError?
    /// The snapshot's `journalHash` (zeros when it is the store's first snapshot) and revision.
    private var snapshotJournalHash = SHA256.genesis
    private var snapshotRevision = 0
    private var snapshotSize = 0
    private var snapshotSignature: Posix.Signature?
    /// When inspecting: the snapshot as loaded, so that the audit proof need not decode and hash it again.
    var inspectedSnapshot: AuditRecords.Decoded?
    private var journalSignature: Posix.Signature?

    static let snapshotName = "board.json"
    static let journalName = "journal.jsonl"
    static let historyName = "history"
    static let attachmentsName = "attachments"
    var snapshotPath: String { files.pathOf(FileStore.snapshotName) }
    var journalPath: String { files.pathOf(FileStore.journalName) }

    /// True for a group store (`init --group`): every member of the group can write its files directly.
    public var isGroupStore: Bool { files.isShared }

    /// Opens the store at `directory` and loads it.
    ///
    /// A journal line that cannot be folded into the board (a gap, a change to a missing record) stops every
    /// command with an error naming it, except when `inspecting` (`check`, `log --verify`): then the board holds
    /// what came before it, and the damage is the first warning, so that the whole trail can still be examined.
    public init(directory: String, inspecting: Bool = false) throws {
        self.inspecting = inspecting
        self.directory = FileStore.normalized(directory)
        let guarded = Privilege.isGuardedStore(self.directory)
        do {
            files = try StoreDirectory(path: self.directory, guarded: guarded)
        } catch {
            throw FileStore.openingFailure(error, self.directory)
        }
        try StoreLocation.check(self.directory)
        lock = try StoreLock(in: files)
        try lock.withLock(exclusive: false) { try loadAll() }
    }

    /// What to say when the store's directory cannot be opened: missing, or not ours to read.
    static func openingFailure(_ error: StoreError, _ path: String) -> StoreError {
        guard case .io(_, _, let errno) = error else { return error }
        switch errno.code {
        case ENOENT, ENOTDIR: return .noStore(path: path)
        case EACCES: return .notPermitted(path: path, group: groupName(of: path))
        default: return error
        }
    }

    static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// The name of the group of a directory, for telling someone which group to ask to join.
    public static func groupName(of path: String) -> String? {
        var st = stat()
        guard stat(path, &st) == 0, let group = getgrgid(st.st_gid), let name = group.pointee.gr_name else { return nil }
        return String(cString: name)
    }

    /// Whether a colleague's save holds the lock right now (a read would wait for it).
    public var isBusy: Bool { lock.isBusy() }

    // MARK: Reading

    /// Whether loads read and write `board.cache` (docs/store-format.md, "The cache"): not when inspecting (`check` and
    /// `log --verify` read the JSON itself), and only in a directory no one but its owner can enter (personal and
    /// guarded stores): not in a group store, where every member can write every file (a cache planted there would
    /// show colleagues records that `board.json` does not hold, with no trace in the history), nor in a directory
    /// others may read, such as the sample a package installs, which is not ours to write into.
    private var usesCache: Bool { !inspecting && files.isPrivate }

    /// Reads the snapshot and the whole journal. Call with the lock held.
    private func loadAll() throws {
        try StoreLayout.check(files)
        guard let file = try files.open(FileStore.snapshotName, .read) else {
            throw StoreError.noStore(path: directory)
        }
        snapshotSize = file.size
        snapshotSignature = files.signature(FileStore.snapshotName)
        warnings = []
        tornTail = nil
        damage = nil
        // For the cache: `board.json`'s size and checksum, and how much of the journal a cache that was read covered.
        var snapshotSum: (size: Int, checksum: UInt64)?
        var covered: Int?
        if usesCache, let (loaded, source) = BoardCache.load(from: files, snapshot: file, journal: try files.open(FileStore.journalName, .read)) {
            resume(from: loaded)
            snapshotSum = (source.snapshotSize, source.snapshotChecksum)
            covered = source.journalBytes
        } else {
            let bytes = try decodeSnapshot(file)
            if usesCache { snapshotSum = (bytes.count, CacheChecksum.of(bytes)) }
            history = []
            journalOffset = 0
            journalLineNumber = 1
            journalSpan = nil
        }
        try readJournal()
        // A store that loaded gets a cache when it had none, or when its journal has grown well past what the cache
        // covers; one refused, or whose journal is damaged, is left exactly as it was.
        if let snapshotSum, damage == nil, tornTail == nil, covered.map({ journalOffset - $0 > BoardCache.refreshAfterBytes }) ?? true {
            saveCache(snapshotSize: snapshotSum.size, snapshotChecksum: snapshotSum.checksum)
        }
    }

    /// Writes the cache of the store as it now stands (docs/store-format.md, "The cache"), for the `board.json` of that
    /// size and checksum and the journal read so far. Call with the lock held, right after a load.
    private func saveCache(snapshotSize: Int, snapshotChecksum: UInt64) {
        let journalChecksum = journalOffset == 0 ? CacheChecksum.of([]) : try? files.open(FileStore.journalName, .read)?.checksum(upTo: journalOffset)
        guard let journalChecksum else { return }
        let source = BoardCache.Source(
            snapshotSize: snapshotSize, snapshotChecksum: snapshotChecksum, journalBytes: journalOffset, journalChecksum: journalChecksum)
        let loaded = BoardCache.Loaded(
            snapshotRevision: snapshotRevision, snapshotJournalHash: snapshotJournalHash, board: board, history: history, chainHead: chainHead,
            firstSnapshotUnhashed: firstSnapshotUnhashed, journalBytes: journalOffset, journalLineNumber: journalLineNumber, journalSpan: journalSpan)
        BoardCache.save(loaded, of: source, in: files)
    }

    /// Takes up where the load that wrote the cache left off.
    private func resume(from loaded: BoardCache.Loaded) {
        board = loaded.board
        history = loaded.history
        chainHead = loaded.chainHead
        snapshotRevision = loaded.snapshotRevision
        snapshotJournalHash = loaded.snapshotJournalHash
        firstSnapshotUnhashed = loaded.firstSnapshotUnhashed
        journalOffset = loaded.journalBytes
        journalLineNumber = loaded.journalLineNumber
        journalSpan = loaded.journalSpan
    }

    /// Reads `board.json` (open as `file`) and decodes its JSON; returns the bytes read. Call with the lock held.
    private func decodeSnapshot(_ file: StoreFile) throws -> [UInt8] {
        let bytes = try file.read()
        // Inspecting (`check`, `log --verify`), the chain may start at this file's SHA-256: it is computed on a second
        // thread while the file decodes, and used only if the snapshot turns out to be the store's first.
        let hashed = Hashed()
        var decoded: Result<BoardCodec.Snapshot, StoreError>!
        let path = snapshotPath
        if inspecting && SideThread.isUseful {
            SideThread.run(
                { hashed.hex = SHA256.hex(bytes) },
                alongside: { decoded = Result { () throws(StoreError) in try BoardCodec.decode(bytes, file: path) } })
        } else {
            decoded = Result { () throws(StoreError) in try BoardCodec.decode(bytes, file: path) }
        }
        let snapshot = try decoded.get()
        start(from: snapshot, hash: { hashed.hex ?? SHA256.hex(bytes) })
        if inspecting {
            inspectedSnapshot = AuditRecords.Decoded(bytes: bytes, snapshot: snapshot, hash: chainHead.isFirstSnapshot ? chainHead.hash : nil)
        }
        return bytes
    }

    /// Takes the board and the chain's start from the snapshot; `hash` gives the snapshot file's SHA-256 (asked only
    /// when inspecting a store's first snapshot).
    private func start(from snapshot: BoardCodec.Snapshot, hash: () -> String = { "" }) {
        board = snapshot.board
        snapshotJournalHash = snapshot.journalHash
        snapshotRevision = snapshot.board.revision
        firstSnapshotUnhashed = snapshot.journalHash == SHA256.genesis && !inspecting
        chainHead = firstSnapshotUnhashed ? ChainHead.unhashedStart(of: snapshot) : ChainHead.start(of: snapshot, hash: hash)
    }

    /// Applies journal lines appended since the last read, checking the chain. Call with the lock held.
    private func readJournal() throws {
        guard let file = try files.open(FileStore.journalName, .read) else {
            journalSignature = nil
            return
        }
        journalSignature = files.signature(FileStore.journalName)
        let bytes = try file.read(from: journalOffset)
        let scan = try JournalScan(bytes, offset: journalOffset, lineNumber: journalLineNumber, file: journalPath)
        // Lines at or below the snapshot's revision are left from a compaction that stopped half-way: they are
        // already in the snapshot, but they are chained all the same, and the one the snapshot folded last must
        // be the line its journalHash names.
        var previous: String? = journalOffset == 0 ? nil : chainHead.hash
        for line in scan.lines {
            let entry = line.entry
            if let previous {
                if entry.prev != previous { noteDamage(chainBroken(at: line.number)) }
            } else if entry.seq == board.revision + 1 && !firstSnapshotUnhashed {
                if entry.prev != chainHead.hash && !chainHead.acceptsLegacyStart(entry.prev) { noteDamage(chainBroken(at: line.number)) }
            }
            previous = line.hash
            if entry.seq == snapshotRevision && journalOffset == 0 && line.hash != snapshotJournalHash {
                noteDamage(
                    .badData(
                        file: journalPath, line: line.number, column: 1,
                        reason: Phrase(.storeJournalHashMismatch, "\(entry.seq)")))
            }
            journalSpan = (journalSpan?.first ?? entry.seq, entry.seq)
            guard entry.seq > board.revision, damage == nil || !inspecting else { continue }
            do {
                try board.apply(entry)
            } catch {
                let failure = StoreError.badData(file: journalPath, line: line.number, column: 1, reason: error.phrase)
                guard inspecting else { throw failure }
                damage = failure
                continue
            }
            history.append(entry)
            chainHead = ChainHead(revision: entry.seq, hash: line.hash)
            firstSnapshotUnhashed = false
        }
        journalOffset = scan.goodEnd
        journalLineNumber = scan.nextLineNumber
        tornTail = scan.torn
        if let undecodable = scan.undecodable { noteDamage(undecodable) }
        warnings.removeAll()
        if let torn = scan.torn {
            warnings.append(
                StoreWarning(
                    Phrase(.storeWarningTornTail, "\(journalPath)", "\(scan.nextLineNumber)", "\(torn.count)")
                ))
        }
        if let damage = scan.undecodable {
            warnings.append(
                StoreWarning(Phrase(.storeWarningUnreadableLastLine, .phrase(damage.phrase))))
        } else if let damage {
            warnings.append(
                StoreWarning(Phrase(.storeWarningDamage, .phrase(damage.phrase))))
        }
    }

    /// Hashes `board.json`, the store's first snapshot, as the chain's start. Call with the lock held and the board
    /// up to date with the files (the snapshot is the one loaded).
    private func hashFirstSnapshot() throws {
        guard let file = try files.open(FileStore.snapshotName, .read) else { throw StoreError.noStore(path: directory) }
        chainHead.hash = SHA256.hex(try file.read())
        firstSnapshotUnhashed = false
    }

    /// Remembers the first thing that stops writers: a broken chain, or a last line that cannot be read.
    private func noteDamage(_ error: StoreError) {
        if damage == nil { damage = error }
    }

    private func chainBroken(at line: Int) -> StoreError {
        .badData(
            file: journalPath, line: line, column: 1,
            reason: Phrase(.storeChainBroken))
    }

    /// Brings the board up to date with the files. Call with the lock held.
    private func catchUp() throws {
        if files.signature(FileStore.snapshotName) != snapshotSignature {
            try loadAll()
        } else {
            try readJournal()
        }
    }

    public func refresh() throws -> Bool { try refresh(waiting: true) }

    /// Takes in other sessions' saves; with `waiting` false a lock held by another session throws
    /// `StoreError.lockTimeout` (0 s) at once instead of waiting (the board's poll must never freeze).
    public func refresh(waiting: Bool) throws -> Bool {
        guard
            files.signature(FileStore.snapshotName) != snapshotSignature
                || files.signature(FileStore.journalName) != journalSignature
        else {
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

    /// Runs `body` with the store's lock held shared: the files do not change meanwhile.
    func whileReading<T>(_ body: () throws -> T) throws -> T {
        try lock.withLock(exclusive: false, body)
    }

    // MARK: Writing

    public func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        let entry = try lock.withLock(exclusive: true) {
            try prepareToWrite()
            let (plan, actor, now) = try plan(board, history)
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: chainHead.hash)
            var check = board
            try check.apply(entry)
            try append(entry)
            board = check
            return entry
        }
        foldIfLarge(after: entry)
        return entry
    }

    /// Plans on the store's own board, in place (no copy of a large board for each save), saves the
    /// entry, and rolls the board back if the save fails.
    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry {
        try perform(intent, login: login, uid: uid, today: today, now: now, ids: ids, beforeSaving: {})
    }

    /// `perform`, with `beforeSaving` run under the lock once the plan is accepted and before its entry is appended
    /// (an attachment's content is kept there): its failure rolls the plan back, and nothing is appended.
    func perform(
        _ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource,
        beforeSaving: () throws -> Void
    ) throws -> Entry {
        let entry = try lock.withLock(exclusive: true) {
            try prepareToWrite()
            let actor = Actor(login: login, uid: uid, board: board)
            // The context (which shares `history`) is gone before `append` adds to the history.
            let (plan, rollback) = try { () throws(DomainError) in
                try Planner.plan(intent, applyingTo: &board, context: PlanContext(actor: actor, today: today, now: now, ids: ids, history: history))
            }()
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: chainHead.hash)
            do {
                try beforeSaving()
                try append(entry)
            } catch {
                board.rollBack(rollback)
                throw error
            }
            board.revision = entry.seq
            return entry
        }
        foldIfLarge(after: entry)
        return entry
    }

    /// A journal this much larger than nothing, and than a quarter of the snapshot, is folded after the save that
    /// made it so: replaying it would slow every command more than reading a snapshot of its size.
    public static let foldingSize = (minimum: 256 * 1024, snapshotDivisor: 4)

    /// Folds the journal (as `compact` does, in the saver's name) once it has grown past `foldingSize`, so that
    /// an import or a long run of saves leaves no store slow to open. The save is already durable: a fold that
    /// fails leaves the store as it was (docs/store-format.md, S3), and the next save tries again.
    private func foldIfLarge(after entry: Entry) {
        guard !inspecting, journalOffset >= FileStore.foldingSize.minimum,
            journalOffset >= snapshotSize / FileStore.foldingSize.snapshotDivisor
        else { return }
        try? compact(login: entry.login, uid: entry.uid, now: entry.at)
    }

    /// Catches up with other sessions, clears what interrupted saves left, and refuses to write after a line it
    /// cannot read. Call with the lock held exclusively.
    private func prepareToWrite() throws {
        try catchUp()
        if let damage { throw damage }
        if firstSnapshotUnhashed { try hashFirstSnapshot() }
        removeStaleTemporaries()
        try moveTornTailAside()
    }

    /// Removes temp files of saves that were killed mid-way. Temp files exist only while a writer holds the
    /// lock exclusively, so any found while this writer holds it are stale.
    private func removeStaleTemporaries() {
        for name in (try? files.names()) ?? [] where StoreLayout.isTemporary(name) {
            files.remove(name)
        }
        if let history = try? files.subdirectory(FileStore.historyName, create: false) {
            for name in (try? history.names()) ?? [] where StoreLayout.isTemporary(name) {
                history.remove(name)
            }
        }
        if let attachments = try? files.subdirectory(FileStore.attachmentsName, create: false) {
            for name in (try? attachments.names()) ?? [] where StoreLayout.isBlobTemporary(name) {
                attachments.remove(name)
            }
        }
    }

    /// Appends one entry durably (one write, one fsync) and records it. The board is the caller's to update.
    private func append(_ entry: Entry) throws {
        let line = EntryCodec.encode(entry)
        let journal = try files.open(FileStore.journalName, .append) ?? files.create(FileStore.journalName)
        try journal.appendDurably(line)
        history.append(entry)
        chainHead = ChainHead(revision: entry.seq, hash: SHA256.hex(line.dropLast()))
        journalOffset += line.count
        journalLineNumber += 1
        journalSpan = (journalSpan?.first ?? entry.seq, entry.seq)
        journalSignature = files.signature(FileStore.journalName)
    }

    /// Keeps a torn last line in `journal.jsonl.torn-<seq>-<offset>` (a new name each time) and cuts the journal
    /// back to its last good line.
    private func moveTornTailAside() throws {
        guard let torn = tornTail else { return }
        let base = "\(FileStore.journalName).torn-\(chainHead.revision)-\(journalOffset)"
        var aside: StoreFile?
        for n in 1...100 where aside == nil {
            do {
                aside = try files.create(n == 1 ? base : "\(base)-\(n)")
            } catch {
                guard case .io(_, _, let errno) = error, errno.code == EEXIST else { throw error }
            }
        }
        guard let aside else { throw StoreError.io(operation: "create", path: files.pathOf(base), errno: Errno(EEXIST)) }
        try aside.writeAll(Array(torn))
        try aside.sync()
        guard let journal = try files.open(FileStore.journalName, .write) else { return }
        try journal.truncate(to: journalOffset)
        try files.sync()
        tornTail = nil
        warnings.removeAll()
    }

    /// Folds the journal into a new snapshot; the folded journal moves to `history/`, never deleted, and the new
    /// journal starts with a `store.compact` line that records the new snapshot's SHA-256 in the chain.
    ///
    /// The first snapshot of a store is kept in `history/` too, so the whole history can be replayed from it.
    /// The new snapshot renamed into place is the commit point: a failure after it leaves a store that loads whole
    /// (journal lines already in the snapshot are skipped), and compacting again finishes.
    public func compact(login: String, uid: Int, now: Timestamp) throws {
        try lock.withLock(exclusive: true) {
            try prepareToWrite()
            // Nothing to fold, unless a compaction stopped after moving the journal away and before putting the new
            // one (with its compaction line) in place: then the line is still to be written.
            let journalMissing = files.kind(of: FileStore.journalName) == nil
            guard journalSpan != nil || journalMissing else { return }
            let span = journalSpan ?? (board.revision, board.revision)
            guard let historyDirectory = try files.subdirectory(FileStore.historyName, create: true) else {
                throw StoreError.io(operation: "create", path: files.pathOf(FileStore.historyName), errno: Errno(ENOENT))
            }
            if snapshotJournalHash == SHA256.genesis { try keepFirstSnapshot(in: historyDirectory) }
            let snapshot = BoardCodec.encode(board, journalHash: chainHead.hash)
            try files.writeAtomically(snapshot, as: FileStore.snapshotName)
            do {
                let actor = Actor(login: login, uid: uid, board: board)
                let record = Entry(
                    seq: board.revision + 1, at: now, login: login, uid: uid, person: actor.person?.id, actingFor: nil,
                    action: "store.compact", summary: "压缩日志 / compaction: \(span.first)–\(span.last)",
                    changes: [], snapshot: SHA256.hex(snapshot), prev: chainHead.hash)
                let (name, journal) = try files.createTemporary(for: FileStore.journalName)
                do {
                    try journal.writeAll(EntryCodec.encode(record))
                    try journal.sync()
                    if !journalMissing {
                        try files.move(FileStore.journalName, to: StoreLayout.foldedJournalName(span), in: historyDirectory)
                    }
                    try files.move(name, to: FileStore.journalName, in: files)
                } catch {
                    files.remove(name)
                    throw error
                }
                try historyDirectory.sync()
                try files.sync()
            } catch let error as StoreError {
                throw StoreError.unfinishedAfterRename(error)
            }
            try loadAll()
        }
    }

    /// Copies the store's first snapshot (the one with no folded journal) into `history/` before it is replaced.
    private func keepFirstSnapshot(in historyDirectory: StoreDirectory) throws {
        guard let current = try files.open(FileStore.snapshotName, .read) else { return }
        let bytes = try current.read()
        let name = StoreLayout.firstSnapshotName(revision: snapshotRevision)
        if let kept = try historyDirectory.open(name, .read) {
            // A compaction that stopped half-way kept it already.
            guard try kept.read() == bytes else {
                throw StoreError.unsafeEntry(path: historyDirectory.pathOf(name), reason: Phrase(.storeHistoryDiffers))
            }
            return
        }
        let (temporary, copy) = try historyDirectory.createTemporary(for: name)
        do {
            try copy.writeAll(bytes)
            try copy.sync()
            try historyDirectory.move(temporary, to: name, in: historyDirectory)
        } catch {
            historyDirectory.remove(temporary)
            throw error
        }
        try historyDirectory.sync()
    }

}

/// The SHA-256 a second thread computed, read after it has ended.
private final class Hashed: @unchecked Sendable {
    var hex: String?
}
