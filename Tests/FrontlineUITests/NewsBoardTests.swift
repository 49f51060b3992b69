import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// Changes that concern me (issue 13, item 6): a colleague's save on one of my issues is said once in the notice
/// line without moving the cursor, and 我的 lists it until I have looked there. On the sample, 董晓宇 (dongxiaoyu)
/// holds I-0055 for 罗家明; 韩立群 (hanliqun) leads its project; I-0045 is 贾俊's.
@MainActor
struct NewsBoardTests {
    @Test("a colleague urges my issue: the notice says so once, the cursor stays, 我的 lists it until I leave it")
    func urgedByAColleague() throws {
        var h = Harness.sample(login: "dongxiaoyu")
        h.press(.character("3"), .character("j"), .character("j"))
        let selected = try #require(h.state.cursor.target)
        try h.colleague("hanliqun", .urgeIssue(IssueUrge(issue: "I-0055", note: "今天必须回复")))
        #expect(h.state.notice?.text.hasPrefix("与我有关：I-0055 ") == true, "\(String(describing: h.state.notice))")
        #expect(h.state.notice?.text.contains("韩立群 催办 → 办理中  今天必须回复") == true, "\(String(describing: h.state.notice))")
        #expect(h.state.cursor.target == selected, "the cursor stays on its record")
        #expect(h.state.news.count == 1)
        h.press(.character("5"))
        #expect(h.screen.contains("新消息：同事对我的事项的修改（1）"), "\(h.screen)")
        #expect(h.screen.contains("I-0055 周边群众反映夜间施工噪声扰民"), "\(h.screen)")
        h.press(.character("1"), .character("5"))
        #expect(h.state.news.isEmpty && !h.screen.contains("新消息"), "seen once: no longer new")
    }

    @Test("a colleague's change to someone else's issue is no news of mine; my own saves are no news either")
    func notMine() throws {
        var h = Harness.sample(login: "dongxiaoyu")
        try h.colleague("fanlicheng", .urgeIssue(IssueUrge(issue: "I-0045", note: "请加快")))
        #expect(h.state.news.isEmpty && h.state.notice == nil)
        var leader = Harness.sample(login: "hanliqun")
        leader.open("I-0055")
        leader.press(.character("!"))
        leader.type("请回复")
        leader.press(.enter)
        #expect(leader.state.news.isEmpty, "my own 催办")
    }
}

/// 我的 keeps what is new since I last looked, across sessions: the board starts from the revision the account had
/// seen (kept outside the store, `SeenMark.news`), and once 我的 has shown the news the new revision is kept.
@MainActor
struct NewsAcrossSessionsTests {
    static func board(_ store: InMemoryStore, newsSeen: Int?) -> AppState {
        AppState(
            board: store.board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false), storeLabel: "data/sample",
            login: "dongxiaoyu", width: 80, height: 24, journal: store.history, newsSeen: newsSeen)
    }

    @Test("what a colleague did to my issue while I was away is news when the board opens, until 我的 has shown it")
    func newsWhileAway() throws {
        let store = InMemoryStore(board: SampleState.board)
        let seen = store.board.revision
        try store.perform(
            .urgeIssue(IssueUrge(issue: "I-0055", note: "周一前回复")), login: "hanliqun", uid: 2000,
            today: SampleState.today, now: Harness.now)
        var state = Self.board(store, newsSeen: seen)
        #expect(state.news.count == 1 && state.notice?.text.hasPrefix("与我有关：I-0055 ") == true, "\(String(describing: state.notice))")
        _ = state.handle(.key(.character("5")))
        #expect(state.render().text.contains("新消息：同事对我的事项的修改（1）"))
        let effects = state.handle(.key(.character("1")))
        #expect(effects.contains(.seen(.news(revision: store.board.revision))), "\(effects)")
        #expect(state.news.isEmpty)

        #expect(Self.board(store, newsSeen: store.board.revision).news.isEmpty, "nothing new since the revision kept")
        #expect(Self.board(store, newsSeen: nil).news.isEmpty, "a first board has no news: it only starts counting")
    }
}
