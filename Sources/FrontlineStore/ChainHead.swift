/// The last link of a store's hash chain: a revision and the SHA-256 that the next journal line names as `prev`.
///
/// The chain starts at the store's first snapshot (the one whose `journalHash` is all zeros): its hash is the
/// SHA-256 of that file's bytes, so the first journal line vouches for the records the store started with.
/// After that, the head is the last journal line and its hash. Printed as `REV:HASH` (`frontline log --head`,
/// the footer of a published report), it pins the whole history up to that revision: any later rewrite of an
/// earlier line or snapshot no longer reaches it (`frontline log --verify --anchor REV:HASH`).
public struct ChainHead: Equatable, Sendable, CustomStringConvertible {
    public var revision: Int
    public var hash: String
    /// True when the head is a first snapshot: stores made before the chain started from it began with zeros.
    var isFirstSnapshot = false

    public init(revision: Int, hash: String) {
        self.revision = revision
        self.hash = hash
    }

    /// Where the chain stands right after a snapshot, before its journal.
    /// `hash` gives the snapshot file's SHA-256; it is asked only for a first snapshot.
    static func start(of snapshot: BoardCodec.Snapshot, hash: () -> String) -> ChainHead {
        guard snapshot.journalHash == SHA256.genesis else { return ChainHead(revision: snapshot.board.revision, hash: snapshot.journalHash) }
        var head = ChainHead(revision: snapshot.board.revision, hash: hash())
        head.isFirstSnapshot = true
        return head
    }

    /// The start of the chain at a first snapshot whose hash is not computed yet (`FileStore` computes it when needed).
    static func unhashedStart(of snapshot: BoardCodec.Snapshot) -> ChainHead {
        var head = ChainHead(revision: snapshot.board.revision, hash: "")
        head.isFirstSnapshot = true
        return head
    }

    /// Whether `prev` is how stores made by earlier versions began their first line (zeros). They still load;
    /// `log --verify` reports that their first records are not vouched for.
    func acceptsLegacyStart(_ prev: String) -> Bool { isFirstSnapshot && prev == SHA256.genesis }

    public var description: String { "\(revision):\(hash)" }

    public static func == (a: ChainHead, b: ChainHead) -> Bool { a.revision == b.revision && a.hash == b.hash }

    /// Reads `REV:HASH`.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let revision = Int(parts[0]), revision >= 0, SHA256.isDigest(String(parts[1])) else { return nil }
        self.init(revision: revision, hash: String(parts[1]))
    }
}
