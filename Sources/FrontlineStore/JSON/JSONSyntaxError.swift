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

    public var description: String { message(.en) }

    /// A one-line human message, e.g. "3:17: trailing comma ..." / "第3行第17列：...".
    /// Without `withPosition` only the reason is given (for callers that show the place themselves).
    /// Bytes that are not printable ASCII are shown as 0x1B etc.; keys are shown JSON-escaped.
    public func message(_ lang: Lang, withPosition: Bool = true) -> String { phrase(withPosition: withPosition).text(lang) }

    /// The message as a catalog text, written in the reader's language when shown.
    public func phrase(withPosition: Bool = true) -> Phrase {
        let reason = reasonPhrase
        guard withPosition else { return reason }
        return Phrase(.jsonAtPosition, "\(position.line)", "\(position.column)", .phrase(reason))
    }

    private var reasonPhrase: Phrase {
        switch reason {
        case .emptyInput: return Phrase(.jsonEmptyInput)
        case .unexpectedEnd: return Phrase(.jsonUnexpectedEnd)
        case .unterminatedString: return Phrase(.jsonUnterminatedString)
        case .unexpectedByte(let b, let expected): return Phrase(.jsonUnexpectedByte, .plain(Self.show(b)), Self.describe(expected))
        case .trailingComma: return Phrase(.jsonTrailingComma)
        case .duplicateKey(let key, let first):
            var quoted: [UInt8] = []
            JSONWriter.appendString(key, to: &quoted)
            return Phrase(.jsonDuplicateKey, .plain(String(decoding: quoted, as: UTF8.self)), "\(first.line)", "\(first.column)")
        case .invalidUTF8(let b): return Phrase(.jsonInvalidUTF8, .plain(Self.hex(b)))
        case .controlCharacterInString(let b): return Phrase(.jsonControlCharacterInString, .plain(Self.hex(b)))
        case .invalidEscape: return Phrase(.jsonInvalidEscape)
        case .loneSurrogate: return Phrase(.jsonLoneSurrogate)
        case .invalidNumber: return Phrase(.jsonInvalidNumber)
        case .tooDeep(let limit): return Phrase(.jsonTooDeep, "\(limit)")
        case .trailingGarbage: return Phrase(.jsonTrailingGarbage)
        case .inputTooLarge: return Phrase(.jsonInputTooLarge)
        }
    }

    private static func describe(_ e: Expected) -> Phrase.Value {
        switch e {
        case .value: .key(.jsonExpectedValue)
        case .key: .key(.jsonExpectedKey)
        case .colon: "':'"
        case .commaOrBracket: .key(.jsonExpectedCommaOrBracket)
        case .commaOrBrace: .key(.jsonExpectedCommaOrBrace)
        case .literal(let word): .plain("'\(word)'")
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
