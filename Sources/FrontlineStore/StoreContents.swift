import FrontlineCore

/// Everything a store keeps, byte for byte: its first snapshot, the snapshot a compaction made last, every journal
/// line ever written, and the SHA-256 of every attachment's content. What `frontline migrate` copies from one kind of
/// store to another, so that the copy holds the source's very bytes: the same lines hash to the same chain, and the
/// audit proof (`AuditLog.verify`) holds on the copy as on the source.
///
/// A directory keeps the lines a compaction folded in `history/`, a database in the same table as the rest: where
/// each line goes is the kind of store's business. `folds` says where a directory's compactions cut the journal.
public struct StoreContents: Equatable, Sendable {
    /// A snapshot: the board's revision it holds, and its bytes as stored.
    public struct Snapshot: Equatable, Sendable {
        public var revision: Int
        public var bytes: [UInt8]

        public init(revision: Int, bytes: [UInt8]) {
            self.revision = revision
            self.bytes = bytes
        }
    }

    /// A journal line as stored, without its newline.
    public struct Line: Equatable, Sendable {
        public var seq: Int
        public var bytes: [UInt8]
        /// A `store.compact` line: a compaction folded every line before it.
        public var compacts: Bool

        public init(seq: Int, bytes: [UInt8], compacts: Bool) {
            self.seq = seq
            self.bytes = bytes
            self.compacts = compacts
        }

        /// The line as stored, read back (its seq and whether it is a compaction's).
        public init(reading bytes: [UInt8], place: String, number: Int) throws(StoreError) {
            let entry: Entry
            do {
                entry = try EntryCodec.decode(bytes[...])
            } catch {
                throw .badData(file: place, line: number, column: error.column, reason: error.reason)
            }
            self.init(seq: entry.seq, bytes: bytes, compacts: entry.action == StoreContents.compactAction)
        }
    }

    /// The snapshot `init` wrote, where the hash chain starts (its `journalHash` is 64 zeros).
    public var firstSnapshot: Snapshot
    /// The snapshot the last compaction wrote, which loads start from; nil when the journal was never folded.
    public var latestSnapshot: Snapshot?
    /// Every journal line ever written, oldest first.
    public var lines: [Line]
    /// The SHA-256 of every attachment content kept, in order.
    public var attachments: [String]

    public init(firstSnapshot: Snapshot, latestSnapshot: Snapshot?, lines: [Line], attachments: [String]) {
        self.firstSnapshot = firstSnapshot
        self.latestSnapshot = latestSnapshot
        self.lines = lines
        self.attachments = attachments
    }

    static let compactAction = "store.compact"

    /// The lines as a directory keeps them: each compaction folded the lines before its `store.compact` line into
    /// `history/` (`folded`, oldest first), and the journal holds the last compaction's line and those after it.
    public var folds: (folded: [[Line]], journal: [Line]) {
        var folded: [[Line]] = []
        var current: [Line] = []
        for line in lines {
            if line.compacts {
                folded.append(current)
                current = []
            }
            current.append(line)
        }
        return (folded.filter { !$0.isEmpty }, current)
    }

    /// The lines `lines` joined as a journal file holds them, one per line.
    public static func journal(_ lines: [Line]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.bytes.count + 1 })
        for line in lines {
            bytes += line.bytes
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// The hash the snapshot at `revision` continues the chain from: the SHA-256 of the line at that revision (a
    /// compaction's snapshot names the last line it folded), or nil when there is no such line.
    public func hash(ofLine seq: Int) -> String? {
        lines.first { $0.seq == seq }.map { SHA256.hex($0.bytes) }
    }
}

/// A store whose contents can be read whole, byte for byte, to be copied (`frontline migrate`).
public protocol CopyableStore: JournaledStore {
    /// Everything the store keeps, read at one moment.
    func contents() throws -> StoreContents
}

/// A kind of store that can hold a copy of another store's contents (`frontline migrate`).
public protocol CopyingBackend: StoreBackend {
    /// Creates a new store at `address` holding exactly `contents`, with each attachment's content as `content` gives
    /// it; refuses an address that holds a store (`StoreError.exists`) or anything else it would overwrite.
    func create(at address: StoreAddress, copying contents: StoreContents, content: (String) throws -> [UInt8]) throws -> any JournaledStore
}
