import FrontlineCore
import FrontlineStore
import FrontlineUI

/// The board's run loop over any terminal and store: draw, wait for an event (or half a second), let the
/// state handle it, carry out the effects (save, reload, redraw, quit).
///
/// `BoardRunner` runs it on the real terminal and the file store; tests run it on a `ScriptedTerminal`
/// and an `InMemoryStore`, so keyboard flows go through exactly this code.
@MainActor
struct BoardLoop<T: Terminal, S: BoardStore> {
    /// How long the board waits for a key before looking for other sessions' changes.
    static var pollMilliseconds: Int { 500 }

    let terminal: T
    let store: S
    var state: AppState
    /// The account at the keyboard.
    let login: String
    let uid: Int
    /// The time now, for the journal.
    let now: () -> Timestamp
    /// Called once the first complete screen is on the terminal.
    var firstScreen: (() -> Void)?

    init(terminal: T, store: S, state: AppState, login: String, uid: Int, now: @escaping () -> Timestamp) {
        self.terminal = terminal
        self.store = store
        self.state = state
        self.login = login
        self.uid = uid
        self.now = now
    }

    /// Runs until the user quits, the process is told to stop, or input is gone.
    mutating func run() {
        while true {
            draw()
            firstScreen?()
            firstScreen = nil
            if terminal.inputClosed { return }
            for effect in state.handle(terminal.nextEvent(timeoutMilliseconds: Self.pollMilliseconds)) {
                switch effect {
                case .quit: return
                case .redraw: terminal.invalidate()
                case .reload: reload()
                case .save(let intents): save(intents)
                }
            }
        }
    }

    private func draw() {
        terminal.draw(state.render())
        terminal.placeCursor(state.cursorPosition)
    }

    /// Saves each intent as the account at the keyboard and hands the outcomes to the state. When another
    /// session holds the lock, the board says so on screen before it waits.
    mutating func save(_ intents: [Intent]) {
        if let holders = store.busy() {
            state.waiting = BusyNotice.text(holders, saving: true, state: state)
            draw()
        }
        // What the board showed before: a save catches up with colleagues' changes too (a conflict says so).
        let before = state.data.board.revision
        let outcomes = intents.map(outcome)
        state.waiting = nil
        state.saved(intents, outcomes)
        if store.board.revision != before {
            let byOthers = store.history.contains { $0.seq > before && $0.login != login }
            state.dataChanged(store.board, byOthers: byOthers, journal: store.history)
        }
    }

    private func outcome(_ intent: Intent) -> SaveOutcome {
        do {
            // A change is dated by the moment it is recorded, whatever day the board is showing (README, "When a change is dated").
            let time = now()
            return .saved(try store.perform(intent, login: login, uid: uid, today: time.day, now: time))
        } catch let error as DomainError {
            return .rejected(error)
        } catch {
            return .failed(ExitStatus.of(error, state.lang)?.message ?? "\(error)")
        }
    }

    /// Takes in other sessions' saves without ever waiting for the lock: while another session holds
    /// it, the board says whom it is waiting for and tries again at the next poll.
    mutating func reload() {
        let before = store.board.revision
        do {
            guard try store.refresh(waiting: false) else {
                state.waiting = nil
                return
            }
            state.waiting = nil
            let byOthers = store.history.contains { $0.seq > before && $0.login != login }
            state.dataChanged(store.board, byOthers: byOthers, journal: store.history)
        } catch StoreError.lockTimeout(path: _, seconds: 0) {
            state.waiting = BusyNotice.text(store.busy() ?? [], saving: false, state: state)
        } catch {
            state.notice = Notice(text: ExitStatus.of(error, state.lang)?.message ?? "\(error)", isError: true)
        }
    }
}

/// What the board says while another session holds the store's lock.
enum BusyNotice {
    static func text(_ holders: [LockHolder], saving: Bool, state: AppState) -> String {
        let lang = state.lang
        let who = holders.first.map { holder -> String in
            let name = holder.login.flatMap { state.data.index.person(login: $0)?.name }
            let account = holder.login ?? "?"
            let doing = holder.writing ? lang.pick("正在保存", "is saving") : lang.pick("正在读取", "is reading")
            return lang.pick("\(name ?? account)（账号 \(account)，进程 \(holder.pid)）\(doing)",
                             "\(name ?? account) (account \(account), pid \(holder.pid)) \(doing)")
        } ?? lang.pick("另一会话正在使用", "another session is using it")
        let revision = state.data.board.revision
        return saving
            ? lang.pick("存储被占用：\(who)。保存须等其完成（最多 15 秒）……",
                        "The store is busy: \(who). Saving waits until it is done (up to 15 s)…")
            : lang.pick("存储被占用：\(who)。这里显示修订 #\(revision) 的数据，对方完成后自动更新。",
                        "The store is busy: \(who). Showing revision #\(revision); it updates when they are done.")
    }
}
