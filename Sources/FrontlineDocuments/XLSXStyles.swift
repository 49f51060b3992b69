import Foundation

/// Which cell styles of a workbook show a number as a date: those whose number format is one of Excel's built-in
/// date formats, or a format of its own with day, month-with-year or year parts.
struct XLSXStyles {
    /// By index into `cellXfs`, as a cell's `s` names it.
    private var dateStyles: Set<Int> = []

    init() {}

    init(_ data: Data) throws(XLSXError) {
        var customDates: Set<Int> = [], formats: [Int] = [], inCellFormats = false
        try XMLElements.read(
            data, part: "xl/styles.xml",
            start: { name, attributes in
                switch name {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap(Int.init), XLSXStyles.isDateFormat(attributes["formatCode"] ?? "") {
                        customDates.insert(id)
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats: formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                default: break
                }
            },
            end: { name in
                if name == "cellXfs" { inCellFormats = false }
            })
        dateStyles = Set(formats.indices.filter { XLSXStyles.builtInDates.contains(formats[$0]) || customDates.contains(formats[$0]) })
    }

    func isDate(_ style: Int) -> Bool { dateStyles.contains(style) }

    /// Built-in formats that show dates: 14–22 everywhere, 27–36 and 50–58 in Chinese, Japanese and Korean Excel.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(50...58)

    /// A format with a year or a day in it (text in quotes, escaped characters and `[…]` sections left out).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default: if (character == "y" || character == "d") && !inQuotes && !inBrackets { return true }
            }
        }
        return false
    }
}
