import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

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

extension CadreBoardTests {
    /// Opens the edit form of `project` as `login`, moves to 帮包干部 and types `text` over it.
    static func editCadres(_ project: String, _ text: String, login: String = "demo") -> (Harness, Form?) {
        var h = Harness.sample(login: login, width: 100, height: 40)
        h.open(project)
        h.press(.character("e"))
        guard case .form(let form)? = h.state.overlay, let at = form.fields.firstIndex(where: { $0.key == "cadres" }) else { return (h, nil) }
        for _ in 0..<(at - form.focus) { h.press(.down) }
        h.press(.control("u"))
        h.type(text)
        guard case .form(let typed)? = h.state.overlay else { return (h, nil) }
        return (h, typed)
    }

    @Test("the edit form offers the cadres as names or ids, saves them as people, and refuses an unknown name in its field")
    func editForm() throws {
        var (h, form) = Self.editCadres("P-011", "秦凯、M-033")
        let typed = try #require(form)
        #expect(typed.fields.filter(\.isChanged).map(\.key) == ["cadres"])
        #expect(typed.fields.first { $0.key == "cadres" }?.initial == "M-031", "the stored ids, as the record holds them")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(h.screen)")
        #expect(h.board.projects[id: "P-011"]?.cadres == ["M-031", "M-033"])
        #expect(h.state.page.lines.contains { $0.isHeading && $0.search.contains("帮包干部每周走访（2 人）") })

        (h, form) = Self.editCadres("P-011", "秦凯、查无此人")
        h.press(.control("s"))
        guard case .form(let refused)? = h.state.overlay else { Issue.record("the form must stay open"); return }
        #expect(refused.message?.contains("查无此人") == true || h.screen.contains("查无此人"), "\(h.screen)")
        #expect(h.board.projects[id: "P-011"]?.cadres == ["M-031"], "nothing saved")
    }

    @Test("a unit official is not offered the cadres; the project's leader is")
    func offeredByRole() {
        let (_, unit) = Self.editCadres("P-011", "秦凯", login: "qinkai")
        #expect(unit == nil, "秦凯 (单位) edits P-011 without a 帮包干部 field")
        let (_, leader) = Self.editCadres("P-011", "秦凯", login: "duhongwei")
        #expect(leader != nil, "杜宏伟 leads P-011")
    }
}

extension CadreBoardTests {
    @Test("报表 lists every cadre on each project with this week and last week, the miss in yellow, each opening its project")
    func reports() throws {
        var h = Harness.sample(width: 100, height: 40)
        h.press(.character("6"))
        let lines = h.state.page.lines
        let heading = try #require(lines.firstIndex { $0.isHeading && $0.search.contains("帮包干部每周走访（7）") }, "\(h.screen)")
        let rows = lines[(heading + 1)...].prefix { !$0.isSeparator }
        #expect(rows.count == 7)
        let xia = try #require(rows.first { $0.search.contains("夏天") })
        #expect(xia.target == .project("P-005") && xia.search.contains("上周 未走访") && xia.cells.contains { $0.role == .light(.yellow) })
        #expect(rows.filter { $0.cells.contains { $0.role == .light(.yellow) } }.count == 1, "one miss last week")
    }
}
