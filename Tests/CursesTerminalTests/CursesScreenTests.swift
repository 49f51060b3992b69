import FrontlineUI
import Testing

@testable import CursesTerminal

/// Real ncursesw without a tty: `newterm` on a temporary file and `/dev/null` (see
/// `CursesTerminal(testingWidth:height:term:)`), read back cell by cell. ncurses is process-wide
/// state, so everything that opens a screen lives in this one serialized suite.
@MainActor
@Suite("Curses screen", .serialized)
struct CursesScreenTests {
    /// A grid with Chinese, a fullwidth letter, `·`, box drawing, styles and colours, and wide
    /// characters ending exactly at the last column (also in the bottom-right corner).
    static func sampleGrid(width: Int = 20, height: Int = 6) -> Grid {
        var grid = Grid(width: width, height: height)
        grid.put("高创·柏年城", x: 0, y: 0, style: Style(bold: true, reverse: true))
        grid.put("Ａ全角 abc", x: 1, y: 1, style: Style(foreground: .red))
        grid.put("┌──┐│└┘ ─", x: 0, y: 2, style: Style(foreground: .cyan, background: .blue))
        grid.put("u", x: 0, y: 3, style: Style(underline: true))
        grid.put("d", x: 2, y: 3, style: Style(dim: true))
        grid.put("●红 逾期", x: 4, y: 3, style: Style(foreground: .white, background: .red, bold: true))
        grid.put("末尾高", x: width - 6, y: 4)
        grid.put("角", x: width - 2, y: height - 1)
        return grid
    }

    func expectScreen(
        _ terminal: CursesTerminal, equals grid: Grid, rows: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for y in 0..<(rows ?? grid.height) {
            #expect(terminal.screenRow(y) == grid.row(y), "row \(y)", sourceLocation: sourceLocation)
        }
    }

    @Test("draws Chinese, fullwidth, box drawing and styles exactly as the grid says")
    func drawsGrid() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        #expect(terminal.width == 20 && terminal.height == 6)
        #expect(!terminal.isASCII)
        #expect(terminal.hasColor)
        let grid = Self.sampleGrid()
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 20 * 6)
        expectScreen(terminal, equals: grid)
        #expect(terminal.screenRow(0) == "高创·柏年城         ")

        #expect(terminal.screenCell(x: 0, y: 0) == ScreenCell(text: "高", bold: true, reverse: true))
        #expect(terminal.screenCell(x: 4, y: 0).text == "·") // 高 创 take columns 0–3
        #expect(terminal.screenCell(x: 5, y: 0).text == "柏")
        #expect(terminal.screenCell(x: 1, y: 1) == ScreenCell(text: "Ａ", foreground: .red))
        #expect(terminal.screenCell(x: 0, y: 2) == ScreenCell(text: "┌", foreground: .cyan, background: .blue))
        #expect(terminal.screenCell(x: 0, y: 3) == ScreenCell(text: "u", underline: true))
        #expect(terminal.screenCell(x: 2, y: 3) == ScreenCell(text: "d", dim: true))
        #expect(terminal.screenCell(x: 4, y: 3) == ScreenCell(text: "●", bold: true, foreground: .white, background: .red))
        #expect(terminal.screenCell(x: 5, y: 3).text == "红")
        #expect(terminal.screenCell(x: 18, y: 4).text == "高")
        #expect(terminal.screenCell(x: 18, y: 5).text == "角")
    }

    @Test("an unchanged grid writes no cell and sends no byte")
    func unchangedGrid() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        let grid = Self.sampleGrid()
        terminal.draw(grid)
        let bytes = terminal.outputBytes
        #expect(bytes > 0)
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 0)
        #expect(terminal.outputBytes == bytes)
    }

    @Test("changing one row writes only that row's changed cells")
    func oneRowChanged() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        var grid = Self.sampleGrid()
        terminal.draw(grid)
        grid.put("项目", x: 3, y: 1, style: Style(foreground: .red)) // was "全角": same width, new text
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 4)
        expectScreen(terminal, equals: grid)
        #expect(terminal.screenRow(1) == " Ａ项目 abc         ")
    }

    @Test("moving the highlight one row writes two rows and a few hundred bytes at most")
    func highlightMove() throws {
        let width = 80
        let terminal = try CursesTerminal(testingWidth: width, height: 24)
        defer { terminal.close() }
        var base = Grid(width: width, height: 24)
        for y in 0..<24 { base.put("\(y) 高创·柏年城 项目进度 \(y * 7)% ●红 逾期 3 天", x: 0, y: y) }
        var frame = base
        frame.style(x: 0, y: 5, width: width, Style(reverse: true))
        terminal.draw(frame)
        let before = terminal.outputBytes
        frame = base
        frame.style(x: 0, y: 6, width: width, Style(reverse: true))
        terminal.draw(frame)
        #expect(terminal.lastDrawnCells == 2 * width)
        #expect(terminal.outputBytes - before < 400)
        expectScreen(terminal, equals: frame)
        #expect(terminal.screenCell(x: 0, y: 6).reverse)
        #expect(!terminal.screenCell(x: 0, y: 5).reverse)
    }

    @Test("a new size repaints everything, and the resize event reports it")
    func resize() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        terminal.draw(Self.sampleGrid())
        terminal.simulateResize(width: 30, height: 8)
        terminal.pushKeyCode(0o632) // KEY_RESIZE
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .resize(width: 30, height: 8))
        let grid = Self.sampleGrid(width: 30, height: 8)
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 30 * 8)
        expectScreen(terminal, equals: grid)

        // Shrinking below the grid: the cut row keeps its place, nothing wraps.
        terminal.simulateResize(width: 25, height: 5)
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 25 * 5)
        for y in 0..<5 { #expect(terminal.screenRow(y).unicodeScalars.count <= 25) }
        // 末 of 末尾高 (columns 24–29 of the grid) would straddle the edge at 24: a space instead.
        #expect(terminal.screenRow(4) == String(repeating: " ", count: 25))
        #expect(terminal.screenRow(0) == "高创·柏年城" + String(repeating: " ", count: 14))
    }

    @Test("a wide character at the last column never breaks the row")
    func wideAtEdge() throws {
        let terminal = try CursesTerminal(testingWidth: 10, height: 3)
        defer { terminal.close() }
        // A grid drawn for a window one column wider (the resize not seen yet): 高 straddles the edge.
        var wider = Grid(width: 11, height: 3)
        wider.put("abcdefghi高", x: 0, y: 0)
        wider.put("next row", x: 0, y: 1)
        wider.put("末", x: 8, y: 2)
        terminal.draw(wider)
        #expect(terminal.screenRow(0) == "abcdefghi ")
        #expect(terminal.screenRow(1) == "next row  ")
        #expect(terminal.screenRow(2) == "        末")

        // Grid.put itself turns a wide character that does not fit into a space.
        var exact = Grid(width: 10, height: 3)
        exact.put("高", x: 9, y: 0)
        exact.put("second", x: 0, y: 1)
        terminal.draw(exact)
        expectScreen(terminal, equals: exact)
        #expect(terminal.screenRow(1) == "second    ")
    }

    @Test("invalidate repaints every cell")
    func invalidate() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        let grid = Self.sampleGrid()
        terminal.draw(grid)
        terminal.invalidate()
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 20 * 6)
        expectScreen(terminal, equals: grid)
        terminal.draw(grid)
        #expect(terminal.lastDrawnCells == 0)
    }

    @Test("vt100, NO_COLOR and --no-color come out monochrome; attributes still show")
    func monochrome() throws {
        let cases: [(String, CursesTerminal.Options, [String: String])] = [
            ("vt100", .init(), [:]),
            ("xterm-256color", .init(), ["NO_COLOR": "1"]),
            ("xterm-256color", .init(color: .never), [:]),
        ]
        for (term, options, environment) in cases {
            let terminal = try CursesTerminal(testingWidth: 20, height: 6, term: term, options: options, environment: environment)
            defer { terminal.close() }
            #expect(!terminal.hasColor, "\(term) \(environment)")
            terminal.draw(Self.sampleGrid())
            #expect(terminal.screenCell(x: 1, y: 1) == ScreenCell(text: "Ａ"))
            #expect(terminal.screenCell(x: 0, y: 0) == ScreenCell(text: "高", bold: true, reverse: true))
        }
        // An empty NO_COLOR does not count (no-color.org).
        let colour = try CursesTerminal(testingWidth: 20, height: 6, environment: ["NO_COLOR": ""])
        defer { colour.close() }
        #expect(colour.hasColor)
    }

    /// First-day issue, item 12: `--ascii` keeps text where the locale can show it; symbols are ASCII.
    @Test("ASCII mode writes the text and ASCII symbols; only a locale without Chinese shows ?")
    func asciiMode() throws {
        let terminal = try CursesTerminal(testingWidth: 12, height: 2, options: .init(ascii: true))
        defer { terminal.close() }
        #expect(terminal.isASCII)
        var grid = Grid(width: 12, height: 2)
        grid.put("+-|ok", x: 0, y: 0, style: Style(bold: true))
        grid.put("高─x", x: 0, y: 1, ascii: true)
        terminal.draw(grid)
        #expect(terminal.screenRow(0) == "+-|ok       ")
        if CursesTerminal.terminalWidth("高") == 2 {
            #expect(terminal.localeNotice == nil)
            #expect(terminal.screenRow(1) == "高-x        ")
        } else {
            #expect(terminal.localeNotice?.kind == .noChineseText, "a locale without Chinese says so")
            #expect(terminal.screenRow(1) == "??-x        ")
        }
        #expect(terminal.screenCell(x: 0, y: 0) == ScreenCell(text: "+", bold: true))
    }

    @Test("keys come through get_wch: function keys, Chinese, ignored Ctrl-Space, idle")
    func events() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .idle)
        terminal.pushKeyCode(0o403)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.up))
        terminal.pushKeyCode(0o410 + 10)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.function(10)))
        for scalar in "高创".unicodeScalars {
            terminal.pushCharacter(scalar.value)
            #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character(Character(scalar))))
        }
        terminal.pushCharacter(12)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.control("l")))
        terminal.pushCharacter(0)
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .idle)
        #expect(!terminal.inputClosed)
    }

    @Test("the text cursor stays where it was put across draws")
    func cursor() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        terminal.showCursor(x: 3, y: 2)
        terminal.draw(Self.sampleGrid())
        #expect(terminal.cursorPosition == (3, 2))
        terminal.showCursor(x: 99, y: 99)
        #expect(terminal.cursorPosition == (19, 5))
        terminal.hideCursor()
    }

    @Test("an idle loop (draw the same grid, hide or show the cursor again) sends nothing")
    func quietLoop() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        defer { terminal.close() }
        let grid = Self.sampleGrid()
        terminal.draw(grid)
        terminal.hideCursor()
        let hidden = terminal.outputBytes
        for _ in 0..<3 {
            terminal.draw(grid)
            terminal.hideCursor()
        }
        #expect(terminal.outputBytes == hidden)
        terminal.showCursor(x: 2, y: 1)
        let shown = terminal.outputBytes
        for _ in 0..<3 {
            terminal.draw(grid)
            terminal.showCursor(x: 2, y: 1)
        }
        #expect(terminal.outputBytes == shown)
    }

    @Test("close is idempotent and leaves a usable object")
    func close() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 6)
        terminal.draw(Self.sampleGrid())
        terminal.close()
        terminal.close()
        #expect(terminal.width == 20 && terminal.height == 6)
        terminal.draw(Self.sampleGrid())
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .idle)
        // A new screen can be opened afterwards.
        let again = try CursesTerminal(testingWidth: 10, height: 2)
        again.close()
    }

    @Test("tiny windows and empty grids never crash")
    func tinySizes() throws {
        let terminal = try CursesTerminal(testingWidth: 1, height: 1)
        defer { terminal.close() }
        var one = Grid(width: 1, height: 1)
        one.put("高", x: 0, y: 0)
        terminal.draw(one)
        #expect(terminal.screenRow(0) == " ")
        one.put("x", x: 0, y: 0)
        terminal.draw(one)
        #expect(terminal.screenRow(0) == "x")
        terminal.draw(Grid(width: 0, height: 0))
        #expect(terminal.lastDrawnCells == 0)
        terminal.draw(Self.sampleGrid())
        #expect(terminal.lastDrawnCells == 1)
        #expect(terminal.screenRow(0) == " ") // 高创… : 高 would straddle the edge
        terminal.showCursor(x: 5, y: 5)
        #expect(terminal.cursorPosition == (0, 0))
    }

    @Test("a terminal released without close() still ends curses, and a new one can start")
    func releasedWithoutClose() throws {
        do {
            let terminal = try CursesTerminal(testingWidth: 10, height: 2)
            terminal.draw(Grid(width: 10, height: 2))
        }
        let next = try CursesTerminal(testingWidth: 10, height: 2)
        defer { next.close() }
        var grid = Grid(width: 10, height: 2)
        grid.put("柏年城", x: 0, y: 0)
        next.draw(grid)
        #expect(next.screenRow(0) == "柏年城    ")
    }

    @Test("the locale ends up UTF-8 unless ASCII was asked for")
    func locale() throws {
        let terminal = try CursesTerminal(testingWidth: 10, height: 2)
        defer { terminal.close() }
        #expect(!terminal.isASCII)
        if let notice = terminal.localeNotice {
            guard case .switched(let name) = notice.kind else { Issue.record("not a switch: \(notice.kind)"); return }
            #expect(LocalePolicy.fallbacks.contains(name))
        }
        #expect(CursesTerminal.terminalWidth("高") == 2)
        #expect(CursesTerminal.terminalWidth("a") == 1)
    }

    @Test("an unknown TERM is refused (newterm returns NULL), and so is one without cursor addressing")
    func unknownTerminal() {
        #expect(throws: TerminalError.unknownTerminal("no-such-terminal-frontline")) {
            try CursesTerminal(testingWidth: 10, height: 2, term: "no-such-terminal-frontline")
        }
        #expect(throws: TerminalError.dumbTerminal(term: "dumb")) {
            try CursesTerminal(testingWidth: 10, height: 2, term: "dumb")
        }
    }
}
