#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import CursesTerminal
import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineUI

/// Options of the terminal board.
struct BoardOptions: ParsableArguments {
    @Flag(help: "Plain ASCII for terminals that are not UTF-8 (box drawing +-|, marks [R]).") var ascii = false
    @Flag(name: .customLong("no-color"), help: "Monochrome: bold, reverse and text marks instead of colours (also NO_COLOR=1).") var noColor = false
    @Flag(help: "Turn the mouse on (off by default).") var mouse = false
}

/// `frontline` (no subcommand) and `frontline board`: the terminal board on the store.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: "Open the terminal board on the store (the default).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var board: BoardOptions

    func run() throws {
        let session = try Session.open(global)
        try BoardRunner.run(store: session.store, today: session.today, lang: session.lang,
                            storeLabel: session.store.directory, options: board)
    }
}

/// `frontline demo`: the board on a fresh temporary copy of the bundled sample, as of its date.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Open the board on a temporary copy of the bundled sample store.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var board: BoardOptions

    func run() throws {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        var sample = try SampleData.board()
        SampleData.makeAdministrator(&sample, login: context.login, name: context.login)
        var template = Array("\(context.environment["TMPDIR"] ?? "/tmp")/frontline-demo-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CLIError(code: 73, zh: "无法创建临时目录", en: "cannot create a temporary directory")
        }
        let directory = String(cString: made)
        chmod(directory, 0o700)
        defer { DemoCommand.remove(directory) }
        let store = try FileStore.create(at: directory + "/store", board: sample)
        let today = try global.explicitAsOf(context) ?? sample.settings.sampleDate ?? Day(2026, 11, 27)!
        try BoardRunner.run(store: store, today: today, lang: lang,
                            storeLabel: lang.pick("示例（临时副本）", "sample (temporary copy)"), options: board)
    }

    /// Removes the temporary copy and everything in it.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// The board's run loop: draw, wait for a key or half a second, apply, carry out the effects.
enum BoardRunner {
    /// How long the board waits for a key before looking for other sessions' changes.
    static let pollMilliseconds = 500

    static func run(store: FileStore, today: Day, lang: Lang, storeLabel: String, options: BoardOptions) throws {
        let context = CLIContext.current
        var environment = context.environment
        if options.noColor { environment["NO_COLOR"] = "1" }
        // The board runs on the main thread only; the store never leaves it.
        nonisolated(unsafe) let store = store
        try MainActor.assumeIsolated {
            let terminal: CursesTerminal
            do throws(TerminalError) {
                terminal = try CursesTerminal(options: .init(ascii: options.ascii ? true : nil, color: options.noColor ? .never : .auto,
                                                             mouse: options.mouse), environment: environment)
            } catch {
                throw CLIError(code: 64, zh: error.message(chinese: true), en: error.message(chinese: false))
            }
            defer { terminal.close() }
            var state = AppState(board: store.board, today: today, lang: lang, theme: Theme(color: terminal.hasColor, ascii: terminal.isASCII),
                                 storeLabel: storeLabel, login: context.login, width: terminal.width, height: terminal.height)
            if let notice = terminal.localeNotice {
                state.notice = Notice(text: notice.message(chinese: lang == .zh), isError: true)
            }
            var timing = FirstScreenTiming(environment: context.environment)
            while true {
                terminal.draw(state.render())
                timing?.firstScreenDrawn()
                timing = nil
                if let position = state.cursorPosition {
                    terminal.showCursor(x: position.x, y: position.y)
                } else {
                    terminal.hideCursor()
                }
                if terminal.inputClosed { return }
                for effect in state.handle(terminal.nextEvent(timeoutMilliseconds: pollMilliseconds)) {
                    switch effect {
                    case .quit: return
                    case .redraw: terminal.invalidate()
                    case .reload: reload(store, into: &state, login: context.login)
                    case .save(let intents):
                        let before = store.board.revision
                        let outcomes = intents.map { save($0, store, lang: state.lang, context: context) }
                        state.saved(intents, outcomes)
                        if store.board.revision != before {
                            let byOthers = store.history.contains { $0.seq > before && $0.login != context.login }
                            state.dataChanged(store.board, byOthers: byOthers)
                        }
                    }
                }
            }
        }
    }

    /// Saves one intent as the account at the keyboard; says how it went instead of throwing. The change
    /// is dated as on the command line (`Settings.changeTime`), whatever day the board is showing.
    static func save(_ intent: Intent, _ store: FileStore, lang: Lang, context: CLIContext) -> SaveOutcome {
        do {
            let now = Session.changeTime(context.clock(), settings: store.board.settings)
            return .saved(try store.perform(intent, login: context.login, uid: context.uid, today: now.day, now: now))
        } catch let error as DomainError {
            return .rejected(error)
        } catch {
            return .failed(ExitCodes.known(error, lang)?.message ?? "\(error)")
        }
    }

    /// Takes in other sessions' saves; a store that cannot be read now is reported, not fatal.
    static func reload(_ store: FileStore, into state: inout AppState, login: String) {
        let before = store.board.revision
        do {
            guard try store.refresh() else { return }
            let byOthers = store.history.contains { $0.seq > before && $0.login != login }
            state.dataChanged(store.board, byOthers: byOthers)
        } catch {
            state.notice = Notice(text: ExitCodes.known(error, state.lang)?.message ?? "\(error)", isError: true)
        }
    }
}
