/// The field separator of a CSV file: a comma (Excel's "CSV") or a tab (Excel's "text").
public enum CSVDelimiter: UInt8, Sendable, Hashable {
    case comma = 0x2C
    case tab = 0x09
}

/// The records of a CSV text, in order; record 0 is the header (Excel's row 1).
public struct CSVTable: Sendable, Hashable {
    public var delimiter: CSVDelimiter
    public var records: [[String]]
    /// The row number of the first record as the file shows it: 1 for a CSV file; in a workbook, the header's row
    /// below a title.
    public var firstRow: Int

    public init(delimiter: CSVDelimiter, records: [[String]], firstRow: Int = 1) {
        self.delimiter = delimiter
        self.records = records
        self.firstRow = firstRow
    }
}

/// Why a CSV text cannot be read, and where: rows as Excel numbers them, fields from 1.
public struct CSVError: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        /// A quoted field opened here is never closed.
        case unterminatedQuote
        /// A `"` inside a field that does not start with one.
        case strayQuote
        /// Text between a closing `"` and the next separator.
        case textAfterQuote
    }

    public var reason: Reason
    /// The record (Excel row, header = 1).
    public var row: Int
    /// The field within the record, from 1.
    public var column: Int
    /// The physical line of the file, from 1 (differs from `row` after quoted newlines).
    public var line: Int
    /// The header's fields when the error is past it, to name the column.
    public var header: [String]

    /// The header name of the column, when known.
    public var columnName: String? {
        row > 1 && column - 1 < header.count ? header[column - 1] : nil
    }

    public func reason(_ lang: Lang) -> String { reasonPhrase.text(lang) }

    /// The reason before it is written in a language.
    public var reasonPhrase: Phrase {
        switch reason {
        case .unterminatedQuote:
            Phrase(.csvUnterminatedQuote, "\(line)")
        case .strayQuote:
            Phrase(.csvStrayQuote, "\(line)")
        case .textAfterQuote:
            Phrase(.csvTextAfterClosingQuote, "\(line)")
        }
    }

    /// The same error as a ledger problem, for one way of reporting.
    public var problem: LedgerProblem {
        LedgerProblem(row: row, column: column - 1, header: columnName, reasonPhrase)
    }
}

/// Reads RFC 4180 CSV: quoted fields with separators, doubled quotes and line breaks; CRLF, LF or CR
/// line ends; a comma or tab separator, whichever the header line has more of outside quotes.
///
/// Works on the UTF-8 bytes: separators, quotes and line ends are ASCII, so they never occur inside a
/// multi-byte character. A final line break does not start another record; an empty line in the
/// middle is a record with one empty field (Excel shows it as an empty row, and counts it).
public enum CSVReader {
    public static func parse(_ text: String) throws(CSVError) -> CSVTable {
        let bytes = Array(text.utf8)
        let delimiter = detectDelimiter(bytes)
        let sep = delimiter.rawValue
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [[String]] = []
        var record: [String] = []
        var line = 1
        var i = 0
        let n = bytes.count

        func fail(_ reason: CSVError.Reason, line: Int) -> CSVError {
            CSVError(
                reason: reason, row: records.count + 1, column: record.count + 1, line: line,
                header: records.first ?? [])
        }

        while i < n {
            // One field starting at i.
            if bytes[i] == quote {
                let openLine = line
                var field: [UInt8] = []
                i += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        closed = true
                        break
                    }
                    if b == lf || (b == cr && !(i + 1 < n && bytes[i + 1] == lf)) { line += 1 }
                    field.append(b)
                    i += 1
                }
                guard closed else { throw fail(.unterminatedQuote, line: openLine) }
                if i < n && bytes[i] != sep && bytes[i] != cr && bytes[i] != lf { throw fail(.textAfterQuote, line: line) }
                record.append(String(decoding: field, as: UTF8.self))
            } else {
                let start = i
                while i < n && bytes[i] != sep && bytes[i] != cr && bytes[i] != lf {
                    if bytes[i] == quote { throw fail(.strayQuote, line: line) }
                    i += 1
                }
                record.append(String(decoding: bytes[start..<i], as: UTF8.self))
            }
            // What ends the field: a separator (another field follows), a line end, or the end.
            if i < n && bytes[i] == sep {
                i += 1
                if i == n { record.append("") }
                continue
            }
            if i < n {
                if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
                i += 1
                line += 1
            }
            records.append(record)
            record = []
        }
        if !record.isEmpty { records.append(record) }
        return CSVTable(delimiter: delimiter, records: records)
    }

    /// Tab when the first line has more tabs than commas outside quotes, else comma.
    static func detectDelimiter(_ bytes: [UInt8]) -> CSVDelimiter {
        var commas = 0, tabs = 0, quoted = false
        for b in bytes {
            if b == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted {
                if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
                if b == CSVDelimiter.comma.rawValue { commas += 1 }
                if b == CSVDelimiter.tab.rawValue { tabs += 1 }
            }
        }
        return tabs > commas ? .tab : .comma
    }
}

/// Writes RFC 4180 CSV the way Excel reads it: UTF-8 with a byte-order mark, CRLF line ends,
/// fields quoted only when they hold a separator, a quote or a line break.
public enum CSVWriter {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The whole document: BOM, then every record ending in CRLF.
    public static func document(_ records: [[String]], delimiter: CSVDelimiter = .comma) -> [UInt8] {
        var out = byteOrderMark
        for record in records { out += Array(line(record, delimiter: delimiter).utf8) }
        return out
    }

    /// One record ending in CRLF.
    public static func line(_ fields: [String], delimiter: CSVDelimiter = .comma) -> String {
        fields.map { field($0, delimiter: delimiter) }.joined(separator: delimiter == .comma ? "," : "\t") + "\r\n"
    }

    /// A field, quoted when it must be (separators of either kind, quotes, CR, LF). A CR that is not part
    /// of a CRLF becomes a LF: still a line break in the cell for a spreadsheet, but it can no longer send a
    /// terminal's cursor back over what it has just shown (issue 9 item 16).
    public static func field(_ text: String, delimiter: CSVDelimiter = .comma) -> String {
        let needsQuotes = text.utf8.contains { $0 == 0x2C || $0 == 0x09 || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\r" && (i + 1 == scalars.count || scalars[i + 1] != "\n") {
                quoted.append("\n")
                continue
            }
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
