import FrontlineCore

/// One cell of the screen: a character cluster and its style. A double-width character fills its
/// cell and leaves the next one as a continuation (empty text).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell(" ")
    /// The right half of a double-width character.
    public var isContinuation: Bool { text.isEmpty }
}

/// The screen as a value: views draw into it, tests read it as text, the terminal diffs it.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` at (x, y), sanitized, clipped to `limit` columns (default: to the right edge);
    /// a double-width character that does not fit whole becomes a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, limit: Int? = nil, style: Style = .plain, ascii: Bool = false) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in Sanitizer.display(text, ascii: ascii) {
            let w = DisplayWidth.of(character)
            if w <= 0 { continue }
            if column + w > end {
                if column < end { set(column, y, Cell(" ", style)); column += 1 }
                break
            }
            if column >= 0 {
                set(column, y, Cell(String(character), style))
                if w == 2 { set(column + 1, y, Cell("", style)) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blanks of a style (clipped to the grid).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { set(column, row, Cell(" ", style)) }
        }
    }

    /// Sets one cell, repairing any double-width character it cuts in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        // Writing over the right half of a wide character orphans its left half.
        if cells[i].isContinuation && !cell.isContinuation && x > 0 {
            cells[i - 1] = Cell(" ", cells[i - 1].style)
        }
        // Writing a narrow character over the left half of a wide one orphans its right half.
        if x + 1 < width && cells[i + 1].isContinuation && DisplayWidth.of(cells[i].text) == 2 && DisplayWidth.of(cell.text) != 2 {
            cells[i + 1] = Cell(" ", cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Sets the style of a run of cells without changing their text.
    public mutating func style(x: Int, y: Int, width w: Int, _ style: Style) {
        guard y >= 0, y < height else { return }
        for column in max(0, x)..<min(width, x + w) { cells[y * width + column].style = style }
    }

    /// One row as text (continuation cells omitted, so it is exactly `width` display columns).
    public func row(_ y: Int) -> String {
        var line = ""
        for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
        return line
    }

    /// All rows, one per line.
    public var text: String { (0..<height).map(row).joined(separator: "\n") }
}
