import Foundation
import FrontlineBench
import FrontlineCore
import FrontlineProcess
import FrontlineStore
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#endif

// frontline-bench: measures every performance target (docs/benchmarks.md) on generated R and S stores.
//
//   swift build -c release && swift run --package-path Benchmarks -c release frontline-bench [--sizes R,S] [--runs N] [--keep DIR]
//
// It drives the release `frontline` of the package above (or --frontline PATH).
// It prints a Markdown table (min / median / max of N runs) to paste into docs/benchmarks.md.
// Not a test: nothing here fails a build.

let arguments = CommandLine.arguments
// What a child of the benchmark does (see `Taskwarrior`: a child's peak memory counts its parent's, so the
// benchmark itself never generates or loads a store before it times other programs).
if arguments.count == 4, arguments[1] == "--write-taskwarrior" {
    try Taskwarrior.write(store: arguments[2], directory: arguments[3])
    exit(0)
}
if arguments.count == 5, arguments[1] == "--generate" {
    try StoreGenerator.write(
        size: arguments[2] == "S" ? .s : .r, seed: 2026, asOf: Day(iso: "2026-11-27")!, to: arguments[3], benchLogin: arguments[4])
    exit(0)
}
@MainActor func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let sizes = (option("--sizes") ?? "R,S").split(separator: ",").map(String.init)
let runs = option("--runs").flatMap(Int.init) ?? 7
let asOf = Day(2026, 11, 27)!
/// The Frontline package: Benchmarks/ sits in it.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let frontline = option("--frontline") ?? packageRoot + "/.build/release/frontline"
let login = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? "#\(getuid())"
let workspace = option("--keep") ?? TempDirectoryPath.make()
let tmuxEnvironment = ["PATH": "/usr/bin:/bin", "HOME": workspace, "TMPDIR": workspace, "LANG": "C.UTF-8", "TERM": "xterm-256color"]

@MainActor func log(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct Row {
    var metric: String
    var r: String = "—"
    var s: String = "—"
}
var rows: [String: Row] = [:]
var order: [String] = []
@MainActor func record(_ metric: String, _ size: String, _ value: String) {
    if rows[metric] == nil { rows[metric] = Row(metric: metric); order.append(metric) }
    if size == "R" { rows[metric]!.r = value } else { rows[metric]!.s = value }
}

for size in sizes {
    let directory = workspace + "/store-" + size
    if !FileManager.default.fileExists(atPath: directory + "/board.json") {
        let generated = ChildProcess.run(BenchmarkProgram.path, ["--generate", size, directory, login], environment: ["PATH": "/usr/bin:/bin"])
        guard generated.status == 0 else { fatalError("generating \(size): \(generated)") }
        log("\(size): generated in \(format(generated.milliseconds, 0)) ms")
    }
    let snapshotMB = Double((try? FileManager.default.attributesOfItem(atPath: directory + "/board.json")[.size] as? Int) ?? 0) / 1_048_576
    log("\(size): board.json \(format(snapshotMB, 1)) MB")
    try Measurements(size: size, directory: directory, runs: runs).all()
}

print("| metric | R | S |")
print("|---|---|---|")
for metric in order { print("| \(metric) | \(rows[metric]!.r) | \(rows[metric]!.s) |") }

/// A fresh directory under /tmp that stays (the stores are big; delete it yourself, or pass --keep).
enum TempDirectoryPath {
    static func make() -> String {
        var template = Array("/tmp/frontline-bench-XXXXXX".utf8CString)
        return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }
}

@MainActor
struct Measurements {
    let size: String
    let directory: String
    let runs: Int

    /// Every group, or only those named by `--only` (e.g. `--only saves,inProcess`).
    func all() throws {
        let only = option("--only").map { Set($0.split(separator: ",").map(String.init)) }
        func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }
        if wanted("cache") { firstCommandWithoutCache() }
        // Every other figure is of a store whose cache is made, as it is from its second command on.
        let warm = ChildProcess.run(
            frontline, ["issues", "--format", "json", "--data", directory], environment: ["LANG": "C.UTF-8", "HOME": workspace], output: .discard)
        if warm.status != 0 { log("warming the cache failed: \(warm)") }
        if wanted("firstScreen") { try firstScreen() }
        if wanted("wholeProcess") { try wholeProcessOverdue() }
        if wanted("brief") { wholeProcessBrief() }
        if wanted("verify") { wholeProcessVerify() }
        if wanted("inProcess") { try inProcess() }
        if wanted("saves") { try saves() }
        if wanted("live") { try otherSessionSees() }
        if wanted("bytes") { try bytesPerMove() }
    }

    var board: [String] { [frontline, "--data", directory, "--as-of", asOf.iso, "--lang", "zh"] }

    /// Launch to the first complete screen: measured by the program (FRONTLINE_TIMING) and from outside
    /// (tmux, polling capture-pane until the footer is drawn).
    func firstScreen() throws {
        var inside: [Double] = [], outside: [Double] = [], peak: [Double] = []
        for run in 0..<runs {
            let timing = "\(workspace)/timing-\(size)-\(run)"
            let t0 = Clock.nanoseconds()
            let command = (["exec"] + board.map(BenchTerminal.quoted)).joined(separator: " ")
            let tmux = try BenchTerminal(
                command, width: 120, height: 40,
                environment: tmuxEnvironment.merging(["FRONTLINE_TIMING": timing, "FRONTLINE_TIMING_T0": String(t0)]) { $1 })
            let seen = tmux.waitFor(timeout: 30) { $0.contains("q 退出") && $0.contains("总览") }
            let elapsed = Double(Clock.nanoseconds() - t0) / 1_000_000
            tmux.sendKeys("q")
            tmux.kill()
            if seen != nil { outside.append(elapsed) }
            if let text = try? String(contentsOfFile: timing, encoding: .utf8) {
                for part in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                    if part.hasPrefix("firstScreenMs=") { inside.append(Double(part.dropFirst(14)) ?? .nan) }
                    if part.hasPrefix("peakKB=") { peak.append((Double(part.dropFirst(7)) ?? .nan) / 1024) }
                }
            }
        }
        record("launch to first complete screen, ms (measured by the board)", size, Stats(inside).text())
        record("launch to first complete screen, ms (from outside, tmux)", size, Stats(outside).text())
        record("peak memory of the board at its first screen, MB", size, Stats(peak).text())
    }

    /// The first command after a new snapshot (a compaction, an import, a store just made or copied): no cache
    /// yet, so it reads the JSON and then writes `board.cache` (docs/store-format.md, "The cache").
    func firstCommandWithoutCache() {
        var times: [Double] = [], peak: [Double] = []
        for _ in 0..<runs {
            try? FileManager.default.removeItem(atPath: directory + "/board.cache")
            let run = ChildProcess.run(
                frontline, ["issues", "--overdue", "--format", "json", "--data", directory, "--as-of", asOf.iso],
                environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": workspace], output: .discard)
            if run.status != 0 { log("issues --overdue without a cache failed: \(run)") }
            times.append(run.milliseconds)
            peak.append(Double(run.peakKilobytes) / 1024)
        }
        record("`issues --overdue --format json` with no cache yet (reads the JSON, writes the cache), ms", size, Stats(times).text())
        record("peak memory of that first command, MB", size, Stats(peak).text())
    }

    /// `frontline issues --overdue --format json` as a whole process; beside it, in turns, taskwarrior's
    /// `task +OVERDUE count` over the store's issues as tasks (`Taskwarrior`), and the ratio of their medians.
    func wholeProcessOverdue() throws {
        var times: [Double] = [], peak: [Double] = [], task: [Double] = [], taskPeak: [Double] = []
        let taskwarrior = try Taskwarrior.program().map { program in
            try Taskwarrior(program: program, store: directory, directory: workspace + "/taskwarrior-" + size)
        }
        if let taskwarrior {
            _ = taskwarrior.overdueCount()
        } else {
            log("taskwarrior is not installed (apt-get install taskwarrior, as root): no comparison")
        }
        for _ in 0..<runs {
            let run = ChildProcess.run(
                frontline, ["issues", "--overdue", "--format", "json", "--data", directory, "--as-of", asOf.iso],
                environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": workspace], output: .discard)
            times.append(run.milliseconds)
            peak.append(Double(run.peakKilobytes) / 1024)
            if let counted = taskwarrior?.overdueCount() {
                if counted.status != 0 { log("task +OVERDUE count failed: \(counted)") }
                task.append(counted.milliseconds)
                taskPeak.append(Double(counted.peakKilobytes) / 1024)
            }
        }
        record("`issues --overdue --format json`, whole process, ms", size, Stats(times).text())
        record("peak memory of `issues --overdue`, MB", size, Stats(peak).text())
        guard let taskwarrior else { return }
        record("taskwarrior `task +OVERDUE count`, whole process, ms (tasks)", size, Stats(task).text() + " (\(taskwarrior.tasks))")
        record("peak memory of `task +OVERDUE count`, MB", size, Stats(taskPeak).text())
        record("`issues --overdue` ÷ `task +OVERDUE count`, medians", size, format(Stats(times).median / Stats(task).median, 2))
    }

    /// `frontline brief --quiet-if-empty` as a whole process, the way a login profile runs it: no `--as-of`, so it
    /// reads and writes the account's state file (under `$XDG_STATE_HOME`); and `brief --format json --as-of`, which
    /// only looks. The benchmark's account is the generator's extra 管理员 of 绩效考核办公室.
    func wholeProcessBrief() {
        var login: [Double] = [], json: [Double] = [], peak: [Double] = []
        let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": workspace, "XDG_STATE_HOME": workspace + "/state"]
        for _ in 0..<runs {
            let run = ChildProcess.run(frontline, ["brief", "--quiet-if-empty", "--data", directory], environment: environment, output: .discard)
            if run.status != 0 { log("brief failed: \(run)") }
            login.append(run.milliseconds)
            peak.append(Double(run.peakKilobytes) / 1024)
            json.append(
                ChildProcess.run(
                    frontline, ["brief", "--format", "json", "--data", directory, "--as-of", asOf.iso],
                    environment: environment, output: .discard
                ).milliseconds)
        }
        record("`brief --quiet-if-empty` (login profile: state read and written), whole process, ms", size, Stats(login).text())
        record("`brief --format json --as-of`, whole process, ms", size, Stats(json).text())
        record("peak memory of `brief`, MB", size, Stats(peak).text())
    }

    /// `frontline check` and `log --verify` as whole processes: each loads the store, proves it from its history
    /// (replaying every journal line from the first snapshot, whose SHA-256 the chain starts from) and exits.
    func wholeProcessVerify() {
        var check: [Double] = [], verify: [Double] = [], peak: [Double] = []
        let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": workspace]
        for _ in 0..<runs {
            let checked = ChildProcess.run(
                frontline, ["check", "--data", directory, "--as-of", asOf.iso], environment: environment, output: .discard)
            if checked.status != 0 { log("check failed: \(checked)") }
            check.append(checked.milliseconds)
            peak.append(Double(checked.peakKilobytes) / 1024)
            let verified = ChildProcess.run(
                frontline, ["log", "--verify", "--data", directory, "--as-of", asOf.iso], environment: environment, output: .discard)
            if verified.status != 0 { log("log --verify failed: \(verified)") }
            verify.append(verified.milliseconds)
        }
        record("`check`, whole process, ms", size, Stats(check).text())
        record("`log --verify`, whole process, ms", size, Stats(verify).text())
        record("peak memory of `check`, MB", size, Stats(peak).text())
    }

    /// In the benchmark's own process: a frame after a key, and the live filter per typed character.
    func inProcess() throws {
        var loads: [Double] = [], builds: [Double] = []
        var store: FileStore?
        for _ in 0..<3 {
            loads.append(try Clock.milliseconds { store = try FileStore(directory: directory) })
        }
        var state: AppState?
        for _ in 0..<3 {
            builds.append(
                Clock.milliseconds {
                    state = AppState(
                        board: store!.board, today: asOf, lang: .zh, theme: Theme(color: true, ascii: false),
                        storeLabel: "bench", login: login, width: 120, height: 40)
                    _ = state!.render()
                })
        }
        record("(in process) load snapshot + journal, ms", size, Stats(loads).text())
        record("(in process) derive every light + first render, ms", size, Stats(builds).text())

        var frames: [Double] = []
        var app = state!
        _ = app.handle(.key(.character("2")))
        for i in 0..<200 {
            frames.append(
                Clock.milliseconds {
                    _ = app.handle(.key(i % 40 < 20 ? .down : .up))
                    _ = app.render()
                })
        }
        record("render one frame after a key (project list), ms", size, Stats(frames).text(2))

        var filter: [Double] = []
        for term in ["施工", "审批手续", "街道", "绿植迁移"] {
            var typing = state!
            _ = typing.handle(.key(.character("3")))
            _ = typing.handle(.key(.character("/")))
            for character in term {
                filter.append(
                    Clock.milliseconds {
                        _ = typing.handle(.key(.character(character)))
                        _ = typing.render()
                    })
            }
        }
        record("live filter, per typed character (issue list), ms", size, Stats(filter).text(2))
    }

    /// One change saved durably (one write + fsync), on a copy of the store.
    func saves() throws {
        let copy = workspace + "/save-" + size
        _ = ChildProcess.run("/bin/rm", ["-rf", copy], environment: [:], output: .discard)
        _ = ChildProcess.run("/bin/cp", ["-a", directory, copy], environment: [:], output: .discard)
        let store = try FileStore(directory: copy)
        let project = store.board.projects.rows[store.board.projects.count / 2].id
        var times: [Double] = []
        for i in 0..<200 {
            let now = Timestamp(seconds: 1_795_000_000 + Int64(i), utcOffset: 28_800)
            times.append(
                try Clock.milliseconds {
                    try store.perform(
                        .logVisit(VisitDraft(project: project, date: asOf, note: "基准测试走访 \(i)")),
                        login: login, uid: Int(getuid()), today: asOf, now: now)
                })
        }
        let stats = Stats(times)
        record("save one change, durable, ms (median / p99)", size, "\(format(stats.median, 2)) / \(format(stats.p99, 2))")
    }

    /// A change made by another process appears on an open board: from the command's exit to the screen.
    func otherSessionSees() throws {
        let copy = workspace + "/live-" + size
        _ = ChildProcess.run("/bin/rm", ["-rf", copy], environment: [:], output: .discard)
        _ = ChildProcess.run("/bin/cp", ["-a", directory, copy], environment: [:], output: .discard)
        let store = try FileStore(directory: copy)
        let project = store.board.projects.rows.first!
        let command = (["exec", frontline, "--data", copy, "--as-of", asOf.iso, "--lang", "zh"]).map(BenchTerminal.quoted).joined(separator: " ")
        let tmux = try BenchTerminal(command, width: 120, height: 40, environment: tmuxEnvironment)
        defer { tmux.kill() }
        _ = tmux.waitFor(timeout: 30) { $0.contains("q 退出") }
        tmux.sendKeys(":")
        tmux.sendText(project.id)
        tmux.sendKeys("Enter")
        _ = tmux.waitFor(timeout: 10) { $0.contains(project.id) && $0.contains("形象进度") }
        var seen: [Double] = []
        for i in 0..<min(runs, 5) {
            let pct = 10 + i * 7
            let result = ChildProcess.run(
                frontline, ["progress", project.id, "--pct", "\(pct)", "--note", "基准", "--data", copy, "--as-of", asOf.iso],
                environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": workspace], output: .discard)
            guard result.status == 0 else { continue }
            let start = Clock.nanoseconds()
            if tmux.waitFor(timeout: 5, { $0.contains("\(pct)%") }) != nil {
                seen.append(Double(Clock.nanoseconds() - start) / 1_000_000)
            }
        }
        record("another session sees the change, ms", size, Stats(seen).text(0))
    }

    /// Bytes sent to the terminal for one cursor move on the project list (tmux pipe-pane).
    func bytesPerMove() throws {
        let file = "\(workspace)/bytes-\(size)"
        _ = ChildProcess.run("/bin/rm", ["-f", file], environment: [:], output: .discard)
        let command = "sleep 0.2; exec " + board.map(BenchTerminal.quoted).joined(separator: " ")
        let tmux = try BenchTerminal(command, width: 120, height: 40, environment: tmuxEnvironment)
        defer { tmux.kill() }
        tmux.pipeOutput(to: file)
        _ = tmux.waitFor(timeout: 30) { $0.contains("q 退出") }
        tmux.sendKeys("2")
        _ = tmux.waitFor(timeout: 10) { $0.contains("重点项目") }
        var bytes: [Double] = []
        for i in 0..<10 {
            let before = fileSize(file)
            let target = i % 2 == 0 ? "j" : "k"
            let screen = tmux.capture(escapes: true)
            tmux.sendKeys(target)
            _ = tmux.waitFor(timeout: 5, escapes: true) { $0 != screen }
            var after = fileSize(file)
            // pipe-pane writes asynchronously: wait until the file stops growing.
            for _ in 0..<50 {
                usleep(10_000)
                let now = fileSize(file)
                if now == after { break }
                after = now
            }
            bytes.append(Double(after - before))
        }
        record("bytes sent to the terminal for one cursor move", size, Stats(bytes).text(0))
    }

    func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
