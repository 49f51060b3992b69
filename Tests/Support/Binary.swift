import Foundation

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
}

/// Runs the real `frontline` executable (built by `swift build`/`swift test`) and other programs.
public enum Binary {
    /// The executable built with the tests (beside the test bundle), else the package's debug build.
    public static var frontline: String {
        let candidates = (Bundle.main.executableURL.map { [$0.deletingLastPathComponent().path + "/frontline"] } ?? [])
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

    /// Runs any program, by absolute path or found on PATH.
    public static func execute(_ program: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : which(program) ?? program)
        process.arguments = arguments
        var env = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        do { try process.run() } catch { return Outcome(code: 127, out: "", err: "\(error)", signaled: false) }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty child never blocks on a full pipe.
        let group = DispatchGroup()
        let errData = DataBox()
        DispatchQueue.global().async(group: group) { errData.data = readAll(err.fileHandleForReading) }
        let outData = readAll(out.fileHandleForReading)
        group.wait()
        process.waitUntilExit()
        return Outcome(code: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                       err: String(decoding: errData.data, as: UTF8.self), signaled: process.terminationReason == .uncaughtSignal)
    }

    /// Everything until end of file. FileHandle.readDataToEndOfFile traps when a read is interrupted
    /// (EINTR), which Process's SIGCHLD handler does when many tests run programs at once: retry instead.
    static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                data.append(contentsOf: buffer[0..<n])
            } else if n < 0 && errno == EINTR {
                continue
            } else {
                return data
            }
        }
    }

    /// The absolute path of a program on PATH, or nil.
    public static func which(_ name: String) -> String? {
        for dir in ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"] {
            if FileManager.default.isExecutableFile(atPath: dir + "/" + name) { return dir + "/" + name }
        }
        return nil
    }
}

/// Bytes filled in by another thread; read only after that thread is done (`group.wait()`).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
