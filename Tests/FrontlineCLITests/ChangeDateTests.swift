import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import FrontlineUI
import Testing

@testable import FrontlineCLI

/// Record dates and log times agree (issue 10 item 24): a change takes its date from the instant it is
/// recorded at; in a store that carries its own date that is the store's date at the real time of day;
/// `--as-of` only chooses the day shown.
@MainActor
struct ChangeDateTests {
    /// Months after the sample's date, in the evening.
    nonisolated static let later = Timestamp(iso: "2027-03-05T21:45:00+08:00")!

    @Test func inAStoreWithItsOwnDateRecordsAndLogAgreeOnThatDate() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir) // sampleDate 2026-11-27
        let raised = cli(
            ["issue", "new", "--project", "P-001", "--title", "围挡占道", "--unit", "U-02", "--due", "+7", "--data", store.directory],
            clock: Self.later)
        #expect(raised.code == 0, "\(raised)")
        let id = raised.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let board = try FileStore(directory: store.directory)
        let issue = try #require(board.board.issues[id: id])
        #expect(issue.raisedOn == TestBoard.today)
        #expect(issue.due == TestBoard.today.adding(days: 7))
        #expect(issue.log.first?.at.iso == "2026-11-27T21:45:00+08:00")
        #expect(board.history.last?.at.iso == "2026-11-27T21:45:00+08:00")
        let moved = cli(["issue", "move", "I-0001", "申请办结", "--note", "已完成", "--data", store.directory], login: "street", clock: Self.later)
        #expect(moved.code == 0, "\(moved)")
        #expect(!moved.out.contains("dated"), "no note: the day shown is the day recorded")
        let after = try FileStore(directory: store.directory).board.issues[id: "I-0001"]!
        #expect(after.resolvedOn == TestBoard.today && after.log.last?.at.day == TestBoard.today)
    }

    @Test func asOfOnlyChoosesTheDayShownAndTheOutputSaysSo() throws {
        let dir = TempDirectory()
        var board = TestBoard.make()
        board.settings.sampleDate = nil
        let store = try FileStore.create(at: dir.at("store"), board: board)
        let result = cli(["visit", "P-001", "--note", "现场查看", "--as-of", "2026-11-20", "--data", store.directory], clock: Self.later)
        #expect(result.code == 0, "\(result)")
        #expect(result.out.contains("(the change is dated 2027-03-05; --as-of 2026-11-20 is only for viewing and reports)"), "\(result.out)")
        let visit = try #require(try FileStore(directory: store.directory).board.visits.rows.last)
        #expect(visit.date == Day(2027, 3, 5))
        #expect(visit.meta.updatedAt?.iso == "2027-03-05T21:45:00+08:00")
    }

    @Test func theBoardDatesItsSavesTheSameWay() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let context = CLIContext(
            environment: [:], login: "admin", uid: 1000, clock: { Self.later.seconds },
            console: Console(capturing: true), stdinIsTerminal: false)
        let state = AppState(
            board: store.board, today: TestBoard.today.adding(days: -30), lang: .en, theme: Theme(color: false, ascii: false),
            storeLabel: "test", login: "admin", width: 80, height: 24)
        var loop = BoardLoop(terminal: ScriptedTerminal(width: 80, height: 24, script: []), store: store, state: state, login: "admin", uid: 1000) {
            BoardRunner.changeTime(context, store)
        }
        loop.perform([.save([.logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场"))])])
        let entry = try #require(store.history.last)
        #expect(entry.at.iso == "2026-11-27T21:45:00+08:00", "the store's own date, the real time of day, whatever day the board shows")
    }
}
