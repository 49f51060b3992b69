import FrontlineCore

/// Why and where a JSON text was rejected.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Equatable, Sendable {
        /// The input was empty or only whitespace.
        case emptyInput
        /// The input ended in the middle of a value.
        case unexpectedEnd
        /// A string had no closing quote (the position is its opening quote).
        case unterminatedString
        /// A byte that cannot start or continue what the grammar expects here.
        case unexpectedByte(UInt8, expected: Expected)
        /// A ',' directly before ']' or '}' (the position is the comma).
        case trailingComma
        /// An object key appeared twice (compared after unescaping, with Swift `String` equality).
        case duplicateKey(String, first: JSONPosition)
        /// A string contained bytes that are not well-formed UTF-8 (the first such byte).
        case invalidUTF8(UInt8)
        /// A string contained a raw byte below 0x20 (it must be escaped).
        case controlCharacterInString(UInt8)
        /// A backslash escape other than \" \\ \/ \b \f \n \r \t \uXXXX.
        case invalidEscape
        /// A \u escape that is an unpaired UTF-16 surrogate (a Swift String cannot hold it).
        case loneSurrogate
        /// A number not matching the RFC 8259 grammar (leading zero, "1.", "-", "1e" ...).
        case invalidNumber
        /// Arrays and objects nested deeper than `limit`.
        case tooDeep(limit: Int)
        /// Something other than whitespace after the top-level value.
        case trailingGarbage
        /// The input is 512 MiB or larger (offsets are stored in 29 bits).
        case inputTooLarge
    }

    /// What the parser was looking for when it met an unexpected byte.
    public enum Expected: Equatable, Sendable {
        case value, key, colon, commaOrBracket, commaOrBrace
        case literal(String)
    }

    public var position: JSONPosition
    public var reason: Reason

    public init(position: JSONPosition, reason: Reason) {
        self.position = position
        self.reason = reason
    }

    public var description: String { message(chinese: false) }

    /// A one-line human message, e.g. "3:17: trailing comma ..." / "第3行第17列：...".
    /// Without `withPosition` only the reason is given (for callers that show the place themselves).
    /// Bytes that are not printable ASCII are shown as 0x1B etc.; keys are shown JSON-escaped.
    public func message(chinese: Bool, withPosition: Bool = true) -> String {
        let text = reasonText(chinese: chinese)
        guard withPosition else { return text }
        let p = position
        return chinese ? "第\(p.line)行第\(p.column)列：\(text)" : "\(p.line):\(p.column): \(text)"
    }

    private func reasonText(chinese zh: Bool) -> String {
        switch reason {
        case .emptyInput: return zh ? "输入为空，需要一个 JSON 值" : "empty input, expected a JSON value"
        case .unexpectedEnd: return zh ? "输入意外结束" : "unexpected end of input"
        case .unterminatedString: return zh ? "字符串缺少结束引号" : "unterminated string"
        case .unexpectedByte(let b, let expected):
            let what = Self.show(b), exp = Self.describe(expected, chinese: zh)
            return zh ? "意外的字符 \(what)，此处应为\(exp)" : "unexpected \(what), expected \(exp)"
        case .trailingComma: return zh ? "右括号前有多余的逗号" : "trailing comma before a closing bracket"
        case .duplicateKey(let key, let first):
            var quoted: [UInt8] = []
            JSONWriter.appendString(key, to: &quoted)
            let k = String(decoding: quoted, as: UTF8.self)
            return zh
                ? "重复的键 \(k)（首次出现在第\(first.line)行第\(first.column)列）"
                : "duplicate key \(k) (first at \(first.line):\(first.column))"
        case .invalidUTF8(let b): return zh ? "无效的 UTF-8 字节 \(Self.hex(b))" : "invalid UTF-8 byte \(Self.hex(b))"
        case .controlCharacterInString(let b):
            return zh ? "字符串中有未转义的控制字符 \(Self.hex(b))" : "unescaped control character \(Self.hex(b)) in string"
        case .invalidEscape: return zh ? "无效的转义序列" : "invalid escape sequence"
        case .loneSurrogate: return zh ? "\\u 转义是不成对的代理项" : "\\u escape is an unpaired surrogate"
        case .invalidNumber: return zh ? "无效的数字" : "invalid number"
        case .tooDeep(let limit): return zh ? "嵌套超过 \(limit) 层" : "nested deeper than \(limit) levels"
        case .trailingGarbage: return zh ? "JSON 值之后还有多余内容" : "unexpected data after the JSON value"
        case .inputTooLarge: return zh ? "输入达到或超过 512 MiB" : "input is 512 MiB or larger"
        }
    }

    private static func describe(_ e: Expected, chinese zh: Bool) -> String {
        switch e {
        case .value: return zh ? "一个值" : "a value"
        case .key: return zh ? "字符串形式的键" : "a string key"
        case .colon: return "':'"
        case .commaOrBracket: return zh ? "',' 或 ']'" : "',' or ']'"
        case .commaOrBrace: return zh ? "',' 或 '}'" : "',' or '}'"
        case .literal(let word): return "'\(word)'"
        }
    }

    /// Printable ASCII as 'x', anything else as 0x1B.
    private static func show(_ b: UInt8) -> String {
        (0x21...0x7E).contains(b) ? "'\(Character(Unicode.Scalar(b)))'" : hex(b)
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return "0x" + String(decoding: [digits[Int(b >> 4)], digits[Int(b & 15)]], as: UTF8.self)
    }
}
