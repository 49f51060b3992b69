/// A process holding a store's lock: who keeps the store busy, so the board can say what it is waiting
/// for instead of freezing without a word. (`FileStore` finds them in `/proc/locks`.)
public struct LockHolder: Hashable, Sendable {
    public var pid: Int32
    /// The Unix account the process runs as (nil when it cannot be read).
    public var login: String?
    /// Whether it holds the lock to write (a save) rather than to read.
    public var writing: Bool

    public init(pid: Int32, login: String?, writing: Bool) {
        self.pid = pid
        self.login = login
        self.writing = writing
    }
}
