import FrontlineCore
import Testing

@testable import FrontlineUI

/// Issue 11: Enter on a unit's score on the 报表 screen opens the same explanation as
/// `frontline rank --explain`, and Enter on a record there opens the record.
@MainActor
struct ScoreExplanationBoardTests {
    /// The 报表 screen with the cursor on 经发局's line of the ranking.
    static func onTheScoreOf(_ unit: String, width: Int = 80, height: Int = 24, today: Day? = nil) -> AppState {
        var state = SampleState.make(width: width, height: height)
        if let today {
            state.press(.character(":"))
            state.type("asof \(today.iso)")
            state.press(.enter)
        }
        state.press(.character("6"))
        // Down to the unit's line (the cursor steps over headings and lines without a record).
        for _ in state.page.lines.indices where state.cursor.target != .unit(unit) { state.press(.character("j")) }
        return state
    }

    @Test func enterOnAScoreExplainsIt() throws {
        var state = Self.onTheScoreOf("U-03")
        #expect(state.cursor.target == .unit("U-03"))
        state.press(.enter)
        #expect(state.screen == .detail(.score("U-03")))
        let text = state.page.lines.map { $0.cells.map(\.text).joined() }
        let explanation = try #require(state.data.asOfIndex.scoreExplanation(ofUnit: "U-03", today: SampleState.today, lang: .zh))
        #expect(text.first == explanation.heading(.zh))
        for part in explanation.parts {
            #expect(text.contains("\(part.title)：\(part.points)"), "\(part.title)")
            for line in part.lines { #expect(text.contains { $0.hasPrefix("    " + line.text.prefix(12)) }, "\(line.text)") }
        }
        Snapshot.check(state.render(), "score-U-03-80x24")
        // Enter on a record behind the score opens it; Esc comes back.
        #expect(state.page.lines.contains { $0.target == .issue("I-0010") })
        for _ in state.page.lines.indices where state.cursor.target != .issue("I-0010") { state.press(.character("j")) }
        state.press(.enter)
        #expect(state.screen == .detail(.issue("I-0010")))
        state.press(.escape)
        #expect(state.screen == .detail(.score("U-03")))
    }

    @Test func aPastDayIsExplainedAsItStoodThen() throws {
        var state = Self.onTheScoreOf("U-03", today: Day(2026, 11, 15)!)
        state.press(.enter)
        let text = state.page.lines.map { $0.cells.map(\.text).joined() }.joined(separator: "\n")
        #expect(text.contains("截至 2026-11-15"))
        #expect(text.contains("已销号 12 个，其中销号日不晚于原定办结时限的 8 个"), "as `rank --period 2026-11-1 --explain 经发局` says")
    }
}

/// `:asof` on the board: lists and details show the lights of that day, as `--as-of` does.
@MainActor
struct AsOfBoardTests {
    @Test func aClosedIssueIsOpenOnTheDaysBeforeItsClosure() {
        // I-0010 was closed on 2026-05-21; on 2026-05-01 it was in progress, extended to 2026-06-03.
        var state = SampleState.make()
        state.press(.character(":"))
        state.type("asof 2026-05-01")
        state.press(.enter)
        #expect(state.data.issueRows.contains { $0.issue.id == "I-0010" && $0.issue.status == .inProgress })
        state.press(.character(":"))
        state.type("I-0010")
        state.press(.enter)
        let first = state.page.lines.first.map { $0.cells.map(\.text).joined() } ?? ""
        #expect(first.contains("剩余 33 天"), "\(first)")
    }
}
