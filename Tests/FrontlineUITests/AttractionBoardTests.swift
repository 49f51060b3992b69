import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 招商 on the board (issue 16, item 2): the 招商 tab (8) on the sample (2026-11-27): October's results as published on
/// 11-06, SQ-01 and the leads furthest along first; `s` orders them by unit; Enter opens a lead, and from the landed one
/// its project, whose page names the lead.
@MainActor
struct AttractionBoardTests {
    @Test("8 shows October's published results, the squad and the leads by stage (snapshot); s orders them by unit")
    func tab() throws {
        var state = SampleState.make(width: 100, height: 40)
        state.press(.character("8"))
        #expect(state.screen == .tab(.attraction))
        let grid = state.render()
        #expect(grid.row(1).contains(" 8 招商 "), "the tab bar: \(grid.row(1))")
        #expect(grid.text.contains("该月成绩已于 2026-11-06 发布并冻结。"), "\(grid.text)")
        let stages = state.page.lines.compactMap { line in
            line.cells.first.flatMap { $0.text.hasPrefix("ZS-") ? line.cells[1].text.trimmingSpaces : nil }
        }
        #expect(stages == ["落地"] + Array(repeating: "签约", count: 7) + ["洽谈", "洽谈", "线索"], "\(stages)")
        Snapshot.check(grid, "tab8-attraction-100x40")
        state.press(.character("s"))
        let units = state.page.lines.compactMap { line in
            line.cells.first.flatMap { $0.text.hasPrefix("ZS-") ? line.cells[3].text.trimmingSpaces : nil }
        }
        #expect(units.first == "经发局" && units.last == "生物医药园", "\(units)")
    }

    @Test("Enter on a lead opens it (snapshot); Enter on its project opens the project, whose page names the lead; e edits that project")
    func leadDetailAndItsProject() throws {
        var state = SampleState.make(width: 100, height: 30)
        state.press(.character("8"))
        while state.cursor.target != .lead("ZS-001") { state.press(.down) }
        #expect(state.context.project?.id == "P-012", "the editing keys act on the landed lead's project")
        state.press(.enter)
        #expect(state.screen == .detail(.lead("ZS-001")))
        let text = state.page.lines.map(\.search)
        #expect(text.contains { $0.contains("线索 2025-09-10 · 洽谈 2025-10-22 · 签约 2025-12-16 · 落地 2026-10-20") }, "\(text)")
        #expect(text.contains { $0.contains("韩立群") && $0.contains("邱敏") }, "\(text)")
        Snapshot.check(state.render(), "lead-detail-ZS-001-100x30")
        while state.cursor.target != .project("P-012") { state.press(.down) }
        state.press(.enter)
        #expect(state.screen == .detail(.project("P-012")))
        #expect(
            state.page.lines.contains { $0.search.contains("zs-001") && $0.search.contains("2026-10-20 落地") }, "\(state.page.lines.map(\.search))")
    }

    @Test(":ZS-011 opens a lead that has not landed; the editing keys have no project there")
    func leadByItsId() {
        var state = SampleState.make(width: 100, height: 30)
        state.press(.character(":"))
        state.type("ZS-011")
        state.press(.enter)
        #expect(state.screen == .detail(.lead("ZS-011")))
        #expect(state.page.title == "ZS-011 钠离子电池储能系统集成项目")
        #expect(state.context.project == nil)
    }
}
