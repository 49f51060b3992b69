import FrontlineCore

/// The in-memory store as the command line sees a store: its journal is its history, its snapshot the board it
/// started from, and there is nothing to fold.
extension InMemoryStore: JournaledStore {
    public var warnings: [StoreWarning] { [] }

    public var head: ChainHead { ChainHead(revision: board.revision, hash: lastHash) }

    public var rewritableByGroup: String? { nil }

    public func auditTrail() throws -> [AuditLog.Line] {
        history.enumerated().map { index, entry in
            AuditLog.Line(file: address.text, number: index + 1, entry: entry, hash: SHA256.hex(EntryCodec.encode(entry).dropLast()))
        }
    }

    public func auditRecords() throws -> AuditRecords {
        AuditRecords(
            snapshot: .init(bytes: firstSnapshot, place: address.text), firstSnapshot: nil,
            lines: try auditTrail(), place: address.text)
    }

    public func recordPlaces() throws -> RecordPlaces { RecordPlaces([:], fallback: address.text) }

    /// Memory keeps no journal file to fold: the history stays as it is.
    public func attachmentContent(_ sha256: String) throws -> [UInt8]? { blobs[sha256] }

    public func attachmentPlace(_ sha256: String) -> String { address.text + "/attachments/" + sha256 }

    public func compact(login: String, uid: Int, now: Timestamp) throws {}
}
