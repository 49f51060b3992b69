import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The run loop as the one interpreter of effects: what the store answers comes back to the state as events
/// (docs/architecture.md, "The board").
@MainActor
struct RunLoopTests {
    /// A lock the store reports as held: the reader says so, as `BoardRunner` does for the file store's timeout.
    struct Held: Error {}
    static let reader = StoreErrorReader(isBusy: { $0 is Held }, message: { error, _ in "读不了：\(error)" })

    static func run(_ store: FaultyStore, login: String = "demo") -> Harness {
        Harness(store: store, login: login, color: true, today: SampleState.today, errors: reader)
    }

    @Test func aColleaguesSaveArrivesAtTheNextTick() throws {
        var h = Harness.sample()
        h.press(.character("2"))
        try h.store.perform(
            .logVisit(VisitDraft(project: "P-001", date: SampleState.today, note: "他人走访")), login: "majianguo", uid: 2000,
            today: SampleState.today, now: Harness.now)
        #expect(h.state.data.board.revision == 0, "not before the loop looks")
        h.play([.idle])
        #expect(h.state.data.board.revision == 1)
        #expect(h.state.changedByOthers == 1 && h.row(0).contains("他人已更新 #1"), "\(h.row(0))")
    }

    @Test func aSaveOfMineIsNotNews() {
        var h = Harness.sample()
        h.open("I-0123")
        h.press(.character("m"), .enter)
        #expect(h.board.revision == 1 && h.state.data.board.revision == 1)
        #expect(h.state.changedByOthers == nil && !h.row(0).contains("他人已更新"))
    }

    @Test func aBusyStoreIsSaidWhileItLastsAndAFreeOneClearsIt() {
        let store = FaultyStore(InMemoryStore(board: SampleState.board))
        var h = Self.run(store)
        store.holders = [LockHolder(pid: 4242, login: "majianguo", writing: true)]
        store.refreshError = Held()
        h.play([.idle])
        #expect(h.state.waiting?.contains("马建国（账号 majianguo，进程 4242）正在保存") == true, "\(String(describing: h.state.waiting))")
        #expect(h.screen.contains("存储被占用"))
        store.holders = nil
        store.refreshError = nil
        h.play([.idle])
        #expect(h.state.waiting == nil && !h.screen.contains("存储被占用"))
    }

    @Test func aSaveThatWaitsSaysSoFirst() {
        let store = FaultyStore(InMemoryStore(board: SampleState.board))
        var h = Self.run(store)
        h.open("I-0123")
        store.holders = [LockHolder(pid: 4242, login: nil, writing: false)]
        h.press(.character("m"), .enter)
        let said = h.terminal.frames.contains { $0.text.contains("保存须等其完成") }
        #expect(said, "the wait was on screen before the save")
        #expect(h.board.revision == 1 && h.state.waiting == nil, "and gone once saved")
    }

    @Test func aStoreThatCannotBeReadIsSaidOnTheMessageLine() {
        struct Gone: Error {}
        let store = FaultyStore(InMemoryStore(board: SampleState.board))
        var h = Self.run(store)
        store.refreshError = Gone()
        h.play([.idle])
        #expect(h.state.notice == Notice(text: "读不了：Gone()", isError: true))
        #expect(h.state.waiting == nil)
    }

    @Test func quittingEndsTheLoopAndLeavesTheRestOfTheScript() {
        var h = Harness.sample()
        h.play(Script.keys(.character("q"), .character("3")))
        #expect(h.state.screen == .tab(.dashboard), "the 3 after q was never handled")
    }

    @Test func effectsAskedForByATestGoThroughTheSameInterpreter() {
        var h = Harness.sample()
        h.perform([.save([.moveIssue(IssueMove(issue: "I-0123", action: .assign))])])
        #expect(h.board.issues[id: "I-0123"]?.status == .pendingAcceptance)
        #expect(h.state.notice?.text.hasPrefix("已保存 #1") == true && h.state.data.board.revision == 1)
    }
}
