import FrontlineCore
import FrontlineStore

/// The store kept in PostgreSQL (docs/postgresql.md): the same snapshot, journal entries and hash chain as the files
/// (docs/store-format.md), in the tables of `PostgresSchema`.
///
/// Loading reads the snapshot and replays the journal, checking every link, as the file store does. A save runs in
/// one transaction: it locks the one row of `save_lock` (the file store's exclusive `flock`), takes in the entries
/// colleagues saved since this session last read, plans against that latest board, inserts its line and commits.
/// A refusal, a conflict or any failure rolls back and saves nothing, and the board in memory is as it was (with
/// colleagues' entries taken in). Reading never waits for a save (the server's MVCC): `refresh` reads the lines
/// after the revision held.
public final class PostgresStore: BoardStore {
    /// The address without a password in it (`PostgresAddress.shown`): it is shown on the board and in messages.
    public let address: StoreAddress
    public internal(set) var board = Board()
    public internal(set) var history: [Entry] = []
    /// Things noticed while loading that did not stop it (when inspecting: damage in the journal).
    public private(set) var warnings: [StoreWarning] = []

    /// The session with the server: replaced by a new one when it broke (`reconnectIfLost`).
    private(set) var connection: PostgresConnection
    /// The address as given, a password in it included: what a new connection is made with.
    private let uri: String
    private let inspecting: Bool
    private(set) var chainHead = ChainHead(revision: 0, hash: SHA256.genesis)
    /// The revision of the snapshot loaded, whose content the audit proof reads.
    var snapshotRevisionLoaded = 0
    /// Why the journal cannot be read past some line: when inspecting, the load stops there and writers refuse.
    private var damage: StoreError?
    /// Whether this session listens for colleagues' saves (`changeSignal`), asked for when a board first waits.
    var listening = Listening.notYet
    /// A colleague's save was told (a notification taken in) that no read has covered yet.
    var toldUnread = false
    /// The last `refresh` failed: what it was told may not have been read, so the board looks on its timer.
    var lastReadFailed = false

    /// How long a statement, waiting for the save lock included, may take before the server cancels it.
    public static let statementTimeoutSeconds = 30

    var snapshotPlace: String { snapshotPlace(revision: snapshotRevisionLoaded) }
    func snapshotPlace(revision: Int) -> String { address.text + " (\(PostgresSchema.snapshot) \(revision))" }
    var journalPlace: String { address.text + " (\(PostgresSchema.journal))" }

    /// Connects to the database `address` names and loads the store in it. `inspecting` (`check`, `log --verify`)
    /// loads a store whose journal is damaged too, up to the damage, so that it can be reported in full.
    /// `statementTimeoutSeconds` bounds every statement, the wait for a colleague's save included.
    public init(address: StoreAddress, inspecting: Bool = false, statementTimeoutSeconds: Int = PostgresStore.statementTimeoutSeconds) throws {
        self.address = StoreAddress(PostgresAddress.shown(address))
        self.inspecting = inspecting
        self.uri = address.text
        let shown = self.address.text
        do {
            connection = try PostgresConnection(uri: address.text, statementTimeoutSeconds: statementTimeoutSeconds)
        } catch {
            throw error.storeError(at: shown, timeoutSeconds: statementTimeoutSeconds)
        }
        try PostgresStore.checkEncoding(connection, at: shown)
        try serverErrors { try load() }
    }

    /// The journal's lines are text and are hashed as UTF-8: a database in another encoding would store other bytes.
    static func checkEncoding(_ connection: PostgresConnection, at address: String) throws {
        let encoding = connection.parameter("server_encoding") ?? "?"
        guard encoding == "UTF8" else {
            throw StoreError.unsafeLocation(path: address, reason: Phrase(.storeDatabaseEncoding, "\(encoding)"))
        }
    }

    // MARK: Reading

    /// Reads the snapshot and the whole journal, in one read-only transaction that sees one moment of the store.
    private func load() throws {
        try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        defer { _ = try? connection.execute("COMMIT") }
        let header = try connection.execute(PostgresSchema.snapshotHeader)
        guard header.count == 1, let revision = header.int(0, 0), let journalHash = header.text(0, 1), let sha256 = header.text(0, 2) else {
            throw StoreError.noStore(path: address.text)
        }
        let content = try connection.execute(PostgresSchema.snapshotContent, [.int(revision)], binary: true)
        guard content.count == 1, let bytes = content.bytes(0, 0) else { throw StoreError.noStore(path: address.text) }
        let snapshot = try BoardCodec.decode(bytes, file: snapshotPlace(revision: revision))
        board = snapshot.board
        history = []
        warnings = []
        damage = nil
        snapshotRevisionLoaded = revision
        // The database's CHECK keeps `sha256` the hash of the content: the chain starts there, as at a file store's
        // first board.json (a later snapshot names the line it folded last instead).
        chainHead = ChainHead(revision: snapshot.board.revision, hash: journalHash == SHA256.genesis ? sha256 : journalHash)
        try take(try connection.execute(PostgresSchema.journalAfter, [.int(board.revision)]))
    }

    /// Applies journal rows (seq, line) that follow the board, checking each link. A line that cannot be read or
    /// applied stops writers; when inspecting, the board holds what came before it and the damage is a warning.
    private func take(_ rows: PostgresRows) throws {
        for row in 0..<rows.count where damage == nil {
            guard let seq = rows.int(row, 0), let line = rows.bytes(row, 1) else { continue }
            do {
                let entry = try decode(line, seq: seq)
                guard entry.seq == seq, entry.prev == chainHead.hash else {
                    throw StoreError.badData(file: journalPlace, line: seq, column: 1, reason: Phrase(.storeChainBroken))
                }
                do {
                    try board.apply(entry)
                } catch {
                    throw StoreError.badData(file: journalPlace, line: seq, column: 1, reason: error.phrase)
                }
                history.append(entry)
                chainHead = ChainHead(revision: seq, hash: SHA256.hex(line))
            } catch let error as StoreError {
                guard inspecting else { throw error }
                damage = error
                warnings.append(StoreWarning(Phrase(.storeWarningDamage, .phrase(error.phrase))))
            }
        }
    }

    /// The entry a journal row's line holds; a line that is not one is bad data at its `seq`.
    func decode(_ line: [UInt8], seq: Int) throws(StoreError) -> Entry {
        do {
            return try EntryCodec.decode(line[...])
        } catch {
            throw .badData(file: journalPlace, line: seq, column: error.column, reason: error.reason)
        }
    }

    /// Reads the lines colleagues saved since the board's revision. Notifications of saves received so far are
    /// taken in first: the read starts after they came, so it covers the saves they told of (`changeSignal`).
    public func refresh() throws -> Bool {
        let revision = board.revision
        takeNotifications()
        do {
            try serverErrors {
                guard damage == nil else { return }
                try take(try connection.execute(PostgresSchema.journalAfter, [.int(board.revision)]))
            }
        } catch {
            lastReadFailed = true
            throw error
        }
        (toldUnread, lastReadFailed) = (false, false)
        return board.revision != revision
    }

    /// Whether a colleague's save holds the save lock now, so that a save would wait (who: unknown, `[]`); nil when
    /// it is free, or when that cannot be told. Asked without waiting (`NOWAIT`), in a transaction of its own.
    public func busy() -> [LockHolder]? {
        do {
            try connection.execute("BEGIN")
            defer { _ = try? connection.execute("ROLLBACK") }
            try connection.execute(PostgresSchema.lockForSaving + " NOWAIT")
            return nil
        } catch let error where error.sqlstate == PostgresError.lockNotAvailable {
            return []
        } catch {
            return nil
        }
    }

    // MARK: Writing

    public func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        try saving {
            let (plan, actor, now) = try plan(board, history)
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: chainHead.hash)
            var check = board
            try check.apply(entry)
            let line = try insert(entry)
            return Insertion(entry: entry, line: line, committed: { self.board = check }, abandoned: {})
        }
    }

    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry {
        try perform(intent, login: login, uid: uid, today: today, now: now, ids: ids, beforeSaving: {})
    }

    /// `perform`, with `beforeSaving` run in the save's transaction once the plan is accepted and before its line is
    /// inserted (an attachment's content is kept there): its failure rolls everything back.
    func perform(
        _ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource, beforeSaving: () throws -> Void
    ) throws -> Entry {
        try saving {
            let actor = Actor(login: login, uid: uid, board: board)
            // Planned on the store's own board in place (no copy of a large board per save), rolled back on failure;
            // the context, which shares `history`, is gone before the history grows.
            let (plan, rollback) = try { () throws(DomainError) in
                try Planner.plan(intent, applyingTo: &board, context: PlanContext(actor: actor, today: today, now: now, ids: ids, history: history))
            }()
            let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: chainHead.hash)
            do {
                try beforeSaving()
                let line = try insert(entry)
                return Insertion(
                    entry: entry, line: line, committed: { self.board.revision = entry.seq }, abandoned: { self.board.rollBack(rollback) })
            } catch {
                board.rollBack(rollback)
                throw error
            }
        }
    }

    /// A line inserted in a save's transaction, and what to do to the board once the transaction ends either way.
    struct Insertion {
        var entry: Entry
        var line: [UInt8]
        var committed: () -> Void
        var abandoned: () -> Void
    }

    /// Runs a save in one transaction: locks the save row, takes in colleagues' entries, runs `body` (which plans and
    /// inserts its line) and commits. The entry is recorded only once the commit succeeded; if it fails, the board
    /// is put back as it was before the plan.
    func saving(_ body: () throws -> Insertion) throws -> Entry {
        try serverErrors {
            try connection.execute("BEGIN")
            do {
                try connection.execute(PostgresSchema.lockForSaving)
                try take(try connection.execute(PostgresSchema.journalAfter, [.int(board.revision)]))
                if let damage { throw damage }
                let insertion = try body()
                do {
                    try sendCommit(connection)
                } catch let error as PostgresError where error.sqlstate.hasPrefix("08") || connectionLost {
                    switch savedDespiteLostAnswer(insertion) {
                    case true?: break
                    case false?:
                        insertion.abandoned()
                        throw error
                    case nil:
                        // Whether it was saved is not known: the board is as before it, and reading again once the
                        // server is back takes the line in if it was committed.
                        insertion.abandoned()
                        throw PostgresError(
                            sqlstate: PostgresError.commitUnknown,
                            message:
                                "the connection broke as line \(insertion.entry.seq) was committed: whether it was saved is not known (\(error.message))"
                        )
                    }
                } catch {
                    insertion.abandoned()
                    throw error
                }
                insertion.committed()
                history.append(insertion.entry)
                chainHead = ChainHead(revision: insertion.entry.seq, hash: SHA256.hex(insertion.line))
                return insertion.entry
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Inserts the entry's line (the server stamps its role and checks its link); returns the line, without newline.
    func insert(_ entry: Entry) throws -> [UInt8] {
        let line = Array(EntryCodec.encode(entry).dropLast())
        try connection.execute(PostgresSchema.insertLine, [.int(entry.seq), .text(String(decoding: line, as: UTF8.self))])
        return line
    }

    /// Runs `body`, saying a server's failure as the store's error (`PostgresError.storeError`). A connection that
    /// broke since the last call (the server restarted, the network went away) is made again first.
    func serverErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            try reconnectIfLost()
            return try body()
        } catch let error as PostgresError {
            throw error.storeError(at: address.text, timeoutSeconds: connection.statementTimeoutSeconds)
        }
    }

    // MARK: Faults

    /// Whether the session with the server is gone: libpq marks it so as soon as a statement or a look at the socket
    /// found it broken (a server restarted or that ended the session, a network that failed).
    var connectionLost: Bool { connection.socket == nil }

    /// Connects again when the connection is gone, with the same address and timeouts; the board then reads at
    /// once and listens again (the old session's `LISTEN` went with it, and what was told meanwhile is lost: the
    /// first signal is pending). A server still unreachable throws (`08001`), and the next call tries again.
    /// Nothing in the board or the chain changes: a save whose transaction died with the session was not committed.
    func reconnectIfLost() throws {
        guard connectionLost else { return }
        let fresh = try PostgresConnection(uri: uri, statementTimeoutSeconds: connection.statementTimeoutSeconds)
        try PostgresStore.checkEncoding(fresh, at: address.text)
        connection = fresh
        listening = .notYet
        // Whatever a failed read missed is read at once: the first signal on the new connection is pending.
        (toldUnread, lastReadFailed) = (true, false)
    }

    /// What became of a save whose COMMIT was sent but whose answer never came (the connection broke on the way):
    /// the server may have committed it or not. Read back on a new connection whether the journal holds this very
    /// line at its seq: then it is saved; another line there or none, it is not. Nil when the server cannot be
    /// reached to tell.
    func savedDespiteLostAnswer(_ insertion: Insertion) -> Bool? {
        do {
            try reconnectIfLost()
            let rows = try connection.execute(PostgresSchema.lineAt, [.int(insertion.entry.seq)])
            return rows.count == 1 && rows.bytes(0, 0) == insertion.line
        } catch {
            return nil
        }
    }

    /// Sends COMMIT: a seam for the tests, which lose its answer after the server committed.
    var sendCommit: (PostgresConnection) throws -> Void = { try $0.execute("COMMIT") }
}
