import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import FrontlineUI

/// The bundled sample store as of its date, as the account `demo` (周明远, 管理员) sees it.
enum SampleState {
    static let board: Board = {
        do {
            return try FileStore(directory: Repository.sample).board
        } catch {
            fatalError("cannot load the sample store: \(error)")
        }
    }()

    static let today = Day(2026, 11, 27)!

    static func make(
        width: Int = 80, height: Int = 24, lang: Lang = .zh, color: Bool = true, ascii: Bool = false,
        board: Board = SampleState.board
    ) -> AppState {
        AppState(
            board: board, today: today, lang: lang, theme: Theme(color: color, ascii: ascii),
            storeLabel: "data/sample", login: "demo", width: width, height: height)
    }
}

extension AppState {
    /// Feeds keys one by one and returns all effects.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] { keys.flatMap { handle(.key($0)) } }

    @discardableResult
    mutating func type(_ text: String) -> [Effect] { text.flatMap { handle(.key(.character($0))) } }
}
