import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import FrontlineUI

@testable import FrontlineCLI

/// The board's real loop as the command line runs it (`BoardRun` with the file store's errors read as
/// `BoardRunner` reads them), on a scripted terminal.
typealias LoopRun<S: BoardStore> = BoardRun<S>

extension BoardRun {
    /// The board as `login` on `store`, as of the sample's date, with `script` ready for `run()`.
    static func cli(_ script: [Event], store: S, login: String = "demo", width: Int = 80, height: Int = 24, lang: Lang = .zh) -> BoardRun {
        BoardRun(script, store: store, login: login, width: width, height: height, lang: lang, errors: BoardRunner.storeErrors)
    }

    static var sampleBoard: Board {
        get throws { try FileStore(directory: Repository.sample).board }
    }
}
