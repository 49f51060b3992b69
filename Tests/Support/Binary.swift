import Foundation
import FrontlineProcess

/// What a finished process left: its exit status and output.
public struct Outcome: Sendable, CustomStringConvertible {
    public var code: Int32
    public var out: String
    public var err: String
    /// True when the process was ended by a signal (e.g. SIGKILL) rather than exiting.
    public var signaled: Bool

    public init(code: Int32, out: String, err: String, signaled: Bool) {
        self.code = code
        self.out = out
        self.err = err
        self.signaled = signaled
    }

    public var description: String { "exit \(code)\(signaled ? " (signal)" : "")\nstdout: \(out)\nstderr: \(err)" }

    /// What the process runner reports: the exit status (128 + N after signal N) and the output as text.
    public init(_ exit: ChildProcess.Exit) {
        self.init(
            code: exit.status, out: String(decoding: exit.out, as: UTF8.self), err: String(decoding: exit.err, as: UTF8.self),
            signaled: exit.signaled)
    }
}

/// Runs the real `frontline` executable (built by `swift build`/`swift test`) and other programs.
public enum Binary {
    /// The executable built with the tests (beside the test bundle), else the package's debug build.
    public static var frontline: String {
        let candidates =
            (Bundle.main.executableURL.map { [$0.deletingLastPathComponent().path + "/frontline"] } ?? [])
            + [Repository.root + "/.build/debug/frontline"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }

    /// The account name of this process's real uid, as the program will see it.
    public static var login: String {
        guard let entry = getpwuid(getuid()) else { return "#\(getuid())" }
        return String(cString: entry.pointee.pw_name)
    }

    /// Runs `frontline` with `arguments`; the environment is minimal and fixed (C.UTF-8, no `FRONTLINE_*`).
    public static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Outcome {
        execute(frontline, arguments, environment: environment, stdin: stdin)
    }

    /// Runs Python: the first `python3` on the caller's PATH or the system's that has openpyxl (pip's, or Debian's
    /// python3-openpyxl), else the first there is; with the caller's PATH and HOME (a pyenv shim needs them).
    public static func python(_ arguments: [String]) -> Outcome {
        execute(python3, arguments, environment: pythonEnvironment)
    }

    private static let pythonEnvironment: [String: String] = {
        let caller = ProcessInfo.processInfo.environment
        return ["PATH": caller["PATH"] ?? "/usr/bin:/bin", "HOME": caller["HOME"] ?? "/"]
    }()

    private static let python3: String = {
        let directories = (pythonEnvironment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        let candidates = directories.map { $0 + "/python3" }.filter(FileManager.default.isExecutableFile(atPath:))
        return candidates.first { execute($0, ["-c", "import openpyxl"], environment: pythonEnvironment).code == 0 } ?? candidates.first ?? "python3"
    }()

    /// Runs any program, by absolute path or found on PATH, through the one process runner (`ChildProcess`: a clean
    /// signal mask, no descriptors but 0–2, standard output and error read together).
    public static func execute(_ program: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Outcome {
        var env = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { $1 }
        let path = program.hasPrefix("/") ? program : which(program) ?? program
        return Outcome(ChildProcess.run(path, arguments, environment: env, input: stdin.map { Array($0.utf8) }))
    }

    /// The absolute path of a program on PATH, or nil.
    public static func which(_ name: String) -> String? {
        for dir in ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"] {
            if FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name }
        }
        return nil
    }
}
