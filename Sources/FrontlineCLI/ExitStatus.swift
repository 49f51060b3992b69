import ArgumentParser
import FrontlineCore
import FrontlineStore

/// How the program ends: every exit code of the command line, and the one map from errors to them.
///
/// The codes are those the README lists under "Using it", kept stable for scripts: the store, the core and the
/// board only say what went wrong; only this file says what that means for the exit.
public enum ExitStatus: Error, Equatable, Sendable {
    /// 0: the command did what it was asked.
    case success
    /// 1: the command ran, and found what it reports as a failure (`check` found problems, `log --verify` a break).
    case problemsFound
    /// 64: the command line was wrong (an option, a value, a record that does not exist).
    case usage
    /// 65: bad data in a file, with `file:line:column` (a store file, a ledger).
    case badData
    /// 66: no store (or input file) where one was named.
    case noStore
    /// 69: a program the command needs is not installed or failed (LibreOffice, for `--format pdf`).
    case unavailable
    /// 70: the program itself failed, e.g. a change of identity of the set-user-ID binary (docs/security.md).
    case internalFailure
    /// 73: something could not be created or written (full disk, read-only file system, no permission).
    case cannotWrite
    /// 75: the store stayed busy (lock timeout) or a colleague's change conflicts: try again.
    case busy
    /// 77: not allowed: the role may not do it, or the account may not read the store.
    case notAllowed
    /// 128 + N: the board was ended by signal N (after putting the terminal back), as a shell reports it.
    case signal(Int32)

    /// The number the process exits with.
    public var code: Int32 {
        switch self {
        case .success: 0
        case .problemsFound: 1
        case .usage: 64
        case .badData: 65
        case .noStore: 66
        case .unavailable: 69
        case .internalFailure: 70
        case .cannotWrite: 73
        case .busy: 75
        case .notAllowed: 77
        case .signal(let number): 128 + number
        }
    }

    /// The status and message of an error this program raises itself; nil for the argument parser's own.
    static func of(_ error: Error, _ lang: Lang) -> (status: ExitStatus, message: String)? {
        switch error {
        case let error as CLIError: (error.status, error.message(lang))
        case let error as StoreError: (of(error), error.message(lang))
        case let error as DomainError: (of(error), error.message(lang))
        case let error as ApplyError: (.badData, error.message(lang))
        default: nil
        }
    }

    static func of(_ error: StoreError) -> ExitStatus {
        switch error {
        case .noStore, .noDatabaseStore: .noStore
        case .badData, .unsafeEntry: .badData
        case .database: .unavailable
        case .io, .unsafeLocation, .exists, .unfinished: .cannotWrite
        case .notPermitted: .notAllowed
        case .lockTimeout: .busy
        case .unknownKind: .usage
        }
    }

    static func of(_ error: DomainError) -> ExitStatus {
        switch error {
        case .denied: .notAllowed
        case .conflicts: .busy
        default: .usage
        }
    }
}
