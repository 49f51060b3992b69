import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The run loop on a store that tells of colleagues' saves (`BoardStore.changeSignal`, PostgreSQL's notifications):
/// it waits on the store's descriptor with the keyboard, looks at once when a save is known already, and keeps its
/// half-second timer for a store that tells nothing.
@MainActor
struct ChangeSignalLoopTests {
    /// A terminal that plays events and keeps what each wait was asked: how long, and on which descriptor.
    final class WaitingTerminal: Terminal {
        let width = 80
        let height = 24
        private(set) var inputClosed = false
        private var events: [Event]
        private(set) var waits: [Wait] = []
        /// Called before each wait with the number of waits so far (a test's chance to change the store).
        var beforeWait: ((Int) -> Void)?

        struct Wait: Equatable {
            var milliseconds: Int
            var descriptor: Int32?
        }

        init(_ events: [Event]) { self.events = events }

        func draw(_ grid: Grid) {}
        func invalidate() {}
        func placeCursor(_ position: (x: Int, y: Int)?) {}

        func nextEvent(timeoutMilliseconds: Int) -> Event { nextEvent(timeoutMilliseconds: timeoutMilliseconds, wakingOn: nil) }

        func nextEvent(timeoutMilliseconds: Int, wakingOn descriptor: Int32?) -> Event {
            beforeWait?(waits.count)
            waits.append(Wait(milliseconds: timeoutMilliseconds, descriptor: descriptor))
            guard !events.isEmpty else {
                inputClosed = true
                return .idle
            }
            return events.removeFirst()
        }
    }

    @Test func theLoopWaitsOnTheStoresSignalAndLooksAtOnceWhenASaveIsKnown() throws {
        let store = FaultyStore(InMemoryStore(board: SampleState.board))
        let terminal = WaitingTerminal([.idle, .idle, .idle])
        let signals: [ChangeSignal?] = [nil, ChangeSignal(descriptor: 7, pending: false), ChangeSignal(descriptor: 7, pending: true)]
        // The loop asks the store before each wait: what the test sets during one wait is asked before the next.
        store.signal = signals[0]
        terminal.beforeWait = { store.signal = signals[min($0 + 1, signals.count - 1)] }
        let state = AppState(
            board: store.board, today: SampleState.today, lang: .zh, theme: Theme(color: false, ascii: false), storeLabel: "test",
            login: "demo", width: 80, height: 24)
        var loop = BoardLoop(terminal: terminal, store: store, state: state, login: "demo", uid: 1000) { Harness.now }
        loop.run()
        typealias Loop = BoardLoop<WaitingTerminal, FaultyStore>
        #expect(
            Array(terminal.waits.prefix(3)) == [
                .init(milliseconds: Loop.pollMilliseconds, descriptor: nil),
                .init(milliseconds: Loop.signalledPollMilliseconds, descriptor: 7),
                .init(milliseconds: 0, descriptor: 7),
            ])
        #expect(Loop.signalledPollMilliseconds > Loop.pollMilliseconds, "a signalling store is not asked every half second")
    }
}
