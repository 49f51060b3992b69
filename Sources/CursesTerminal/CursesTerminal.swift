import CNCursesW
import CTerminalGuard
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real terminal: ncursesw in wide-character mode, drawing diffed grids and reading keys.
///
/// The only type in the program that talks to curses. ncurses is process-wide state, so there is
/// one instance at a time and it lives on the main actor. Start-up refuses what cannot work
/// (unset or `dumb` `TERM`, stdin/stdout not a terminal, unknown terminal, no UTF-8 locale)
/// with a `TerminalError` before anything is drawn.
///
/// Restoring the terminal: `close()` (idempotent) ends curses; it also runs when the instance is
/// released, and an `atexit` hook ends curses if the process exits while it is still active.
/// SIGHUP, SIGTERM and SIGINT make `nextEvent` return `.stop` (the app quits and closes the terminal;
/// `stopSignal` says which); a second one, or a crash (trap, segfault, abort), restores the screen and
/// the terminal modes at once from a signal handler (`CTerminalGuard`). SIGTSTP is ncurses' own.
@MainActor
public final class CursesTerminal: Terminal {
    /// Whether to use colour when the terminal has it.
    public enum ColorPolicy: Sendable, Equatable {
        /// Colour if the terminal supports it and `NO_COLOR` is not set (non-empty).
        case auto
        /// Never colour (`--no-color`).
        case never
    }

    /// Start-up options, usually from the command line.
    public struct Options: Sendable, Equatable {
        /// `true`: ASCII mode (`--ascii`); `nil`/`false`: UTF-8, switching the locale if needed.
        public var ascii: Bool?
        public var color: ColorPolicy
        /// Mouse reporting (`--mouse`); off by default so the terminal's own selection works.
        public var mouse: Bool

        public init(ascii: Bool? = nil, color: ColorPolicy = .auto, mouse: Bool = false) {
            self.ascii = ascii
            self.color = color
            self.mouse = mouse
        }
    }

    /// True in ASCII mode: the app should draw with `Theme(ascii: true)` and `Grid.put(ascii: true)`.
    public let isASCII: Bool
    /// True when colours are in use; otherwise the app should pick the monochrome theme.
    public let hasColor: Bool
    /// Set when the locale was not UTF-8 and `LC_CTYPE` was switched: show it on screen.
    public let localeNotice: LocaleNotice?
    /// The terminal type in use (`TERM`).
    public let terminalName: String
    /// How many cells (columns) the last `draw` wrote: 0 for an unchanged grid.
    public internal(set) var lastDrawnCells = 0
    /// True once reads keep failing at once (input hung up, e.g. the SSH link dropped with SIGHUP
    /// ignored). `nextEvent` then waits out its timeout and returns `.idle` instead of spinning;
    /// the app should save and quit.
    public internal(set) var inputClosed = false

    nonisolated(unsafe) private var screen: OpaquePointer?
    nonisolated(unsafe) private var ownedFiles: [UnsafeMutablePointer<FILE>]
    let outputFile: UnsafeMutablePointer<FILE>

    // Drawing state (see CursesTerminal+Drawing.swift).
    var previous: Grid?
    var repaintAll = true
    var clearNext = false
    var drawnWindowSize = (width: -1, height: -1)
    var cursor: (x: Int, y: Int)?
    var colorPairs: [Int: Int16] = [:]
    var nextColorPair: Int16 = 1
    let defaultColors: Bool
    // Input state (see CursesTerminal+Input.swift).
    var inputWatch = InputWatch()
    /// The descriptor curses reads keys from, waited on together with a store's signal.
    let inputDescriptor: Int32
    let mouse: Bool
    private var closedSize = (width: 0, height: 0)

    /// Opens the terminal on stdin/stdout. `environment` is the process environment
    /// (`TERM`, `NO_COLOR`, `LANG`/`LC_ALL` for messages).
    public convenience init(options: Options = Options(), environment: [String: String]) throws(TerminalError) {
        let term = try Preflight.check(environment: environment)
        try self.init(
            term: term, output: cnc_stdout(), input: cnc_stdin(), ownedFiles: [], size: nil,
            options: options, environment: environment, interactive: true)
    }

    /// The shared start-up: locale, `newterm`, modes, colours. `size` overrides the window size
    /// (tests, where output is not a terminal); `interactive` also adjusts the tty (flow control).
    init(
        term: String, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        ownedFiles: [UnsafeMutablePointer<FILE>], size: (width: Int, height: Int)?,
        options: Options, environment: [String: String], interactive: Bool
    ) throws(TerminalError) {
        func closeFiles() { for file in ownedFiles { fclose(file) } }
        let locale: (ascii: Bool, notice: LocaleNotice?)
        do {
            locale = try Self.setUpLocale(asciiRequested: options.ascii, environment: environment)
        } catch {
            closeFiles()
            throw error
        }
        if interactive { tg_save_modes(fileno(input)) }
        guard let screen = newterm(term, output, input) else {
            closeFiles()
            throw .unknownTerminal(term)
        }
        guard cnc_has_cursor_address() != 0 else {
            endwin()
            delscreen(screen)
            closeFiles()
            throw .dumbTerminal(term: term)
        }
        self.screen = screen
        self.ownedFiles = ownedFiles
        self.outputFile = output
        self.inputDescriptor = fileno(input)
        self.terminalName = term
        self.isASCII = locale.ascii
        self.localeNotice = locale.notice
        self.mouse = options.mouse

        let window = cnc_stdscr()
        if let size { resize_term(Int32(clamping: size.height), Int32(clamping: size.width)) }
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        if interactive {
            // Ctrl-S would otherwise freeze output (XON/XOFF); keep it as a key. ncurses restores
            // the shell's modes on endwin and this program mode after a suspend.
            if cnc_disable_flow_control(fileno(input)) == 0 { def_prog_mode() }
        }
        if options.mouse {
            mousemask(cnc_all_mouse_events(), nil)
            mouseinterval(0)
        } else {
            mousemask(0, nil)
        }

        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if options.color != .never && !noColor && has_colors() && start_color() == cnc_ok() && cnc_colors() >= 8 {
            hasColor = true
            defaultColors = use_default_colors() == cnc_ok()
        } else {
            hasColor = false
            defaultColors = false
        }
        Self.registerExitHook()
        if interactive {
            var restore = [CChar](repeating: 0, count: 256)
            let length = cnc_restore_sequence(&restore, restore.count, options.mouse ? 1 : 0)
            tg_install(fileno(output), restore, length)
        }
    }

    deinit {
        // Released without close(): end curses anyway (deinit is not isolated; the C calls are
        // process-global and the instance is no longer shared).
        if let screen {
            endwin()
            delscreen(screen)
        }
        for file in ownedFiles { fclose(file) }
    }

    /// Ends curses and restores the terminal (cursor, echo, line mode, main screen). Idempotent;
    /// after it `draw` does nothing and `nextEvent` returns `.idle`.
    public func close() {
        guard let screen else { return }
        closedSize = (width, height)
        endwin()
        delscreen(screen)
        tg_uninstall()
        self.screen = nil
        for file in ownedFiles { fclose(file) }
        ownedFiles = []
    }

    /// The signal that told the process to end (SIGHUP, SIGTERM, SIGINT), or 0.
    public var stopSignal: Int32 { tg_stop_signal() }

    /// Whether curses is active (not yet closed).
    var isOpen: Bool { screen != nil }

    public var width: Int {
        guard isOpen else { return closedSize.width }
        return Int(cnc_getmaxx(cnc_stdscr()))
    }

    public var height: Int {
        guard isOpen else { return closedSize.height }
        return Int(cnc_getmaxy(cnc_stdscr()))
    }

    /// `setlocale(LC_ALL, "")`, then `LocalePolicy`: keep UTF-8 or a Chinese legacy encoding (then symbols
    /// in ASCII), else switch `LC_CTYPE` to UTF-8. Returns whether symbols are drawn in ASCII, and the notice.
    static func setUpLocale(asciiRequested: Bool?, environment: [String: String]) throws(TerminalError) -> (ascii: Bool, notice: LocaleNotice?) {
        let installed = setlocale(cnc_lc_all(), "") != nil
        let codeset = String(cString: cnc_codeset())
        let outcome = LocalePolicy.decide(
            codeset: codeset, asciiRequested: asciiRequested,
            requested: LocalePolicy.governingValue(in: environment)
        ) { name in
            setlocale(cnc_lc_ctype(), name) != nil ? String(cString: cnc_codeset()) : nil
        }
        let situation = LocaleSituation(
            setting: LocalePolicy.governingSetting(in: environment),
            codeset: codeset, installed: installed)
        let ascii = asciiRequested == true
        switch outcome {
        case .utf8: return (ascii, nil)
        case .chinese(let now, _): return (true, LocaleNotice(situation: situation, kind: .chinese(codeset: now)))
        case .switched(let name): return (ascii, LocaleNotice(situation: situation, kind: .switched(to: name)))
        case .ascii: return (true, LocaleNotice(situation: situation, kind: .noChineseText))
        case .unusable: throw .noUTF8Locale(situation)
        case .chineseUnavailable: throw .noChineseLocale(situation)
        }
    }

    private static var exitHookRegistered = false

    /// Ends curses at `exit()` if the app exits without `close()` (e.g. a thrown error at top level).
    private static func registerExitHook() {
        guard !exitHookRegistered else { return }
        exitHookRegistered = true
        atexit(restoreTerminalAtExit)
    }
}

/// The `atexit` hook: not actor-isolated, since `exit` may run on any thread.
private func restoreTerminalAtExit() {
    cnc_restore_terminal()
}
