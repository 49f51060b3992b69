import FrontlineCore
import FrontlineStore
import Testing

/// Rejections with their exact reason and line:column, and acceptance edge cases.
struct JSONErrorTests {
    typealias Reason = JSONSyntaxError.Reason

    struct Case {
        var input: [UInt8]
        var reason: Reason
        var line: Int
        var column: Int
        init(_ text: String, _ reason: Reason, _ line: Int, _ column: Int) {
            self.init(Array(text.utf8), reason, line, column)
        }
        init(_ input: [UInt8], _ reason: Reason, _ line: Int, _ column: Int) {
            self.input = input; self.reason = reason; self.line = line; self.column = column
        }
    }

    static func at(_ offset: Int, _ line: Int, _ column: Int) -> JSONPosition {
        JSONPosition(offset: offset, line: line, column: column)
    }

    static let cases: [Case] = [
        // structure
        Case("", .emptyInput, 1, 1),
        Case(" \n\t ", .emptyInput, 2, 3),
        Case("[1,]", .trailingComma, 1, 3),
        Case("{\"a\":1,}", .trailingComma, 1, 7),
        Case("[\r\n1,\r\n]", .trailingComma, 2, 2),
        Case("[\r1,\r]", .trailingComma, 2, 2),
        Case("{\n  \"名字\": \"中文\", \"b\": [1,]\n}", .trailingComma, 2, 22),
        Case("\u{FEFF}[1,]", .trailingComma, 1, 3),
        Case("[1 2]", .unexpectedByte(UInt8(ascii: "2"), expected: .commaOrBracket), 1, 4),
        Case("{\"a\":1 \"b\":2}", .unexpectedByte(UInt8(ascii: "\""), expected: .commaOrBrace), 1, 8),
        Case("{\"a\" 1}", .unexpectedByte(UInt8(ascii: "1"), expected: .colon), 1, 6),
        Case("{1:2}", .unexpectedByte(UInt8(ascii: "1"), expected: .key), 1, 2),
        Case("{'a':1}", .unexpectedByte(UInt8(ascii: "'"), expected: .key), 1, 2),
        Case("['a']", .unexpectedByte(UInt8(ascii: "'"), expected: .value), 1, 2),
        Case("[,1]", .unexpectedByte(UInt8(ascii: ","), expected: .value), 1, 2),
        Case("/* c */ 1", .unexpectedByte(UInt8(ascii: "/"), expected: .value), 1, 1),
        Case("[1] // c", .trailingGarbage, 1, 5),
        Case("[1]]", .trailingGarbage, 1, 4),
        Case("1 2", .trailingGarbage, 1, 3),
        Case("[1", .unexpectedEnd, 1, 3),
        Case("{\"a\":", .unexpectedEnd, 1, 6),
        Case("[tru]", .unexpectedByte(UInt8(ascii: "]"), expected: .literal("true")), 1, 5),
        Case("nul", .unexpectedEnd, 1, 4),
        Case("[True]", .unexpectedByte(UInt8(ascii: "T"), expected: .value), 1, 2),
        Case("{\n  \"名字\": \"中文\",\n  \"x\": tru\n}", .unexpectedByte(0x0A, expected: .literal("true")), 3, 11),
        Case("[\u{4E2D}]", .unexpectedByte(0xE4, expected: .value), 1, 2),
        // duplicate keys, compared after unescaping; the first occurrence is reported too
        Case("{\"a\":1,\"a\":2}", .duplicateKey("a", first: at(1, 1, 2)), 1, 8),
        Case("{\"a\":1,\"\\u0061\":2}", .duplicateKey("a", first: at(1, 1, 2)), 1, 8),
        Case("{\"\\u0061\":1,\"a\":2}", .duplicateKey("a", first: at(1, 1, 2)), 1, 13),
        Case("{\n\"中\":[{\"a\":1,\"b\":2}],\n\"\\u4e2d\":0}", .duplicateKey("中", first: at(2, 2, 1)), 3, 1),
        Case("{\"a\":{\"b\":1},\"b\":2,\"c\":{\"c\":[{\"c\":0}]},\"c\":0}", .duplicateKey("c", first: at(19, 1, 20)), 1, 40),
        // numbers
        Case("01", .invalidNumber, 1, 1),
        Case("[-01]", .invalidNumber, 1, 2),
        Case("-", .invalidNumber, 1, 1),
        Case("[1.]", .invalidNumber, 1, 2),
        Case("[1.e5]", .invalidNumber, 1, 2),
        Case("[1e]", .invalidNumber, 1, 2),
        Case("[1e+]", .invalidNumber, 1, 2),
        Case("[.5]", .unexpectedByte(UInt8(ascii: "."), expected: .value), 1, 2),
        Case("[+1]", .unexpectedByte(UInt8(ascii: "+"), expected: .value), 1, 2),
        Case("[0x1F]", .unexpectedByte(UInt8(ascii: "x"), expected: .commaOrBracket), 1, 3),
        Case("[NaN]", .unexpectedByte(UInt8(ascii: "N"), expected: .value), 1, 2),
        Case("[-Infinity]", .invalidNumber, 1, 2),
        // strings
        Case("[\"abc", .unterminatedString, 1, 2),
        Case("[\"abc\\", .unexpectedEnd, 1, 7),
        Case("[\"a\tb\"]", .controlCharacterInString(0x09), 1, 4),
        Case("[\"a\nb\"]", .controlCharacterInString(0x0A), 1, 4),
        Case("[\"\\x\"]", .invalidEscape, 1, 3),
        Case("[\"\\u12G4\"]", .invalidEscape, 1, 3),
        Case("[\"\\U0041\"]", .invalidEscape, 1, 3),
        Case("[\"\\uD800\"]", .loneSurrogate, 1, 3),
        Case("[\"\\uDC00\"]", .loneSurrogate, 1, 3),
        Case("[\"ab\\uD83D\\u0041\"]", .loneSurrogate, 1, 5),
        Case("[\"\\uD83D\\n\"]", .loneSurrogate, 1, 3),
        Case("[\"\\uD83D\\uDE0\"]", .invalidEscape, 1, 9),
        Case("[\"\\uDE00\\uD83D\"]", .loneSurrogate, 1, 3),
        Case("{\"\\uD800\":1}", .loneSurrogate, 1, 3),
        // NUL and invalid UTF-8
        Case([0x5B, 0x22, 0x61, 0x00, 0x62, 0x22, 0x5D], .controlCharacterInString(0), 1, 4),
        Case([0x5B, 0x31, 0x2C, 0x00, 0x5D], .unexpectedByte(0, expected: .value), 1, 4),
        Case([0x31, 0x00], .trailingGarbage, 1, 2),
        Case([0x00], .unexpectedByte(0, expected: .value), 1, 1),
        Case([0x5B, 0x22, 0x61, 0xFF, 0x62, 0x22, 0x5D], .invalidUTF8(0xFF), 1, 4),
        Case([0x22, 0xC0, 0xAF, 0x22], .invalidUTF8(0xC0), 1, 2), // overlong '/'
        Case([0x22, 0xE0, 0x80, 0xAF, 0x22], .invalidUTF8(0xE0), 1, 2), // overlong 3 bytes
        Case([0x22, 0xED, 0xA0, 0x80, 0x22], .invalidUTF8(0xED), 1, 2), // encoded surrogate
        Case([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], .invalidUTF8(0xF4), 1, 2), // > U+10FFFF
        Case([0x22, 0xE4, 0xB8, 0x22], .invalidUTF8(0xE4), 1, 2), // truncated
        Case([0x22, 0xE4, 0xB8], .invalidUTF8(0xE4), 1, 2), // truncated at end
        Case([0x22, 0x80, 0x22], .invalidUTF8(0x80), 1, 2), // lone continuation
        Case([0x22, 0xE4, 0xB8, 0xAD, 0xF8, 0x22], .invalidUTF8(0xF8), 1, 3), // column counts 中 as 1
    ]

    @Test func rejectionsHaveExactReasonAndPosition() {
        for c in Self.cases {
            let error = syntaxError(c.input)
            let shown = String(decoding: c.input, as: UTF8.self).debugDescription
            #expect(error?.reason == c.reason, "\(shown)")
            #expect(error?.position.line == c.line, "\(shown)")
            #expect(error?.position.column == c.column, "\(shown)")
        }
    }

    @Test func errorOffsetsAreByteOffsets() {
        #expect(syntaxError("\u{FEFF}[1,]")?.position.offset == 5)
        #expect(syntaxError("[\"中\",]")?.position.offset == 6)
        #expect(syntaxError("[1")?.position.offset == 2)
    }

    @Test func depthLimitIs512() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(syntaxError(ok) == nil)
        let deepObjects = String(repeating: "{\"a\":", count: 511) + "[]" + String(repeating: "}", count: 511)
        #expect(syntaxError(deepObjects) == nil)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(
            syntaxError(tooDeep)
                == JSONSyntaxError(
                    position: .init(offset: 512, line: 1, column: 513),
                    reason: .tooDeep(limit: 512)))
        #expect(syntaxError(String(repeating: "[", count: 100_000))?.reason == .tooDeep(limit: 512))
        #expect(syntaxError(String(repeating: "{\"a\":[", count: 50_000))?.reason == .tooDeep(limit: 512))
        // materializing the deepest allowed document does not overflow the stack
        let v = try parse(ok)
        #expect(try parse(utf8(JSONWriter.compact(v))) == v)
    }

    @Test func acceptsEdgeCases() throws {
        #expect(try parse("[0e1]") == .array([.number("0e1")]))
        #expect(try parse(" \t\r\n 0 \n") == .number("0"))
        #expect(try parse("\u{FEFF}{}") == .object([]))
        #expect(try parse("\"\"") == .string(""))
        #expect(
            try parse("[-0, 0.0, 1E+2, 1e-2, -1.5E3]")
                == .array(["-0", "0.0", "1E+2", "1e-2", "-1.5E3"].map { .number($0) }))
        #expect(syntaxError("\u{FEFF}\u{FEFF}{}") != nil) // only one BOM
    }

    @Test func bigNumbersKeepTheirExactText() throws {
        let v = try parse("[1e400, -0.000001, 12345678901234567890, -98765432109876543210.5e-7]")
        #expect(v == .array(["1e400", "-0.000001", "12345678901234567890", "-98765432109876543210.5e-7"].map { .number($0) }))
    }

    @Test func escapesAreDecoded() throws {
        #expect(try parse("\"\\u4e2d\\u6587\"") == .string("中文"))
        #expect(try parse("\"\\ud83d\\ude00\"") == .string("😀"))
        #expect(try parse("\"\\uD83D\\uDE00x\\u00e9\"") == .string("😀xé"))
        #expect(try parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"") == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try parse("\"\\u0000\"") == .string("\u{0}"))
        #expect(try parse("\"中文😀\"") == .string("中文😀"))
        #expect(try parse("\"\\u2028\\u2029\"") == .string("\u{2028}\u{2029}"))
    }

    @Test func manyKeysUseHashingAndStillFindDuplicates() throws {
        let keys = (0..<1000).map { "\"key\($0)\":\($0)" }
        let ok = "{" + keys.joined(separator: ",") + "}"
        #expect(try parse(ok)["key999"] == .number("999"))
        let dup = "{" + keys.joined(separator: ",") + ",\"key\\u0035\":0}"
        #expect(syntaxError(dup)?.reason == .duplicateKey("key5", first: JSONPosition(offset: 46, line: 1, column: 47)))
        let lateDup = "{" + keys.joined(separator: ",") + ",\"key998\":0}"
        guard case .duplicateKey("key998", _)? = syntaxError(lateDup)?.reason else {
            Issue.record("expected duplicate key998")
            return
        }
    }

    /// Keys are compared as Swift strings: canonically equivalent keys are duplicates.
    @Test func canonicallyEquivalentKeysAreDuplicates() {
        #expect(
            syntaxError("{\"é\":1,\"e\u{301}\":2}")?.reason
                == .duplicateKey("é", first: JSONPosition(offset: 1, line: 1, column: 2)))
        #expect(syntaxError("{\"K\":1,\"\\u212A\":2}") != nil) // KELVIN SIGN ≡ K
        #expect(syntaxError("{\"ab\":1,\"abc\":2,\"b\":3,\"\":4,\"a\":5}") == nil)
    }

    @Test func neverCrashesOnTruncatedOrMutatedInput() {
        let text = Array("{\"a\":[1,-2.5e3,\"\\u4e2d\\ud83d\\ude00中\",true,false,null,{}],\"b\":{\"c\":[]}}".utf8)
        for end in 0...text.count {
            _ = syntaxError(Array(text[0..<end]))
        }
        for k in text.indices {
            for b: UInt8 in [0x00, 0x22, 0x5C, 0x7B, 0x5D, 0x80, 0xE4, 0xFF, 0x2C] {
                var mutated = text
                mutated[k] = b
                _ = syntaxError(mutated)
            }
        }
    }
}
