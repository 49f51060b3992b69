import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an XML part element by element with Foundation's parser (libxml2): `start` gets each element's name and
/// attributes, `text` the characters inside the innermost element, `end` each closing name.
final class XMLElements: NSObject, XMLParserDelegate {
    private let start: (String, [String: String]) -> Void
    private let text: (String) -> Void
    private let end: (String) -> Void

    private init(start: @escaping (String, [String: String]) -> Void, text: @escaping (String) -> Void, end: @escaping (String) -> Void) {
        self.start = start
        self.text = text
        self.end = end
    }

    /// Parses `data`; throws when it is not well-formed XML.
    static func read(
        _ data: Data, part: String, start: @escaping (String, [String: String]) -> Void,
        text: @escaping (String) -> Void = { _ in }, end: @escaping (String) -> Void = { _ in }
    ) throws(XLSXError) {
        let reader = XMLElements(start: start, text: text, end: end)
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.shouldResolveExternalEntities = false
        guard parser.parse() else { throw .unreadable(part: part) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        start(name, attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { end(name) }
}
