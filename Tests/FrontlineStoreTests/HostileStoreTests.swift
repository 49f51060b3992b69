import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// Store files that someone else touched: links, FIFOs, planted temp files, strays, torn and undecodable lines.
///
/// In a group store every member can write the directory, so any name in it may be replaced by a link to a
/// colleague's file. Each test plants such a thing and checks that the program refuses it with a message naming
/// the file, and that the file the link points to (a stand-in for a colleague's `~/.bashrc`) is untouched.
/// The same attacks run between two real accounts in FrontlineCLITests/HostileNeighbourTests.swift.
struct HostileStoreTests {
    let dir = TempDirectory()

    /// A colleague's private file outside the store, and what it was.
    func victimFile() -> (path: String, before: Faults.Node) {
        let path = dir.at("bashrc")
        Files.write("export PATH=/usr/bin\n", to: path)
        chmod(path, 0o600)
        return (path, Faults.tree(dir.path)["bashrc"]!)
    }

    func expectRefused(_ body: () throws -> Void, naming name: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try body()
            Issue.record("\(what) was accepted", sourceLocation: sourceLocation)
        } catch let error as StoreError {
            let message = error.message(.en)
            #expect(message.contains(name) && message.contains(what), "\(message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }

    func save(_ store: FileStore, _ note: String = "现场查看") throws {
        try store.perform(
            .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)),
            login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
    }

    @Test(arguments: ["journal.jsonl", "board.json", "lock"])
    func aStoreFileReplacedByALinkIsRefusedAndTheTargetIsUntouched(_ name: String) throws {
        let store = try TestBoard.store(in: dir)
        try save(store)
        let victim = victimFile()
        unlink(store.directory + "/" + name)
        symlink(victim.path, store.directory + "/" + name)
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: name, "symbolic link")
        expectRefused({ try save(store) }, naming: name, "symbolic link")
        #expect(Faults.tree(dir.path)["bashrc"] == victim.before, "the colleague's file is untouched")
    }

    @Test func aLinkedHistoryDirectoryIsRefusedByCompaction() throws {
        let store = try TestBoard.store(in: dir)
        try save(store)
        let ssh = dir.at("dot-ssh")
        try FileManager.default.createDirectory(atPath: ssh, withIntermediateDirectories: false)
        chmod(ssh, 0o700)
        try FileManager.default.removeItem(atPath: store.directory + "/history")
        symlink(ssh, store.directory + "/history")
        expectRefused({ try store.compact(login: "admin", uid: 0, now: TestBoard.now) }, naming: "history", "symbolic link")
        #expect(Files.mode(ssh) == 0o700 && Faults.names(in: ssh).isEmpty, "nothing was chmodded or moved into it")
    }

    /// A link planted under a temp file's name (a neighbour guessing the next save's temp file): a new session refuses
    /// the store naming it; a writer removes it as a stale temp file, without following it.
    @Test func aPlantedTempFileLinkIsNeverWrittenThrough() throws {
        let store = try TestBoard.store(in: dir)
        try save(store)
        let victim = victimFile()
        symlink(victim.path, store.directory + "/board.json.tmp-\(getpid())")
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: "board.json.tmp-", "symbolic link")
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        #expect(Faults.tree(dir.path)["bashrc"] == victim.before)
        #expect(Faults.tree(store.directory)["board.json"]?.type == "f")
        #expect(Faults.tempFiles(under: store.directory).isEmpty)
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }

    @Test func tempFileNamesCannotBeGuessed() throws {
        let store = try TestBoard.store(in: dir)
        let a = try store.files.createTemporary(for: "board.json").name
        let b = try store.files.createTemporary(for: "board.json").name
        #expect(a != b && a.hasPrefix("board.json.tmp-\(getpid())-") && a.count > "board.json.tmp-\(getpid())-".count + 8)
    }

    @Test func aFIFOInPlaceOfTheJournalIsRefusedAtOnce() throws {
        let store = try TestBoard.store(in: dir)
        unlink(store.journalPath)
        #expect(mkfifo(store.journalPath, 0o660) == 0)
        let started = Date()
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: "journal.jsonl", "FIFO")
        #expect(Date().timeIntervalSince(started) < 5, "no read blocks on a FIFO")
    }

    @Test func aHardLinkedStoreFileIsRefused() throws {
        let store = try TestBoard.store(in: dir)
        link(store.journalPath, dir.at("elsewhere"))
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: "journal.jsonl", "hard links")
    }

    @Test func aFileOfAnotherAccountIsRefused() throws {
        try #require(geteuid() == 0, "chown to another account needs root")
        let store = try TestBoard.store(in: dir)
        chown(store.journalPath, 65534, 65534)
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: "journal.jsonl", "belongs to user 65534")
    }

    @Test(arguments: ["notes.txt", ".board.json.swp"])
    func aStrayFileInTheStoreIsRefused(_ name: String) throws {
        let store = try TestBoard.store(in: dir)
        Files.write("x", to: store.directory + "/" + name)
        expectRefused({ _ = try FileStore(directory: store.directory) }, naming: name, "not one of the store's files")
    }

    @Test func readingAStoreChangesNothingInIt() throws {
        let store = try TestBoard.store(in: dir)
        try save(store)
        chmod(store.directory + "/lock", 0o640)
        Files.write("{half a snap", to: store.directory + "/board.json.tmp-99999")
        let before = Faults.tree(store.directory)
        let reader = try FileStore(directory: store.directory)
        _ = try reader.refresh()
        _ = try AuditLog.verify(reader)
        #expect(Faults.differences(before, Faults.tree(store.directory)) == [])
    }

    @Test func aStoreWithoutALockFileIsReadUnlockedAndTheFirstWriterMakesOne() throws {
        let store = try TestBoard.store(in: dir)
        unlink(store.directory + "/lock")
        let reader = try FileStore(directory: store.directory)
        #expect(!FileManager.default.fileExists(atPath: store.directory + "/lock"))
        try save(reader)
        #expect(Files.mode(store.directory + "/lock") == 0o600)
    }

    // MARK: Lines and hashes

    @Test func aCompleteLineThisVersionCannotReadIsKeptAndStopsWriters() throws {
        let store = try TestBoard.store(in: dir)
        try save(store)
        let good = Files.bytes(store.journalPath)!
        let future = Array(#"{"seq":2,"format":"from a newer version"}"#.utf8) + [0x0A]
        Files.write(good + future, to: store.journalPath)
        let reader = try FileStore(directory: store.directory)
        #expect(reader.board.revision == 1)
        #expect(reader.warnings.first?.message(.en).contains("journal.jsonl:2") == true)
        #expect(throws: StoreError.self) { try save(reader, "第二次") }
        #expect(Files.bytes(store.journalPath) == good + future, "the line is kept, nothing appended")
    }

    @Test func aSecondTornTailAfterACompactionIsKeptBesideTheFirst() throws {
        let store = try TestBoard.store(in: dir)
        func tear(_ text: String) {
            Files.write(Files.bytes(store.journalPath)! + Array(text.utf8), to: store.journalPath)
        }
        tear(#"{"seq":1,"prev":"first torn"#)
        let reader = try FileStore(directory: store.directory)
        try save(reader)
        try reader.compact(login: "admin", uid: 0, now: TestBoard.now)
        tear(#"{"seq":3,"prev":"second torn"#)
        let again = try FileStore(directory: store.directory)
        try save(again, "又一次")
        let torn = Faults.names(in: store.directory).filter { $0.hasPrefix("journal.jsonl.torn-") }
        #expect(torn.count == 2, "\(torn)")
        let kept = Set(torn.compactMap { Files.text(store.directory + "/" + $0) })
        #expect(kept == [#"{"seq":1,"prev":"first torn"#, #"{"seq":3,"prev":"second torn"#])
    }

    @Test func linesAlreadyInTheSnapshotAreStillChecked() throws {
        let store = try TestBoard.store(in: dir)
        try save(store, "一")
        try save(store, "二")
        let journal = Files.bytes(store.journalPath)!
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        // A compaction that stopped right after the new snapshot: the old lines are still in journal.jsonl.
        Files.write(journal, to: store.journalPath)
        #expect(try FileStore(directory: store.directory).warnings.isEmpty)
        Files.write(Array(String(decoding: journal, as: UTF8.self).replacingOccurrences(of: "一", with: "壹").utf8), to: store.journalPath)
        let reader = try FileStore(directory: store.directory)
        #expect(reader.warnings.first?.message(.en).contains("journalHash") == true || reader.warnings.first?.message(.en).contains("chain") == true)
        #expect(throws: StoreError.self) { try save(reader, "三") }
    }

    @Test(arguments: ["0000", String(repeating: "G", count: 64), String(repeating: "A", count: 64)])
    func aJournalHashThatIsNotADigestIsRefused(_ hash: String) throws {
        let store = try TestBoard.store(in: dir)
        let text = Files.text(store.directory + "/board.json")!
        Files.write(text.replacingOccurrences(of: SHA256.genesis, with: hash), to: store.directory + "/board.json")
        #expect(throws: StoreError.self) { try FileStore(directory: store.directory) }
    }

    // MARK: Creating

    @Test func initRefusesADirectoryAnotherAccountMade() throws {
        try #require(geteuid() == 0, "making a directory of another account needs root")
        let planted = dir.at("zone")
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: false)
        chown(planted, 65534, 65534)
        chmod(planted, 0o777)
        symlink(dir.at("bashrc"), planted + "/journal.jsonl")
        let victim = victimFile()
        expectRefused({ try FileStore.create(at: planted, board: TestBoard.make()) }, naming: "zone", "belongs to another account")
        #expect(Faults.tree(dir.path)["bashrc"] == victim.before)
        #expect(Files.mode(planted) == 0o777, "nothing was changed")
    }

    @Test func initRefusesANonEmptyDirectoryOfOnesOwn() throws {
        let planted = dir.at("zone")
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: false)
        symlink(dir.at("bashrc"), planted + "/lock")
        expectRefused({ try FileStore.create(at: planted, board: TestBoard.make()) }, naming: "zone", "not empty")
    }

    @Test func initAdoptsAnEmptyDirectoryOfOnesOwnAndClosesIt() throws {
        let empty = dir.at("zone")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        chmod(empty, 0o777)
        let store = try FileStore.create(at: empty, board: TestBoard.make())
        #expect(Files.mode(store.directory) == 0o700)
    }

    @Test func initMakesMissingParents() throws {
        let deep = dir.at("home/.local/share/frontline")
        let store = try FileStore.create(at: deep, board: TestBoard.make())
        #expect(store.board.projects.count == 1)
        #expect(Files.mode(dir.at("home/.local")) == 0o700)
    }
}
