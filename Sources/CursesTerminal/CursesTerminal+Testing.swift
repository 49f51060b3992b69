import CNCursesW
import FrontlineUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one screen cell holds, read back from curses (for tests).
struct ScreenCell: Equatable {
    var text: String
    var bold = false
    var reverse = false
    var underline = false
    var dim = false
    var foreground: Color = .default
    var background: Color = .default
}

extension CursesTerminal {
    /// A real curses screen without a tty, for tests: output goes to an anonymous temporary file
    /// (so tests can count the bytes sent), input comes from `/dev/null` (or `input`, which the terminal then
    /// owns and closes), and the window is `width`×`height`. Skips the `TERM` and tty checks but otherwise
    /// starts exactly like the real one.
    convenience init(
        testingWidth width: Int, height: Int, term: String = "xterm-256color",
        options: Options = Options(), environment: [String: String] = [:], input: UnsafeMutablePointer<FILE>? = nil
    ) throws(TerminalError) {
        guard let output = tmpfile() else { throw .notATerminal(.standardOutput) }
        guard let input = input ?? fopen("/dev/null", "r") else {
            fclose(output)
            throw .notATerminal(.standardInput)
        }
        try self.init(
            term: term, output: output, input: input, ownedFiles: [output, input],
            size: (width, height), options: options, environment: environment, interactive: false)
    }

    /// Bytes written to the output so far (meaningful for the testing terminal).
    var outputBytes: Int {
        guard isOpen else { return 0 }
        fflush(outputFile)
        var info = stat()
        guard fstat(fileno(outputFile), &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    /// Row `y` of the curses window as text (double-width characters once, like `Grid.row`).
    func screenRow(_ y: Int) -> String {
        guard isOpen else { return "" }
        let count = width * Int(CCHARW_MAX) + 1
        var buffer = [wchar_t](repeating: 0, count: count)
        let n = mvwinnwstr(cnc_stdscr(), Int32(y), 0, &buffer, Int32(count - 1))
        guard n != cnc_err() else { return "" }
        var text = ""
        for value in buffer.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.unicodeScalars.append(scalar) }
        }
        return text
    }

    /// The cell at (x, y) of the curses window: its characters, attributes and colours.
    func screenCell(x: Int, y: Int) -> ScreenCell {
        var cell = cchar_t()
        guard isOpen, mvwin_wch(cnc_stdscr(), Int32(y), Int32(x), &cell) != cnc_err() else { return ScreenCell(text: "") }
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&cell, &characters, &attributes, &pair, nil)
        var result = ScreenCell(text: "")
        for value in characters.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { result.text.unicodeScalars.append(scalar) }
        }
        result.bold = attributes & cnc_a_bold() != 0
        result.reverse = attributes & cnc_a_reverse() != 0
        result.underline = attributes & cnc_a_underline() != 0
        result.dim = attributes & cnc_a_dim() != 0
        if pair > 0 {
            var foreground: Int16 = 0
            var background: Int16 = 0
            pair_content(pair, &foreground, &background)
            result.foreground = Self.color(curses: foreground)
            result.background = Self.color(curses: background)
        }
        return result
    }

    private static func color(curses value: Int16) -> Color {
        guard value >= 0, value < 8 else { return .default }
        return Color(rawValue: UInt8(value) + 1) ?? .default
    }

    /// Changes the window size as a SIGWINCH would (without queuing `KEY_RESIZE`).
    func simulateResize(width: Int, height: Int) {
        guard isOpen else { return }
        resize_term(Int32(height), Int32(width))
    }

    /// Queues a function-key code (`KEY_RESIZE`, `KEY_UP`, ...) for the next `nextEvent`.
    func pushKeyCode(_ code: Int32) {
        guard isOpen else { return }
        ungetch(code)
    }

    /// Queues a character for the next `nextEvent`, as if typed.
    func pushCharacter(_ value: UInt32) {
        guard isOpen else { return }
        unget_wch(wchar_t(bitPattern: value))
    }

    /// Where the curses cursor is (for `showCursor` tests).
    var cursorPosition: (x: Int, y: Int) {
        let window = cnc_stdscr()
        return (Int(getcurx(window)), Int(getcury(window)))
    }
}
