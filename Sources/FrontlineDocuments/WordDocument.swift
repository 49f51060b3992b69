import FrontlineCore

/// A Word document (.docx, WordprocessingML) made from the Markdown of a Frontline document: the parts of the
/// package, each as XML text. `DocxArchive` puts them in the zip container.
public struct WordDocument {
    let blocks: [MarkdownBlock]
    let style: WordStyle
    let title: String

    /// `chinese` sets the document as a Chinese official document (GB/T 9704); otherwise in Latin fonts.
    public init(markdown: String, chinese: Bool) {
        blocks = MarkdownBlock.parse(markdown)
        style = chinese ? .chinese : .english
        title = blocks.lazy.compactMap { if case .title(let text) = $0 { text } else { nil } }.first ?? ""
    }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The parts by their names in the package, in the order they are stored.
    public var parts: [(name: String, xml: String)] {
        [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", packageRelationships), ("docProps/core.xml", coreProperties),
            ("word/document.xml", document), ("word/_rels/document.xml.rels", documentRelationships), ("word/styles.xml", styles),
            ("word/fontTable.xml", fontTable), ("word/footer1.xml", footer),
        ]
    }

    var document: String {
        var body = ""
        var subheading = 0
        var inFooter = false
        for block in blocks {
            switch block {
            case .title(let text):
                body += paragraph(text, style: "Title")
            case .heading(level: 1, let text):
                subheading = 0
                body += paragraph(text, style: "Heading1")
            case .heading(_, let text):
                subheading += 1
                body += paragraph(style.numbersSubheadings ? "（\(chineseNumber(subheading))）" + text : text, style: "Heading2")
            case .paragraph(let text):
                body += paragraph(text, style: inFooter ? "DocumentFooter" : "BodyText")
            case .listItem(let text):
                body += paragraph(text, style: "BodyText")
            case .table(let table):
                body += self.table(table)
            case .rule:
                inFooter = true
            }
        }
        let margins = WordStyle.margins
        let section =
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
            + "<w:pgSz w:w=\"\(WordStyle.pageWidth)\" w:h=\"\(WordStyle.pageHeight)\"/>"
            + "<w:pgMar w:top=\"\(margins.top)\" w:right=\"\(margins.right)\" w:bottom=\"\(margins.bottom)\" w:left=\"\(margins.left)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
            + "</w:sectPr>"
        return WordDocument.declaration
            + "<w:document xmlns:w=\"\(WordDocument.wordNamespace)\" xmlns:r=\"\(WordDocument.relationshipNamespace)\"><w:body>"
            + body + section + "</w:body></w:document>"
    }

    func paragraph(_ text: String, style name: String, alignment: String? = nil) -> String {
        let justification = alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? ""
        return "<w:p><w:pPr><w:pStyle w:val=\"\(name)\"/>\(justification)</w:pPr>" + run(text) + "</w:p>"
    }

    func run(_ text: String) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(xmlEscaped(text))</w:t></w:r>"
    }

    /// A table across the text width, its header row repeated on every page, figures right-aligned, each column as
    /// wide as its content asks (`columnWidths`).
    func table(_ table: MarkdownBlock.Table) -> String {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let width = WordStyle.pageWidth - WordStyle.margins.left - WordStyle.margins.right
        let widths = WordDocument.columnWidths(table, columns: columns, total: width)
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        func row(_ cells: [String], header: Bool) -> String {
            let padded = cells + Array(repeating: "", count: columns - min(columns, cells.count))
            let body = padded.prefix(columns).enumerated().map { index, text in
                let alignment = table.rightAligned.contains(index) && !header ? "right" : nil
                return "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" w:type=\"dxa\"/></w:tcPr>"
                    + paragraph(text, style: header ? "TableHeader" : "TableText", alignment: alignment) + "</w:tc>"
            }.joined()
            return "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "") + body + "</w:tr>"
        }
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/><w:tblBorders>\(borders)</w:tblBorders>"
            + "<w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid>" + row(table.header, header: true) + table.rows.map { row($0, header: false) }.joined()
            + "</w:tbl>" + paragraph("", style: "BodyText")
    }

    /// The widths of a table's columns (twentieths of a point, summing to `total`). Each column asks for its widest
    /// cell in terminal columns (a Chinese character counts two; its header at a third, as a header may take
    /// three lines), at least 4 and at most 30; a terminal column is 7.5 pt of a 12 pt table (a figure is wider than half a
    /// Chinese character), plus the cell's margins. When everything fits, the spare width is shared in proportion to
    /// the asks. When it does not, figures (right-aligned columns) and short columns (a name, a date) get what they
    /// ask, so that they are never broken across lines, and the long texts share the rest and wrap.
    static func columnWidths(_ table: MarkdownBlock.Table, columns: Int, total: Int) -> [Int] {
        let asks = (0..<columns).map { index -> Int in
            let body = table.rows.map { index < $0.count ? DisplayWidth.of($0[index]) : 0 }.max() ?? 0
            let header = index < table.header.count ? (DisplayWidth.of(table.header[index]) + 2) / 3 : 0
            return min(30, max(4, body, header))
        }
        let (perColumn, margins) = (150, 160)
        let needs = asks.map { $0 * perColumn + margins }
        func share(_ amount: Int, among chosen: [Int]) -> [Int: Int] {
            let weight = chosen.map { asks[$0] }.reduce(0, +)
            return Dictionary(uniqueKeysWithValues: chosen.map { ($0, weight == 0 ? 0 : amount * asks[$0] / weight) })
        }
        var widths: [Int]
        let fixed = (0..<columns).filter { table.rightAligned.contains($0) || asks[$0] <= 12 }
        let long = (0..<columns).filter { !fixed.contains($0) }
        let fixedNeed = fixed.map { needs[$0] }.reduce(0, +)
        if needs.reduce(0, +) <= total {
            let spare = share(total - needs.reduce(0, +), among: Array(0..<columns))
            widths = (0..<columns).map { needs[$0] + spare[$0, default: 0] }
        } else if !long.isEmpty, fixedNeed + long.count * (4 * perColumn + margins) <= total {
            let rest = share(total - fixedNeed, among: long)
            widths = (0..<columns).map { fixed.contains($0) ? needs[$0] : rest[$0, default: 0] }
        } else {
            let all = share(total, among: Array(0..<columns))
            widths = (0..<columns).map { all[$0, default: 0] }
        }
        widths[columns - 1] += total - widths.reduce(0, +)
        return widths
    }

    var footer: String {
        let size = "<w:sz w:val=\"\(WordStyle.pageNumberSize)\"/><w:szCs w:val=\"\(WordStyle.pageNumberSize)\"/>"
        let properties = "<w:rPr>\(style.pageNumber.runFonts)\(size)</w:rPr>"
        func text(_ text: String) -> String { "<w:r>\(properties)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        func field(_ type: String) -> String { "<w:r>\(properties)<w:fldChar w:fldCharType=\"\(type)\"/></w:r>" }
        return WordDocument.declaration
            + "<w:ftr xmlns:w=\"\(WordDocument.wordNamespace)\" xmlns:r=\"\(WordDocument.relationshipNamespace)\">"
            + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>" + text("— ") + field("begin")
            + "<w:r>\(properties)<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" + field("separate") + text("1") + field("end")
            + text(" —") + "</w:p></w:ftr>"
    }
}

/// 一 … 九十九: how official documents number their subheadings.
func chineseNumber(_ n: Int) -> String {
    let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    guard n > 0, n < 100 else { return String(n) }
    if n < 10 { return digits[n] }
    return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10]
}
