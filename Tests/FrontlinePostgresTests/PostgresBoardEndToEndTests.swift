import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The board in tmux on a store in PostgreSQL: a colleague's change, saved by another process with the command
/// line, shows on the open board as the server tells it (LISTEN/NOTIFY). A board that missed the notification would
/// look again only after `BoardLoop.signalledPollMilliseconds` (30 s), far past this test's deadline. While it waits
/// on the server's socket, a resize and a stop signal are still answered at once.
@Suite(.needs(.postgres), .needs(.tmux), .privateCluster)
struct PostgresBoardEndToEndTests {
    @Test func aChangeSavedByAnotherProcessShowsOnTheOpenBoardAtOnce() throws {
        let fixture = try PostgresFixture()
        let uri = fixture.address.text
        let created = Binary.run(["init", uri, "--sample"])
        try #require(created.code == 0, "\(created)")
        let dir = TempDirectory("frontline-pg-e2e")
        let command = [Binary.frontline, "--data", uri, "--lang", "zh", "--as-of", "2026-11-27"].map(TmuxSession.shellQuoted)
            .joined(separator: " ")
        let pidFile = dir.at("pid")
        let board = try TmuxSession("echo $$ > \(TmuxSession.shellQuoted(pidFile)); exec " + command, home: dir.path)
        defer { board.kill() }
        try #require(board.waitFor("the dashboard", { $0.contains("项目 30 个") }) != nil, "\(board.timedOut("the dashboard"))")
        board.sendKeys(":")
        board.sendText("I-0067")
        board.sendKeys("Enter")
        try #require(board.waitFor("I-0067 open", { $0.contains("I-0067") && !$0.contains("实时推送") }) != nil, "\(board.timedOut("I-0067"))")

        var delays: [Double] = []
        for n in 1...3 {
            let title = "实时推送第\(n)次"
            let edited = Binary.run(["edit", "I-0067", "title=\(title)", "--data", uri])
            try #require(edited.code == 0, "\(edited)")
            let saved = Date()
            let seen = board.waitFor("\(title) on the board", timeout: 2) { $0.contains(title) }
            #expect(seen != nil, "\(board.timedOut(title, timeout: 2))")
            delays.append(Date().timeIntervalSince(saved))
        }
        // What is measured includes tmux: a capture every 20 ms, and two identical ones in a row.
        print("PostgresBoardEndToEndTests: the CLI's save → shown on the board (tmux captures included): \(delays.map { Int($0 * 1000) }) ms")

        board.resize(width: 40, height: 10)
        #expect(board.waitFor("the too-small notice", timeout: 2) { $0.contains("窗口太小") } != nil, "\(board.timedOut("resize", timeout: 2))")
        let pid = try #require(Files.text(pidFile).flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        kill(pid, SIGTERM)
        #expect(TmuxSession.poll(timeout: 2) { board.paneDead }, "SIGTERM ends the board while it waits on the server's socket")
    }
}
