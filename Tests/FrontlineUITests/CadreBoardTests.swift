import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
@testable import FrontlineUI
import Testing

/// The 帮包干部's weekly visits on the board (issue 13, item 5): a section of the project detail, one line per cadre
/// with this week and the last week over (yellow when it was missed), and a section of 我的 for a cadre. On the
/// sample (Friday 2026-11-27), 夏天 missed P-005 in the week of 11-16; 秦凯 (qinkai) has not yet gone to P-011 this week.
@MainActor
struct CadreBoardTests {
    @Test("the project detail lists its cadres with this week and last week; a miss is yellow")
    func projectDetail() throws {
        var h = Harness.sample(width: 100, height: 40)
        h.open("P-005")
        let lines = h.state.page.lines
        let heading = try #require(lines.firstIndex { $0.isHeading && $0.search.contains("帮包干部每周走访（2 人）") }, "\(h.screen)")
        let qiu = lines[heading + 1], xia = lines[heading + 2]
        #expect(qiu.search.contains("邱敏") && qiu.search.contains("本周 待走访") && qiu.search.contains("上周 已走访 11-17"), "\(qiu.search)")
        #expect(xia.search.contains("夏天") && xia.search.contains("本周 已走访 11-23") && xia.search.contains("上周 未走访"), "\(xia.search)")
        #expect(xia.cells.contains { $0.role == .light(.yellow) }, "a miss is marked")
        #expect(!qiu.cells.contains { $0.role == .light(.yellow) })
        Snapshot.check(h.state.render(), "cadres-project-detail-100x40")
    }

    @Test("a project without cadres shows no such section; English reads in English")
    func noCadresAndEnglish() {
        var h = Harness.sample(width: 100, height: 40)
        h.open("P-002")
        #expect(!h.state.page.lines.contains { $0.search.contains("帮包干部每周走访") })
        var state = SampleState.make(width: 100, height: 40, lang: .en)
        state.handle(.key(.character(":")))
        for c in "P-005" { state.handle(.key(.character(c))) }
        state.handle(.key(.enter))
        #expect(state.page.lines.contains { $0.search.contains("cadres' weekly visits (2)") }, "\(state.render().text)")
        #expect(state.page.lines.contains { $0.search.contains("夏天") && $0.search.contains("last week missed") })
    }

    @Test("我的 of a cadre lists their projects' weekly visits, each line pointing at its project")
    func mine() throws {
        var h = Harness.sample(login: "qinkai", width: 100, height: 60)
        h.press(.character("5"))
        let lines = h.state.page.lines
        let heading = try #require(lines.firstIndex { $0.isHeading && $0.search.contains("我帮包的项目每周走访（3）") }, "\(h.screen)")
        #expect(lines[heading + 1].target == .project("P-001") && lines[heading + 1].search.contains("本周 已走访 11-23"))
        #expect(lines[heading + 2].target == .project("P-011") && lines[heading + 2].search.contains("本周 待走访"))
        #expect(lines[heading + 3].target == .project("P-024"))
        // Someone who is no cadre has no such section.
        var other = Harness.sample(login: "dongxiaoyu", width: 100, height: 60)
        other.press(.character("5"))
        #expect(!other.state.page.lines.contains { $0.search.contains("我帮包的项目") })
    }
}
