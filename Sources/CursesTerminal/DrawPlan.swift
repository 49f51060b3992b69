import FrontlineUI

/// One write to the screen: `text` (one cluster, or a replacement) at column `x`, covering `columns`.
struct CellWrite: Equatable, Sendable {
    var x: Int
    var text: String
    var style: Style
    var columns: Int
}

/// Decides which cells of a row to write: all of them, or only those that differ from the last
/// frame. Pure, so the diff is tested without a terminal.
///
/// A double-width character is written from its left cell and covers its continuation; a changed
/// continuation rewrites its character. Whatever the terminal cannot show as the grid means it is
/// replaced so the row never shifts: a wide character cut by the window's right edge or followed by
/// no continuation becomes a space, an orphaned continuation becomes a space, and a cluster whose
/// terminal width (`wcwidth`) disagrees with the grid's becomes `?` per column (in every mode: ASCII mode
/// replaces symbols in the app, not text here).
enum DrawPlan {
    /// The writes for row `y` of `grid`, limited to its first `columns` columns (the window may be
    /// narrower than the grid). With `previous` (a grid of the same size) only changed cells are written.
    static func writes(
        row y: Int, of grid: Grid, previous: Grid?, columns: Int, ascii: Bool,
        terminalWidth: (String) -> Int
    ) -> [CellWrite] {
        let width = min(columns, grid.width)
        guard width > 0, y >= 0, y < grid.height else { return [] }
        let base = y * grid.width
        let cells = grid.cells
        let old: [Cell]? = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0.cells : nil }

        var result: [CellWrite] = []
        var x = 0
        while x < width {
            let cell = cells[base + x]
            // A slot is a character and, if wide, its continuation.
            let wide = x + 1 < grid.width && cells[base + x + 1].isContinuation && !cell.isContinuation
            let span = wide ? 2 : 1
            defer { x += span }
            if let old {
                let oldWide = x + 1 < grid.width && old[base + x + 1].isContinuation && !old[base + x].isContinuation
                var changed = old[base + x] != cell || oldWide != wide
                if wide { changed = changed || old[base + x + 1] != cells[base + x + 1] }
                if !changed { continue }
            }
            if cell.isContinuation {
                // Orphaned right half (no wide character to its left in the grid).
                result.append(CellWrite(x: x, text: " ", style: cell.style, columns: 1))
                continue
            }
            if wide && x + 1 >= width {
                // Cut by the window's right edge: never let curses wrap it onto the next row.
                result.append(CellWrite(x: x, text: " ", style: cell.style, columns: 1))
                continue
            }
            // The same test in ASCII mode: the app has replaced the symbols; the text (Chinese too) is drawn
            // in the locale's encoding (UTF-8, or GB18030 on such a terminal) wherever its width agrees.
            let fits = terminalWidth(cell.text) == span
            if fits {
                result.append(CellWrite(x: x, text: cell.text, style: cell.style, columns: span))
            } else {
                result.append(CellWrite(x: x, text: "?", style: cell.style, columns: 1))
                if wide {
                    result.append(CellWrite(x: x + 1, text: "?", style: cells[base + x + 1].style, columns: 1))
                }
            }
        }
        return result
    }
}
