import FrontlineCore

/// Serializes `JSONValue`s to UTF-8 bytes, compactly or pretty-printed.
///
/// Strings escape `"`, `\`, control characters (as \n \r \t \b \f or \u00XX), DEL and
/// U+2028/U+2029 (as \u escapes); all other non-ASCII text is written as raw UTF-8, except that
/// output that may reach a terminal (`escapingInvisible`) also escapes C1 controls, bidi controls and
/// invisible formatting characters (`Sanitizer.isControlOrInvisible`): a listing shows what the data
/// holds, and a program reading it still gets the exact text.
/// Numbers are written verbatim from their lexeme (the caller keeps them valid JSON numbers).
public enum JSONWriter {
    /// One line, no spaces, no trailing newline (for journal lines).
    public static func compact(_ v: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        writeCompact(v, to: &out)
        return out
    }

    /// Containers at depth < `expandDepth` (the root is depth 0) are written one item per line
    /// with 2-space indent and `"key": value`; deeper ones are written compactly inline.
    /// Empty containers are always `[]` / `{}`. Ends with "\n".
    public static func pretty(_ v: JSONValue, expandDepth: Int, escapingInvisible: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        writePretty(v, depth: 0, expandDepth: expandDepth, invisible: escapingInvisible, to: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Appends `s` quoted and escaped.
    public static func appendString(_ s: String, escapingInvisible invisible: Bool = false, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var runStart = 0, i = 0
            while i < u.count {
                let b = u[i]
                if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") && b != 0x7F
                    && !(b == 0xE2 && i + 2 < u.count && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))
                {
                    if invisible && b >= 0xC2, let (scalar, length) = invisibleScalar(u, at: i) {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                        appendUnicodeEscape(scalar, to: &out)
                        i += length
                        runStart = i
                        continue
                    }
                    i += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i]))
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0xE2: // U+2028 / U+2029
                    out.append(contentsOf: u[i + 2] == 0xA8 ? Array("u2028".utf8) : Array("u2029".utf8))
                    i += 2
                default: // other control characters and DEL
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hex[Int(b >> 4)], hex[Int(b & 15)],
                    ])
                }
                i += 1
                runStart = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<u.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The scalar starting at `i` and its length in bytes, when it is one that `Sanitizer` counts as a
    /// control or invisible character; only lead bytes that can start one are decoded.
    private static func invisibleScalar(_ u: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        let b = u[i]
        guard b == 0xC2 || b == 0xD8 || b == 0xE1 || b == 0xE2 || b == 0xEF || b == 0xF3 else { return nil }
        let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard i + length <= u.count else { return nil }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(u[i + k]) & 0x3F) }
        return Sanitizer.isControlOrInvisible(value) ? (value, length) : nil
    }

    /// `\uXXXX`, or a surrogate pair above U+FFFF.
    private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        func unit(_ v: UInt32) {
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
        }
        if value > 0xFFFF {
            let v = value - 0x10000
            unit(0xD800 + (v >> 10))
            unit(0xDC00 + (v & 0x3FF))
        } else {
            unit(value)
        }
    }

    private static func writeCompact(_ v: JSONValue, invisible: Bool = false, to out: inout [UInt8]) {
        switch v {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let s): appendString(s, escapingInvisible: invisible, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                writeCompact(item, invisible: invisible, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (k, m) in members.enumerated() {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                appendString(m.key, escapingInvisible: invisible, to: &out)
                out.append(UInt8(ascii: ":"))
                writeCompact(m.value, invisible: invisible, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writePretty(_ v: JSONValue, depth: Int, expandDepth: Int, invisible: Bool, to out: inout [UInt8]) {
        guard depth < expandDepth else { return writeCompact(v, invisible: invisible, to: &out) }
        switch v {
        case .array(let items) where !items.isEmpty:
            out.append(UInt8(ascii: "["))
            for (k, item) in items.enumerated() {
                newline(depth + 1, comma: k > 0, to: &out)
                writePretty(item, depth: depth + 1, expandDepth: expandDepth, invisible: invisible, to: &out)
            }
            newline(depth, comma: false, to: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (k, m) in members.enumerated() {
                newline(depth + 1, comma: k > 0, to: &out)
                appendString(m.key, escapingInvisible: invisible, to: &out)
                out.append(contentsOf: ": ".utf8)
                writePretty(m.value, depth: depth + 1, expandDepth: expandDepth, invisible: invisible, to: &out)
            }
            newline(depth, comma: false, to: &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(v, invisible: invisible, to: &out)
        }
    }

    /// Appends an optional ",", a newline and `2 * level` spaces.
    private static func newline(_ level: Int, comma: Bool, to out: inout [UInt8]) {
        if comma { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
