import FrontlineCore
import FrontlineUI

/// The board's real run loop (`BoardLoop`) on a scripted terminal and a store: keys, resizes and timer ticks
/// go in a few at a time, frames come out, and saves, colleagues' changes and a busy store come back to the
/// state as events, exactly as on the real terminal. Between two `play`s a test looks at the state or acts
/// as a colleague on the store.
@MainActor
public struct BoardRun<S: BoardStore> {
    public let terminal: ScriptedTerminal
    public let store: S
    public private(set) var loop: BoardLoop<ScriptedTerminal, S>

    /// The time every save is recorded at.
    public static var now: Timestamp { TestBoard.now }

    /// The board as `login` on `store`, as of `today`, with `script` ready for `run()`.
    public init(
        _ script: [Event] = [], store: S, login: String = "demo", width: Int = 80, height: Int = 24, lang: Lang = .zh,
        color: Bool = false, ascii: Bool = false, today: Day = TestBoard.today, errors: StoreErrorReader = .plain
    ) {
        terminal = ScriptedTerminal(width: width, height: height, script: script)
        self.store = store
        let state = AppState(
            board: store.board, today: today, lang: lang, theme: Theme(color: color, ascii: ascii),
            storeLabel: "test", login: login, width: width, height: height)
        loop = BoardLoop(terminal: terminal, store: store, state: state, login: login, uid: 1000, errors: errors) { Self.now }
    }

    public var state: AppState { loop.state }
    public var board: Board { store.board }

    /// The last frame as text, one row per line.
    public var screen: String { terminal.screen?.text ?? "" }

    public func row(_ y: Int) -> String { terminal.screen?.row(y) ?? "" }

    /// Runs the loop until the script is used up (or the board quits).
    public mutating func run() { loop.run() }

    /// Plays more events through the loop. As on a terminal whose input runs dry, the loop's timer ticks
    /// once after them (`.idle`: a look for colleagues' changes).
    public mutating func play(_ events: [Event]) {
        terminal.play(events)
        loop.run()
    }

    public mutating func press(_ keys: Key...) { play(keys.map(Event.key)) }

    public mutating func type(_ text: String) { play(Script.text(text)) }

    /// `:ID` then Enter: opens a record's detail.
    public mutating func open(_ id: String) { play(Script.open(id)) }

    /// Carries out effects with the loop, as if the state had asked for them.
    public mutating func perform(_ effects: [Effect]) { loop.perform(effects) }
}

/// Events from keys: characters, named keys, and text typed character by character.
public enum Script {
    public static func keys(_ keys: Key...) -> [Event] { keys.map(Event.key) }
    public static func text(_ text: String) -> [Event] { text.map { .key(.character($0)) } }
    public static func key(_ c: Character) -> Event { .key(.character(c)) }
    /// `:ID` then Enter.
    public static func open(_ id: String) -> [Event] { [key(":")] + text(id) + [.key(.enter)] }
}
