import FrontlineCore
import FrontlineUI
import Testing

/// Writing into the grid: widths, clipping, wide characters at edges, and nothing unsafe.
struct GridTests {
    struct Case: Sendable, CustomStringConvertible {
        var text: String
        var x: Int
        var limit: Int?
        var row: String
        var description: String { "\(text)@\(x)" }
    }

    static let cases = [
        Case(text: "高创·柏年城", x: 0, limit: nil, row: "高创·柏年 "),
        Case(text: "高创·柏年城", x: 0, limit: 4, row: "高创      "),
        Case(text: "高创·柏年城", x: 0, limit: 5, row: "高创·     "),
        Case(text: "高创·柏年城", x: 0, limit: 6, row: "高创·     "),
        Case(text: "高创·柏年城", x: 5, limit: nil, row: "     高创·"),
        Case(text: "ＡＢ", x: 7, limit: nil, row: "       Ａ "),
        Case(text: "e\u{301}t\u{E9}", x: 0, limit: nil, row: "e\u{301}t\u{E9}       "),
        Case(text: "┌─┐│└┘", x: 2, limit: nil, row: "  ┌─┐│└┘  "),
        Case(text: "a\u{1B}[2Jb", x: 0, limit: nil, row: "a^[[2Jb   "),
        Case(text: "x\r\ny\u{8}z\u{202E}", x: 0, limit: nil, row: "x^M^Jy^Hz<"),
        Case(text: "😀😀😀😀😀😀", x: 0, limit: nil, row: "😀😀😀😀😀"),
        Case(text: "\u{1F1E8}\u{1F1F3}", x: 0, limit: nil, row: "[CN]      "),
    ]

    @Test(arguments: cases)
    func putWritesByDisplayColumns(_ test: Case) {
        var grid = Grid(width: 10, height: 1)
        grid.put(test.text, x: test.x, y: 0, limit: test.limit)
        #expect(grid.row(0) == test.row)
        #expect(DisplayWidth.of(grid.row(0)) == 10)
    }

    @Test func overwritingHalfAWideCharacterLeavesNoHalfCharacter() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文字", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.row(0) == " x文字")
        grid.put("y", x: 2, y: 0)
        #expect(grid.row(0) == " xy 字")
        grid.put("国", x: 3, y: 0)
        #expect(grid.row(0) == " xy国 ")
        #expect(DisplayWidth.of(grid.row(0)) == 6)
    }

    @Test func drawingOutsideTheGridIsIgnored() {
        var grid = Grid(width: 3, height: 2)
        #expect(grid.put("abc", x: 5, y: 0) == 0)
        #expect(grid.put("abc", x: 0, y: 2) == 0)
        #expect(grid.put("abc", x: 0, y: -1) == 0)
        grid.fill(x: -2, y: -2, width: 10, height: 10, style: Style(reverse: true))
        #expect(grid[2, 1].style.reverse)
        #expect(Grid(width: 0, height: 0).text == "")
    }

    @Test func dataWithControlCharactersNeverReachesTheGridRaw() {
        var board = SampleState.board
        var project = board.projects[id: "P-001"]!
        project.name = "柏年\u{1B}]0;pwned\u{7}城\r\u{8}\u{202E}txt.exe\nX"
        board.projects.upsert(project)
        var state = SampleState.make(board: board)
        state.press(.character("2"), .character("/"))
        state.type("柏年")
        for screen in [
            state.render(),
            {
                var s = state; s.press(.enter, .enter); return s.render()
            }(),
        ] {
            for cell in screen.cells {
                #expect(
                    cell.text.unicodeScalars.allSatisfy {
                        $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0.value != 0x202E
                    })
            }
        }
        #expect(state.render().text.contains("柏年^[]0;pw"))
    }
}
