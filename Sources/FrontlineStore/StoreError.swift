import FrontlineCore
import FrontlineSystem

/// Why the store could not be read or written. Each case says what and where, in both languages; what that means
/// for the program's exit is the command line's business (`ExitStatus` in FrontlineCLI).
public enum StoreError: Error, Equatable, Sendable {
    /// No store at the path.
    case noStore(path: String)
    /// A file holds something the store cannot accept; `line`/`column` are 1-based.
    case badData(file: String, line: Int, column: Int, zh: String, en: String)
    /// A system call failed: `operation` is open, write, fsync, rename …
    case io(operation: String, path: String, errno: Errno)
    case lockTimeout(path: String, seconds: Int)
    /// The directory cannot hold a shared store safely.
    case unsafeLocation(path: String, zh: String, en: String)
    case exists(path: String)
    /// Something in the store that must not be there, or not like that (a link, a FIFO, another account's file).
    case unsafeEntry(path: String, zh: String, en: String)
    /// The account may not read the store: a matter of Unix permissions, not of a missing store.
    case notPermitted(path: String, group: String?)
    /// The new board.json was already in place when a later step failed: the data is intact, and running
    /// the command again finishes the job.
    case unfinished(operation: String, path: String, errno: Errno)
    /// No kind of store this program knows is kept at that address (`postgresql://…` before that backend exists).
    case unknownKind(address: String)

    public func message(_ lang: Lang) -> String {
        switch self {
        case .noStore(let path):
            return lang.text(.storeNoStore, path)
        case .badData(let file, let line, let column, let zh, let en):
            return lang.text(.storeBadData, file, line, column, lang == .zh ? zh : en)
        case .io(let operation, let path, let errno):
            return lang.text(.storeIOFailed, StoreError.verb(operation, lang), path, errno.text(lang), errno.name)
        case .lockTimeout(let path, let seconds):
            return lang.text(.storeLockTimeout, path, seconds)
        case .unsafeLocation(let path, let zh, let en):
            return lang.text(.storePathProblem, path, lang == .zh ? zh : en)
        case .exists(let path):
            return lang.text(.storeExists, path)
        case .unsafeEntry(let path, let zh, let en):
            return lang.text(.storeUnsafeEntry, path, lang == .zh ? zh : en)
        case .notPermitted(let path, let group):
            let ask = group.map { lang.text(.storeAskForGroup, $0) } ?? lang[.storeAskForAccess]
            return lang.text(.storeNotPermitted, path, ask)
        case .unfinished(let operation, let path, let errno):
            return lang.text(.storeUnfinished, StoreError.verb(operation, lang), path, errno.text(lang), errno.name)
        case .unknownKind(let address):
            return lang.text(.storeUnknownKind, address)
        }
    }

    /// The system call `operation` (open, write, …) as a verb in `lang`; an operation without a text is named as it is.
    private static func verb(_ operation: String, _ lang: Lang) -> String {
        let key: TextKey? =
            switch operation {
            case "open": .storeOperationOpen
            case "read": .storeOperationRead
            case "write": .storeOperationWrite
            case "fsync": .storeOperationFsync
            case "rename": .storeOperationRename
            case "create": .storeOperationCreate
            case "lock": .storeOperationLock
            case "truncate": .storeOperationTruncate
            default: nil
            }
        return key.map { lang[$0] } ?? operation
    }
}

/// Something the store noticed while loading that did not stop it, e.g. a torn journal tail.
public struct StoreWarning: Equatable, Sendable {
    public var zh: String
    public var en: String
    public func message(_ lang: Lang) -> String { lang == .zh ? zh : en }
}

extension StoreError {
    /// The same failure, said of a step that came after the new snapshot was renamed into place.
    static func unfinishedAfterRename(_ error: StoreError) -> StoreError {
        if case .io(let operation, let path, let errno) = error { return .unfinished(operation: operation, path: path, errno: errno) }
        return error
    }
}
