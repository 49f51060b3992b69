/// The records of a CSV file found in its raw bytes, before they are decoded as text: for naming the
/// row and column of a byte that cannot be decoded, and for noticing rows in different encodings.
///
/// Separators, quotes and line ends are ASCII and never occur inside a multi-byte character of UTF-8
/// or GB18030, so they can be found without knowing the encoding. Quoting follows `CSVReader`: a quote
/// opens a quoted field only at the start of a field, and a doubled quote inside one is a quote.
public enum CSVBytes {
    /// Where a byte is: the record (Excel row, header = 1), the field (from 0, Excel column A) and the
    /// physical line of the file (from 1).
    public struct Place: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var line: Int
        /// Excel's letter for the column (A, B … AA).
        public var letter: String { LedgerProblem.letter(column) }
    }

    /// One record: its row and where its bytes start and end (line end excluded).
    public struct Record: Hashable, Sendable {
        public var row: Int
        public var bytes: Range<Int>
    }

    /// Every record, in order, and the place of each byte offset asked for (in the order asked).
    public static func scan(_ bytes: [UInt8], places offsets: [Int] = []) -> (records: [Record], places: [Place]) {
        let sep = CSVReader.detectDelimiter(bytes).rawValue
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        let wanted = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var next = 0
        var places = [Place](repeating: Place(row: 1, column: 0, line: 1), count: offsets.count)
        var records: [Record] = []
        var row = 1, column = 0, line = 1, start = 0
        var quoted = false, fieldStart = true
        var i = 0
        let n = bytes.count
        func note(_ i: Int) {
            while next < wanted.count && offsets[wanted[next]] <= i {
                places[wanted[next]] = Place(row: row, column: column, line: line)
                next += 1
            }
        }
        while i < n {
            note(i)
            let b = bytes[i]
            if quoted {
                if b == quote {
                    if i + 1 < n && bytes[i + 1] == quote { i += 2; continue }
                    quoted = false
                } else if b == lf || (b == cr && !(i + 1 < n && bytes[i + 1] == lf)) {
                    line += 1
                }
                i += 1
                continue
            }
            if b == quote && fieldStart {
                quoted = true
                fieldStart = false
                i += 1
                continue
            }
            if b == sep {
                column += 1
                fieldStart = true
                i += 1
                continue
            }
            if b == cr || b == lf {
                records.append(Record(row: row, bytes: start..<i))
                if b == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
                i += 1
                row += 1
                line += 1
                column = 0
                fieldStart = true
                start = i
                continue
            }
            fieldStart = false
            i += 1
        }
        note(n)
        if start < n { records.append(Record(row: row, bytes: start..<n)) }
        return (records, places)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all is valid.
    public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// How a record's bytes read: plain ASCII (any encoding), UTF-8 with other characters, or not UTF-8
    /// (with the offset of its first byte that is not).
    public enum Encoding: Hashable, Sendable {
        case ascii
        case utf8(firstNonASCII: Int)
        case notUTF8(at: Int)
    }

    public static func encoding(of record: Record, in bytes: [UInt8]) -> Encoding {
        let slice = bytes[record.bytes]
        guard let nonASCII = slice.firstIndex(where: { $0 >= 0x80 }) else { return .ascii }
        if let bad = firstInvalidUTF8(bytes[nonASCII..<record.bytes.upperBound]) { return .notUTF8(at: bad) }
        return .utf8(firstNonASCII: nonASCII)
    }

    /// A file mixing UTF-8 rows with rows in another encoding: the first record whose encoding differs from
    /// the first record that is not plain ASCII (which sets the file's), and the offset to name in it.
    /// nil when every row that is not plain ASCII reads the same way.
    public static func firstMixedRecord(_ bytes: [UInt8]) -> (record: Record, offset: Int, fileIsUTF8: Bool)? {
        var fileIsUTF8: Bool?
        for record in scan(bytes).records {
            switch (encoding(of: record, in: bytes), fileIsUTF8) {
            case (.ascii, _): continue
            case (.utf8, nil): fileIsUTF8 = true
            case (.notUTF8, nil): fileIsUTF8 = false
            case (.utf8(let offset), false?): return (record, offset, false)
            case (.notUTF8(let offset), true?): return (record, offset, true)
            default: continue
            }
        }
        return nil
    }
}
