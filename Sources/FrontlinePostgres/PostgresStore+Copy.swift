import FrontlineCore
import FrontlineStore

/// `frontline migrate` and a store in PostgreSQL: its contents read whole, and a new store made holding another
/// store's contents, byte for byte (docs/postgresql.md, "Moving").
extension PostgresStore: CopyableStore {
    /// The first snapshot, the newest when a compaction made one, every journal line and the hash of every
    /// attachment kept, in one read-only transaction: one moment of the store.
    ///
    /// Snapshots between the first and the newest (a store compacted more than once) are not part of it: a directory
    /// keeps none either, and the `store.compact` lines name their hashes, which the proof checks by replaying.
    public func contents() throws -> StoreContents {
        try serverErrors {
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? connection.execute("COMMIT") }
            let newest = try connection.execute(PostgresSchema.snapshotHeader)
            guard newest.count == 1, let latest = newest.int(0, 0), let first = try connection.execute(PostgresSchema.firstSnapshotRevision).int(0, 0)
            else { throw StoreError.noStore(path: address.text) }
            let rows = try connection.execute(PostgresSchema.journalAfter, [.int(0)])
            let lines = try (0..<rows.count).map { row in
                guard let seq = rows.int(row, 0), let line = rows.bytes(row, 1) else { throw StoreError.noStore(path: journalPlace) }
                return try StoreContents.Line(reading: line, place: journalPlace, number: seq)
            }
            let attachments = try connection.execute(PostgresSchema.attachmentHashes)
            return StoreContents(
                firstSnapshot: .init(revision: first, bytes: try snapshotBytes(revision: first)),
                latestSnapshot: latest == first ? nil : .init(revision: latest, bytes: try snapshotBytes(revision: latest)),
                lines: lines, attachments: (0..<attachments.count).compactMap { attachments.text($0, 0) })
        }
    }

    private func snapshotBytes(revision: Int) throws -> [UInt8] {
        let content = try connection.execute(PostgresSchema.snapshotContent, [.int(revision)], binary: true)
        guard content.count == 1, let bytes = content.bytes(0, 0) else { throw StoreError.noStore(path: address.text) }
        return bytes
    }

    /// Creates the store's schema in the database `address` names holding exactly `contents`, in one transaction
    /// (a failure leaves the database as it was): the first snapshot, every line in order (the server's trigger
    /// checks each link as for a save, and stamps each with this session's role and time: a copy is the role that
    /// made it), the latest snapshot, and every attachment's content (the table's CHECK holds it to its hash).
    /// Refuses a database that holds a store, as `create` does.
    public static func create(at address: StoreAddress, copying contents: StoreContents, content: (String) throws -> [UInt8]) throws -> PostgresStore
    {
        try create(at: address) { connection in
            let first = contents.firstSnapshot
            try connection.execute(
                PostgresSchema.insertSnapshot, [.int(first.revision), .text(SHA256.genesis), .bytes(first.bytes), .text(SHA256.hex(first.bytes))])
            for line in contents.lines {
                try connection.execute(PostgresSchema.insertLine, [.int(line.seq), .text(String(decoding: line.bytes, as: UTF8.self))])
            }
            if let latest = contents.latestSnapshot {
                guard let folded = contents.hash(ofLine: latest.revision) else {
                    throw StoreError.badData(
                        file: PostgresAddress.shown(address), line: latest.revision, column: 1, reason: Phrase(.storeChainBroken))
                }
                try connection.execute(
                    PostgresSchema.insertSnapshot, [.int(latest.revision), .text(folded), .bytes(latest.bytes), .text(SHA256.hex(latest.bytes))])
            }
            for sha256 in contents.attachments {
                try connection.execute(PostgresSchema.insertAttachment, [.text(sha256), .bytes(try content(sha256))])
            }
        }
    }
}

extension PostgresBackend: CopyingBackend {
    public func create(at address: StoreAddress, copying contents: StoreContents, content: (String) throws -> [UInt8]) throws -> any JournaledStore {
        try PostgresStore.create(at: address, copying: contents, content: content)
    }
}
