import Testing

@testable import FrontlineCore

struct TableTests {
    @Test func uniqueIdsKeepTheirOrderAndAreFoundById() {
        let table = Table([Fixtures.issue("I-0002"), Fixtures.issue("I-0001"), Fixtures.issue("I-0003")])
        #expect(table.rows.map(\.id) == ["I-0002", "I-0001", "I-0003"])
        #expect(table[id: "I-0001"]?.id == "I-0001")
        #expect(table[id: "I-0009"] == nil)
    }

    /// A later record with the id of an earlier one replaces it where the earlier one stood, as `upsert` does.
    @Test func aRepeatedIdReplacesTheEarlierRecordInPlace() {
        let first = Fixtures.issue("I-0001") { $0.title = "第一次" }
        let again = Fixtures.issue("I-0001") { $0.title = "第二次" }
        let table = Table([first, Fixtures.issue("I-0002"), again, Fixtures.issue("I-0003")])
        #expect(table.rows.map(\.id) == ["I-0001", "I-0002", "I-0003"])
        #expect(table[id: "I-0001"]?.title == "第二次")
        #expect(table[id: "I-0003"]?.id == "I-0003")
        #expect(table.count == 3)
    }
}
