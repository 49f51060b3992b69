import FrontlineCore
import FrontlineStore
import Testing

/// Human messages in English and Chinese.
struct JSONMessageTests {
    @Test func trailingCommaMessage() throws {
        let error = try #require(syntaxError("{\n  \"a\": [1,\n  ]\n}"))
        #expect(error.message(.en) == "2:10: trailing comma before a closing bracket")
        #expect(error.message(.zh) == "第2行第10列：右括号前有多余的逗号")
        #expect("\(error)" == error.message(.en))
        #expect(error.message(.en, withPosition: false) == "trailing comma before a closing bracket")
        #expect(error.message(.zh, withPosition: false) == "右括号前有多余的逗号")
    }

    @Test func duplicateKeyMessage() throws {
        let error = try #require(syntaxError("{\"a\\nb\": 1,\n \"a\\u000ab\": 2}"))
        #expect(error.message(.en) == #"2:2: duplicate key "a\nb" (first at 1:2)"#)
        #expect(error.message(.zh) == #"第2行第2列：重复的键 "a\nb"（首次出现在第1行第2列）"#)
    }

    @Test func badBytesAreShownInHex() throws {
        let control = try #require(syntaxError([0x22, 0x1B, 0x22]))
        #expect(control.message(.en) == "1:2: unescaped control character 0x1B in string")
        #expect(control.message(.zh) == "第1行第2列：字符串中有未转义的控制字符 0x1B")
        let utf = try #require(syntaxError([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D]))
        #expect(utf.message(.en) == "1:3: invalid UTF-8 byte 0xC3")
        let unexpected = try #require(syntaxError("[1 x]"))
        #expect(unexpected.message(.en) == "1:4: unexpected 'x', expected ',' or ']'")
        #expect(unexpected.message(.zh) == "第1行第4列：意外的字符 'x'，此处应为',' 或 ']'")
        let nul = try #require(syntaxError([0x5B, 0x00]))
        #expect(nul.message(.en) == "1:2: unexpected 0x00, expected a value")
    }

    @Test func everyReasonHasMessagesWithoutControlCharacters() {
        let position = JSONPosition(offset: 0, line: 3, column: 17)
        let reasons: [JSONSyntaxError.Reason] = [
            .emptyInput, .unexpectedEnd, .unterminatedString, .unexpectedByte(0x7F, expected: .key),
            .unexpectedByte(UInt8(ascii: "}"), expected: .literal("null")), .trailingComma,
            .duplicateKey("\u{1B}\t", first: position), .invalidUTF8(0xFF), .controlCharacterInString(0),
            .invalidEscape, .loneSurrogate, .invalidNumber, .tooDeep(limit: 512), .trailingGarbage, .inputTooLarge,
        ]
        for reason in reasons {
            for chinese in [false, true] {
                let m = JSONSyntaxError(position: position, reason: reason).message(chinese ? .zh : .en)
                #expect(m.hasPrefix(chinese ? "第3行第17列：" : "3:17: "), "\(m)")
                #expect(!m.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(m.debugDescription)")
            }
        }
    }
}
