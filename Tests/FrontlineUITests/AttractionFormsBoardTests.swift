import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The board's forms for 招商 (issue 16, item 2): `S` forms a squad, `L` records a lead, `>` moves the lead in context to its
/// next stage (落地 a key project, the 绩考办's), `R` publishes a month's 招商引资成绩 — the same intents as `frontline squad
/// new`, `lead new|move|land` and `report attraction --publish`. On the sample of 2026-11-27: 韩立群 (hanliqun, 领导) leads
/// SQ-01, of which 袁博 (yuanbo, 投促局) is a member; ZS-011 is at 线索, ZS-007 at 签约; October was published on 11-06;
/// `demo` is an administrator, 谭志刚 (tanzhigang) an official of 北海街道.
@MainActor
struct AttractionFormsBoardTests {
    static func form(_ h: Harness) -> Form? {
        if case .form(let form)? = h.state.overlay { return form }
        return nil
    }

    static func moveTo(_ target: Target, _ h: inout Harness) {
        for _ in 0..<80 where h.state.cursor.target != target { h.press(.down) }
    }

    static func moveTo(_ target: Target, _ state: inout AppState) {
        for _ in 0..<80 where state.cursor.target != target { state.press(.down) }
    }

    @Test("S on 8: a leader forms a squad he leads, for the unit he names; the footer offers the 招商 keys")
    func newSquad() throws {
        var h = Harness.sample(login: "hanliqun", width: 120, height: 40)
        h.press(.character("8"))
        #expect(h.row(39).contains("S 组建小分队") && h.row(39).contains("L 登记线索"), "\(h.row(39))")
        #expect(!h.row(39).contains("> 推进线索"), "no lead under the cursor yet: \(h.row(39))")
        #expect(!h.row(39).contains("R 发布招商成绩"), "publishing is the 绩考办's: \(h.row(39))")
        Self.moveTo(.lead("ZS-009"), &h)
        #expect(h.row(39).contains("> 推进线索"), "on a lead of his squad: \(h.row(39))")
        h.press(.character("S"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.fields.map(\.key) == ["name", "unit", "leader", "members", "focus"])
        #expect(form.fields.map(\.label) == ["小分队名称", "牵头单位", "带队领导", "成员", "招商方向"], "labels from the catalog")
        #expect(form.fields[2].value == "M-007", "he leads it")
        h.type("生物医药产业招商小分队")
        h.press(.tab)
        h.type("生物医药园")
        h.press(.tab, .tab)
        h.type("袁博、邓雨辰")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let squad = try #require(h.board.squads[id: "SQ-02"])
        #expect(squad.name == "生物医药产业招商小分队" && squad.leader == "M-007" && squad.members == ["M-021", "M-022"])
        #expect(h.state.notice?.text.contains("已保存") == true, "\(String(describing: h.state.notice))")
    }

    @Test("L: a member records a lead of his squad; a blank name keeps the form; an official of another unit is refused at the save")
    func newLead() throws {
        var h = Harness.sample(login: "yuanbo")
        h.press(.character("8"), .character("L"))
        let form = try #require(Self.form(h))
        #expect(form.fields.first { $0.key == "squad" }?.value == "SQ-01", "his squad")
        h.press(.control("s"))
        #expect(Self.form(h)?.focus == 0, "the name is required")
        h.type("固态电池电解质材料项目")
        h.press(.tab, .tab, .tab)
        h.type("苏州某新材料有限公司")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let lead = try #require(h.board.leads[id: "ZS-012"])
        #expect(lead.squad == "SQ-01" && lead.unit == "U-04" && lead.stage == .lead && lead.investor == "苏州某新材料有限公司")
        var other = Harness.sample(login: "tanzhigang")
        other.press(.character("8"), .character("L"))
        other.type("氢燃料电池项目")
        other.press(.control("s"))
        #expect(Self.form(other) != nil && other.board.leads[id: "ZS-012"] == nil, "the core refuses: not of SQ-01, nor of 投促局")
        #expect(Self.form(other)?.message?.contains("无权") == true || other.state.notice?.isError == true, "\(String(describing: Self.form(other)))")
    }

    @Test("> on a lead: 线索 → 洽谈 by a member; 落地 refused to him and done by the 绩考办 as a new key project")
    func advance() throws {
        var h = Harness.sample(login: "yuanbo")
        h.press(.character("8"))
        Self.moveTo(.lead("ZS-011"), &h)
        h.press(.character(">"))
        let form = try #require(Self.form(h))
        #expect(form.purpose == .advanceLead("ZS-011", from: .lead) && form.fields.map(\.key) == ["date"])
        h.press(.control("s"))
        #expect(h.board.leads[id: "ZS-011"]?.stage == .talks && h.board.leads[id: "ZS-011"]?.talksOn == SampleState.today)
        h.open("ZS-007")
        h.press(.character(">"))
        #expect(Self.form(h) == nil && h.state.notice?.isError == true, "落地 adds a key project: \(String(describing: h.state.notice))")
        var admin = Harness.sample()
        admin.open("ZS-007")
        admin.press(.character(">"))
        #expect(Self.form(admin)?.fields.map(\.key) == ["leader", "project", "date"])
        admin.press(.control("s"))
        #expect(
            admin.board.leads[id: "ZS-007"]?.stage == .landed && admin.board.leads[id: "ZS-007"]?.project == "P-031",
            "\(String(describing: admin.state.notice))")
        #expect(admin.board.projects[id: "P-031"]?.leader == "M-007", "the squad's leader leads it")
        admin.press(.character(">"))
        #expect(admin.state.notice?.text.contains("ZS-007 已落地") == true, "\(String(describing: admin.state.notice))")
    }

    @Test("R: the 绩考办 publishes a month that has ended; October, already published, is refused with the reason and nothing saved")
    func publish() throws {
        var h = Harness.sample()
        h.press(.character("8"), .character("R"))
        let form = try #require(Self.form(h))
        #expect(form.fields.first?.value == "2026-10", "the month the tab shows")
        let revision = h.board.revision
        h.press(.control("s"))
        #expect(Self.form(h)?.planProblems["month"] == "2026-10 的招商引资成绩已发布，发布后不再改动", "\(String(describing: Self.form(h)))")
        #expect(h.board.revision == revision)
        h.press(.right)
        #expect(Self.form(h)?.fields.first?.value == "2026-09")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let september = try #require(h.board.reports[id: "2026-09"])
        #expect(september.attraction != nil && september.markdown.contains("2026年9月"))
        var unit = Harness.sample(login: "yuanbo")
        unit.press(.character("8"), .character("R"))
        #expect(Self.form(unit) == nil && unit.state.notice?.isError == true)
    }

    // MARK: Snapshots of the forms

    @Test(arguments: [(Lang.zh, 80, 24), (Lang.en, 120, 40)])
    func formSnapshots(_ lang: Lang, _ width: Int, _ height: Int) {
        let size = "\(lang == .en ? "en-" : "")\(width)x\(height)"
        func state(_ login: String) -> AppState {
            AppState(
                board: SampleState.board, today: SampleState.today, lang: lang, theme: Theme(color: true, ascii: false),
                storeLabel: "data/sample", login: login, width: width, height: height)
        }
        var leader = state("hanliqun")
        leader.press(.character("8"), .character("S"))
        Snapshot.check(leader.render(), "form-squad-new-\(size)")
        var member = state("yuanbo")
        member.press(.character("8"), .character("L"))
        Snapshot.check(member.render(), "form-lead-new-\(size)")
        member.press(.escape)
        Self.moveTo(.lead("ZS-011"), &member)
        member.press(.character(">"))
        Snapshot.check(member.render(), "form-lead-advance-ZS-011-\(size)")
        var admin = state("demo")
        admin.press(.character("8"))
        Self.moveTo(.lead("ZS-007"), &admin)
        admin.press(.character(">"))
        Snapshot.check(admin.render(), "form-lead-land-ZS-007-\(size)")
        admin.press(.escape, .character("R"))
        Snapshot.check(admin.render(), "form-attraction-publish-\(size)")
    }
}
