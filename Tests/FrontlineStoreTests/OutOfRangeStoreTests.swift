import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// Issue 9 items 5–7: a value outside its range, or a second record with an id, is refused where it is
/// read (snapshot or journal) with its place, instead of loading and then trapping whoever draws or saves it.
struct OutOfRangeStoreTests {
    /// A journal line as the store writes it.
    enum EncodedLine {
        static func of(_ entry: Entry) -> [UInt8] { EntryCodec.encode(entry) }
    }

    /// A journal line written by an older version or by hand, hash-chained like any other.
    static func appendEdit(_ fields: [FieldChange], to store: FileStore, kind: RecordKind = .project, id: String = "P-001") {
        let entry = Entry(
            seq: store.board.revision + 1, at: TestBoard.now, login: "admin", uid: 0, person: "M-001", actingFor: nil,
            action: "edit", summary: "hand-made",
            changes: [RecordChange(kind: kind, id: id, op: .update, base: 0, fields: fields)], prev: SHA256.genesis)
        let path = store.directory + "/journal.jsonl"
        Files.write((Files.bytes(path) ?? []) + EncodedLine.of(entry), to: path)
    }

    @Test(arguments: [
        ("progressPct", JSONValue.number("9223372036854775807")), ("progressPct", .int(101)), ("ytd", .string("99999999999999")),
        ("planStart", .string("0001-01-01")),
    ])
    func aJournalLineOutOfRangeIsRefusedWithItsLine(_ field: String, _ value: JSONValue) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let old = store.board.projects[id: "P-001"]!.value(of: field)!
        Self.appendEdit([FieldChange(field, old: old, new: value)], to: store)
        #expect {
            _ = try FileStore(directory: store.directory)
        } throws: { error in
            guard case .badData(let file, let line, _, let reason) = error as? StoreError else { return false }
            return file.hasSuffix("journal.jsonl") && line == 1 && reason.text(.en).contains(field)
        }
    }

    @Test func aJournalLineCreatingAnExistingIdIsRefused() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let entry = Entry(
            seq: 1, at: TestBoard.now, login: "admin", uid: 0, person: "M-001", actingFor: nil, action: "create", summary: "dup",
            changes: [RecordChange(kind: .unit, id: "U-02", op: .create, base: 0, fields: [FieldChange("name", old: .null, new: .string("又一个"))])],
            prev: SHA256.genesis)
        let path = store.directory + "/journal.jsonl"
        Files.write((Files.bytes(path) ?? []) + EncodedLine.of(entry), to: path)
        #expect(throws: StoreError.self) { _ = try FileStore(directory: store.directory) }
    }

    @Test func tablesNeverHoldTwoRecordsWithOneId() {
        var a = Unit(id: "U-01"), b = Unit(id: "U-01")
        a.name = "甲"
        b.name = "乙"
        let table = Table([a, b, Unit(id: "U-02")])
        #expect(table.count == 2)
        #expect(table[id: "U-01"]?.name == "乙")
        #expect(table.rows.map(\.id) == ["U-01", "U-02"])
    }

    @Test func theLastRevisionSavesAndThenSavingIsRefusedNotTrapped() throws {
        let dir = TempDirectory()
        var board = TestBoard.make()
        board.revision = Limits.revision.upperBound - 1
        let store = try FileStore.create(at: dir.at("store"), board: board)
        let visit = Intent.logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场"))
        let entry = try store.perform(visit, login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        #expect(entry.seq == Limits.revision.upperBound)
        let reopened = try FileStore(directory: store.directory)
        #expect(reopened.board.revision == entry.seq)
        let before = Files.snapshot(store.directory)
        #expect(throws: DomainError.self) { try reopened.perform(visit, login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now) }
        #expect(Files.same(before, Files.snapshot(store.directory)))
    }
}
