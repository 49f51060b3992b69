import FrontlineCore

/// A place in a JSON text: byte offset plus 1-based line and column.
///
/// Lines are separated by LF, CRLF or a lone CR. The column counts Unicode scalars from the
/// start of the line (a Chinese character is one column); a leading UTF-8 BOM is not counted.
public struct JSONPosition: Hashable, Sendable, CustomStringConvertible {
    public var offset: Int
    public var line: Int
    public var column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// "line:column".
    public var description: String { "\(line):\(column)" }

    /// Computes the position of `offset` in `bytes` (clamped to `0...bytes.count`).
    ///
    /// Runs in O(offset); it is only needed when reporting an error. Invalid UTF-8 is tolerated:
    /// every byte that is not a continuation byte (10xxxxxx) counts as one column.
    static func locate(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONPosition {
        let offset = min(max(offset, 0), bytes.count)
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        var line = 1
        var lineStart = bom ? min(3, offset) : 0
        var j = lineStart
        while j < offset {
            let b = bytes[j]
            if b == 0x0A || (b == 0x0D && (j + 1 >= bytes.count || bytes[j + 1] != 0x0A)) {
                line += 1
                lineStart = j + 1
            }
            j += 1
        }
        var column = 1
        for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return JSONPosition(offset: offset, line: line, column: column)
    }

    /// Positions of ascending offsets, each found by walking on from the one before: the same answers as
    /// `locate`, in one pass for all of them (line and column are counted as the walk goes, so even a
    /// text that is one long line costs one pass).
    struct Walker {
        let bytes: UnsafeBufferPointer<UInt8>
        private var offset: Int
        private var line = 1
        private var column = 1

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            offset = bom ? 3 : 0
        }

        /// The position of `target`; targets must not decrease from one call to the next.
        mutating func advance(to requested: Int) -> JSONPosition {
            let requested = min(max(requested, 0), bytes.count)
            let target = max(requested, offset)
            while offset < target {
                let b = bytes[offset]
                if b == 0x0A || (b == 0x0D && (offset + 1 >= bytes.count || bytes[offset + 1] != 0x0A)) {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                offset += 1
            }
            return JSONPosition(offset: requested, line: line, column: column)
        }
    }
}
