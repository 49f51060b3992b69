import FrontlineCore

/// The board's run loop over any terminal and any store: draw, wait for an event (or half a second, or the store's
/// signal that a colleague saved), let the state handle it, carry out the effects it returns; whatever the store
/// answers goes back to the state as another event (`Event.saved`, `.dataChanged`, `.storeBusy` …).
///
/// It is the one interpreter of effects. `BoardRunner` (FrontlineCLI) runs it on the real terminal and the
/// file store; tests run it on a `ScriptedTerminal` and an `InMemoryStore`, so keyboard flows go through
/// exactly this code (docs/architecture.md, "The board").
@MainActor
public struct BoardLoop<T: Terminal, S: BoardStore> {
    /// How long the board waits for a key before looking for other sessions' changes.
    public static var pollMilliseconds: Int { 500 }
    /// The same, on a store that tells of others' saves as they happen (`BoardStore.changeSignal`): its signal
    /// wakes the board at once, and this long look is only a safety net (a connection pooler that drops the
    /// server's notifications), so an idle board does not ask the server every half second.
    public static var signalledPollMilliseconds: Int { 30_000 }

    public let terminal: T
    public let store: S
    public private(set) var state: AppState
    /// The account at the keyboard.
    let login: String
    let uid: Int
    /// The time now, for the journal.
    let now: () -> Timestamp
    let errors: StoreErrorReader
    /// Called once the first complete screen is on the terminal.
    public var firstScreen: (() -> Void)?
    /// Keeps, for the account, what 我的 has shown it (`Effect.seen`); answers why it could not, in the board's
    /// language, or nil. Nobody keeps it when nil (tests, previews).
    public var keepSeen: ((SeenMark, Lang) -> String?)?

    public init(
        terminal: T, store: S, state: AppState, login: String, uid: Int, errors: StoreErrorReader = .plain,
        now: @escaping () -> Timestamp
    ) {
        self.terminal = terminal
        self.store = store
        self.state = state
        self.login = login
        self.uid = uid
        self.errors = errors
        self.now = now
    }

    /// Runs until the user quits, the process is told to stop, or input is gone.
    public mutating func run() {
        while true {
            draw()
            firstScreen?()
            firstScreen = nil
            if terminal.inputClosed { return }
            guard send(nextEvent()) else { return }
        }
    }

    /// The next key, or `.idle` when it is time to look for other sessions' changes: on the timer, or at once when
    /// the store signals a colleague's save (or knows of one already).
    private func nextEvent() -> Event {
        guard let signal = store.changeSignal() else { return terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds) }
        return terminal.nextEvent(timeoutMilliseconds: signal.pending ? 0 : Self.signalledPollMilliseconds, wakingOn: signal.descriptor)
    }

    /// Hands one event to the state and carries out what it asks for; false when the board is to quit.
    @discardableResult
    public mutating func send(_ event: Event) -> Bool {
        perform(state.handle(event))
    }

    /// Carries out effects in order; false as soon as one of them quits.
    @discardableResult
    public mutating func perform(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit: return false
            case .redraw: terminal.invalidate()
            case .reload: guard send(reload()) else { return false }
            case .save(let intents): guard save(intents) else { return false }
            case .seen(let mark):
                if let failure = keepSeen?(mark, state.lang) { guard send(.storeFailed(failure)) else { return false } }
            }
        }
        return true
    }

    private func draw() {
        terminal.draw(state.render())
        terminal.placeCursor(state.cursorPosition)
    }

    /// Saves each intent as the account at the keyboard and hands the outcomes back. When another session
    /// holds the lock, the board says so on screen before it waits.
    private mutating func save(_ intents: [Intent]) -> Bool {
        if let holders = store.busy() {
            guard send(.storeBusy(holders, saving: true)) else { return false }
            draw()
        }
        // What the board showed before: a save catches up with colleagues' changes too (a conflict says so).
        let shown = state.data.board.revision
        let outcomes = intents.map(outcome)
        guard send(.saved(intents, outcomes)) else { return false }
        return news(since: shown, changed: false).map { send($0) } ?? true
    }

    private func outcome(_ intent: Intent) -> SaveOutcome {
        do {
            // A change is dated by the moment it is recorded, whatever day the board is showing (README, "When a change is dated").
            let time = now()
            return .saved(try store.perform(intent, login: login, uid: uid, today: time.day, now: time))
        } catch let error as DomainError {
            return .rejected(error)
        } catch {
            return .failed(errors.message(error, state.lang))
        }
    }

    /// Takes in other sessions' saves without ever waiting for the lock: while another session holds it,
    /// the answer is that the store is busy, and the next poll tries again.
    private func reload() -> Event {
        let shown = state.data.board.revision
        do {
            let changed = try store.refresh(waiting: false)
            return news(since: shown, changed: changed) ?? .upToDate
        } catch  where errors.isBusy(error) {
            return .storeBusy(store.busy() ?? [], saving: false)
        } catch {
            return .storeFailed(errors.message(error, state.lang), looking: true)
        }
    }

    /// The store's board as an event, when it is not the one the board shows (or the store says it changed).
    private func news(since shown: Int, changed: Bool) -> Event? {
        guard changed || store.board.revision != shown else { return nil }
        let byOthers = store.history.contains { $0.seq > shown && $0.login != login }
        return .dataChanged(store.board, journal: store.history, byOthers: byOthers)
    }
}
