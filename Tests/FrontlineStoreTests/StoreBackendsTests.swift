import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Stores are opened by address through the one list of kinds of store (`StoreBackends`).
struct StoreBackendsTests {
    @Test(
        "an address has a scheme only when it starts like a URL",
        arguments: [
            ("/srv/frontline", nil), ("zone", nil), ("./a://b", nil), ("1x://y", nil), ("", nil), ("://x", nil),
            ("postgresql://db/zone", "postgresql"), ("PostgreSQL://db/zone", "postgresql"), ("svn+ssh://h/r", "svn+ssh"),
        ] as [(String, String?)])
    func schemes(_ text: String, _ scheme: String?) {
        #expect(StoreAddress(text).scheme == scheme)
    }

    @Test func aPathOpensTheFileStore() throws {
        let dir = TempDirectory()
        let made = try StoreBackends([FileBackend()]).create(at: StoreAddress(dir.at("zone")), board: TestBoard.make())
        #expect(made is FileStore)
        let opened = try StoreBackends([FileBackend()]).open(StoreAddress(dir.at("zone")))
        #expect(opened.address == StoreAddress(dir.at("zone")))
        #expect(opened.board.projects.count == 1)
        #expect(opened.rewritableByGroup == nil)
    }

    @Test func anAddressNoKindServesIsRefusedBeforeAnythingIsTouched() {
        #expect(throws: StoreError.unknownKind(address: "postgresql://db/zone")) {
            try StoreBackends([FileBackend()]).open(StoreAddress("postgresql://db/zone"))
        }
    }

    @Test func theMemoryStoreProvesItsHistoryLikeTheFileStore() throws {
        let store = InMemoryStore(board: TestBoard.make())
        for note in ["一", "二", "三"] {
            try store.perform(
                .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)),
                login: "admin", uid: 1000, today: TestBoard.today, now: TestBoard.now)
        }
        let proof = try AuditLog.verify(store, anchor: store.head)
        #expect(proof.problems.isEmpty, "\(proof.problems)")
        #expect(proof.lines == 3)
        #expect(proof.head == store.head)
        #expect(try store.auditTrail().map(\.entry.seq) == [1, 2, 3])
    }

    @Test func theFileStoresAuditRecordsAreWhatTheProofReads() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        try store.perform(
            .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场")),
            login: "admin", uid: 1000, today: TestBoard.today, now: TestBoard.now)
        let records = try store.auditRecords()
        #expect(records.snapshot.place == dir.at("store") + "/board.json")
        #expect(records.firstSnapshot == nil, "no compaction yet: board.json is the first snapshot")
        #expect(records.lines.count == 1)
        try store.compact(login: "admin", uid: 1000, now: TestBoard.now)
        let folded = try store.auditRecords()
        #expect(folded.firstSnapshot?.place.hasSuffix("/history/board-000000000.json") == true)
        #expect(try AuditLog.verify(folded).problems.isEmpty)
    }
}
