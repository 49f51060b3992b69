import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// `frontline check` names the place of every record in one pass (issue 9 item 12: with 20,000 issues it
/// took 85 s, because each record's line and column were counted from the start of the file).
struct StoreCheckTests {
    @Test func manyPositionsAtOnceAgreeWithOneAtATime() throws {
        // A BOM, CRLF and lone CR line ends, multi-byte text, and a long line.
        let text = "\u{FEFF}{\"a\": [1,\r\n 2],\r\"名称\": \"项目甲乙丙\",\n\"b\": [" + (0..<200).map { "\"值\($0)\"" }.joined(separator: ",") + "]}"
        let document = try JSONDocument(bytes: Array(text.utf8))
        let count = Array(text.utf8).count
        let offsets = Array((0...count).reversed()) + [0, 3, count]
        let expected = offsets.map { document.position(ofOffset: $0) }
        #expect(document.positions(ofOffsets: offsets) == expected)
    }

    /// Every record of a large store is placed (the speed itself is a benchmark figure, docs/benchmarks.md, not a
    /// timed test: a loaded CI machine must not fail it).
    @Test func placesOfManyRecordsAreFoundInOnePass() throws {
        let dir = TempDirectory()
        var board = TestBoard.make()
        var issue = board.issues[id: "I-0001"]!
        for n in 2...5_000 {
            issue.id = "I-\(n)"
            board.issues.upsert(issue)
        }
        let store = try FileStore.create(at: dir.at("store"), board: board)
        let places = try StoreCheck.places(store)
        #expect(places.count == board.issues.count + board.units.count + board.people.count + board.duties.count + board.projects.count)
        let last = try #require(places[StoreCheck.Key(kind: .issue, id: "I-5000")])
        let line =
            Files.text(store.directory + "/board.json")!.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"id\":\"I-5000\"") }! + 1
        #expect(last == "\(store.directory)/board.json:\(line):5")
    }
}
