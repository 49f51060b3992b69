import FrontlineCore
import FrontlineStore
import Testing

/// The lazy node API of `JSONDocument`.
struct JSONNodeTests {
    static let text = """
        {"id": "P1", "名称": "项目", "n": 42, "neg": -7, "x": 1.5, "e": 1e2, "big": 99999999999999999999,
         "ok": true, "no": false, "none": null, "tags": ["a", "b\\n", 3], "empty": {}, "esc\\u0041": "\\u4e2d"}
        """

    @Test func membersComeInDocumentOrder() throws {
        let root = try document(Self.text).root
        var keys: [String] = []
        root.forEachMember { key, _ in keys.append(key) }
        #expect(keys == ["id", "名称", "n", "neg", "x", "e", "big", "ok", "no", "none", "tags", "empty", "escA"])
        #expect(root.kind == .object)
        #expect(root.count == 13)
        #expect(root.offset == 0)
    }

    @Test func memberLookup() throws {
        let root = try document(Self.text).root
        #expect(root.member("id")?.stringValue == "P1")
        #expect(root.member("名称")?.stringValue == "项目")
        #expect(root.member("escA")?.stringValue == "中")
        #expect(root.member("esc\\u0041") == nil)
        #expect(root.member("missing") == nil)
        #expect(root.member("tags")?.member("a") == nil)
        #expect(root.member("ok")?.boolValue == true)
        #expect(root.member("no")?.boolValue == false)
        #expect(root.member("none")?.isNull == true)
        #expect(root.member("none")?.kind == .null)
        #expect(root.member("empty")?.count == 0)
        #expect(root.member("empty")?.kind == .object)
    }

    @Test func scalarAccessors() throws {
        let root = try document(Self.text).root
        #expect(root.member("n")?.intValue == 42)
        #expect(root.member("neg")?.intValue == -7)
        #expect(root.member("x")?.intValue == nil)
        #expect(root.member("x")?.numberText == "1.5")
        #expect(root.member("e")?.intValue == nil)
        #expect(root.member("e")?.numberText == "1e2")
        #expect(root.member("big")?.intValue == nil)
        #expect(root.member("big")?.numberText == "99999999999999999999")
        #expect(root.member("id")?.intValue == nil)
        #expect(root.member("id")?.numberText == nil)
        #expect(root.member("n")?.stringValue == nil)
        #expect(root.member("n")?.boolValue == nil)
        #expect(try document("9223372036854775807").root.intValue == Int.max)
        #expect(try document("-9223372036854775808").root.intValue == Int.min)
        #expect(try document("9223372036854775808").root.intValue == nil)
        #expect(try document("-9223372036854775809").root.intValue == nil)
        #expect(try document("-0").root.intValue == 0)
    }

    @Test func elementsAndOffsets() throws {
        let doc = try document(Self.text)
        let tags = try #require(doc.root.member("tags"))
        var items: [JSONValue] = []
        tags.forEachElement { items.append($0.value()) }
        #expect(items == [.string("a"), .string("b\n"), .number("3")])
        #expect(tags.count == 3)
        let pos = doc.position(ofOffset: tags.offset)
        #expect(pos.line == 2)
        #expect(pos.column == 49)
        var none = 0
        doc.root.member("n")?.forEachElement { _ in none += 1 }
        doc.root.member("tags")?.forEachMember { _, _ in none += 1 }
        #expect(none == 0)
    }

    @Test func valueMatchesParse() throws {
        let doc = try document(Self.text)
        let v = try parse(Self.text)
        #expect(doc.root.value() == v)
        #expect(doc.root.member("tags")?.value() == v["tags"])
        #expect(v["n"]?.intValue == 42)
        #expect(v["x"]?.intValue == nil)
        #expect(v["none"]?.isNull == true)
        #expect(v["id"]?.stringValue == "P1")
        #expect(v["tags"]?["a"] == nil)
    }

    @Test func positionsCountScalars() throws {
        let doc = try document("{\"中文😀\": [1,\n  2]}")
        #expect(doc.position(ofOffset: 0) == JSONPosition(offset: 0, line: 1, column: 1))
        #expect(doc.position(ofOffset: 13) == JSONPosition(offset: 13, line: 1, column: 7)) // ':'
        #expect(doc.position(ofOffset: 15) == JSONPosition(offset: 15, line: 1, column: 9)) // '['
        #expect(doc.position(ofOffset: 21) == JSONPosition(offset: 21, line: 2, column: 3)) // '2'
        #expect(doc.position(ofOffset: 1_000) == JSONPosition(offset: 24, line: 2, column: 6))
    }

    @Test func rethrowsFromBodies() throws {
        struct Stop: Error {}
        let root = try document("[1,2,3]").root
        var seen = 0
        #expect(throws: Stop.self) {
            try root.forEachElement { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }

    @Test func typedThrowsKeepTheErrorType() throws {
        enum Bad: Error, Equatable { case key(String) }
        let root = try document("{\"a\":1,\"b\":[true]}").root
        func firstNonNumber() throws(Bad) {
            try root.forEachMember { (key, value) throws(Bad) in
                if value.kind != .number { throw .key(key) }
            }
        }
        do throws(Bad) { // no `catch let as`: the error arrives typed
            try firstNonNumber()
            Issue.record("expected a throw")
        } catch {
            #expect(error == .key("b"))
        }
        root.forEachMember { _, _ in } // a non-throwing body needs no `try`
    }
}
