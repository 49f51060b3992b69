import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// Every screen draws a board whose values sit at the ends of their ranges (issue 9 item 5: a progress of
/// 9223372036854775807 % trapped every colleague's board; the loader now refuses it, and what it accepts
/// must draw).
@MainActor
struct ExtremeBoardTests {
    @Test(arguments: [(80, 24), (120, 40), (200, 60), (20, 5)])
    func everyScreenDraws(_ width: Int, _ height: Int) {
        for today in [Day(2026, 11, 27)!, Limits.dates.lowerBound, Limits.dates.upperBound] {
            var h = Harness.on(InMemoryStore(board: ExtremeBoard.make()), login: "admin", width: width, height: height, today: today)
            for tab in "123456" {
                h.press(.character(tab))
                let grid = h.state.render()
                #expect(grid.width == width)
            }
            for id in ["P-001", "P-002", "I-0001", "I-0002"] {
                h.open(id)
                _ = h.state.render()
                h.press(.escape)
            }
        }
    }
}
