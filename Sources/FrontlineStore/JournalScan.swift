import FrontlineCore

/// The entries of a journal file read from some offset, and whether its last line is torn.
struct JournalScan {
    struct Line {
        var entry: Entry
        var number: Int
    }

    var lines: [Line] = []
    /// Offset just past the last complete, valid line.
    var goodEnd: Int
    /// SHA-256 of the last valid line, when there is one.
    var lastHash: String?
    /// What follows the last valid line when the tail is torn (no newline, or a last line that is not an entry).
    var torn: ArraySlice<UInt8>?
    /// The number of the next line.
    var nextLineNumber: Int

    /// Reads `bytes`, which start at `offset` of `file` on line `lineNumber`.
    /// A bad line that is not the last is damage in the middle of the journal: an error naming it.
    init(_ bytes: [UInt8], offset: Int, lineNumber: Int, file: String) throws(StoreError) {
        goodEnd = offset
        nextLineNumber = lineNumber
        var start = 0
        while start < bytes.count {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                torn = bytes[start...]
                return
            }
            let line = bytes[start..<newline]
            do {
                let entry = try EntryCodec.decode(line)
                lines.append(Line(entry: entry, number: nextLineNumber))
                lastHash = SHA256.hex(line)
            } catch {
                if newline + 1 == bytes.count {
                    torn = bytes[start...]
                    return
                }
                throw .badData(file: file, line: nextLineNumber, column: error.column, zh: error.zh, en: error.en)
            }
            nextLineNumber += 1
            start = newline + 1
            goodEnd = offset + start
        }
    }
}
