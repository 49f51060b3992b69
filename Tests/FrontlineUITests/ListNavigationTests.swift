import FrontlineCore
import Testing

@testable import FrontlineUI

/// Getting around as a value of its own: a page with group headings, a cursor that skips them, a filter that
/// narrows, and a cursor that stays on its record when the page is built again.
struct ListNavigationTests {
    static let issues = Screen.tab(.issues)

    /// Two units' headings and their issues, as a table.
    static func page(_ ids: [(unit: String, issues: [String])]) -> Page {
        var lines: [Line] = []
        for group in ids {
            lines.append(.heading(group.unit))
            lines += group.issues.map { Line(cells: [Span($0), Span("title of \($0)")], target: .issue($0), keywords: [group.unit]) }
        }
        return Page(title: "t", columns: [Column("id", .fixed(6)), Column("title", .flex(min: 8))], lines: lines)
    }

    static func key(_ revision: Int, filter: String = "") -> PageKey {
        PageKey(screen: issues, revision: revision, today: Day(2026, 11, 27)!, lang: .zh, sort: 0, width: 80, ascii: false)
    }

    static func shown(_ page: Page, revision: Int = 0) -> ListNavigation {
        var list = ListNavigation(screen: issues, windowHeight: 24)
        list.show(issues, fresh: page, key: key(revision))
        return list
    }

    @Test func theCursorStartsOnTheFirstRecordAndSkipsHeadings() {
        var list = Self.shown(Self.page([("经发局", ["I-1", "I-2"]), ("城管", ["I-3"])]))
        #expect(list.cursor.index == 1 && list.selected == .issue("I-1"))
        list.move(by: 2)
        #expect(list.selected == .issue("I-3"), "the heading of 城管 is skipped")
        list.move(by: -1)
        #expect(list.selected == .issue("I-2"))
        list.move(by: -10)
        #expect(list.selected == .issue("I-1") && list.cursor.top == 0, "the first heading shows above the first record")
    }

    @Test func aFilterNarrowsAndKeepsTheHeadingsOfWhatIsLeft() {
        var list = Self.shown(Self.page([("经发局", ["I-1", "I-2"]), ("城管", ["I-3"])]))
        list.setFilter("城管")
        list.show(Self.issues, fresh: nil, key: Self.key(0))
        #expect(list.page.lines.map { $0.target?.id ?? "heading" } == ["heading", "I-3"])
        #expect(list.page.lines[0].shownUnder == 1)
        #expect(list.selected == .issue("I-3"))
        list.setFilter("")
        list.show(Self.issues, fresh: nil, key: Self.key(0))
        #expect(list.filter.isEmpty && list.page.lines.count == 5)
    }

    @Test func aNewPageKeepsTheCursorOnItsRecord() {
        var list = Self.shown(Self.page([("经发局", ["I-1", "I-2"]), ("城管", ["I-3"])]))
        list.move(by: 3)
        #expect(list.selected == .issue("I-3"))
        let moved = Self.page([("城管", ["I-3"]), ("经发局", ["I-1", "I-2"])])
        #expect(!list.holds(Self.key(1)))
        list.show(Self.issues, fresh: moved, key: Self.key(1))
        #expect(list.selected == .issue("I-3") && list.cursor.index == 1)
    }

    @Test func findingGoesRoundTheEndAndSaysWhenNothingMatches() {
        var list = Self.shown(Self.page([("经发局", ["I-1", "I-2"]), ("城管", ["I-3"])]))
        list.setFilter("title of i-1")
        let found = list.jumpToMatch(forward: true)
        #expect(found && list.selected == .issue("I-1"), "round the end back to I-1")
        list.setFilter("nothing like it")
        let none = list.jumpToMatch(forward: true)
        #expect(!none)
        #expect(list.selected == .issue("I-1"), "the cursor stays")
    }
}
