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
    /// How the store tells of other sessions' saves as they happen, for the board to wait on with its keyboard
    /// (`ChangeSignal`); nil when it cannot, and the board looks for them on a timer. Asked before every wait: it
    /// may take in what the store was told meanwhile, never waits, and never reads the board.
    func changeSignal() -> ChangeSignal?
    /// Plans against the latest board under the lock, then saves the entry durably and applies it.
    func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry
    /// Plans one intent as the given account on the latest board, saves it and applies it.
    func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry
}

extension BoardStore {
    /// A store without a lock never waits.
    public func refresh(waiting: Bool) throws -> Bool { try refresh() }
    public func busy() -> [LockHolder]? { nil }
    /// A store that cannot tell of others' saves is looked at on the board's timer.
    public func changeSignal() -> ChangeSignal? { nil }

    /// Plans and saves one intent as the given account, with sequential ids.
    @discardableResult
    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry {
        try perform(intent, login: login, uid: uid, today: today, now: now, ids: .sequential)
    }
}

/// How a store tells the board that other sessions saved (`BoardStore.changeSignal`): PostgreSQL's notifications,
/// which the server sends when a colleague's save commits. The board then waits for a key or for `descriptor`
/// together and looks (`refresh`) as soon as either comes, instead of every half second.
public struct ChangeSignal: Equatable, Sendable {
    /// Becomes readable when another session may have saved since the store last looked; `refresh` takes in what
    /// made it readable.
    public var descriptor: Int32
    /// A save by another session is known already and not yet read (the store was told while it did something
    /// else): look now, without waiting.
    public var pending: Bool

    public init(descriptor: Int32, pending: Bool) {
        self.descriptor = descriptor
        self.pending = pending
    }
}
