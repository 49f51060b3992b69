import CNCursesW
import FrontlineUI

extension CursesTerminal {
    /// Shows `grid`: after a size change or `invalidate()` every cell is written, otherwise only
    /// the cells that differ from the last grid drawn (see `DrawPlan`); then one `doupdate`.
    /// Cells beyond the window (a grid drawn for the size before a resize) are left out.
    public func draw(_ grid: Grid) {
        guard isOpen else { return }
        let window = cnc_stdscr()
        let windowSize = (width: width, height: height)
        let full =
            repaintAll || previous == nil || previous?.width != grid.width || previous?.height != grid.height
            || windowSize != drawnWindowSize
        if clearNext {
            clearok(window, true)
            clearNext = false
        }
        if full { werase(window) }
        let rows = min(grid.height, windowSize.height)
        var written = 0
        for y in 0..<max(0, rows) {
            let writes = DrawPlan.writes(
                row: y, of: grid, previous: full ? nil : previous,
                columns: windowSize.width, ascii: isASCII,
                terminalWidth: Self.terminalWidth)
            for write in writes {
                put(write, y: y, window: window)
                written += write.columns
            }
        }
        previous = grid
        repaintAll = false
        drawnWindowSize = windowSize
        lastDrawnCells = written
        moveCursor(window: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets what is on screen: the next `draw` clears the terminal and writes every cell (Ctrl-L).
    public func invalidate() {
        repaintAll = true
        clearNext = true
    }

    /// Shows the cursor at (x, y) for text input (the `/` filter, forms), clamped to the window.
    /// It stays there across `draw` calls until `hideCursor()`.
    public func showCursor(x: Int, y: Int) {
        guard isOpen else { return }
        cursor = (max(0, min(x, width - 1)), max(0, min(y, height - 1)))
        curs_set(1)
        let window = cnc_stdscr()
        moveCursor(window: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// Shows the cursor at a position, or hides it for nil (the `Terminal` protocol's way).
    public func placeCursor(_ position: (x: Int, y: Int)?) {
        if let position { showCursor(x: position.x, y: position.y) } else { hideCursor() }
    }

    /// Hides the cursor again.
    public func hideCursor() {
        guard isOpen else { return }
        cursor = nil
        curs_set(0)
    }

    private func moveCursor(window: UnsafeMutablePointer<WINDOW>!) {
        if let cursor {
            wmove(window, Int32(clamping: min(cursor.y, height - 1)), Int32(clamping: min(cursor.x, width - 1)))
        }
    }

    /// The columns the terminal (glibc `wcwidth`, as ncursesw uses it) gives a cluster; -1 if any
    /// scalar is unprintable in the current locale.
    static func terminalWidth(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            let w = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
            if w < 0 { return -1 }
            total += w
        }
        return total
    }

    /// Writes one cell: a `cchar_t` with the cluster's scalars (curses fills both columns of a wide
    /// character and encodes it for the locale: UTF-8, or GB18030 on such a terminal).
    private func put(_ write: CellWrite, y: Int, window: UnsafeMutablePointer<WINDOW>!) {
        let attributes = attributes(for: write.style)
        let pair = colorPair(for: write.style)
        let row = Int32(clamping: y)
        let column = Int32(clamping: write.x)
        var characters = write.text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cell = cchar_t()
        if setcchar(&cell, characters, attributes, pair, nil) != cnc_ok() {
            let question: [wchar_t] = [0x3F, 0]
            setcchar(&cell, question, attributes, pair, nil)
        }
        mvwadd_wch(window, row, column, &cell)
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = cnc_a_normal()
        if style.bold { attributes |= cnc_a_bold() }
        if style.reverse { attributes |= cnc_a_reverse() }
        if style.underline { attributes |= cnc_a_underline() }
        if style.dim { attributes |= cnc_a_dim() }
        return attributes
    }

    /// The colour pair for a style's colours, created on first use; 0 (the terminal's default
    /// colours) without colour, for default on default, or when the terminal has no pairs left.
    func colorPair(for style: Style) -> Int16 {
        guard hasColor, style.foreground != .default || style.background != .default else { return 0 }
        let key = Int(style.foreground.rawValue) << 8 | Int(style.background.rawValue)
        if let pair = colorPairs[key] { return pair }
        guard Int32(nextColorPair) < cnc_color_pairs(), nextColorPair < Int16.max else { return 0 }
        let pair = nextColorPair
        guard
            init_pair(
                pair, cursesColor(style.foreground, foreground: true),
                cursesColor(style.background, foreground: false)) == cnc_ok()
        else { return 0 }
        nextColorPair += 1
        colorPairs[key] = pair
        return pair
    }

    /// `COLOR_BLACK`…`COLOR_WHITE` are 0…7 in `Color` order after `.default`, which is -1 (the
    /// terminal's own colour) or, where the terminal cannot keep defaults, white on black.
    private func cursesColor(_ color: Color, foreground: Bool) -> Int16 {
        if color == .default {
            if defaultColors { return -1 }
            return foreground ? 7 : 0
        }
        return Int16(color.rawValue) - 1
    }
}
