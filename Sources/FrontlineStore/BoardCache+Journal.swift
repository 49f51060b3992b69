import FrontlineCore

/// What a cache holds besides the snapshot's records: where the store stood after the journal's first lines, so that a
/// load replays only the lines appended since (docs/store-format.md, "The cache").
extension BoardCache {
    /// The store as `FileStore` had it after reading `board.json` and the journal's first `journalBytes` bytes.
    struct Loaded: Equatable {
        /// The snapshot's own revision and `journalHash`.
        var snapshotRevision: Int
        var snapshotJournalHash: String
        /// The board with those journal lines applied, and the entries they hold.
        var board: Board
        var history: [Entry]
        /// The last link of the chain (with whether it is the first snapshot's).
        var chainHead: ChainHead
        var firstSnapshotUnhashed: Bool
        var journalBytes: Int
        var journalLineNumber: Int
        var journalSpan: (first: Int, last: Int)?

        static func == (a: Loaded, b: Loaded) -> Bool {
            a.snapshotRevision == b.snapshotRevision && a.snapshotJournalHash == b.snapshotJournalHash && a.board == b.board
                && a.history == b.history && a.chainHead == b.chainHead && a.chainHead.isFirstSnapshot == b.chainHead.isFirstSnapshot
                && a.firstSnapshotUnhashed == b.firstSnapshotUnhashed && a.journalBytes == b.journalBytes
                && a.journalLineNumber == b.journalLineNumber && a.journalSpan?.first == b.journalSpan?.first
                && a.journalSpan?.last == b.journalSpan?.last
        }
    }

    static func writeState(_ loaded: Loaded, to writer: inout BinaryWriter) {
        writer.int(loaded.snapshotRevision)
        writer.string(loaded.snapshotJournalHash)
        writer.int(loaded.chainHead.revision)
        writer.string(loaded.chainHead.hash)
        writer.bool(loaded.chainHead.isFirstSnapshot)
        writer.bool(loaded.firstSnapshotUnhashed)
        writer.int(loaded.journalBytes)
        writer.int(loaded.journalLineNumber)
        writer.optional(loaded.journalSpan) { writer, span in
            writer.int(span.first)
            writer.int(span.last)
        }
        writer.int(loaded.history.count)
        for entry in loaded.history { write(entry, to: &writer) }
    }

    /// What `writeState` wrote, on an empty board (the caller puts the board it reads next in its place).
    static func readState(_ reader: inout BinaryReader) throws(BinaryError) -> Loaded {
        let start = reader.position
        let snapshotRevision = try reader.int(), snapshotJournalHash = try reader.string()
        var head = ChainHead(revision: try reader.int(), hash: try reader.string())
        head.isFirstSnapshot = try reader.bool()
        let unhashed = try reader.bool()
        let journalBytes = try reader.int(), lineNumber = try reader.int()
        let span = try reader.optional { (reader) throws(BinaryError) in (first: try reader.int(), last: try reader.int()) }
        let count = try reader.count()
        var history: [Entry] = []
        history.reserveCapacity(count)
        for _ in 0..<count { history.append(try entry(&reader)) }
        guard Limits.revision.contains(snapshotRevision), SHA256.isDigest(snapshotJournalHash), journalBytes >= 0, lineNumber >= 1,
            (history.last?.seq ?? head.revision) == head.revision
        else { throw BinaryError(offset: start) }
        return Loaded(
            snapshotRevision: snapshotRevision, snapshotJournalHash: snapshotJournalHash, board: Board(), history: history, chainHead: head,
            firstSnapshotUnhashed: unhashed, journalBytes: journalBytes, journalLineNumber: lineNumber, journalSpan: span)
    }

    // MARK: Journal entries

    static func write(_ entry: Entry, to writer: inout BinaryWriter) {
        writer.int(entry.seq)
        entry.at.write(to: &writer)
        writer.string(entry.login)
        writer.int(entry.uid)
        entry.person.write(to: &writer)
        entry.actingFor.write(to: &writer)
        writer.string(entry.action)
        writer.string(entry.summary)
        entry.undoes.write(to: &writer)
        writer.int(entry.changes.count)
        for change in entry.changes {
            writer.string(change.kind.rawValue)
            writer.string(change.id)
            writer.string(change.op.rawValue)
            writer.int(change.base)
            writer.int(change.fields.count)
            for field in change.fields {
                writer.string(field.name)
                writer.json(field.old)
                writer.json(field.new)
            }
            change.appendLog.write(to: &writer)
        }
        entry.snapshot.write(to: &writer)
        writer.string(entry.prev)
    }

    static func entry(_ reader: inout BinaryReader) throws(BinaryError) -> Entry {
        let seq = try reader.int(), at = try Timestamp(from: &reader), login = try reader.string(), uid = try reader.int()
        let person = try String?(from: &reader), actingFor = try String?(from: &reader)
        let action = try reader.string(), summary = try reader.string(), undoes = try Int?(from: &reader)
        var changes: [RecordChange] = []
        for _ in 0..<(try reader.count()) {
            let start = reader.position
            guard let kind = RecordKind(rawValue: try reader.string()) else { throw BinaryError(offset: start) }
            let id = try reader.string()
            guard let op = RecordChange.Op(rawValue: try reader.string()) else { throw BinaryError(offset: start) }
            let base = try reader.int()
            var fields: [FieldChange] = []
            for _ in 0..<(try reader.count()) { fields.append(FieldChange(try reader.string(), old: try reader.json(), new: try reader.json())) }
            changes.append(RecordChange(kind: kind, id: id, op: op, base: base, fields: fields, appendLog: try HandlingLogEntry?(from: &reader)))
        }
        return Entry(
            seq: seq, at: at, login: login, uid: uid, person: person, actingFor: actingFor, action: action, summary: summary,
            undoes: undoes, changes: changes, snapshot: try String?(from: &reader), prev: try reader.string())
    }
}

extension BoardCache.Loaded {
    /// A part of a cache being read: only a board.
    init(board: Board) {
        self.init(
            snapshotRevision: 0, snapshotJournalHash: SHA256.genesis, board: board, history: [], chainHead: ChainHead(revision: -1, hash: ""),
            firstSnapshotUnhashed: false, journalBytes: 0, journalLineNumber: 1, journalSpan: nil)
    }
}
