import FrontlineCore
import FrontlineStore
import Testing

/// JSON for a terminal (listings): C1 controls, bidi and invisible formatting characters as \u escapes,
/// the text itself unchanged for a program that parses it (issue 9 item 16).
struct JSONWriterInvisibleTests {
    @Test(arguments: [
        ("a\u{202E}b", #""a\u202eb""#), ("\u{200D}", #""\u200d""#), ("x\u{85}y\u{9F}", #""x\u0085y\u009f""#),
        ("\u{061C}\u{200B}\u{2066}\u{FEFF}", #""\u061c\u200b\u2066\ufeff""#), ("\u{E0001}\u{E007F}", #""\udb40\udc01\udb40\udc7f""#),
        ("中文😀é©\u{A0}", "\"中文😀é©\u{A0}\""), ("\u{2028}\u{1B}", #""\u2028\u001b""#),
    ])
    func escaped(_ input: String, _ expected: String) throws {
        let bytes = JSONWriter.pretty(.array([.string(input)]), expandDepth: 0, escapingInvisible: true)
        #expect(String(decoding: bytes, as: UTF8.self) == "[" + expected + "]\n")
        #expect(try JSONValue.parse(bytes) == .array([.string(input)]), "the exact text comes back")
    }

    @Test func theStoreFormatIsUnchanged() {
        #expect(String(decoding: JSONWriter.compact(.string("a\u{202E}b")), as: UTF8.self) == "\"a\u{202E}b\"")
    }
}
