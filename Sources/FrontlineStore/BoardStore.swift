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
    /// Plans against the latest board under the lock, then saves the entry durably and applies it.
    func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry
}

extension BoardStore {
    /// Plans and saves one operation as the given account.
    @discardableResult
    public func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp,
                        ids: IdSource = .sequential) throws -> Entry {
        try commit { board, history in
            let actor = Actor(login: login, uid: uid, board: board)
            let context = PlanContext(actor: actor, today: today, now: now, ids: ids, history: history)
            return (try Planner.plan(intent, on: board, context: context), actor, now)
        }
    }
}

/// A store in memory, following the same protocol: for tests and previews.
public final class InMemoryStore: BoardStore {
    public private(set) var board: Board
    public private(set) var history: [Entry] = []
    private var lastHash = SHA256.genesis

    public init(board: Board) { self.board = board }

    public func refresh() throws -> Bool { false }

    public func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        let (plan, actor, now) = try plan(board, history)
        let entry = plan.entry(after: board.revision, at: now, actor: actor, prev: lastHash)
        try board.apply(entry)
        history.append(entry)
        var line = EntryCodec.encode(entry)
        line.removeLast()
        lastHash = SHA256.hex(line)
        return entry
    }
}
