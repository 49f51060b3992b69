import ArgumentParser
import FrontlineCore
import FrontlineStore

/// An error at the command line's edge: an exit code and a message in both languages.
public struct CLIError: Error, Equatable {
    public var code: Int32
    public var zh: String
    public var en: String

    public static func usage(_ zh: String, _ en: String) -> CLIError { CLIError(code: 64, zh: zh, en: en) }

    public func message(_ lang: Lang) -> String { lang.pick(zh, en) }
}

/// Exit codes of cli.md, in one place: 0 ok · 1 found failures · 64 usage · 65 bad data · 66 no store ·
/// 73 cannot write · 75 lock timeout or conflict · 77 denied by role.
enum ExitCodes {
    /// The code and message of an error this program raises itself, or nil for the argument parser's.
    static func known(_ error: Error, _ lang: Lang) -> (code: Int32, message: String)? {
        switch error {
        case let error as CLIError: (error.code, error.message(lang))
        case let error as StoreError: (error.exitCode, error.message(lang))
        case let error as DomainError: (code(for: error), error.message(lang))
        case let error as ApplyError: (65, error.message(lang))
        default: nil
        }
    }

    static func code(for error: DomainError) -> Int32 {
        switch error {
        case .denied: 77
        case .conflicts: 75
        default: 64
        }
    }
}
