import FrontlineCore
import FrontlineStore

extension PostgresStore {
    /// Folds the journal into a new snapshot, as the file store's compaction does (docs/store-format.md, "The hash
    /// chain"): a new row of `frontline.snapshot` whose `journal_hash` is the last line folded, and a `store.compact`
    /// line naming the new snapshot's SHA-256, in one transaction under the save lock. Nothing is moved or deleted:
    /// the first snapshot and every line stay where they are, and later loads start from the new snapshot.
    ///
    /// Only the store's owner may add a snapshot (members have SELECT on it alone: a snapshot is what every load
    /// starts from), so a member's `compact` is not permitted; and a store never folds itself after a save here.
    public func compact(login: String, uid: Int, now: Timestamp) throws {
        _ = try refresh()
        guard board.revision > snapshotRevisionLoaded else { return }
        _ = try saving {
            let span = (first: snapshotRevisionLoaded + 1, last: board.revision)
            let revision = board.revision
            let snapshot = BoardCodec.encode(board, journalHash: chainHead.hash)
            try connection.execute(
                PostgresSchema.insertSnapshot, [.int(revision), .text(chainHead.hash), .bytes(snapshot), .text(SHA256.hex(snapshot))])
            let actor = Actor(login: login, uid: uid, board: board)
            let record = Entry(
                seq: revision + 1, at: now, login: login, uid: uid, person: actor.person?.id, actingFor: nil, action: "store.compact",
                summary: "压缩日志 / compaction: \(span.first)–\(span.last)", changes: [], snapshot: SHA256.hex(snapshot), prev: chainHead.hash)
            var compacted = board
            try compacted.apply(record)
            let line = try insert(record)
            return Insertion(
                entry: record, line: line,
                committed: {
                    self.board = compacted
                    self.history = []
                    self.snapshotRevisionLoaded = revision
                }, abandoned: {})
        }
    }
}
