import Foundation
import FrontlineCore
import FrontlineStore

/// One column of a listing: a stable English key (JSON, CSV), a header from the catalog written in the reader's
/// language (table, CSV), and the cell.
struct Column<Row> {
    var key: String
    /// The header, with its values (`近4周未走访`).
    var title: Phrase
    var alignment: TextLayout.Alignment = .left
    /// Widest a table cell may be before it is truncated with `…`.
    var maxWidth = 40
    var text: (Row) -> String
    /// The JSON value; by default the text as a string.
    var json: ((Row) -> JSONValue)?
    /// The unit of a numeric column (`%`, `天`/`days`), written in the CSV header instead of in each cell.
    var unit: TextKey?

    init(
        _ key: String, _ title: Phrase, alignment: TextLayout.Alignment = .left, maxWidth: Int = 40,
        unit: TextKey? = nil, text: @escaping (Row) -> String, json: ((Row) -> JSONValue)? = nil
    ) {
        self.key = key
        self.title = title
        self.alignment = alignment
        self.maxWidth = maxWidth
        self.unit = unit
        self.text = text
        self.json = json
    }

    init(
        _ key: String, _ title: TextKey, alignment: TextLayout.Alignment = .left, maxWidth: Int = 40,
        unit: TextKey? = nil, text: @escaping (Row) -> String, json: ((Row) -> JSONValue)? = nil
    ) {
        self.init(key, Phrase(title), alignment: alignment, maxWidth: maxWidth, unit: unit, text: text, json: json)
    }

    /// The CSV header: the label in the chosen language, with the unit: `进度（%）`, `progress (%)`.
    func csvHeader(_ lang: Lang) -> String {
        guard let unit else { return header(lang) }
        return lang.text(.headerWithUnit, header(lang), lang[unit])
    }

    /// The table header in the chosen language.
    func header(_ lang: Lang) -> String { title.text(lang) }

    /// A CSV cell: a number as a bare number Excel can add up (its unit is in the header), nothing for
    /// a missing one, else the text.
    func csvCell(_ row: Row) -> String {
        switch json?(row) {
        case .number(let digits)?: digits
        case .null?: ""
        default: text(row)
        }
    }
}

/// Renders rows as an aligned table (display columns, CJK = 2), a JSON array with stable English
/// keys, or CSV for Excel: a BOM, headers in the chosen language (units in the header), numbers as
/// numbers. Every string from data is sanitized before it is written.
enum Listing {
    static func render<Row>(_ rows: [Row], _ columns: [Column<Row>], format: OutputFormat, lang: Lang) -> [UInt8] {
        switch format {
        case .table: return Array(table(rows, columns, lang: lang).utf8)
        case .json:
            let objects = rows.map { row in
                JSONValue.object(columns.map { JSONMember($0.key, $0.json?(row) ?? .string($0.text(row))) })
            }
            // Exact text for programs, nothing invisible for a terminal: \u escapes (issue 9 item 16).
            return JSONWriter.pretty(.array(objects), expandDepth: 1, escapingInvisible: true)
        case .csv:
            return CSVWriter.document(
                [columns.map { $0.csvHeader(lang) }] + rows.map { row in columns.map { LedgerCell.exportedText($0.csvCell(row)) } })
        }
    }

    static func table<Row>(_ rows: [Row], _ columns: [Column<Row>], lang: Lang) -> String {
        let headers = columns.map { $0.header(lang) }
        let cells = rows.map { row in
            columns.map { TextLayout.fit(Sanitizer.display($0.text(row)), columns: $0.maxWidth) }
        }
        let widths = columns.indices.map { i in
            cells.reduce(DisplayWidth.of(headers[i])) { max($0, DisplayWidth.of($1[i])) }
        }
        func line(_ values: [String]) -> String {
            let padded = columns.indices.map { TextLayout.pad(values[$0], columns: widths[$0], alignment: columns[$0].alignment) }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed()) + "\n"
        }
        return line(headers) + cells.map(line).joined()
    }
}

/// Labels shared by listings and detail views.
enum Labels {
    static func days(_ n: Int?, _ lang: Lang) -> String {
        guard let n else { return lang.text(.neverShort) }
        return lang.text(.daysCount, n)
    }
}
