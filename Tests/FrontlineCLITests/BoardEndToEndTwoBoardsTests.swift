import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Two officials with the board open on one store, each in their own tmux: a change by one shows on
/// the other within 2 s without moving its cursor; the same field edited by both gives the second a
/// conflict dialog; different fields both survive.
@Suite(.needs(.tmux))
struct BoardEndToEndTwoBoardsTests {
    static let asOf = "2026-11-27"

    /// A store from the sample and two boards on it, both on the issue list.
    func twoBoards(_ dir: TempDirectory) throws -> (store: String, a: TmuxSession, b: TmuxSession) {
        let store = dir.at("store")
        let created = Binary.run(["init", store, "--sample"])
        try #require(created.code == 0, "\(created)")
        let command = ([Binary.frontline, "--data", store, "--lang", "zh", "--as-of", Self.asOf]).map(TmuxSession.shellQuoted).joined(separator: " ")
        let a = try TmuxSession("exec " + command, home: dir.path)
        let b = try TmuxSession("exec " + command, home: dir.path)
        for board in [a, b] {
            try #require(board.waitFor("the dashboard", { $0.contains("项目 30 个") }) != nil, "\(board.timedOut("the dashboard"))")
        }
        return (store, a, b)
    }

    func open(_ board: TmuxSession, _ id: String) throws {
        board.sendKeys(":")
        board.sendText(id)
        board.sendKeys("Enter")
        try #require(board.waitFor("\(id) open", { Self.row($0, 2).hasPrefix(" \(id)") }) != nil, "\(board.timedOut("\(id) open"))")
    }

    static func row(_ screen: String, _ n: Int) -> String {
        let rows = screen.components(separatedBy: "\n")
        return rows.indices.contains(n) ? rows[n] : ""
    }

    /// The issue id on the highlighted (reverse video) row.
    func highlighted(_ board: TmuxSession) -> String? {
        let styled = StyledScreen(board.captureWithEscapes())
        guard let row = styled.reversedRows.first(where: { $0 >= 4 && $0 < styled.rows.count - 2 }) else { return nil }
        return styled.text(row).firstMatch(of: /I-\d{4}/).map { String($0.output) }
    }

    @Test func aMoveShowsOnTheOtherBoardWithItsCursorUnmoved() throws {
        let dir = TempDirectory("frontline-e2e2")
        let (_, a, b) = try twoBoards(dir)
        defer { a.kill(); b.kill() }
        // B sits on the issue list, three rows down: I-0081 in the 经发局 group.
        b.sendKeys("3", "j", "j")
        try #require(b.waitFor("B's cursor on I-0081", { _ in self.highlighted(b) == "I-0081" }) != nil, "\(b.timedOut("cursor"))")
        let shownBefore = try #require(b.lines().first { $0.contains("I-0067") })
        #expect(shownBefore.contains("办理中"))

        // A moves I-0067 to 待核验 (申请办结 with a note typed in Chinese).
        try open(a, "I-0067")
        a.sendKeys("m", "1")
        a.sendText("已协调财政局完成申报")
        a.sendKeys("Enter")
        try #require(a.waitFor("A saved", { $0.contains("已保存") }) != nil, "\(a.timedOut("A saved"))")
        let saved = Date()

        let seen = b.waitFor("I-0067 shown as 待核验 on B", timeout: 2) { screen in
            screen.components(separatedBy: "\n").contains { $0.contains("I-0067") && $0.contains("待核验") }
        }
        #expect(seen != nil, "\(b.timedOut("I-0067 on B", timeout: 2))")
        #expect(Date().timeIntervalSince(saved) < 2)
        #expect(highlighted(b) == "I-0081", "B's cursor stays on its record")
    }

    @Test func bothEditingTheSameFieldGivesTheSecondAConflict() throws {
        let dir = TempDirectory("frontline-e2e2")
        let (store, a, b) = try twoBoards(dir)
        defer { a.kill(); b.kill() }
        for board in [a, b] {
            try open(board, "I-0073")
            board.sendKeys("e", "C-u")
            try #require(board.waitFor("the edit form", { $0.contains("编辑 I-0073") }) != nil, "\(board.timedOut("form"))")
        }
        a.sendText("A 的标题")
        a.sendKeys("C-s")
        try #require(a.waitFor("A saved", { $0.contains("已保存") }) != nil, "\(a.timedOut("A saved"))")
        b.sendText("B 的标题")
        b.sendKeys("C-s")
        let dialog = b.waitFor("B's conflict dialog") { $0.contains("与他人的修改冲突") && $0.contains("A 的标题") && $0.contains("B 的标题") }
        #expect(dialog != nil, "\(b.timedOut("conflict"))")
        #expect(try FileStore(directory: store).board.issues[id: "I-0073"]?.title == "A 的标题", "nothing overwritten")
        b.sendKeys("m")
        #expect(b.waitFor("B kept theirs… mine", { $0.contains("已保存") }) != nil, "\(b.timedOut("B saved"))")
        #expect(try FileStore(directory: store).board.issues[id: "I-0073"]?.title == "B 的标题", "keep mine overwrites knowingly")
    }

    @Test func differentFieldsBothSurvive() throws {
        let dir = TempDirectory("frontline-e2e2")
        let (store, a, b) = try twoBoards(dir)
        defer { a.kill(); b.kill() }
        for board in [a, b] {
            try open(board, "I-0073")
            board.sendKeys("e")
            try #require(board.waitFor("the edit form", { $0.contains("编辑 I-0073") }) != nil, "\(board.timedOut("form"))")
        }
        a.sendKeys("C-u")
        a.sendText("A 的标题")
        a.sendKeys("C-s")
        try #require(a.waitFor("A saved", { $0.contains("已保存") }) != nil, "\(a.timedOut("A saved"))")
        b.sendKeys("Tab", "C-u")
        b.sendText("B 补充的描述")
        b.sendKeys("C-s")
        try #require(b.waitFor("B saved", { $0.contains("已保存") }) != nil, "\(b.timedOut("B saved"))")
        let issue = try #require(try FileStore(directory: store).board.issues[id: "I-0073"])
        #expect(issue.title == "A 的标题")
        #expect(issue.description == "B 补充的描述")
    }
}
