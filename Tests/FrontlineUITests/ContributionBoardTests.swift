import FrontlineCore
import Testing

@testable import FrontlineUI

/// Issue 16, item 4: the 报表 screen lists what each person did this year; Enter on a person lists the records behind
/// their figures, and Enter on a record opens it.
@MainActor
struct ContributionBoardTests {
    @Test func enterOnAPersonListsTheRecordsAndEnterOnARecordOpensIt() throws {
        var state = SampleState.make(width: 80, height: 24)
        state.press(.character("6"))
        let row = try #require(state.page.lines.first { $0.target == .person("M-027") })
        #expect(row.search.contains("董晓宇") && row.search.contains("新城街道"), "\(row.search)")
        for _ in state.page.lines.indices where state.cursor.target != .person("M-027") { state.press(.character("j")) }
        state.press(.enter)
        #expect(state.screen == .detail(.contribution("M-027")))
        let text = state.page.lines.map { $0.cells.map(\.text).joined() }
        #expect(text.contains("B角代岗 5 天"))
        #expect(text.contains("办结问题 1 件，其中按时 1 件"))
        Snapshot.check(state.render(), "contribution-M-027-80x24")
        for _ in state.page.lines.indices where state.cursor.target?.kind != .duty { state.press(.character("j")) }
        let duty = try #require(state.cursor.target)
        #expect(duty.kind == .duty)
        state.press(.enter)
        #expect(state.screen == .detail(.duty(duty.id)))
        state.press(.escape)
        #expect(state.screen == .detail(.contribution("M-027")))
    }

    @Test func englishReadsInEnglish() {
        var state = SampleState.make(width: 120, height: 40, lang: .en)
        state.press(.character("6"))
        #expect(state.page.lines.contains { $0.search.contains("contribution (2026-01-01 to 2026-11-27)") })
    }
}
