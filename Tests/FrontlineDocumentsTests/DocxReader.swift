import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A .docx read back as a reader would: its parts by name, and the paragraphs of its body with their style.
struct DocxReader {
    struct Paragraph: Equatable {
        var style: String
        var text: String
        var alignment: String?
        var inTable: Bool
    }

    var parts: [String: String] = [:]
    var paragraphs: [Paragraph] = []

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        let collector = ParagraphCollector()
        let parser = XMLParser(data: Data((parts["word/document.xml"] ?? "").utf8))
        parser.delegate = collector
        guard parser.parse() else { throw DocxError("word/document.xml is not well-formed: \(String(describing: parser.parserError))") }
        paragraphs = collector.paragraphs
    }

    /// Whether every XML part parses.
    func wellFormed() -> [String] {
        parts.filter { $0.key.hasSuffix(".xml") || $0.key.hasSuffix(".rels") }.compactMap { name, xml in
            XMLParser(data: Data(xml.utf8)).parse() ? nil : name
        }
    }

    func texts(style: String) -> [String] { paragraphs.filter { $0.style == style }.map(\.text) }
}

struct DocxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Collects `w:p` elements: the style named by `w:pStyle`, the text of their `w:t` runs, `w:jc`, and whether they
/// are inside a table.
final class ParagraphCollector: NSObject, XMLParserDelegate {
    var paragraphs: [DocxReader.Paragraph] = []
    private var current: DocxReader.Paragraph?
    private var inText = false
    private var tableDepth = 0

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:tbl": tableDepth += 1
        case "w:p": current = DocxReader.Paragraph(style: "", text: "", alignment: nil, inTable: tableDepth > 0)
        case "w:pStyle": current?.style = attributes["w:val"] ?? ""
        case "w:jc": current?.alignment = attributes["w:val"]
        case "w:t": inText = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current?.text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:tbl": tableDepth -= 1
        case "w:t": inText = false
        case "w:p":
            if let current { paragraphs.append(current) }
            current = nil
        default: break
        }
    }
}
