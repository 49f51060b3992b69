import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 催办 on the board (issue 13, item 2): the mark in lists, the badge on 我的 until seen, and `!` on an issue.
/// On the sample, 董晓宇 (dongxiaoyu) holds I-0055 (urged once) and I-0046 (urged twice) for 罗家明, who is away;
/// 韩立群 (hanliqun) leads their project P-029.
@MainActor
struct UrgeBoardTests {
    static func state(_ login: String, width: Int = 80, height: Int = 24, lang: Lang = .zh, seen: Timestamp? = nil) -> AppState {
        AppState(
            board: SampleState.board, today: SampleState.today, lang: lang, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: login, width: width, height: height, urgesSeen: seen)
    }

    @Test("the badge on 我的 counts the unseen 催办 until 我的 is shown; lists mark urged issues")
    func badgeUntilSeen() throws {
        var state = Self.state("dongxiaoyu")
        #expect(state.unseenUrges == 3)
        Snapshot.check(state.render(), "urge-badge-dashboard-80x24")
        let effects = state.press(.character("5"))
        #expect(effects == [.seen(.urges(try #require(Timestamp(iso: "2026-11-27T09:20:00+08:00"))))], "the newest 催办 shown is kept as seen")
        #expect(state.unseenUrges == 0)
        Snapshot.check(state.render(), "urge-mine-seen-80x24")
        #expect(state.press(.character("1")).isEmpty, "seen once: nothing more to keep")
        #expect(!state.render().text.contains("我的·催"))
    }

    /// The count is kept between keys (reading every issue row after each cursor move cost 7 ms a frame at city
    /// scale): it must still follow the board, the day and what was seen.
    @Test("a colleague's 催办 arriving raises the badge; keys that change nothing keep it")
    func aColleaguesUrgeRaisesTheBadge() throws {
        var leader = Harness.sample(login: "hanliqun")
        leader.open("I-0055")
        leader.press(.character("!"))
        leader.type("请今天下班前回复")
        leader.press(.enter)
        #expect(leader.board.issues[id: "I-0055"]?.urgeCount == 2)
        var state = Self.state("dongxiaoyu")
        _ = state.press(.character("5"))
        _ = state.press(.character("1"))
        _ = state.press(.down)
        #expect(state.unseenUrges == 0)
        _ = state.handle(.dataChanged(leader.board, journal: [], byOthers: true))
        #expect(state.unseenUrges == 1)
        _ = state.press(.down)
        #expect(state.unseenUrges == 1)
        #expect(state.render().text.contains("我的·催1"))
        _ = state.press(.character("5"))
        #expect(state.unseenUrges == 0)
    }

    @Test("only 催办 after the moment last seen count; another account's urges are not mine")
    func countsOnlyNewer() throws {
        #expect(Self.state("dongxiaoyu", seen: Timestamp(iso: "2026-11-26T18:00:00+08:00")).unseenUrges == 1)
        #expect(Self.state("dongxiaoyu", seen: Timestamp(iso: "2026-11-27T09:20:00+08:00")).unseenUrges == 0)
        #expect(Self.state("chaiwei").unseenUrges == 1, "柴伟 holds I-0062, urged once")
        #expect(Self.state("jiajun").unseenUrges == 0)
        let english = Self.state("dongxiaoyu", lang: .en).render().text
        #expect(english.contains("5 Mine ·3 urged"), "\(english)")
    }

    @Test("! on an issue: a leader of it urges with a note; the log shows it and the list marks it")
    func leaderUrgesFromTheBoard() throws {
        var h = Harness.sample(login: "hanliqun")
        h.open("I-0055")
        h.press(.character("!"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form: \(String(describing: h.state.notice))"); return }
        #expect(form.purpose == .urge("I-0055"))
        h.press(.enter)
        #expect(h.state.overlay != nil, "a note is required")
        h.type("请今天下班前回复")
        h.press(.enter)
        #expect(h.state.overlay == nil)
        #expect(h.board.issues[id: "I-0055"]?.urgeCount == 2)
        #expect(h.state.notice?.text.contains("已保存") == true, "\(String(describing: h.state.notice))")
        #expect(h.state.page.lines.contains { $0.search.contains("催办 → 办理中") && $0.search.contains("请今天下班前回复") }, "the log line")
        h.press(.escape, .character("1"))
        #expect(h.screen.contains("I-0055  挂牌 催2 周边群"), "the dashboard's overdue list (挂牌督办 before the 催办 mark): \(h.screen)")
    }

    @Test("! is refused, with the reason, to a unit official and on an issue that is not waiting on its unit")
    func refusals() {
        var unit = Harness.sample(login: "dongxiaoyu")
        unit.open("I-0055")
        unit.press(.character("!"))
        #expect(unit.state.overlay == nil)
        #expect(unit.state.notice?.text.contains("无权进行此操作") == true, "\(String(describing: unit.state.notice))")
        var admin = Harness.sample()
        admin.open("I-0123")
        admin.press(.character("!"))
        #expect(admin.state.overlay == nil)
        #expect(admin.state.notice?.text.contains("只有待签收和办理中的问题可以催办") == true, "\(String(describing: admin.state.notice))")
    }
}
