import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

/// The board in tmux while its server goes away and comes back: the board says so, keeps the form whose save
/// failed, saves it on a retry once the server is back, and is told of colleagues' saves again, with no restart of
/// the board. A suite of its own: it stops its cluster.
@Suite(.needs(.postgres), .needs(.tmux), .privateCluster, .serialized)
struct PostgresBoardFaultTests {
    @Test func theServerGoneIsSaidTheFormKeptAndTheBoardBackByItself() throws {
        let fixture = try PostgresFixture()
        let uri = fixture.address.text
        let created = Binary.run(["init", uri, "--sample"])
        try #require(created.code == 0, "\(created)")
        let dir = TempDirectory("frontline-pg-fault")
        let command = [Binary.frontline, "--data", uri, "--lang", "zh", "--as-of", "2026-11-27"].map(TmuxSession.shellQuoted)
            .joined(separator: " ")
        let board = try TmuxSession("exec " + command, home: dir.path)
        defer { board.kill() }
        try #require(board.waitFor("the dashboard", { $0.contains("项目 30 个") }) != nil, "\(board.timedOut("the dashboard"))")
        board.sendKeys(":")
        board.sendText("I-0067")
        board.sendKeys("Enter")
        try #require(board.waitFor("I-0067 open", { $0.contains("I-0067") }) != nil, "\(board.timedOut("I-0067"))")

        // Gone while the board waits: its next look says so, without a key pressed.
        try fixture.cluster.stopServer()
        #expect(board.waitFor("unreachable said", { $0.contains("连不上数据库") }) != nil, "\(board.timedOut("unreachable"))")
        // Back: the board's next look connects again and takes the notice down, still without a key.
        try fixture.cluster.startAgain()
        #expect(board.waitFor("the notice gone", { !$0.contains("连不上数据库") }) != nil, "\(board.timedOut("notice gone"))")
        try fixture.cluster.stopServer()
        #expect(board.waitFor("unreachable said again", { $0.contains("连不上数据库") }) != nil, "\(board.timedOut("unreachable again"))")

        // A save while it is gone fails, says so, and keeps what was typed.
        board.sendKeys("e", "C-u")
        try #require(board.waitFor("the edit form", { $0.contains("编辑 I-0067") }) != nil, "\(board.timedOut("form"))")
        board.sendText("断线时填写的标题")
        board.sendKeys("C-s")
        #expect(board.waitFor("the save failed", { $0.contains("保存失败") && $0.contains("连不上数据库") }) != nil, "\(board.timedOut("failed"))")
        #expect(Binary.run(["log", "--data", uri]).code != 0, "the server is gone indeed")

        // Back: the retry saves what was typed, on a connection made again by itself.
        try fixture.cluster.startAgain()
        board.sendKeys("Enter")
        #expect(board.waitFor("saved on the retry", { $0.contains("已保存") && $0.contains("断线时填写的标题") }) != nil, "\(board.timedOut("retry"))")
        #expect(try fixture.journalCount() == 1)

        // And told again: a colleague's save shows without a key pressed.
        let edited = Binary.run(["edit", "I-0067", "title=恢复后同事改的标题", "--data", uri])
        try #require(edited.code == 0, "\(edited)")
        let saved = Date()
        #expect(board.waitFor("the colleague's title", timeout: 2) { $0.contains("恢复后同事改的标题") } != nil, "\(board.timedOut("told", timeout: 2))")
        print("PostgresBoardFaultTests: after the server came back, a colleague's save shown in \(Int(Date().timeIntervalSince(saved) * 1000)) ms")
    }
}
