/// A place that holds a board and saves changes to it: the journaled files, or memory for tests.
///
/// The protocol lives in the core so that the board (FrontlineUI) works with any store without
/// knowing files; `FileStore` and `InMemoryStore` (FrontlineStore) follow it. `commit` runs the
/// planning closure against the latest board while holding the store's lock, so every change is
/// checked against what colleagues saved a moment ago.
public protocol BoardStore: AnyObject {
    var board: Board { get }
    /// Journal entries since the snapshot, oldest first.
    var history: [Entry] { get }
    /// Takes in what other sessions saved; true when the board changed. Cheap when nothing did.
    func refresh() throws -> Bool
    /// The same, but with `waiting` false it never waits for another session's lock: it throws
    /// the store's "lock timed out after 0 seconds" error instead.
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
