import FrontlineCore

/// A run of text in one role (colour/attributes from the theme).
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// A column of a table page: a title, a width, how cells line up, and whether it may be left out.
public struct Column: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many display columns.
        case fixed(Int)
        /// As wide as its widest cell, between `min` and `max`: short, important columns (ids, people)
        /// get their width before the long text shares what is left.
        case fit(min: Int, max: Int)
        /// Shares what is left, at least `min` columns.
        case flex(min: Int)
    }
    public var title: String
    public var width: Width
    public var alignment: TextLayout.Alignment
    /// When the window is too narrow for every column, columns with a drop rank are left out, highest
    /// rank first; nil: never left out.
    public var dropRank: Int?
    /// When it is still too narrow, columns with a shrink rank give up width (highest rank first): a `.fit`
    /// column down to its `min`, a `.flex` one down to `Column.flexFloor`; nil: never narrower than its content.
    public var shrinkRank: Int?

    /// The narrowest a flexible column gets when the window is too narrow.
    public static let flexFloor = 8

    public init(_ title: String, _ width: Width, _ alignment: TextLayout.Alignment = .left, dropRank: Int? = nil, shrinkRank: Int? = nil) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.dropRank = dropRank
        self.shrinkRank = shrinkRank
    }
}

/// One line of a page: table cells (one per column) or free text, maybe something Enter opens.
public struct Line: Hashable, Sendable {
    public var cells: [Span]
    public var target: Target?
    public var isHeading: Bool
    /// Lowercased text the filter looks in: the cells, and `keywords` that the line stands for without
    /// showing them (its unit under a unit heading, full names where a cell is cut, status words in Chinese).
    public var search: String

    public init(cells: [Span], target: Target? = nil, isHeading: Bool = false, keywords: [String] = []) {
        self.cells = cells
        self.target = target
        self.isHeading = isHeading
        search = Line.lowercased((cells.map(\.text) + keywords).joined(separator: " "))
    }

    /// `text.lowercased()`, without the general case mapping when it cannot change anything but ASCII letters: a
    /// line of Chinese text, ids, numbers and marks (every line of a 50,000-issue list is made before the first frame).
    /// Any scalar outside the ranges known to have no case takes the general mapping.
    static func lowercased(_ text: String) -> String {
        var upper = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: upper = true
            case 0...0x7F, 0xA0...0xBF, 0x2000...0x206F, 0x2190...0x21FF, 0x2500...0x27BF, 0x3000...0x9FFF, 0xFF00...0xFF20,
                0xFF3B...0xFFEF:
                continue
            default: return text.lowercased()
            }
        }
        guard upper else { return text }
        var bytes = Array(text.utf8)
        for i in bytes.indices where (0x41...0x5A).contains(bytes[i]) { bytes[i] |= 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Under a filter, how many lines of this heading's group are shown.
    public var shownUnder: Int?

    /// A blank line or a heading: there is nothing on it to select.
    public var isSeparator: Bool { isHeading || cells.allSatisfy { $0.text.allSatisfy { $0 == " " } } }

    public static func text(_ text: String, _ role: Role = .normal, target: Target? = nil) -> Line {
        Line(cells: [Span(text, role)], target: target)
    }

    public static func heading(_ text: String) -> Line { Line(cells: [Span(text, .title)], isHeading: true) }

    public static let blank = Line(cells: [])

    /// Whether the line's text holds `term` (already lowercased), compared as UTF-8 bytes: fast on a
    /// list of 50,000 lines, and exact for Chinese.
    public func contains(_ term: String) -> Bool {
        var term = term
        var text = search
        return term.withUTF8 { needle in
            text.withUTF8 { hay in
                guard let first = needle.first else { return true }
                guard hay.count >= needle.count else { return false }
                var i = 0
                let last = hay.count - needle.count
                while i <= last {
                    if hay[i] == first {
                        var j = 1
                        while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                        if j == needle.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}

/// What a screen shows below its title: optional table columns and the lines.
public struct Page: Hashable, Sendable {
    public var title: String
    public var columns: [Column]
    public var lines: [Line]
    /// The widest cell of each `.fit` column (0 for the others), measured once when the page is made.
    public private(set) var contentWidths: [Int]
    /// How many lines can be opened (records), before any filter.
    public private(set) var total: Int

    public init(title: String, columns: [Column] = [], lines: [Line]) {
        self.title = title
        self.columns = columns
        self.lines = lines
        contentWidths = columns.indices.map { i in
            guard case .fit = columns[i].width else { return 0 }
            var widest = 0
            for line in lines where line.cells.count == columns.count { widest = max(widest, DisplayWidth.of(line.cells[i].text)) }
            return widest
        }
        total = lines.reduce(0) { $0 + ($1.target == nil ? 0 : 1) }
    }

    /// How many lines can be opened now (after the filter).
    public var shown: Int { lines.reduce(0) { $0 + ($1.target == nil ? 0 : 1) } }

    /// The lines whose text contains every space-separated term of `filter` (case-insensitive);
    /// a heading stays when something under it does, and says how many of its lines are shown.
    public func filtered(_ filter: String) -> Page {
        let terms = filter.lowercased().split(separator: " ").map(String.init)
        guard !terms.isEmpty else { return self }
        var kept: [Line] = []
        var heading: Line?
        var headingAt: Int?
        func count() {
            guard let at = headingAt, kept.indices.contains(at) else { return }
            kept[at].shownUnder = kept[(at + 1)...].reduce(0) { $0 + ($1.target == nil ? 0 : 1) }
        }
        for line in lines {
            if line.isHeading {
                heading = line
            } else if terms.allSatisfy({ line.contains($0) }) {
                if let h = heading {
                    count()
                    headingAt = kept.count
                    kept.append(h)
                    heading = nil
                }
                kept.append(line)
            }
        }
        count()
        var page = self
        page.lines = kept
        return page
    }

    /// The display width of each column when the table is `total` columns wide (two spaces between);
    /// 0 for a column left out because the window is too narrow for all of them.
    public func columnWidths(total: Int) -> [Int] {
        var widths = columns.indices.map { i -> Int in
            switch columns[i].width {
            case .fixed(let w): w
            case .fit(let low, let high): max(low, min(high, contentWidths[safe: i] ?? low))
            case .flex(let min): min
            }
        }
        var shown = Set(columns.indices)
        func used() -> Int { shown.reduce(0) { $0 + widths[$1] } + max(0, shown.count - 1) * 2 }
        // Too narrow: leave out the least needed columns, one at a time.
        while used() > total, let drop = shown.filter({ columns[$0].dropRank != nil }).max(by: { columns[$0].dropRank! < columns[$1].dropRank! }) {
            shown.remove(drop)
        }
        for i in columns.indices where !shown.contains(i) { widths[i] = 0 }
        // Still too narrow: narrower columns, in their shrink order, so nothing runs off the right edge.
        let shrinking = shown.filter { columns[$0].shrinkRank != nil }.sorted { columns[$0].shrinkRank! > columns[$1].shrinkRank! }
        for i in shrinking where used() > total {
            let floor: Int
            switch columns[i].width {
            case .fit(let low, _): floor = low
            case .flex: floor = Column.flexFloor
            case .fixed(let w): floor = w
            }
            widths[i] = max(floor, widths[i] - (used() - total))
        }
        let flexible = columns.indices.filter { i in
            guard shown.contains(i) else { return false }
            if case .flex = columns[i].width { return true } else { return false }
        }
        let spare = total - used()
        if spare > 0 && !flexible.isEmpty {
            for (n, i) in flexible.enumerated() { widths[i] += spare / flexible.count + (n < spare % flexible.count ? 1 : 0) }
        }
        return widths
    }
}
