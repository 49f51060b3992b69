import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The board in tmux when the process is told to end or crashes (issue 9, item 23), and while another
/// session holds the store's lock (item 22).
@Suite(.needs(.tmux))
struct BoardEndToEndExitTests {
    struct SignalCase: Sendable, CustomTestStringConvertible {
        let name: String
        let number: Int32
        var testDescription: String { name }
    }

    /// Stop signals quit through the loop; the others are crashes, restored from the signal handler.
    @Test(
        "the terminal is restored whatever ends the board",
        arguments: [
            SignalCase(name: "HUP", number: SIGHUP), SignalCase(name: "TERM", number: SIGTERM), SignalCase(name: "INT", number: SIGINT),
            SignalCase(name: "SEGV", number: SIGSEGV), SignalCase(name: "ILL", number: SIGILL), SignalCase(name: "ABRT", number: SIGABRT),
        ])
    func signalsLeaveTheTerminalAsItWas(_ signal: SignalCase) throws {
        let dir = TempDirectory("frontline-e2e-exit")
        let tmux = try TmuxSession("exec sh", home: dir.path, environment: ["PS1": "e2e$ "])
        defer { tmux.kill() }
        try wait(tmux, "the shell prompt") { lastRow($0) == "e2e$" }
        let pidFile = dir.at("pid")
        let board = ([Binary.frontline, "demo", "--lang", "zh"]).map(TmuxSession.shellQuoted).joined(separator: " ")
        tmux.sendText("stty -g > \(dir.at("before")); sh -c 'echo $$ > \(pidFile); exec \(board)'; echo \"exit=$?\"; stty -g > \(dir.at("after"))")
        tmux.sendKeys("Enter")
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        #expect(tmux.display("#{alternate_on}") == "1")
        let pid = try #require(Files.text(pidFile).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })

        kill(pid, signal.number)
        let shell = try wait(tmux, "the shell after SIG\(signal.name)") { $0.contains("exit=") && lastRow($0) == "e2e$" }
        #expect(shell.contains("exit=\(128 + signal.number)"), "the exit status tells the signal:\n\(shell)")
        #expect(tmux.display("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(tmux.display("#{cursor_flag}") == "1", "the cursor is visible again")
        #expect(!shell.contains("项目督导看板"), "the main screen is back:\n\(shell)")
        let before = Files.text(dir.at("before")), after = Files.text(dir.at("after"))
        #expect(before != nil && before == after, "the terminal modes are as before (stty -g):\n\(before ?? "")\n\(after ?? "")")
    }

    /// Item 22: while another session holds the lock the board keeps answering keys and says whom it waits for.
    @Test func aLockedStoreIsNamedAndTheBoardStaysResponsive() throws {
        let dir = TempDirectory("frontline-e2e-lock")
        let store = dir.at("store")
        let created = Binary.run(["init", store, "--sample"])
        try #require(created.code == 0, "\(created)")
        let command = ([Binary.frontline, "--data", store, "--lang", "zh", "--as-of", "2026-11-27"]).map(TmuxSession.shellQuoted).joined(
            separator: " ")
        let tmux = try TmuxSession("exec " + command, home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }

        // A colleague saves (the board will want to read it), then a session keeps the lock.
        let colleague = try FileStore(directory: store)
        try colleague.perform(
            .moveIssue(IssueMove(issue: "I-0067", action: .resolve, note: "已完成申报")), login: String(cString: getpwuid(getuid())!.pointee.pw_name),
            uid: Int(getuid()),
            today: Day(2026, 11, 27)!, now: Timestamp(iso: "2026-11-27T10:00:00+08:00")!)
        let fd = open(store + "/lock", O_RDWR)
        try #require(fd >= 0 && flock(fd, LOCK_EX) == 0)
        defer { close(fd) }
        let busy = try wait(tmux, "the busy notice") { $0.contains("存储被占用") }
        #expect(busy.contains("进程 \(getpid())"), "names the process holding the lock:\n\(busy)")
        tmux.sendKeys("2")
        try wait(tmux, "the project list while the lock is held", timeout: 2) { row($0, 2).hasPrefix(" 重点项目") }

        flock(fd, LOCK_UN)
        tmux.sendKeys("3")
        try wait(tmux, "the change once the lock is free") { screen in
            !screen.contains("存储被占用") && screen.split(separator: "\n").contains { $0.contains("I-0067") && $0.contains("待核验") }
        }
    }

    @discardableResult
    func wait(
        _ tmux: TmuxSession, _ what: String, timeout: Double = 5, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let screen = tmux.waitFor(what, timeout: timeout, condition)
        return try #require(screen, "\(tmux.timedOut(what, timeout: timeout))", sourceLocation: sourceLocation)
    }
}

private func row(_ screen: String, _ n: Int) -> String {
    let rows = screen.components(separatedBy: "\n")
    return rows.indices.contains(n) ? rows[n] : ""
}

private func lastRow(_ screen: String) -> String {
    screen.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
        .trimmingCharacters(in: .whitespaces) ?? ""
}
