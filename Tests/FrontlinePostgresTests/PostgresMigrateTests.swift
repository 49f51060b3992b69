import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// `frontline migrate` through the binary: a directory to PostgreSQL and back gives the same files byte for byte
/// (snapshots, journals folded or not, attachments), both sides proven; the source is never changed; a target that
/// holds a store, and a source that does not prove itself, are refused and nothing is made.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresMigrateTests {
    /// Every file under `directory` (relative path → bytes), but the cache, which is derived and not always written.
    static func files(_ directory: String) throws -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: directory))
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue,
                name != "board.cache"
            else { continue }
            found[name] = Files.bytes(directory + "/" + name)
        }
        return found
    }

    /// A store in a directory made through the binary: the sample, changes, an attachment, and two compactions with
    /// changes between and after them, so that `history/` holds the first snapshot and two folded journals.
    static func storeWithHistory(in dir: TempDirectory) throws -> String {
        let store = dir.at("store")
        let data = ["--data", store, "--lang", "en"]
        func run(_ arguments: [String]) throws {
            let outcome = Binary.run(arguments + data)
            try #require(outcome.code == 0, "\(arguments): \(outcome)")
        }
        try run(["init", store, "--sample"])
        try run(["issue", "new", "--title", "路灯不亮 \"引号\" \\ 🚧", "--unit", "U-01", "--due", "2026-12-31"])
        let photo = dir.at("现场.jpg")
        try Data([0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: photo))
        try run(["attachment", "add", "I-0001", photo])
        try run(["compact"])
        try run(["edit", "I-0001", "title=渤海路出入口"])
        try run(["compact"])
        try run(["edit", "I-0001", "title=第三次"])
        return store
    }

    @Test func aDirectoryToPostgreSQLAndBackIsTheSameStoreByteForByte() throws {
        let dir = TempDirectory("frontline-migrate")
        let store = try Self.storeWithHistory(in: dir)
        let before = try Self.files(store)
        #expect(before.keys.contains { $0.hasPrefix("history/journal-") }, "\(before.keys.sorted())")
        #expect(before.keys.contains { $0.hasPrefix("attachments/") })
        let fixture = try PostgresFixture()
        let uri = fixture.address.text

        let there = Binary.run(["migrate", "--from", store, "--to", uri, "--lang", "en"])
        #expect(there.code == 0, "\(there)")
        #expect(there.out.contains("audit trail intact") && there.out.contains("is still in the chain"), "\(there)")
        #expect(try Self.files(store) == before, "the source is never changed")
        let verified = Binary.run(["log", "--verify", "--data", uri, "--lang", "en"])
        #expect(verified.code == 0, "\(verified)")
        #expect(try fixture.query("SELECT count(*) FROM frontline.snapshot") == "2", "the first snapshot and the latest")

        let back = dir.at("back")
        let again = Binary.run(["migrate", "--from", uri, "--to", back, "--lang", "en"])
        #expect(again.code == 0, "\(again)")
        let after = try Self.files(back)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, bytes) in before where name != "lock" {
            #expect(after[name] == bytes, "\(name) differs")
        }
        let original = try FileStore(directory: store)
        let copied = try FileStore(directory: back)
        #expect(copied.board == original.board)
        #expect(try copied.head == original.head)
    }

    @Test func aDatabaseOrDirectoryThatHoldsAStoreIsRefusedAndLeftAsItWas() throws {
        let dir = TempDirectory("frontline-migrate")
        let store = dir.at("store")
        try #require(Binary.run(["init", store, "--sample"]).code == 0)
        let fixture = try PostgresFixture()
        let uri = fixture.address.text
        try #require(Binary.run(["init", uri]).code == 0)

        let intoDatabase = Binary.run(["migrate", "--from", store, "--to", uri, "--lang", "en"])
        #expect(intoDatabase.code == 73 && intoDatabase.err.contains("already holds a store"), "\(intoDatabase)")
        #expect(try fixture.journalCount() == 0)
        #expect(try fixture.query("SELECT octet_length(content) < 2000 FROM frontline.snapshot") == "t", "still the empty store")

        let other = dir.at("other")
        try #require(Binary.run(["init", other]).code == 0)
        let before = try Self.files(other)
        let intoDirectory = Binary.run(["migrate", "--from", uri, "--to", other, "--lang", "en"])
        #expect(intoDirectory.code == 73 && intoDirectory.err.contains("already holds a store"), "\(intoDirectory)")
        #expect(try Self.files(other) == before)

        let notEmpty = dir.at("papers")
        try FileManager.default.createDirectory(atPath: notEmpty, withIntermediateDirectories: false)
        try Data("笔记".utf8).write(to: URL(fileURLWithPath: notEmpty + "/notes.txt"))
        let intoPapers = Binary.run(["migrate", "--from", uri, "--to", notEmpty, "--lang", "en"])
        #expect(intoPapers.code != 0 && intoPapers.err.contains("not empty"), "\(intoPapers)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: notEmpty) == ["notes.txt"])
    }

    @Test func aSourceThatDoesNotProveItselfIsNotCopied() throws {
        let dir = TempDirectory("frontline-migrate")
        let store = dir.at("store")
        try #require(Binary.run(["init", store, "--sample"]).code == 0)
        try #require(Binary.run(["edit", "I-0001", "title=改过", "--data", store]).code == 0)
        // Someone edits board.json by hand: it no longer is the replay of the journal from the first snapshot.
        let path = store + "/board.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.contains("潍坊"))
        try text.replacingOccurrences(of: "潍坊", with: "潍房").write(toFile: path, atomically: false, encoding: .utf8)
        let fixture = try PostgresFixture()
        let refused = Binary.run(["migrate", "--from", store, "--to", fixture.address.text, "--lang", "en"])
        #expect(refused.code == 1, "\(refused)")
        #expect(try fixture.query("SELECT count(*) FROM pg_namespace WHERE nspname = 'frontline'") == "0", "nothing made")
    }

    /// The contents a store in PostgreSQL gives are the ones a directory with the same history gives, line for line.
    @Test func bothKindsGiveTheSameContentsForTheSameHistory() throws {
        let fixture = try PostgresFixture()
        let database = try fixture.create()
        let directory = TempDirectory()
        let files = try TestBoard.store(in: directory)
        for target in [database as any JournaledStore, files] {
            try Saves.save(target, Saves.visit("一"))
            try target.compact(login: "admin", uid: 1000, now: TestBoard.now)
            try Saves.save(target, Saves.visit("二"))
        }
        let fromDatabase = try database.contents()
        #expect(try files.contents() == fromDatabase)
        #expect(fromDatabase.folds.folded.map { $0.map(\.seq) } == [[1]])
        #expect(fromDatabase.folds.journal.map(\.seq) == [2, 3])
    }

    /// A content kept under a hash that is not its own, and that no record names (so the proof, which reads what the
    /// records name, passes): the copy into a directory stops at it and removes what it wrote.
    @Test func aCopyIntoADirectoryThatFailsPartWayLeavesNothingBehind() throws {
        let fixture = try PostgresFixture()
        try Saves.save(try fixture.create(), Saves.visit("一"))
        let check = try fixture.query("SELECT conname FROM pg_constraint WHERE conrelid = 'frontline.attachments'::regclass AND contype = 'c'")
        try fixture.query("ALTER TABLE frontline.attachments DROP CONSTRAINT \(check)")
        try fixture.query("INSERT INTO frontline.attachments VALUES (repeat('a', 64), 'not that'::bytea)")
        let dir = TempDirectory("frontline-migrate")
        let made = dir.at("made")
        let failed = Binary.run(["migrate", "--from", fixture.address.text, "--to", made, "--lang", "en"])
        #expect(failed.code != 0 && failed.err.contains("SHA-256"), "\(failed)")
        #expect(!FileManager.default.fileExists(atPath: made), "the directory it made is gone")
        let empty = dir.at("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        #expect(Binary.run(["migrate", "--from", fixture.address.text, "--to", empty, "--lang", "en"]).code == failed.code)
        #expect(try FileManager.default.contentsOfDirectory(atPath: empty).isEmpty, "an empty directory it was given is left empty")
    }
}
