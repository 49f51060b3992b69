import Foundation

/// The blocks of the Markdown that Frontline's documents are written in (the 半月报, as published and live): a
/// title, headings of two levels, paragraphs, pipe tables, list items and a closing rule before the footer.
/// Nothing else occurs in them, so nothing else is read; any other line is a paragraph, shown as written.
public enum MarkdownBlock: Equatable, Sendable {
    case title(String)
    /// `##` is level 1 (一、), `###` level 2 (（一）).
    case heading(level: Int, String)
    case paragraph(String)
    case table(Table)
    case listItem(String)
    /// `---`: what follows is the document's footer (the chain head a printed copy is checked against).
    case rule

    public struct Table: Equatable, Sendable {
        public var header: [String]
        public var rows: [[String]]
        /// Columns whose alignment row says `---:` (numbers).
        public var rightAligned: Set<Int>
    }

    /// Reads `text` block by block.
    public static func parse(_ text: String) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var table: [String] = []
        func flushTable() {
            if let parsed = parseTable(table) { blocks.append(.table(parsed)) } else { blocks += table.map { .paragraph($0) } }
            table = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("|") {
                table.append(line)
                continue
            }
            if !table.isEmpty { flushTable() }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("### ") {
                blocks.append(.heading(level: 2, String(line.dropFirst(4))))
            } else if line.hasPrefix("## ") {
                blocks.append(.heading(level: 1, String(line.dropFirst(3))))
            } else if line.hasPrefix("# ") {
                blocks.append(.title(String(line.dropFirst(2))))
            } else if line.hasPrefix("- ") {
                blocks.append(.listItem(String(line.dropFirst(2))))
            } else if line == "---" {
                blocks.append(.rule)
            } else {
                blocks.append(.paragraph(line))
            }
        }
        if !table.isEmpty { flushTable() }
        return blocks
    }

    /// A header row, an alignment row and the body; nil when the lines are not one.
    private static func parseTable(_ lines: [String]) -> Table? {
        guard lines.count >= 2 else { return nil }
        let alignment = cells(lines[1])
        guard alignment.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ":-".contains($0) } }) else { return nil }
        let right = Set(alignment.indices.filter { alignment[$0].hasSuffix(":") })
        return Table(header: cells(lines[0]), rows: lines.dropFirst(2).map(cells), rightAligned: right)
    }

    /// The cells of `| a | b \| c |`: split at bars that are not escaped, trimmed, `\|` read as `|` (any other
    /// backslash is text).
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line.dropFirst() {
            if escaped {
                if character != "|" { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(current.trimmingCharacters(in: .whitespaces)) }
        return cells
    }
}
