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
