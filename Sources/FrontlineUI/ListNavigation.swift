import FrontlineCore

/// Where the user is on each screen and what the screen shows: the page (built once, then filtered), the
/// cursor and the filter of every screen, moving, scrolling and finding. A value of its own, so that getting
/// around is changed and tested apart from editing (docs/board.md, Lists).
struct ListNavigation: Sendable {
    /// The page on screen, filtered.
    private(set) var page = Page(title: "", lines: [])
    /// The screen the page is of.
    private(set) var screen: Screen
    /// The window's height in rows: the body's height follows from it and from whether the page has columns.
    var windowHeight: Int
    /// The page before filtering, what it was made for, and the filter `page` was made with.
    private var fullPage = Page(title: "", lines: [])
    private var pageKey: PageKey?
    private var pageFilter: String?
    private var cursors: [Screen: Cursor] = [:]
    private var filters: [Screen: String] = [:]

    init(screen: Screen, windowHeight: Int) {
        self.screen = screen
        self.windowHeight = windowHeight
    }

    var cursor: Cursor { cursors[screen] ?? Cursor() }

    /// The filter typed on this screen (on a detail: the text searched for).
    var filter: String { filters[screen] ?? "" }

    /// What the line under the cursor points at.
    var selected: Target? { page.lines[safe: cursor.index]?.target }

    var isDetail: Bool {
        if case .detail = screen { return true }
        return false
    }

    /// How many lines of the page the window shows.
    var bodyHeight: Int { Layout(width: Layout.minimumWidth, height: windowHeight, hasColumns: !page.columns.isEmpty).bodyHeight }

    /// Sets this screen's filter (nil or empty: none).
    mutating func setFilter(_ text: String?) {
        filters[screen] = text?.isEmpty == false ? text : nil
    }

    /// Forgets where the cursor was on a screen: it starts at the top when shown again.
    mutating func forgetCursor(on screen: Screen) {
        cursors[screen] = nil
    }

    // MARK: Showing a screen

    /// Whether the page held was made for `key` (then it need not be built again).
    func holds(_ key: PageKey) -> Bool { key == pageKey }

    /// Shows `screen` with its page (`fresh` when it was built anew for `key`, else the one held), filtered;
    /// the cursor goes back onto its record.
    mutating func show(_ screen: Screen, fresh: Page?, key: PageKey) {
        self.screen = screen
        if let fresh {
            fullPage = fresh
            pageKey = key
            pageFilter = nil
        }
        // A detail is searched (n/N), not filtered.
        let wanted = isDetail ? "" : filter
        if wanted != pageFilter {
            // Typing on narrows what is already shown; anything else filters the whole page again.
            let narrowing = pageFilter.map { !$0.isEmpty && wanted.hasPrefix($0) } ?? false
            page = (narrowing ? page : fullPage).filtered(wanted)
            pageFilter = wanted
        }
        // A list starts on its first record; a detail at its top.
        var c = cursors[screen] ?? Cursor(index: isDetail ? 0 : page.lines.firstIndex { $0.target != nil } ?? 0)
        // A record can have several lines (a project under two parts of a score): stay on this one.
        if let target = c.target, page.lines[safe: c.index]?.target != target,
            let found = page.lines.firstIndex(where: { $0.target == target })
        {
            c.index = found
        }
        c.index = max(0, min(c.index, page.lines.count - 1))
        if page.lines.indices.contains(c.index) && !isSelectable(c.index) {
            // Never rest on a heading: the next record down, else the one above.
            c.index = page.lines.indices[c.index...].first(where: isSelectable) ?? page.lines.indices[..<c.index].last(where: isSelectable) ?? c.index
        }
        if c.target == nil || !page.lines.indices.contains(c.index) || page.lines[c.index].target != c.target {
            c.target = page.lines.indices.contains(c.index) ? page.lines[c.index].target : nil
        }
        cursors[screen] = scrolled(c)
    }

    // MARK: Moving

    /// Moves by `delta` lines onto the nearest line that can be selected in that direction (else stays).
    mutating func move(by delta: Int) {
        guard !page.lines.isEmpty else { return }
        let wanted = max(0, min(cursor.index + delta, page.lines.count - 1))
        let step = delta >= 0 ? 1 : -1
        var i = wanted
        while page.lines.indices.contains(i) && !isSelectable(i) { i += step }
        if !page.lines.indices.contains(i) {
            // Nothing selectable that way: the nearest one back towards the cursor.
            i = wanted
            while page.lines.indices.contains(i) && !isSelectable(i) { i -= step }
        }
        guard page.lines.indices.contains(i) else { return }
        move(to: i)
        // At the first selectable line, show what is above it (titles, counts) too.
        if !(0..<i).contains(where: isSelectable), var c = cursors[screen], c.index < max(1, bodyHeight) {
            c.top = 0
            cursors[screen] = c
        }
    }

    /// A whole screenful down (or up, for a negative count), keeping one line of the last view.
    mutating func move(screens: Int) {
        move(by: screens * max(1, bodyHeight - 1))
    }

    mutating func move(to index: Int) {
        var c = cursor
        c.index = max(0, min(index, page.lines.count - 1))
        c.target = page.lines.indices.contains(c.index) ? page.lines[c.index].target : nil
        cursors[screen] = scrolled(c)
    }

    /// Moves to the next (or previous) line holding the filter's text, round the end; false when no line does.
    mutating func jumpToMatch(forward: Bool) -> Bool {
        let term = filter.lowercased()
        guard !term.isEmpty, !page.lines.isEmpty else { return true }
        let count = page.lines.count
        for step in 1...count {
            let i = (cursor.index + (forward ? step : count - step)) % count
            if page.lines[i].contains(term) {
                move(to: i)
                return true
            }
        }
        return false
    }

    /// Whether the cursor may stop on a line: in a table only on records (never on a group heading, where
    /// Enter does nothing); on a page of text on anything but headings and blank lines.
    func isSelectable(_ i: Int) -> Bool {
        let line = page.lines[i]
        if line.target != nil { return true }
        return page.columns.isEmpty && !line.isSeparator
    }

    /// Keeps the selected line in view.
    private func scrolled(_ c: Cursor) -> Cursor {
        var c = c
        let rows = max(1, bodyHeight)
        if c.index < c.top {
            // Moving up onto a line shows its heading too.
            c.top = c.index > 0 && page.lines[c.index - 1].isHeading ? c.index - 1 : c.index
        }
        if c.index >= c.top + rows { c.top = c.index - rows + 1 }
        c.top = max(0, min(c.top, max(0, page.lines.count - rows)))
        return c
    }
}

/// What a page depends on: when none of it changed, the page is reused.
struct PageKey: Hashable, Sendable {
    var screen: Screen
    var revision: Int
    var today: Day
    var lang: Lang
    var sort: Int
    var width: Int
    var ascii: Bool
    /// How many colleagues' changes to my items 我的 lists as new (`AppState.news`).
    var news = 0
}
