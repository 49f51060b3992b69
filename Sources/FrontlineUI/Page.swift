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

/// A column of a table page: a title, a width, and how cells line up.
public struct Column: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many display columns.
        case fixed(Int)
        /// Shares what is left, at least `min` columns.
        case flex(min: Int)
    }
    public var title: String
    public var width: Width
    public var alignment: TextLayout.Alignment

    public init(_ title: String, _ width: Width, _ alignment: TextLayout.Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One line of a page: table cells (one per column) or free text, maybe something Enter opens.
public struct Line: Hashable, Sendable {
    public var cells: [Span]
    public var target: Target?
    public var isHeading: Bool
    /// Lowercased text the filter looks in.
    public var search: String

    public init(cells: [Span], target: Target? = nil, isHeading: Bool = false) {
        self.cells = cells
        self.target = target
        self.isHeading = isHeading
        search = cells.map(\.text).joined(separator: " ").lowercased()
    }

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

    public init(title: String, columns: [Column] = [], lines: [Line]) {
        self.title = title
        self.columns = columns
        self.lines = lines
    }

    /// The lines whose text contains every space-separated term of `filter` (case-insensitive);
    /// a heading stays when something under it does.
    public func filtered(_ filter: String) -> Page {
        let terms = filter.lowercased().split(separator: " ").map(String.init)
        guard !terms.isEmpty else { return self }
        var kept: [Line] = []
        var heading: Line?
        for line in lines {
            if line.isHeading {
                heading = line
            } else if terms.allSatisfy({ line.contains($0) }) {
                if let h = heading {
                    kept.append(h)
                    heading = nil
                }
                kept.append(line)
            }
        }
        var page = self
        page.lines = kept
        return page
    }

    /// The display width of each column when the table is `total` columns wide (two spaces between).
    public func columnWidths(total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) * 2
        var widths = columns.map { column -> Int in
            switch column.width {
            case .fixed(let w): w
            case .flex(let min): min
            }
        }
        let flexible = columns.indices.filter { if case .flex = columns[$0].width { return true } else { return false } }
        let spare = total - gaps - widths.reduce(0, +)
        if spare > 0 && !flexible.isEmpty {
            for (n, i) in flexible.enumerated() { widths[i] += spare / flexible.count + (n < spare % flexible.count ? 1 : 0) }
        }
        return widths
    }
}
