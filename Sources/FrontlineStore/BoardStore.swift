import FrontlineCore

/// A place that holds a board and saves changes to it: the journaled files, or memory for tests.
///
/// `commit` runs the planning closure against the latest board while holding the store's
/// lock, so every change is checked against what colleagues saved a moment ago.
public protocol BoardStore: AnyObject {
    var board: Board { get }
    /// Journal entries since the snapshot, oldest first.
    var history: [Entry] { get }
    /// Takes in what other sessions saved; true when the board changed. Cheap when nothing did.
    func refresh() throws -> Bool
    /// The same, but with `waiting` false it never waits for another session's lock: it throws
    /// `StoreError.lockTimeout` with 0 seconds instead.
    func refresh(waiting: Bool) throws -> Bool
    /// Who keeps the store busy so that a save would wait now (empty: someone, unknown); nil when it is free.
    func busy() -> [LockHolder]?
    /// Plans against the latest board under the lock, then saves the entry durably and applies it.
    func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry
    /// Plans one intent as the given account on the latest board, saves it and applies it.
    func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry
}

extension BoardStore {
    /// A store without a lock never waits.
    public func refresh(waiting: Bool) throws -> Bool { try refresh() }
    public func busy() -> [LockHolder]? { nil }

    /// Plans and saves one intent as the given account, with sequential ids.
    @discardableResult
    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry {
        try perform(intent, login: login, uid: uid, today: today, now: now, ids: .sequential)
    }
}

/// A store in memory, following the same protocol: for tests and previews.
public final class InMemoryStore: BoardStore {
    public private(set) var board: Board
    public private(set) var history: [Entry] = []
    /// Where it says it is (`JournaledStore.address`).
    public var address = StoreAddress("memory://")
    /// The snapshot the store started from, encoded as a file store's first `board.json`.
    let firstSnapshot: [UInt8]
    private(set) var lastHash = SHA256.genesis

    /// A store whose first snapshot is `board`: its chain starts, as a file store's does, from that snapshot.
    public init(board: Board) {
        self.board = board
        firstSnapshot = BoardCodec.encode(board, journalHash: SHA256.genesis)
        lastHash = SHA256.hex(firstSnapshot)
    }

    public func refresh() throws -> Bool { false }

    public func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        let (plan, actor, now) = try plan(board, history)
        let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: lastHash)
        var check = board
        try check.apply(entry)
        board = check
        record(entry)
        return entry
    }

    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry {
        let actor = Actor(login: login, uid: uid, board: board)
        let context = PlanContext(actor: actor, today: today, now: now, ids: ids, history: history)
        let (plan, _) = try Planner.plan(intent, applyingTo: &board, context: context)
        let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: lastHash)
        board.revision = entry.seq
        record(entry)
        return entry
    }

    private func record(_ entry: Entry) {
        history.append(entry)
        lastHash = SHA256.hex(EntryCodec.encode(entry).dropLast())
    }
}
