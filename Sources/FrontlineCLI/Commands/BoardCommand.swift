import ArgumentParser
import CursesTerminal
import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineSystem
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#endif

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
        try BoardRunner.run(
            store: session.store, today: session.today, lang: session.lang,
            storeLabel: session.store.address.text, options: board, present: session.present,
            seen: SeenState.Place(store: global.storeAddress(session.context), environment: session.context.environment))
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
            throw CLIError(.cannotWrite, .cliCannotCreateTemporaryDirectory)
        }
        let directory = String(cString: made)
        chmod(directory, 0o700)
        defer { DemoCommand.remove(directory) }
        let store = try context.stores.create(at: StoreAddress(directory + "/store"), board: sample)
        let today = try global.explicitAsOf(context) ?? sample.settings.sampleDate ?? Day(2026, 11, 27)!
        try BoardRunner.run(
            store: store, today: today, lang: lang,
            storeLabel: lang.text(.sampleTemporaryCopy), options: board, present: sample.settings.sampleDate)
    }

    /// Removes the temporary copy and everything in it.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Opens the real terminal on a store and runs the board's loop on it.
enum BoardRunner {
    /// `seen`: where the account's state of this store is kept (the 催办 seen on 我的); nil for a temporary copy.
    static func run(
        store: some BoardStore, today: Day, lang: Lang, storeLabel: String, options: BoardOptions, present: Day? = nil,
        seen: SeenState.Place? = nil
    ) throws {
        let context = CLIContext.current
        var environment = context.environment
        if options.noColor { environment["NO_COLOR"] = "1" }
        // The board runs on the main thread only; the store never leaves it.
        nonisolated(unsafe) let store = store
        let signal: Int32 = try MainActor.assumeIsolated {
            let terminal: CursesTerminal
            do throws(TerminalError) {
                terminal = try CursesTerminal(
                    options: .init(
                        ascii: options.ascii ? true : nil, color: options.noColor ? .never : .auto,
                        mouse: options.mouse), environment: environment)
            } catch {
                if let bytes = error.terminalBytes {
                    // A GB18030/GBK terminal without its locale: say it in bytes that terminal can read.
                    try? Descriptor.standardError.writeAll(bytes)
                    throw ExitStatus.usage
                }
                throw CLIError(.usage, written: { error.message(chinese: $0 == .zh) })
            }
            defer { terminal.close() }
            let notice = terminal.localeNotice.map { Notice(text: $0.message(chinese: lang == .zh), isError: $0.isProblem) }
            let kept = seen.map(SeenState.board)
            let state = AppState(
                board: store.board, today: today, lang: lang, theme: Theme(color: terminal.hasColor, ascii: terminal.isASCII),
                storeLabel: storeLabel, login: context.login, width: terminal.width, height: terminal.height,
                present: present, journal: store.history, notice: notice,
                urgesSeen: kept?.urgesSeen, newsSeen: kept?.newsSeen)
            var loop = BoardLoop(
                terminal: terminal, store: store, state: state, login: context.login, uid: context.uid,
                errors: BoardRunner.storeErrors
            ) {
                BoardRunner.changeTime(context, store)
            }
            if let seen {
                loop.keepSeen = { mark, lang in SeenState.keep(mark, at: seen, lang: lang) }
                // The first board on this store for the account: what colleagues do from now on is news next time.
                if kept?.newsSeen == nil { _ = SeenState.keep(.news(revision: store.board.revision), at: seen, lang: lang) }
            }
            var timing = FirstScreenTiming(environment: context.environment)
            loop.firstScreen = {
                timing?.firstScreenDrawn()
                timing = nil
            }
            loop.run()
            return terminal.stopSignal
        }
        // Told to end by a signal: the terminal is restored (above); exit as the signal's convention says.
        if signal != 0 { throw ExitStatus.signal(signal) }
    }

    /// How the board reads the file store's errors: a poll that did not wait for another session's lock
    /// means "busy"; anything else is said as the command line says it.
    static let storeErrors = StoreErrorReader(
        isBusy: { error in
            if case StoreError.lockTimeout(path: _, seconds: 0) = error { return true }
            return false
        },
        message: { error, lang in ExitStatus.of(error, lang)?.message ?? "\(error)" })

    /// When a change made on the board is recorded: as on the command line (README, "When a change is dated").
    static func changeTime(_ context: CLIContext, _ store: some BoardStore) -> Timestamp {
        Session.changeTime(context.clock(), settings: store.board.settings)
    }
}
