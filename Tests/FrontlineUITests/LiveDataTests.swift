import FrontlineCore
import Testing

@testable import FrontlineUI

/// When another session saves, the board updates in place and the cursor stays on its record.
struct LiveDataTests {
    @Test func theCursorStaysOnTheSameRecordWhenRowsMove() throws {
        var state = SampleState.make()
        state.press(.character("2"), .character("j"), .character("j"), .character("j"))
        let target = try #require(state.cursor.target)
        let indexBefore = state.cursor.index
        // A colleague's change moves a project above the cursor: a green project turns red.
        var board = SampleState.board
        var project = board.projects[id: "P-017"]!
        project.lightOverride = .red
        project.lightOverrideReason = "专项督查"
        board.projects.upsert(project)
        board.revision += 1
        #expect(state.handle(.dataChanged(board, journal: [], byOthers: true)).isEmpty, "new data asks for no effect")
        #expect(state.cursor.target == target)
        #expect(state.cursor.index == indexBefore + 1)
        #expect(state.changedByOthers == board.revision)
        #expect(state.render().row(0).contains("他人已更新"))
        state.press(.character("r"))
        #expect(state.changedByOthers == nil)
    }

    /// A failed look (the server gone) is said until a look succeeds again, without a key pressed; a notice put up
    /// since (a key's) is not taken down by it.
    @Test func aStoreFailureIsSaidUntilALookSucceeds() {
        var state = SampleState.make()
        #expect(state.handle(.storeFailed("连不上数据库 zone", looking: true)).isEmpty)
        #expect(state.render().text.contains("连不上数据库 zone"))
        _ = state.handle(.storeFailed("连不上数据库 zone", looking: true))
        _ = state.handle(.upToDate)
        #expect(state.notice == nil)
        #expect(!state.render().text.contains("连不上数据库"))

        _ = state.handle(.storeFailed("连不上数据库 zone", looking: true))
        state.notice = Notice(text: "别的提示", isError: false)
        var board = SampleState.board
        board.revision += 1
        _ = state.handle(.dataChanged(board, journal: [], byOthers: true))
        #expect(state.notice?.text == "别的提示")
        _ = state.handle(.storeFailed("连不上数据库 zone", looking: true))
        _ = state.handle(.dataChanged(board, journal: [], byOthers: false))
        #expect(state.notice == nil)

        _ = state.handle(.storeFailed("记不下已读", looking: false))
        _ = state.handle(.upToDate)
        #expect(state.notice?.text == "记不下已读", "a failure other than a look's stays until a key")
    }

    @Test func anOpenDetailShowsTheNewValues() {
        var state = SampleState.make()
        state.press(.character(":"))
        state.type("I-0073")
        state.press(.enter)
        var board = SampleState.board
        var issue = board.issues[id: "I-0073"]!
        issue.status = .pendingVerification
        board.issues.upsert(issue)
        board.revision += 1
        #expect(state.handle(.dataChanged(board, journal: [], byOthers: true)).isEmpty, "new data asks for no effect")
        #expect(state.screen == .detail(.issue("I-0073")))
        #expect(state.page.lines.contains { $0.search.contains("待核验") })
    }

    @Test func aDeletedRecordSaysSo() {
        var state = SampleState.make()
        state.press(.character(":"))
        state.type("I-0073")
        state.press(.enter)
        var board = SampleState.board
        board.issues.remove(id: "I-0073")
        board.revision += 1
        #expect(state.handle(.dataChanged(board, journal: [], byOthers: true)).isEmpty, "new data asks for no effect")
        #expect(state.page.lines.first?.search.contains("已不存在") == true)
    }
}
