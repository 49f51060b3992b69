import FrontlineCore
import FrontlineSystem

/// Why the store could not be read or written. Each case says what and where, in the reader's language; what that means
/// for the program's exit is the command line's business (`ExitStatus` in FrontlineCLI).
public enum StoreError: Error, Equatable, Sendable {
    /// No store at the path.
    case noStore(path: String)
    /// A file holds something the store cannot accept; `line`/`column` are 1-based.
    case badData(file: String, line: Int, column: Int, reason: Phrase)
    /// A system call failed: `operation` is open, write, fsync, rename …
    case io(operation: String, path: String, errno: Errno)
    case lockTimeout(path: String, seconds: Int)
    /// The directory cannot hold a shared store safely.
    case unsafeLocation(path: String, reason: Phrase)
    case exists(path: String)
    /// Something in the store that must not be there, or not like that (a link, a FIFO, another account's file).
    case unsafeEntry(path: String, reason: Phrase)
    /// The account may not read the store: a matter of Unix permissions, not of a missing store.
    case notPermitted(path: String, group: String?)
    /// The new board.json was already in place when a later step failed: the data is intact, and running
    /// the command again finishes the job.
    case unfinished(operation: String, path: String, errno: Errno)
    /// No kind of store this program knows is kept at that address.
    case unknownKind(address: String)
    /// The database at `address` (shown without its password) has no store in it.
    case noDatabaseStore(address: String)
    /// The database could not be reached, or failed a statement: what the server (or its client library) said, and
    /// its SQLSTATE (class 08: no connection).
    case database(address: String, sqlstate: String, message: String)

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language.
    public var phrase: Phrase {
        switch self {
        case .noStore(let path):
            return Phrase(.storeNoStore, "\(path)")
        case .badData(let file, let line, let column, let reason):
            return StoreError.badDataPhrase(file: file, line: line, column: column, reason: reason)
        case .io(let operation, let path, let errno):
            return Phrase(.storeIOFailed, StoreError.verb(operation), "\(path)", errno.meaning, "\(errno.name)")
        case .lockTimeout(let path, let seconds):
            return Phrase(.storeLockTimeout, "\(path)", "\(seconds)")
        case .unsafeLocation(let path, let reason):
            return Phrase(.storePathProblem, "\(path)", .phrase(reason))
        case .exists(let path):
            return Phrase(.storeExists, "\(path)")
        case .unsafeEntry(let path, let reason):
            return Phrase(.storeUnsafeEntry, "\(path)", .phrase(reason))
        case .notPermitted(let path, let group):
            return Phrase(.storeNotPermitted, "\(path)", group.map { .phrase(Phrase(.storeAskForGroup, "\($0)")) } ?? .key(.storeAskForAccess))
        case .unfinished(let operation, let path, let errno):
            return Phrase(.storeUnfinished, StoreError.verb(operation), "\(path)", errno.meaning, "\(errno.name)")
        case .unknownKind(let address):
            return Phrase(.storeUnknownKind, "\(address)")
        case .noDatabaseStore(let address):
            return Phrase(.storeNoDatabaseStore, "\(address)")
        case .database(let address, "08007", let message):
            // A commit whose answer was lost (SQLSTATE 08007, transaction_resolution_unknown): maybe saved.
            return Phrase(.storeDatabaseSaveUnknown, "\(address)", "\(message)")
        case .database(let address, let sqlstate, let message):
            return sqlstate.hasPrefix("08")
                ? Phrase(.storeDatabaseUnreachable, "\(address)", "\(message)")
                : Phrase(.storeDatabaseFailed, "\(address)", "\(message)", "\(sqlstate)")
        }
    }

    /// `badData`'s message before it is written in a language.
    static func badDataPhrase(file: String, line: Int, column: Int, reason: Phrase) -> Phrase {
        Phrase(.storeBadData, "\(file)", "\(line)", "\(column)", .phrase(reason))
    }

    /// The system call `operation` (open, write, …) as a verb; an operation without a text is named as it is.
    private static func verb(_ operation: String) -> Phrase.Value {
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
        return key.map { .key($0) } ?? .plain(operation)
    }
}

/// Something the store noticed while loading that did not stop it, e.g. a torn journal tail.
public struct StoreWarning: Equatable, Sendable {
    /// What happened and what it means, as a catalog text.
    public var phrase: Phrase

    public init(_ phrase: Phrase) { self.phrase = phrase }

    public func message(_ lang: Lang) -> String { phrase.text(lang) }
}

extension StoreError {
    /// The same failure, said of a step that came after the new snapshot was renamed into place.
    static func unfinishedAfterRename(_ error: StoreError) -> StoreError {
        if case .io(let operation, let path, let errno) = error { return .unfinished(operation: operation, path: path, errno: errno) }
        return error
    }
}
