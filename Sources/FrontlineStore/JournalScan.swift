import FrontlineCore

/// The entries of a journal file read from some offset, and whether its last line is torn.
///
/// Only a last line without its newline is torn: a save writes each line, newline included, with one
/// `write`, so an interrupted save leaves a line without one. A complete line that cannot be decoded is
/// damage (or a line from a newer version of the program), never dropped: in the middle of the journal it is
/// an error; as the last line it is kept in `undecodable`, so readers can still see everything before it
/// while writers stop with its error.
struct JournalScan {
    struct Line {
        var entry: Entry
        var number: Int
        /// SHA-256 of the line without its newline: what the next line's `prev` must be.
        var hash: String
    }

    var lines: [Line] = []
    /// Offset just past the last complete, valid line.
    var goodEnd: Int
    /// What follows the last complete line when the file does not end with a newline.
    var torn: ArraySlice<UInt8>?
    /// The number of the next line.
    var nextLineNumber: Int
    /// Why the last complete line could not be decoded, when it could not.
    var undecodable: StoreError?

    /// Reads `bytes`, which start at `offset` of `file` on line `lineNumber`.
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
                lines.append(Line(entry: entry, number: nextLineNumber, hash: SHA256.hex(line)))
            } catch {
                let damage = StoreError.badData(file: file, line: nextLineNumber, column: error.column, reason: error.reason)
                guard newline + 1 == bytes.count else { throw damage }
                undecodable = damage
                return
            }
            nextLineNumber += 1
            start = newline + 1
            goodEnd = offset + start
        }
    }
}
