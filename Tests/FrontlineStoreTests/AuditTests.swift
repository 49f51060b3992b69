import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// S8: one journal line per change, each recording who, when, what and the chain; an edit breaks it.
struct AuditTests {
    let dir = TempDirectory()

    func threeChanges() throws -> FileStore {
        let store = try TestBoard.store(in: dir)
        for (action, note) in [(IssueAction.resolve, "办结"), (.return, "材料不全"), (.resolve, "补齐材料")] {
            try store.perform(
                .moveIssue(IssueMove(issue: "I-0001", action: action, note: note)),
                login: "admin", uid: 1001, today: TestBoard.today, now: TestBoard.now)
        }
        return store
    }

    @Test func eachLineRecordsWhoWhenWhatAndTheChain() throws {
        let store = try threeChanges()
        let lines = try AuditLog.read(directory: store.directory)
        #expect(lines.count == 3)
        let second = lines[1].entry
        #expect(second.seq == 2 && second.login == "admin" && second.uid == 1001 && second.person == "M-001")
        #expect(second.at.iso == "2026-11-27T10:00:00+08:00")
        #expect(second.prev == lines[0].hash)
        let change = try #require(second.changes.first)
        #expect(change.id == "I-0001" && change.base == 1)
        #expect(change.fields.contains(FieldChange("status", old: .string("待核验"), new: .string("办理中"))))
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }

    @Test func editingAMiddleLineBreaksTheChainAtTheNextLine() throws {
        let store = try threeChanges()
        let text = Files.text(store.journalPath)!
        Files.write(text.replacingOccurrences(of: "材料不全", with: "材料齐全"), to: store.journalPath)
        let result = try AuditLog.verify(directory: store.directory)
        guard case .badData(let file, let line, _, let reason)? = result.problem else {
            Issue.record("expected a broken chain")
            return
        }
        #expect(file == store.journalPath && line == 3 && reason.text(.en).contains("hash chain"))
    }

    @Test func removingALineBreaksTheChain() throws {
        let store = try threeChanges()
        var lines = Files.text(store.journalPath)!.split(separator: "\n")
        lines.remove(at: 1)
        Files.write(lines.joined(separator: "\n") + "\n", to: store.journalPath)
        #expect(try AuditLog.verify(directory: store.directory).problem != nil)
    }

    @Test func theChainRunsAcrossCompaction() throws {
        let store = try threeChanges()
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        try store.perform(
            .moveIssue(IssueMove(issue: "I-0001", action: .close)), login: "admin", uid: 0,
            today: TestBoard.today, now: TestBoard.now)
        let verification = try AuditLog.verify(directory: store.directory)
        #expect(verification.problem == nil && verification.lines == 5, "three changes, the compaction's line, a change")
    }

    /// A line that makes a unit official an administrator, written with a correct hash (as only someone who can write
    /// the files could): the chain holds, but the grant did not come from an administrator, and verify says so.
    @Test func aRoleGrantedByANonAdministratorIsReported() throws {
        let store = try threeChanges()
        let grant = Entry(
            seq: store.board.revision + 1, at: TestBoard.now, login: "street", uid: 1003, person: "M-003", actingFor: nil,
            action: "edit", summary: "M-003 role",
            changes: [
                RecordChange(
                    kind: .person, id: "M-003", op: .update, base: 0,
                    fields: [FieldChange("role", old: .string(Role.unit.rawValue), new: .string(Role.admin.rawValue))])
            ], prev: try store.head.hash)
        Files.write(Files.bytes(store.journalPath)! + EntryCodec.encode(grant), to: store.journalPath)
        let result = try AuditLog.verify(directory: store.directory)
        #expect(result.problems.count == 1)
        #expect(result.problem?.message(.en).contains("set by street, who was not an administrator") == true, "\(String(describing: result.problem))")
    }

    /// board.json edited after a compaction: the replay of the journal no longer gives it, and verify names the record.
    @Test func anEditedSnapshotIsReportedWithTheRecordThatDiffers() throws {
        let store = try threeChanges()
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        let path = store.directory + "/board.json"
        Files.write(Files.text(path)!.replacingOccurrences(of: "\"name\":\"街道丙\"", with: "\"name\":\"街道丙丙\""), to: path)
        chmod(path, 0o600)
        let result = try AuditLog.verify(directory: store.directory)
        #expect(
            result.problem?.message(.en).contains("board.json is not what replaying the journal gives (first differing record: M-003)") == true,
            "\(String(describing: result.problem))")
    }

    /// `check` and `log --verify` hand the proof the snapshot their store decoded and hashed on loading. A board.json
    /// changed after that load is read again and proven as it is now, never taken from what was loaded.
    @Test func theProofUsesTheLoadedSnapshotOnlyWhileTheFileIsUnchanged() throws {
        let store = try threeChanges()
        let inspecting = try FileStore(directory: store.directory, inspecting: true)
        let records = try inspecting.auditRecords()
        #expect(records.decoded?.snapshot(of: records.snapshot) != nil)
        let proven = try AuditLog.verify(records)
        #expect(proven.problem == nil)
        #expect(proven.head == (try AuditLog.verify(directory: store.directory)).head)

        let path = store.directory + "/board.json"
        Files.write(Files.text(path)!.replacingOccurrences(of: "\"name\":\"街道丙\"", with: "\"name\":\"街道丙丙\""), to: path)
        chmod(path, 0o600)
        let again = try inspecting.auditRecords()
        #expect(again.decoded?.snapshot(of: again.snapshot) == nil)
        let result = try AuditLog.verify(again)
        #expect(result.problem?.message(.en).contains("hash chain broken") == true, "\(String(describing: result.problem))")
    }

    @Test func aHeadPrintedEarlierPinsTheHistory() throws {
        let store = try threeChanges()
        let printed = try store.head
        #expect(try AuditLog.verify(directory: store.directory, anchor: printed).problem == nil)
        #expect(try AuditLog.verify(directory: store.directory, anchor: ChainHead(revision: 2, hash: printed.hash)).problem != nil)
        #expect(
            try AuditLog.verify(directory: store.directory, anchor: ChainHead(revision: 99, hash: printed.hash)).problem?.message(.en).contains(
                "no revision 99") == true)
        #expect(ChainHead(text: printed.description) == printed)
        #expect(ChainHead(text: "3:abc") == nil && ChainHead(text: "x:" + printed.hash) == nil)
    }

    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths on each side of a block and of the padding's edge (the last block read in place or copied), against
    /// digests from another implementation (Python's hashlib) of the bytes (i·7 + 3) mod 256.
    @Test(arguments: [
        (55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"),
        (56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"),
        (63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"),
        (64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"),
        (65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"),
        (119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"),
        (120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"),
        (128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"),
        (1000, "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371"),
    ])
    func sha256AtBlockEdges(length: Int, expected: String) {
        let bytes = (0..<length).map { UInt8(($0 * 7 + 3) % 256) }
        #expect(SHA256.hex(bytes) == expected)
        #expect(SHA256.hex(bytes[...]) == expected)
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == expected)
    }
}
