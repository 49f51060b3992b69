import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// Saving and loading: the snapshot round trip, one line per change, modes, torn tails, compaction.
struct FileStoreTests {
    let dir = TempDirectory()

    func perform(_ store: BoardStore, _ intent: Intent, as login: String = "admin") throws -> Entry {
        try store.perform(intent, login: login, uid: 1000, today: TestBoard.today, now: TestBoard.now)
    }

    func move(_ action: IssueAction, note: String = "") -> Intent {
        .moveIssue(IssueMove(issue: "I-0001", action: action, note: note))
    }

    @Test func snapshotRoundTripIsByteIdentical() throws {
        let board = TestBoard.make()
        let bytes = BoardCodec.encode(board, journalHash: SHA256.genesis)
        let decoded = try BoardCodec.decode(bytes, file: "board.json")
        #expect(BoardCodec.encode(decoded.board, journalHash: decoded.journalHash) == bytes)
        #expect(decoded.board.issues[id: "I-0001"] == board.issues[id: "I-0001"])
    }

    @Test func eachChangeIsOneJournalLineAndReopenSeesIt() throws {
        let store = try TestBoard.store(in: dir)
        try perform(store, move(.resolve, note: "已协调城管中心出具设计方案"))
        try perform(store, .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场查看出入口")))
        let lines = Files.text(store.journalPath)!.split(separator: "\n")
        #expect(lines.count == 2)
        let reopened = try FileStore(directory: store.directory)
        #expect(reopened.board.revision == 2)
        #expect(reopened.board.issues[id: "I-0001"]?.status == .pendingVerification)
        #expect(reopened.board.visits.count == 1)
        #expect(reopened.history.map(\.seq) == [1, 2])
    }

    /// A personal store is its owner's alone whatever the umask: directories 0700, files 0600 (a group store's
    /// 0660/2770 are in FrontlineCLITests/SharedStoreTests.swift).
    @Test func aPersonalStoreIs0600WhateverTheUmask() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let store = try TestBoard.store(in: dir)
        try perform(store, move(.resolve, note: "办结"))
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        #expect(Files.mode(store.directory) == 0o700)
        #expect(Files.mode(store.directory + "/history") == 0o700)
        for name in ["board.json", "journal.jsonl", "lock"] {
            #expect(Files.mode(store.directory + "/" + name) == 0o600, "\(name)")
        }
        let history = try FileManager.default.contentsOfDirectory(atPath: store.directory + "/history").sorted()
        #expect(history == ["board-000000000.json", "journal-000000001-000000001.jsonl"])
        for name in history { #expect(Files.mode(store.directory + "/history/" + name) == 0o600, "\(name)") }
    }

    @Test func tornTailIsReportedThenMovedAsideOnTheNextSave() throws {
        let store = try TestBoard.store(in: dir)
        try perform(store, move(.resolve, note: "办结"))
        let good = Files.bytes(store.journalPath)!
        let torn = Array(#"{"seq":2,"prev":"ab"#.utf8)
        Files.write(good + torn, to: store.journalPath)

        let reader = try FileStore(directory: store.directory)
        #expect(reader.board.revision == 1)
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings[0].message(.en).contains("journal.jsonl:2"))
        #expect(Files.bytes(store.journalPath) == good + torn, "reading never writes")

        try perform(reader, move(.close))
        #expect(Files.bytes(store.journalPath + ".torn-1-\(good.count)") == torn)
        #expect(Files.text(store.journalPath)!.split(separator: "\n").count == 2)
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }

    @Test func aBadLineInTheMiddleIsAnErrorNamingIt() throws {
        let store = try TestBoard.store(in: dir)
        try perform(store, move(.resolve, note: "办结"))
        try perform(store, move(.close))
        var lines = Files.text(store.journalPath)!.split(separator: "\n").map(String.init)
        lines[0] = "{\"seq\":1,"
        Files.write(lines.joined(separator: "\n") + "\n", to: store.journalPath)
        #expect {
            try FileStore(directory: store.directory)
        } throws: { error in
            guard case .badData(let file, let line, _, _) = error as? StoreError else { return false }
            return file.hasSuffix("journal.jsonl") && line == 1
        }
    }

    /// Compaction keeps the first snapshot and the folded journal in history/, and starts the new journal with
    /// a `store.compact` line that records the new snapshot's SHA-256 in the chain.
    @Test func compactionFoldsTheJournalAndKeepsItInHistory() throws {
        let store = try TestBoard.store(in: dir)
        let first = Files.bytes(store.directory + "/board.json")!
        try perform(store, move(.resolve, note: "办结"))
        try perform(store, move(.close))
        let before = BoardCodec.encode(store.board, journalHash: "")
        try store.compact(login: "admin", uid: 0, now: TestBoard.now)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: store.directory + "/history").sorted()
                == ["board-000000000.json", "journal-000000001-000000002.jsonl"])
        #expect(Files.bytes(store.directory + "/history/board-000000000.json") == first)
        let journal = Files.text(store.journalPath)!.split(separator: "\n")
        #expect(journal.count == 1)
        let compaction = try EntryCodec.decode(ArraySlice(Array(journal[0].utf8)))
        #expect(compaction.seq == 3 && compaction.action == "store.compact" && compaction.changes.isEmpty)
        #expect(compaction.snapshot == SHA256.hex(Files.bytes(store.directory + "/board.json")!))
        let reopened = try FileStore(directory: store.directory)
        var replayed = reopened.board
        replayed.revision = 2
        #expect(BoardCodec.encode(replayed, journalHash: "") == before)
        try perform(reopened, move(.reopen, note: "企业反映路面又开裂"))
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
        #expect(try AuditLog.read(directory: store.directory).map(\.entry.seq) == [1, 2, 3, 4])
    }

    /// A journal that grows past `FileStore.foldingSize` is folded by the save that grew it, so that the next
    /// command reads a snapshot instead of replaying it; every save before that one leaves the journal alone.
    @Test func aLargeJournalIsFoldedByTheSaveThatGrewIt() throws {
        let store = try TestBoard.store(in: dir)
        let note = String(repeating: "现场查看出入口和二期厂房的施工进度。", count: 40)
        var journalSizes: [Int] = []
        var saves = 0
        while saves < 200, !FileManager.default.fileExists(atPath: store.directory + "/history/board-000000000.json") {
            journalSizes.append(Files.bytes(store.journalPath)?.count ?? 0)
            try perform(store, .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)))
            saves += 1
        }
        let lineSize = journalSizes[1] - journalSizes[0]
        #expect(journalSizes.last! < FileStore.foldingSize.minimum, "no save folded before the journal was large")
        #expect(journalSizes.last! + lineSize >= FileStore.foldingSize.minimum, "the save that made it large folded it")
        let journal = Files.text(store.journalPath)!.split(separator: "\n")
        #expect(journal.count == 1 && journal[0].contains("store.compact"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: store.directory + "/history").sorted()
                == ["board-000000000.json", "journal-000000001-\(String(format: "%09d", saves)).jsonl"])
        // The fold left the cache of the new snapshot: the next command (after an import: its first) reads it, as
        // it would after `compact`, instead of the JSON.
        #expect(try BoardCacheStoreTests.cacheHolds(store.board, in: store.directory))
        let reopened = try FileStore(directory: store.directory)
        #expect(reopened.board.visits.filter { $0.note == note }.count == saves)
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }

    /// The chain starts at the SHA-256 of the first snapshot. An ordinary load leaves hashing it to the save or the
    /// `log --head` that needs it (at 100 MB it costs more than reading); `check` and `log --verify` hash it on load
    /// and check the first journal line against it.
    @Test func theFirstSnapshotIsHashedOnlyWhenTheChainNeedsIt() throws {
        let store = try TestBoard.store(in: dir)
        let snapshot = store.directory + "/board.json"
        let start = SHA256.hex(Files.bytes(snapshot)!)
        #expect(try FileStore(directory: store.directory).head.hash == start)
        #expect(try FileStore(directory: store.directory, inspecting: true).head.hash == start)
        #expect(try perform(FileStore(directory: store.directory), move(.resolve, note: "办结")).prev == start)

        // The first snapshot changed by hand: an ordinary command reads on; check and verify name the break.
        let text = Files.text(snapshot)!
        Files.write(text.replacingOccurrences(of: "\"P-001\"", with: "\"P-001\" "), to: snapshot)
        #expect(try FileStore(directory: store.directory).warnings.isEmpty)
        let inspected = try FileStore(directory: store.directory, inspecting: true)
        #expect(inspected.warnings.first?.message(.en).contains("hash chain broken") == true, "\(inspected.warnings)")
        #expect(try AuditLog.verify(directory: store.directory).problem != nil)
    }

    @Test func staleTempFilesFromAKilledSaveAreRemovedByTheNextWriterOnly() throws {
        let store = try TestBoard.store(in: dir)
        Files.write("{half a snap", to: store.directory + "/board.json.tmp-99999")
        _ = try FileStore(directory: store.directory)
        #expect(FileManager.default.fileExists(atPath: store.directory + "/board.json.tmp-99999"), "reading changes nothing")
        try perform(store, move(.resolve, note: "办结"))
        #expect(!FileManager.default.fileExists(atPath: store.directory + "/board.json.tmp-99999"))
    }

    @Test func creatingOverAnExistingStoreIsRefusedAndChangesNothing() throws {
        let store = try TestBoard.store(in: dir)
        let before = Files.snapshot(store.directory)
        #expect(throws: StoreError.exists(path: store.directory)) {
            try FileStore.create(at: store.directory, board: Board())
        }
        #expect(Files.same(before, Files.snapshot(store.directory)))
    }

    @Test func aMissingStoreSaysHowToMakeOne() throws {
        #expect {
            try FileStore(directory: dir.at("nothing-here"))
        } throws: { error in
            (error as? StoreError)?.message(.en).contains("frontline init") == true
        }
    }

    @Test func aStickyDirectoryIsRefused() throws {
        let store = try TestBoard.store(in: dir)
        chmod(store.directory, 0o1777)
        #expect {
            try FileStore(directory: store.directory)
        } throws: { error in
            guard case .unsafeLocation(_, let reason) = error as? StoreError else { return false }
            return reason.text(.en).contains("sticky") && reason.text(.zh).contains("粘滞")
        }
    }

    @Test(arguments: [
        ("nfs4", "NFS"), ("nfs", "NFS"), ("cifs", "SMB/CIFS"), ("fuse.sshfs", "FUSE (fuse.sshfs)"), ("ext4", nil), ("tmpfs", nil), ("overlay", nil),
    ])
    func networkFileSystemsAreNamed(type: String, name: String?) {
        #expect(StoreLocation.networkName(type) == name)
    }

    @Test func mountPointEscapesAreDecoded() {
        #expect(StoreLocation.unescapeMount(#"/srv/my\040store"#) == "/srv/my store")
    }

    @Test func inMemoryStoreBehavesLikeTheFileStore() throws {
        let memory = InMemoryStore(board: TestBoard.make())
        let files = try TestBoard.store(in: dir)
        for store in [memory, files] as [BoardStore] {
            try perform(store, move(.resolve, note: "办结"))
            try perform(store, .undo)
        }
        #expect(memory.board.issues[id: "I-0001"] == files.board.issues[id: "I-0001"])
        #expect(memory.history == files.history)
    }
}
