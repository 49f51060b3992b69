import FrontlineUI
import Testing

@testable import CursesTerminal

/// A stand-in for glibc `wcwidth`: CJK and fullwidth forms 2, everything else 1.
private func fakeWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
        let wide = (0x4E00...0x9FFF).contains(scalar.value) || (0xFF01...0xFF60).contains(scalar.value)
        return total + (wide ? 2 : 1)
    }
}

private func plan(_ grid: Grid, previous: Grid? = nil, columns: Int? = nil, ascii: Bool = false) -> [[CellWrite]] {
    (0..<grid.height).map {
        DrawPlan.writes(row: $0, of: grid, previous: previous, columns: columns ?? grid.width, ascii: ascii, terminalWidth: fakeWidth)
    }
}

private func covered(_ writes: [[CellWrite]]) -> Int {
    writes.joined().reduce(0) { $0 + $1.columns }
}

@Suite("Draw plan")
struct DrawPlanTests {
    @Test("without a previous frame every column is written, wide characters once")
    func full() {
        var grid = Grid(width: 8, height: 1)
        grid.put("高a创", x: 0, y: 0)
        let writes = plan(grid)[0]
        #expect(writes.map(\.text) == ["高", "a", "创", " ", " ", " "])
        #expect(writes.map(\.x) == [0, 2, 3, 5, 6, 7])
        #expect(covered([writes]) == 8)
    }

    @Test("an unchanged grid writes nothing")
    func unchanged() {
        var grid = Grid(width: 12, height: 3)
        grid.put("高创·柏年城", x: 0, y: 1)
        #expect(covered(plan(grid, previous: grid)) == 0)
    }

    @Test("only changed cells are written")
    func changedCells() {
        var old = Grid(width: 10, height: 2)
        old.put("abcdef", x: 0, y: 0)
        var new = old
        new.put("X", x: 2, y: 0)
        new.put("YZ", x: 7, y: 1)
        let writes = plan(new, previous: old)
        #expect(writes[0] == [CellWrite(x: 2, text: "X", style: .plain, columns: 1)])
        #expect(writes[1].map(\.text) == ["Y", "Z"])
    }

    @Test("a restyled continuation cell rewrites its wide character")
    func continuationChange() {
        var old = Grid(width: 4, height: 1)
        old.put("高", x: 1, y: 0)
        var new = old
        new.style(x: 2, y: 0, width: 1, Style(reverse: true))
        #expect(plan(new, previous: old)[0] == [CellWrite(x: 1, text: "高", style: .plain, columns: 2)])
    }

    @Test("a wide character replacing narrow ones, and the reverse")
    func wideNarrowSwap() {
        var old = Grid(width: 4, height: 1)
        old.put("ab高", x: 0, y: 0)
        var new = Grid(width: 4, height: 1)
        new.put("高cd", x: 0, y: 0)
        #expect(plan(new, previous: old)[0].map(\.text) == ["高", "c", "d"])
        #expect(plan(old, previous: new)[0].map(\.text) == ["a", "b", "高"])
    }

    @Test("a wide character cut by the window's edge becomes a space")
    func clippedWide() {
        var grid = Grid(width: 6, height: 1)
        grid.put("abcd高", x: 0, y: 0)
        let writes = plan(grid, columns: 5)[0]
        #expect(writes.map(\.text) == ["a", "b", "c", "d", " "])
        #expect(writes.last?.x == 4)
    }

    @Test("a cluster the terminal measures differently is shown as ? per column")
    func widthDisagreement() {
        var grid = Grid(width: 4, height: 1)
        grid.put("高", x: 0, y: 0)
        let writes = DrawPlan.writes(row: 0, of: grid, previous: nil, columns: 4, ascii: false) { _ in 1 }
        #expect(writes.map(\.text) == ["?", "?", " ", " "])
        #expect(writes.map(\.x) == [0, 1, 2, 3])
    }

    /// First-day issue, item 12: ASCII mode is for box drawing and symbols (the grid already has them in
    /// ASCII); text, Chinese included, is drawn as in any mode.
    @Test("ASCII mode draws the text; the symbols were replaced when the grid was drawn")
    func asciiMode() {
        var grid = Grid(width: 6, height: 1)
        grid.put("a高─", x: 0, y: 0, ascii: true)
        #expect(plan(grid, ascii: true)[0].map(\.text) == ["a", "高", "-", " ", " "])
    }

    @Test("moving a highlight by one row writes two rows")
    func highlightMove() {
        var old = Grid(width: 40, height: 10)
        for y in 0..<10 { old.put("项目 \(y) 高创·柏年城", x: 0, y: y) }
        var new = old
        old.style(x: 0, y: 3, width: 40, Style(reverse: true))
        new.style(x: 0, y: 4, width: 40, Style(reverse: true))
        let writes = plan(new, previous: old)
        #expect(covered(writes) == 80)
        #expect(writes.enumerated().filter { !$0.element.isEmpty }.map(\.offset) == [3, 4])
    }
}
