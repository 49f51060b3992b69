import FrontlineCore
import FrontlineStore
import Testing

/// `JSONWriter` output and round trips.
struct JSONWriterTests {
    static let sample: JSONValue = .object([
        JSONMember("name", .string("中文")),
        JSONMember("tags", .array([.string("a"), .string("b")])),
        JSONMember("n", .number("1")),
        JSONMember("empty", .array([])),
        JSONMember("nested", .object([JSONMember("x", .array([.number("-0.5e3"), .object([JSONMember("y", .null)])]))])),
        JSONMember("ok", .bool(true)),
    ])

    @Test func escapingTable() {
        let table: [(String, String)] = [
            ("plain", #""plain""#),
            ("\"", #""\"""#),
            ("\\", #""\\""#),
            ("/", #""/""#),
            ("\n\r\t\u{8}\u{C}", #""\n\r\t\b\f""#),
            ("\u{0}\u{1}\u{1B}\u{1F}", #""\u0000\u0001\u001b\u001f""#),
            ("\u{7F}", #""\u007f""#),
            ("a\u{2028}b\u{2029}", #""a\u2028b\u2029""#),
            ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
            ("中文😀é", "\"中文😀é\""),
            ("", #""""#),
        ]
        for (input, expected) in table {
            var out: [UInt8] = []
            JSONWriter.appendString(input, to: &out)
            #expect(utf8(out) == expected, "\(input.debugDescription)")
        }
    }

    @Test func compactOutput() {
        #expect(
            utf8(JSONWriter.compact(Self.sample))
                == #"{"name":"中文","tags":["a","b"],"n":1,"empty":[],"nested":{"x":[-0.5e3,{"y":null}]},"ok":true}"#)
        #expect(utf8(JSONWriter.compact(.string("x"))) == #""x""#)
    }

    @Test func prettyOutput() {
        #expect(
            utf8(JSONWriter.pretty(Self.sample, expandDepth: 0))
                == utf8(JSONWriter.compact(Self.sample)) + "\n")
        #expect(
            utf8(JSONWriter.pretty(Self.sample, expandDepth: 1)) == """
                {
                  "name": "中文",
                  "tags": ["a","b"],
                  "n": 1,
                  "empty": [],
                  "nested": {"x":[-0.5e3,{"y":null}]},
                  "ok": true
                }

                """)
        #expect(
            utf8(JSONWriter.pretty(Self.sample, expandDepth: 2)) == """
                {
                  "name": "中文",
                  "tags": [
                    "a",
                    "b"
                  ],
                  "n": 1,
                  "empty": [],
                  "nested": {
                    "x": [-0.5e3,{"y":null}]
                  },
                  "ok": true
                }

                """)
        #expect(utf8(JSONWriter.pretty(.array([]), expandDepth: 3)) == "[]\n")
        #expect(utf8(JSONWriter.pretty(.null, expandDepth: 3)) == "null\n")
    }

    @Test func roundTrips() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        let strings = [controls, "\u{7F}", "中文", "😀👨‍👩‍👧", "\u{2028}\u{2029}", "\"\\/", "", "é e\u{301}"]
        let value: JSONValue = .object([
            JSONMember("strings", .array(strings.map { .string($0) })),
            JSONMember(controls, .number("12")),
            JSONMember("中文\u{2028}", .object([JSONMember("deep", .array([.array([.object([])]), .null, .bool(false)]))])),
            JSONMember("numbers", .array(["0", "-0", "1e400", "-0.000001", "12345678901234567890"].map { .number($0) })),
        ])
        for depth in 0...4 {
            let pretty = JSONWriter.pretty(value, expandDepth: depth)
            #expect(try JSONValue.parse(pretty) == value, "expandDepth \(depth)")
            #expect(!pretty.dropLast().contains(0x0A) || depth > 0)
        }
        let compact = JSONWriter.compact(value)
        #expect(try JSONValue.parse(compact) == value)
        #expect(!compact.contains(0x0A) && !compact.contains(0x0D))
        #expect(!compact.contains(0xE2) || !utf8(compact).unicodeScalars.contains("\u{2028}"))
    }
}
