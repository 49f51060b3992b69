import FrontlineCore

/// A store in memory, following the same protocol: for tests and previews.
public final class InMemoryStore: BoardStore {
    public private(set) var board: Board
    public private(set) var history: [Entry] = []
    /// Where it says it is (`JournaledStore.address`).
    public var address = StoreAddress("memory://")
    /// The snapshot the store started from, encoded as a file store's first `board.json`.
    let firstSnapshot: [UInt8]
    private(set) var lastHash = SHA256.genesis
    /// The content of attachments by SHA-256 (`JournaledStore.attach`); tests may alter or remove one.
    public var blobs: [String: [UInt8]] = [:]

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

    public func attach(_ draft: AttachmentDraft, content: [UInt8], login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry {
        precondition(content.count == draft.size && SHA256.hex(content) == draft.sha256, "the draft describes the content")
        let actor = Actor(login: login, uid: uid, board: board)
        let context = PlanContext(actor: actor, today: today, now: now, history: history)
        let (plan, _) = try Planner.plan(.attach(draft), applyingTo: &board, context: context)
        if blobs[draft.sha256] == nil { blobs[draft.sha256] = content }
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
