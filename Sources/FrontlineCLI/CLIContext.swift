import FrontlineCore
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Everything a command takes from outside: environment, identity, clock and where output goes.
///
/// The real program fills it from the process; tests build one with a fixed clock and captured output.
public struct CLIContext: Sendable {
    public var environment: [String: String]
    /// The Unix account of the real uid (never `$USER`).
    public var login: String
    public var uid: Int
    /// Seconds since 1970 (UTC).
    public var clock: @Sendable () -> Int64
    public var console: Console
    public var stdinIsTerminal: Bool
    /// Whether standard output is a terminal (colour only then: `brief`).
    public var stdoutIsTerminal: Bool
    /// The kinds of store `--data` may name (`StoreBackends.standard`; tests add their own).
    public var stores: StoreBackends
    /// Whether a store a command opens stays in memory until the process exits (`Session.open`): the real program's,
    /// which exits when its one command is done, so that freeing every record of a large board one by one (about 4%
    /// of a command at the S store) is left to the exit. Tests, which run many commands in one process, free them.
    public var keepsStoresUntilExit = false

    public init(
        environment: [String: String], login: String, uid: Int, clock: @escaping @Sendable () -> Int64,
        console: Console, stdinIsTerminal: Bool, stores: StoreBackends = .standard, stdoutIsTerminal: Bool = false
    ) {
        self.environment = environment
        self.login = login
        self.uid = uid
        self.clock = clock
        self.console = console
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stores = stores
    }

    /// The context of this process.
    public static func process() -> CLIContext {
        var environment: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") { environment[String(text[..<eq])] = String(text[text.index(after: eq)...]) }
            pointer += 1
        }
        let uid = getuid()
        var context = CLIContext(
            environment: environment, login: accountName(uid: uid), uid: Int(uid),
            clock: { Int64(time(nil)) }, console: Console.standard, stdinIsTerminal: isatty(0) == 1,
            stdoutIsTerminal: isatty(1) == 1)
        context.keepsStoresUntilExit = true
        return context
    }

    /// The account name of a uid from the password database, or `#uid` when it has none.
    static func accountName(uid: uid_t) -> String {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name else {
            return "#\(uid)"
        }
        return String(cString: name)
    }

    /// The language of messages: `--lang`, else `LC_ALL`, else `LANG`.
    func lang(_ option: Lang?) -> Lang {
        if let option { return option }
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return Lang.from(locale: locale)
    }

    @TaskLocal static var current: CLIContext = .process()
}

/// Where a command's output goes: the process's stdout/stderr, or buffers in tests.
public final class Console: @unchecked Sendable {
    // Only ever used from the one thread that runs the command.
    private let captures: Bool
    public private(set) var out: [UInt8] = []
    public private(set) var err: [UInt8] = []
    /// Why the first failed write to standard output failed, if one did.
    public private(set) var outputFailure: Errno?

    public init(capturing: Bool) { captures = capturing }

    public static let standard = Console(capturing: false)

    public var outText: String { String(decoding: out, as: UTF8.self) }
    public var errText: String { String(decoding: err, as: UTF8.self) }

    public func write(_ text: String) { write(Array(text.utf8)) }

    public func write(_ bytes: [UInt8]) {
        if captures {
            out += bytes
        } else if outputFailure == nil {
            do { try Descriptor.standardOutput.writeAll(bytes) } catch { outputFailure = error }
        }
    }

    /// Writes a message to standard error, one line per line of `text`, each through the sanitizer: messages quote
    /// store data (names, ids, keys), and nothing from data may reach the terminal raw (ESC, OSC 52, CR, BS …).
    public func error(_ text: String) {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let safe = body.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.display(String($0)) }.joined(separator: "\n")
        let bytes = Array((safe + "\n").utf8)
        if captures { err += bytes } else { try? Descriptor.standardError.writeAll(bytes) }
    }
}
