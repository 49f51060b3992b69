import Foundation
import ZIPFoundation

/// An Excel workbook (.xlsx) read for its cell values as Excel shows them: shared and inline strings, numbers with
/// Excel's 15 significant digits, dates stored as serial numbers in a date format as `YYYY-MM-DD`, the stored
/// result of a formula. Formatting, merged cells and everything else are not read: a ledger is its values.
public struct XLSXWorkbook {
    /// The sheets in the workbook's order.
    public let sheetNames: [String]
    private let sheetParts: [String]
    private let parts: [String: Data]
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let dates1904: Bool

    public init(bytes: [UInt8]) throws(XLSXError) {
        var parts: [String: Data] = [:]
        do {
            let archive = try Archive(data: Data(bytes), accessMode: .read)
            for entry in archive where entry.type == .file && entry.path.hasPrefix("xl/") {
                var data = Data()
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
                parts[entry.path] = data
            }
        } catch {
            throw .notAWorkbook
        }
        guard let workbook = parts["xl/workbook.xml"], let relationships = parts["xl/_rels/workbook.xml.rels"] else { throw .notAWorkbook }
        var targets: [String: String] = [:]
        try XMLElements.read(
            relationships, part: "xl/_rels/workbook.xml.rels",
            start: { name, attributes in
                guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            })
        var names: [String] = [], sheetParts: [String] = [], dates1904 = false
        try XMLElements.read(
            workbook, part: "xl/workbook.xml",
            start: { name, attributes in
                if name == "workbookPr" { dates1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
                guard name == "sheet", let sheet = attributes["name"], let id = attributes["r:id"], let part = targets[id] else { return }
                names.append(sheet)
                sheetParts.append(part)
            })
        guard !names.isEmpty else { throw .notAWorkbook }
        self.sheetNames = names
        self.sheetParts = sheetParts
        self.parts = parts
        self.dates1904 = dates1904
        self.sharedStrings = try parts["xl/sharedStrings.xml"].map(XLSXWorkbook.strings) ?? []
        self.styles = try parts["xl/styles.xml"].map(XLSXStyles.init) ?? XLSXStyles()
    }

    /// The strings of `sharedStrings.xml`: each `si`'s text runs joined, its phonetic guides (`rPh`) left out.
    private static func strings(_ data: Data) throws(XLSXError) -> [String] {
        var strings: [String] = [], current = "", inText = false, inPhonetic = false
        try XMLElements.read(
            data, part: "xl/sharedStrings.xml",
            start: { name, _ in
                switch name {
                case "si": current = ""
                case "rPh": inPhonetic = true
                case "t": inText = !inPhonetic
                default: break
                }
            }, text: { if inText { current += $0 } },
            end: { name in
                switch name {
                case "si": strings.append(current)
                case "rPh": inPhonetic = false
                case "t": inText = false
                default: break
                }
            })
        return strings
    }

    /// The sheet named `name`, or the first; its rows by number (`rows[0]` is row 1), each cell by column (`[0]` is A).
    public func sheet(named name: String?) throws(XLSXError) -> (name: String, rows: [[String]]) {
        let index = name.map { sheetNames.firstIndex(of: $0) } ?? 0
        guard let index else { throw .noSuchSheet(name ?? "", available: sheetNames) }
        let sheetName = sheetNames[index]
        guard let data = parts[sheetParts[index]] else { throw .unreadable(part: sheetParts[index]) }
        var rows: [[String]] = []
        var cell = XLSXCell(), nextRow = 1, nextColumn = 0, element = "", missingValue: String?
        try XMLElements.read(
            data, part: sheetParts[index],
            start: { name, attributes in
                element = name
                switch name {
                case "row":
                    nextRow = attributes["r"].flatMap(Int.init) ?? nextRow
                    nextColumn = 0
                case "c":
                    let place = attributes["r"].flatMap(XLSXCell.place) ?? (nextRow, nextColumn)
                    cell = XLSXCell(row: place.row, column: place.column, type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
                case "f": cell.hasFormula = true
                default: break
                }
            },
            text: { text in
                if element == "v" || element == "t" { cell.raw += text }
            },
            end: { name in
                element = ""
                switch name {
                case "c":
                    if cell.hasFormula && cell.raw.isEmpty && missingValue == nil { missingValue = cell.reference }
                    let value = cell.value(sharedStrings: sharedStrings, isDate: styles.isDate(cell.style), dates1904: dates1904)
                    if !value.isEmpty {
                        while rows.count < cell.row { rows.append([]) }
                        var row = rows[cell.row - 1]
                        while row.count <= cell.column { row.append("") }
                        row[cell.column] = value
                        rows[cell.row - 1] = row
                    }
                    nextColumn = cell.column + 1
                case "row": nextRow += 1
                default: break
                }
            })
        if let missingValue { throw .formulaWithoutValue(sheet: sheetName, cell: missingValue) }
        return (sheetName, rows)
    }
}
