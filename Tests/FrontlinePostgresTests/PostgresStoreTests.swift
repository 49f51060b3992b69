import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// The store in PostgreSQL keeps the file store's format: the same first snapshot, the same journal lines and chain,
/// the same board after a reopen, and the same proof (`log --verify`).
@Suite(.needs(.postgres), .privateCluster)
struct PostgresStoreTests {
    @Test func createOpenSaveAndReopenGiveTheSameBoardAndAnIntactChain() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        for note in ["一", "二", "三"] { try Saves.save(store, Saves.visit(note)) }
        try Saves.save(store, Saves.edit(store, "title", to: "渤海路出入口路面"), as: "street")

        let reopened = try fixture.open()
        #expect(reopened.board == store.board)
        #expect(reopened.history == store.history)
        #expect(reopened.board.revision == 4)
        #expect(reopened.board.issues[id: "I-0001"]?.title == "渤海路出入口路面")
        #expect(reopened.head == store.head)
        let proof = try AuditLog.verify(reopened, anchor: store.head)
        #expect(proof.problems.isEmpty, "\(proof.problems)")
        #expect(proof.lines == 4)
        #expect(proof.head == store.head)
    }

    @Test func theSnapshotAndTheJournalLinesAreTheFileStoresByteForByte() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        let directory = TempDirectory()
        let files = try TestBoard.store(in: directory)
        for target in [store as any BoardStore, files] {
            try Saves.save(target, Saves.visit("现场查看"))
            try Saves.save(target, Saves.edit(target, "description", to: "需迁移绿植约 40 株"), as: "street")
        }
        #expect(try store.auditRecords().snapshot.bytes == Files.bytes(directory.at("store/board.json")))
        let lines = try fixture.query("SELECT line FROM frontline.journal ORDER BY seq").split(separator: "\n").map { $0 + "\n" }.joined()
        #expect(lines == Files.text(directory.at("store/journal.jsonl")))
        #expect(try store.head == files.head)
    }

    /// A note may hold any character a file store keeps, NUL included (a line then holds `\u0000`, which PostgreSQL's
    /// JSON functions refuse: the server reads the lines as text).
    @Test func aNoteWithControlCharactersIsKeptAsAFileStoreKeepsIt() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        let directory = TempDirectory()
        let files = try TestBoard.store(in: directory)
        let note = "现场\u{0}查看\u{1}\u{7F}\\\"'"
        for target in [store as any BoardStore, files] { try Saves.save(target, Saves.visit(note)) }
        #expect(try fixture.open().board.visits.rows.map(\.note) == [note])
        #expect(try store.auditTrail().map(\.hash) == AuditLog.read(directory: files.directory).map(\.hash))
    }

    @Test func theBackendServesBothSchemesAndRefusesASecondCreate() throws {
        let fixture = try PostgresFixture()
        let backends = StoreBackends([FileBackend(), PostgresBackend()])
        #expect(try backends.create(at: fixture.address, board: TestBoard.make()) is PostgresStore)
        let shortScheme = StoreAddress("postgres" + fixture.address.text.dropFirst("postgresql".count))
        let opened = try backends.open(shortScheme)
        #expect(opened is PostgresStore)
        #expect(opened.board.projects.count == 1)
        #expect(throws: StoreError.exists(path: fixture.address.text)) {
            try backends.create(at: fixture.address, board: TestBoard.make())
        }
        #expect(try fixture.journalCount() == 0)
        #expect(throws: StoreError.self) {
            try backends.create(at: fixture.address, board: TestBoard.make(), sharing: .group(0))
        }
    }

    @Test func aDatabaseWithoutAStoreIsNoStore() throws {
        let fixture = try PostgresFixture()
        #expect(throws: StoreError.noDatabaseStore(address: fixture.address.text)) { try fixture.open() }
        let message = StoreError.noDatabaseStore(address: fixture.address.text).message(.en)
        #expect(message.contains("(no schema frontline). Create one with `frontline init \(fixture.address.text)`"))
    }

    @Test func aServerThatCannotBeReachedIsSaidWithItsSQLSTATE() throws {
        let directory = TempDirectory()
        let address = StoreAddress("postgresql:///zone?host=\(directory.path)&port=1")
        #expect {
            try PostgresStore(address: address)
        } throws: { error in
            guard case .database(let path, "08001", _) = error as? StoreError else { return false }
            return path == address.text && (error as! StoreError).message(.en).hasPrefix("cannot reach the database \(path): ")
        }
    }

    @Test func overTCPWithAPasswordTheStoreOpensAndAWrongPasswordIsSaidWithoutShowingIt() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        try Saves.save(store, Saves.visit("TCP"))
        let overTCP = try PostgresStore(address: StoreAddress(fixture.cluster.tcpURI(fixture.database)))
        #expect(overTCP.board == store.board)
        #expect(!overTCP.address.text.contains("secret"))
        let wrong = StoreAddress(fixture.cluster.tcpURI(fixture.database, password: "wrong"))
        #expect {
            try PostgresStore(address: wrong)
        } throws: { error in
            guard case .database(let path, "08001", let message) = error as? StoreError else { return false }
            return !path.contains("wrong") && message.contains("password authentication failed")
        }
    }

    @Test func attachmentsAreKeptWithTheirEntryAndReadBack() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        let content = Array("现场照片".utf8)
        let draft = AttachmentDraft(kind: .issue, id: "I-0001", name: "现场.jpg", size: content.count, sha256: SHA256.hex(content))
        _ = try store.attach(draft, content: content, login: "admin", uid: 1000, today: TestBoard.today, now: TestBoard.now)
        let reopened = try fixture.open()
        #expect(reopened.board.issues[id: "I-0001"]?.attachments.map(\.sha256) == [draft.sha256])
        #expect(try reopened.attachmentContent(draft.sha256) == content)
        #expect(try reopened.attachmentContent(String(repeating: "a", count: 64)) == nil)
        #expect(try AuditLog.verify(reopened).problems.isEmpty)
    }

    @Test func aPasswordInTheAddressIsNeverShown() {
        #expect(PostgresAddress.shown(StoreAddress("postgresql://li:s3cret@db.example:5432/zone")) == "postgresql://li@db.example:5432/zone")
        #expect(
            PostgresAddress.shown(StoreAddress("postgresql:///zone?user=li&password=s3cret&sslmode=require"))
                == "postgresql:///zone?user=li&sslmode=require")
        #expect(PostgresAddress.shown(StoreAddress("postgres://db/zone")) == "postgres://db/zone")
    }
}

/// `compact` on PostgreSQL: a new snapshot and a `store.compact` line, the chain and the proof as a file store's.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresCompactionTests {
    @Test func compactionFoldsTheJournalAsAFileStoreDoes() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        let directory = TempDirectory()
        let files = try TestBoard.store(in: directory)
        for target in [store as any JournaledStore, files] {
            try Saves.save(target, Saves.visit("一"))
            try Saves.save(target, Saves.edit(target, "title", to: "渤海路出入口"), as: "street")
            try target.compact(login: "admin", uid: 1000, now: TestBoard.now)
            try Saves.save(target, Saves.visit("二"))
        }
        #expect(store.history.map(\.action) == ["store.compact", "visit"])
        #expect(try store.auditTrail().map(\.hash) == AuditLog.read(directory: files.directory).map(\.hash), "the same lines")
        #expect(try store.auditRecords().snapshot.bytes == Files.bytes(directory.at("store/board.json")), "the same new snapshot")
        let reopened = try fixture.open()
        #expect(reopened.board == store.board)
        #expect(reopened.history == store.history)
        #expect(reopened.head == store.head)
        let records = try reopened.auditRecords()
        #expect(records.firstSnapshot?.bytes == BoardCodec.encode(TestBoard.make(), journalHash: SHA256.genesis))
        let proof = try AuditLog.verify(records, anchor: store.head)
        #expect(proof.problems.isEmpty, "\(proof.problems)")
        #expect(proof.lines == 4)
    }

    @Test func nothingToFoldLeavesTheStoreAsItIs() throws {
        let fixture = try PostgresFixture()
        let store = try fixture.create()
        try store.compact(login: "admin", uid: 1000, now: TestBoard.now)
        #expect(try fixture.journalCount() == 0)
        #expect(try fixture.query("SELECT count(*) FROM frontline.snapshot") == "1")
    }

    @Test func onlyTheOwnerMayAddASnapshot() throws {
        let fixture = try PostgresFixture()
        try Saves.save(try fixture.create(), Saves.visit("一"))
        let member = try fixture.open(as: try fixture.unitRole())
        #expect(throws: StoreError.notPermitted(path: member.address.text, group: nil)) {
            try member.compact(login: "street", uid: 1000, now: TestBoard.now)
        }
        #expect(member.history.count == 1, "nothing changed in memory either")
        #expect(try fixture.journalCount() == 1)
    }
}
