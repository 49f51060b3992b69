import FrontlineCore

/// A store as the command line works with it: the board's session (`BoardStore`) and what only whole-store
/// commands need — where it is, what loading noticed, the chain's head, the audit trail for `log` and its proof
/// for `log --verify` and `check`, the places of records for `check`, and compaction.
///
/// Every kind of store keeps a snapshot and a hash-chained journal (docs/store-format.md): the files in a directory
/// (`FileStore`), memory (`InMemoryStore`), and later a database. `StoreBackends` opens one by its address.
public protocol JournaledStore: BoardStore {
    /// Where the store is, as it was named.
    var address: StoreAddress { get }
    /// Things noticed while loading that did not stop it (a torn journal tail), to be told to the user.
    var warnings: [StoreWarning] { get }
    /// The last link of the hash chain: what `log --head` prints and a published report's footer carries.
    var head: ChainHead { get throws }
    /// The Unix group whose members can rewrite the stored data directly, bypassing the program (a group store:
    /// `check` says so plainly every time); nil when only the program writes it.
    var rewritableByGroup: String? { get }
    /// Every journal line ever written, oldest first (`frontline log`).
    func auditTrail() throws -> [AuditLog.Line]
    /// What the audit proof reads (`AuditLog.verify`), taken at one moment.
    func auditRecords() throws -> AuditRecords
    /// Where each record is stored, to name it in `check`'s problems.
    func recordPlaces() throws -> RecordPlaces
    /// Keeps `content` (what `draft` describes: its size and SHA-256) and attaches it to its record as one journal
    /// entry, planned under the lock like `perform`: a refused plan keeps nothing; the content is durable before the
    /// entry that names it is written.
    func attach(_ draft: AttachmentDraft, content: [UInt8], login: String, uid: Int, today: Day, now: Timestamp) throws -> Entry
    /// The content kept under this SHA-256, as stored (not checked against it), or nil when none is.
    func attachmentContent(_ sha256: String) throws -> [UInt8]?
    /// Where the content of this SHA-256 is kept, for messages (`STORE/attachments/<sha256>`).
    func attachmentPlace(_ sha256: String) -> String
    /// Folds the journal into a new snapshot; nothing that entered the journal is lost (`frontline compact`).
    func compact(login: String, uid: Int, now: Timestamp) throws
}
