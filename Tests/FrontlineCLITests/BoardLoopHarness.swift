import FrontlineCore
@testable import FrontlineCLI
import FrontlineStore
import FrontlineTestSupport
import FrontlineUI

/// Runs the board's real loop (`BoardLoop`) on a scripted terminal: keys, resizes and idle polls go in,
/// frames come out, saves go to the store exactly as on the real terminal.
@MainActor
struct LoopRun<S: BoardStore> {
    let terminal: ScriptedTerminal
    let store: S
    private(set) var loop: BoardLoop<ScriptedTerminal, S>

    static var sampleBoard: Board {
        get throws { try FileStore(directory: Repository.sample).board }
    }

    /// The board as `login` (the sample's `demo` is 周明远, 管理员) on `store`, as of the sample's date.
    init(_ script: [Event], store: S, login: String = "demo", width: Int = 80, height: Int = 24, lang: Lang = .zh,
         ascii: Bool = false, today: Day = Day(2026, 11, 27)!) {
        terminal = ScriptedTerminal(width: width, height: height, script: script)
        self.store = store
        let state = AppState(board: store.board, today: today, lang: lang, theme: Theme(color: false, ascii: ascii),
                             storeLabel: "test", login: login, width: width, height: height)
        loop = BoardLoop(terminal: terminal, store: store, state: state, login: login, uid: 1000) { TestBoard.now }
    }

    /// Runs the loop until the script ends (or the board quits).
    mutating func run() { loop.run() }

    var state: AppState { loop.state }

    /// The last frame as text, one row per line.
    var screen: String { terminal.screen?.text ?? "" }

    func row(_ y: Int) -> String { terminal.screen?.row(y) ?? "" }
}

/// Events from keys: characters, named keys, and text typed character by character.
enum Script {
    static func keys(_ keys: Key...) -> [Event] { keys.map(Event.key) }
    static func text(_ text: String) -> [Event] { text.map { .key(.character($0)) } }
    static func key(_ c: Character) -> Event { .key(.character(c)) }
}
