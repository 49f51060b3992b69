import Foundation
import FrontlineCore
import FrontlineProcess
import FrontlineStore

#if canImport(Glibc)
    import Glibc
#endif

/// taskwarrior beside Frontline (docs/benchmarks.md, "Beside taskwarrior"): the same question, "what is overdue",
/// asked of a taskwarrior database holding the store's issues as tasks (at most 10,000: the count the target names),
/// timed in the same minutes as `frontline issues --overdue`, so that their ratio holds on a noisy machine.
///
/// The database is written by a child process (`frontline-bench --write-taskwarrior STORE DIR`): a child started
/// by `posix_spawn` shares the parent's memory until it runs its program, and Linux counts the parent's resident
/// size into the child's peak (`ru_maxrss`); so the benchmark never loads a store itself before it times programs.
struct Taskwarrior {
    static let taskCount = 10_000
    let program: String
    let environment: [String: String]
    let tasks: Int

    /// The `task` program, installed from Debian when it is missing and the benchmark runs as root; nil otherwise.
    static func program() -> String? {
        let path = "/usr/bin/task"
        if access(path, X_OK) == 0 { return path }
        guard getuid() == 0 else { return nil }
        let environment = ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive"]
        _ = ChildProcess.run("/usr/bin/apt-get", ["install", "-y", "-q", "taskwarrior"], environment: environment, output: .discard)
        return access(path, X_OK) == 0 ? path : nil
    }

    /// The database of `store`'s issues in `directory`, written by a child process (see above).
    init(program: String, store: String, directory: String) throws {
        self.program = program
        let written = ChildProcess.run(BenchmarkProgram.path, ["--write-taskwarrior", store, directory], environment: ["PATH": "/usr/bin:/bin"])
        guard written.status == 0, let count = Int(String(decoding: written.out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "writing the taskwarrior database: \(written)"])
        }
        tasks = count
        environment = ["TASKRC": directory + "/taskrc", "HOME": directory, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    }

    /// In the child: a taskwarrior database in `directory` made of the issues of `store` (written in its own file
    /// format, as `task` writes it: open issues pending, the others completed; each with its title, raised date and
    /// due date); prints how many tasks it holds.
    static func write(store: String, directory: String) throws {
        let issues = try FileStore(directory: store).board.issues.rows
        let data = directory + "/data"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let rc = directory + "/taskrc"
        try "data.location=\(data)\nconfirmation=no\nverbose=nothing\ngc=off\nhooks=off\nnews.version=2.6.2\n".write(
            toFile: rc, atomically: true, encoding: .utf8)
        let chosen = issues.prefix(Taskwarrior.taskCount)
        var pending = "", completed = ""
        for (index, issue) in chosen.enumerated() {
            var fields = [
                ("description", issue.title), ("due", Taskwarrior.epoch(issue.due)), ("entry", Taskwarrior.epoch(issue.raisedOn)),
                ("status", issue.status.isOpen ? "pending" : "completed"), ("uuid", Taskwarrior.uuid(index)),
            ]
            if !issue.status.isOpen { fields.append(("end", Taskwarrior.epoch(issue.closedOn ?? issue.due))) }
            let line = "[" + fields.sorted { $0.0 < $1.0 }.map { "\($0.0):\"\(Taskwarrior.escaped($0.1))\"" }.joined(separator: " ") + "]\n"
            if issue.status.isOpen { pending += line } else { completed += line }
        }
        try pending.write(toFile: data + "/pending.data", atomically: true, encoding: .utf8)
        try completed.write(toFile: data + "/completed.data", atomically: true, encoding: .utf8)
        print(chosen.count)
    }

    /// `task +OVERDUE count`, as a whole process.
    func overdueCount() -> ChildProcess.Exit {
        ChildProcess.run(program, ["rc.gc=off", "+OVERDUE", "count"], environment: environment)
    }

    static func epoch(_ day: Day) -> String { String(day.ordinal * 86_400) }

    static func uuid(_ index: Int) -> String {
        let hex = String(format: "%032x", index + 1)
        let characters = Array(hex)
        func part(_ range: Range<Int>) -> String { String(characters[range]) }
        return [part(0..<8), part(8..<12), "4" + part(13..<16), "8" + part(17..<20), part(20..<32)].joined(separator: "-")
    }

    /// A value as taskwarrior 2.6 writes it inside quotes: JSON string escapes, then brackets as `&open;` `&close;`.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "[", with: "&open;").replacingOccurrences(of: "]", with: "&close;")
    }
}

/// This program, to start as a child that generates a store or writes taskwarrior's database.
enum BenchmarkProgram {
    static var path: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return length > 0 ? String(cString: buffer) : CommandLine.arguments[0]
    }
}
