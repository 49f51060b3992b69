import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 通报 on the board (issue 16, item 5): a unit's page (Enter on its line of the ranking on 报表) shows the 通报 the 绩考办
/// issued about it, newest first, under its rank; a unit without any shows no such part.
@MainActor
struct BulletinBoardTests {
    static func openUnit(_ unit: String, lang: Lang = .zh) -> AppState {
        var state = SampleState.make(width: 100, height: 40, lang: lang)
        state.press(.character("6"))
        var presses = 0
        while state.cursor.target != .unit(unit) && presses < 400 {
            state.press(.down)
            presses += 1
        }
        state.press(.enter)
        return state
    }

    @Test("北海街道's page names its 批评 of 11-18 for October; 投促局's its 表扬; 经发局's has none")
    func unitPages() throws {
        let beihai = Self.openUnit("U-07")
        #expect(beihai.screen == .detail(.score("U-07")))
        let lines = beihai.page.lines.map(\.search)
        let heading = try #require(lines.firstIndex { $0.contains("通报（1 则）") }, "\(lines)")
        #expect(lines[heading + 1].contains("2026-11-18 批评（2026年10月）：10月招商引资计划6666.67万元"), "\(lines)")
        let total = try #require(lines.firstIndex { $0.contains("序时进度") })
        #expect(heading < total, "the 通报 come before the parts of the score")
        let english = Self.openUnit("U-04", lang: .en)
        #expect(
            english.page.lines.map(\.search).contains { $0.contains("2026-11-18 praise (2026-10): 10月签约到位投资3.20亿元") },
            "\(english.page.lines.map(\.search))")
        #expect(!Self.openUnit("U-03").page.lines.contains { $0.search.contains("通报") })
    }
}
