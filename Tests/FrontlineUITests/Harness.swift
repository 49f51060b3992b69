import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
@testable import FrontlineUI

/// The board's state wired to a store the way the run loop wires it: `.save` effects are carried
/// out and their outcomes fed back. `failNext` makes the next saves fail as a full disk would.
struct Harness {
    var state: AppState
    let store: BoardStore
    let login: String
    var failNext = 0

    static let now = Timestamp(iso: "2026-11-27T10:00:00+08:00")!

    init(store: BoardStore, login: String, width: Int = 80, height: Int = 24, today: Day = SampleState.today) {
        self.store = store
        self.login = login
        state = AppState(board: store.board, today: today, lang: .zh, theme: Theme(color: true, ascii: false),
                         storeLabel: "test", login: login, width: width, height: height)
    }

    /// The sample store in memory, as 周明远 (管理员).
    static func sample(login: String = "demo", width: Int = 80, height: Int = 24) -> Harness {
        Harness(store: InMemoryStore(board: SampleState.board), login: login, width: width, height: height)
    }

    var board: Board { store.board }

    mutating func press(_ keys: Key...) { for key in keys { run(state.handle(.key(key))) } }

    mutating func type(_ text: String) { for character in text { run(state.handle(.key(.character(character)))) } }

    /// `:ID` then Enter: opens a record's detail.
    mutating func open(_ id: String) {
        press(.character(":"))
        type(id)
        press(.enter)
    }

    mutating func run(_ effects: [Effect]) {
        for case .save(let intents) in effects {
            let before = store.board.revision
            let outcomes = intents.map { intent -> SaveOutcome in
                if failNext > 0 {
                    failNext -= 1
                    return .failed("无法写入 journal.jsonl：磁盘空间不足（ENOSPC）；数据未改动")
                }
                do {
                    return .saved(try store.perform(intent, login: login, uid: 1000, today: state.data.today, now: Self.now))
                } catch let error as DomainError {
                    return .rejected(error)
                } catch {
                    return .failed("\(error)")
                }
            }
            state.saved(intents, outcomes)
            if store.board.revision != before { state.dataChanged(store.board, byOthers: false) }
        }
    }

    /// A colleague saves through the same store; this board hears of it as the run loop would.
    mutating func colleague(_ login: String, _ intent: Intent) throws {
        try store.perform(intent, login: login, uid: 2000, today: state.data.today, now: Self.now)
        state.dataChanged(store.board, byOthers: true)
    }
}
