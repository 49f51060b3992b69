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

    static func form(_ h: Harness) -> Form? {
        if case .form(let form)? = h.state.overlay { return form }
        return nil
    }

    @Test("T on a unit's page: the 绩考办 criticises it; a blank reason keeps the form, a bad period is refused by the core; a leader may not")
    func issueOnTheBoard() throws {
        var h = Harness.sample(width: 120, height: 40)
        h.open("U-07")
        #expect(h.state.screen == .detail(.score("U-07")), ":U-07 opens the unit's page")
        #expect(h.row(39).contains("T 通报"), "\(h.row(39))")
        h.press(.character("T"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .issueBulletin("U-07") && form.fields.map(\.key) == ["verdict", "period", "reason", "date"])
        #expect(form.fields.map(\.label) == ["通报类型", "所涉期间", "通报事由", "通报日期"], "labels from the catalog")
        #expect(form.fields[0].value == "批评" && form.fields[1].value == "2026-10" && form.fields[3].value == "2026-11-27")
        h.press(.control("s"))
        #expect(Self.form(h)?.focus == 2, "the reason is required")
        h.type("11月整改措施未按期报送")
        h.press(.up)
        h.press(.control("u"))
        h.type("2026-13")
        h.press(.control("s"))
        #expect(Self.form(h)?.planProblems["period"]?.contains("应为半月") == true, "beside the field: \(String(describing: Self.form(h)))")
        #expect(h.board.bulletins.count == 2, "nothing saved")
        h.press(.control("u"))
        h.type("2026-11-2")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let saved = try #require(h.board.bulletins[id: "TB-003"])
        #expect(saved.verdict == .criticism && saved.unit == "U-07" && saved.period == "2026-11-2" && saved.reason == "11月整改措施未按期报送")
        #expect(h.state.page.lines.contains { $0.search.contains("通报（2 则）") }, "the page shows both")
        var leader = Harness.sample(login: "hanliqun")
        leader.open("U-07")
        #expect(!leader.row(23).contains("T 通报"))
        leader.press(.character("T"))
        #expect(Self.form(leader) == nil && leader.state.notice?.isError == true)
    }

    @Test(arguments: [(Lang.zh, 80, 24), (Lang.en, 120, 40)])
    func formSnapshot(_ lang: Lang, _ width: Int, _ height: Int) {
        var state = AppState(
            board: SampleState.board, today: SampleState.today, lang: lang, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: "demo", width: width, height: height)
        state.press(.character(":"))
        state.type("U-07")
        state.press(.enter, .character("T"))
        Snapshot.check(state.render(), "form-bulletin-U-07-\(lang == .en ? "en-" : "")\(width)x\(height)")
    }
}
