import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import FrontlineUI
import Testing

@testable import FrontlineCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The board's run loop itself: what happens between the keys (polls, saves, signals, a busy store).
@MainActor
struct BoardLoopTests {
    /// First-day issue, issue 9 item 22: another session holding the lock froze the board about 15 s per
    /// poll without a word. Now the poll never waits: the board says whom it waits for and catches up after.
    @Test func aBusyStoreNeitherFreezesTheBoardNorGoesUnsaid() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        // A colleague saves, then keeps the lock (as a long save or compaction would).
        let colleague = try FileStore(directory: store.directory)
        try colleague.perform(
            .moveIssue(IssueMove(issue: "I-0001", action: .resolve, note: "已协调")), login: "street", uid: 1001,
            today: TestBoard.today, now: TestBoard.now)
        let fd = open(store.directory + "/lock", O_RDWR)
        #expect(flock(fd, LOCK_EX) == 0)
        var released = false
        var run = LoopRun.cli([.idle, .idle, .key(.character("j")), .idle, .idle], store: store, login: "admin")
        var busyScreens: [String] = []
        let terminal = run.terminal
        terminal.beforeEvent = { n in
            if n == 3 {
                busyScreens.append(terminal.screen?.text ?? "")
                flock(fd, LOCK_UN)
                close(fd)
                released = true
            }
        }
        let started = Date()
        run.run()
        #expect(Date().timeIntervalSince(started) < 5, "no poll waited for the lock")
        #expect(released)
        let busy = try #require(busyScreens.first)
        #expect(busy.contains("存储被占用") && busy.contains("修订 #0"), "the board says what it waits for:\n\(busy)")
        #expect(busy.contains("进程 \(getpid())"), "and who holds the lock:\n\(busy)")
        #expect(run.state.data.board.revision == 1, "caught up once the lock was free")
        #expect(run.state.waiting == nil && !run.screen.contains("存储被占用"), "the notice goes when the wait is over:\n\(run.screen)")
    }
}
