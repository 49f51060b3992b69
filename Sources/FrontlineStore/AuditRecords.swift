/// Everything the audit proof (`AuditLog.verify`) reads, taken from a store at one moment: the snapshot it loads
/// from now, its first snapshot, and every journal line ever written.
///
/// A kind of store provides these (`JournaledStore.auditRecords`); the proof itself is the same for every kind.
public struct AuditRecords: Sendable {
    /// A stored document and where it is, for messages (a file's path, or a backend's own name for it).
    public struct Document: Sendable {
        public var bytes: [UInt8]
        public var place: String

        public init(bytes: [UInt8], place: String) {
            self.bytes = bytes
            self.place = place
        }
    }

    /// The snapshot the store loads from now (`board.json`).
    public var snapshot: Document
    /// `snapshot` already decoded (and hashed, when it is the first snapshot) by the store that read it, or nil.
    public var decoded: Decoded?
    /// The store's first snapshot, kept by its first compaction (`history/board-<rev>.json`); nil before the first
    /// compaction, or when it has gone missing.
    public var firstSnapshot: Document?
    /// Every journal line ever written, oldest first.
    public var lines: [AuditLog.Line]
    /// The store as a whole, for problems of no one document (an anchor that is not in the chain).
    public var place: String
    /// What the store itself found that replaying the lines cannot see, reported with the proof's own problems: in
    /// PostgreSQL, a line the server stamped with a database role that is not the role of the line's login.
    public var storeProblems: [StoreError] = []

    public init(snapshot: Document, firstSnapshot: Document?, lines: [AuditLog.Line], place: String) {
        self.snapshot = snapshot
        self.firstSnapshot = firstSnapshot
        self.lines = lines
        self.place = place
    }

    /// A snapshot as a store loaded it: its bytes, what they decode to, and their SHA-256 where it was computed.
    public struct Decoded: Sendable {
        var bytes: [UInt8]
        var snapshot: BoardCodec.Snapshot
        var hash: String?

        /// The decoded snapshot, if `document` is still byte for byte the one it was decoded from.
        func snapshot(of document: Document) -> (snapshot: BoardCodec.Snapshot, hash: String?)? {
            document.bytes == bytes ? (snapshot, hash) : nil
        }
    }
}
