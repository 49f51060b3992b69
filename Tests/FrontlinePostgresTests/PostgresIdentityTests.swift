import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// The database, not the client, vouches for who saved what: a unit role may read and append, and nothing else.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresIdentityTests {
    /// A line that continues the chain of `store`, as a client talking SQL by hand could make one.
    func nextLine(_ store: PostgresStore, note: String) throws -> String {
        let actor = Actor(login: "admin", uid: 0, board: store.board)
        let plan = try Planner.plan(
            Saves.visit(note), on: store.board, context: PlanContext(actor: actor, today: TestBoard.today, now: TestBoard.now, history: store.history)
        )
        let entry = plan.entry(after: store.board.revision, at: TestBoard.now, actor: actor, prev: store.head.hash)
        return String(decoding: EntryCodec.encode(entry).dropLast(), as: UTF8.self)
    }

    func sqlstate(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? PostgresError)?.sqlstate ?? "not a server error: \(error)"
        }
    }

    @Test func aSaveIsStampedWithTheSessionsRole() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let role = try fixture.unitRole()
        let store = try fixture.open(as: role)
        try Saves.save(store, Saves.visit("街道"), as: "street")
        #expect(try fixture.query("SELECT role FROM frontline.journal WHERE seq = 1") == role)
    }

    @Test func aUnitRoleCannotStampALineAsAnotherRole() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let role = try fixture.unitRole()
        let store = try fixture.open(as: role)
        let line = try nextLine(store, note: "冒名")
        try store.connection.execute(
            "INSERT INTO frontline.journal (seq, line, role, saved_at) VALUES (1, $1, $2, '2000-01-01')",
            [.text(line), .text(PostgresCluster.superuser)])
        #expect(try fixture.query("SELECT role FROM frontline.journal WHERE seq = 1") == role)
        #expect(try fixture.query("SELECT saved_at > '2001-01-01' FROM frontline.journal WHERE seq = 1") == "t")
        #expect(try store.refresh())
        let problems = try AuditLog.verify(store).problems
        #expect(
            problems == [.badData(file: store.journalPlace, line: 1, column: 1, reason: Self.notTheirRole(role, "admin"))],
            "a unit role's line as admin: flagged")
    }

    /// The problem `log --verify` reports for a line stamped by `role` whose login is `login`.
    static func notTheirRole(_ role: String, _ login: String) -> Phrase {
        Phrase(.storeAuditRoleNotPerson, "\(role)", "\(login)")
    }

    /// A person's role is the role named as their login, or a member of it; `log --verify` flags every line whose
    /// server-stamped role is neither, but not the owner's (who may rewrite the tables anyway).
    @Test func theProofFlagsALineWhoseRoleIsNotItsPersons() throws {
        let fixture = try PostgresFixture()
        let owner = try fixture.create()
        for role in ["street", "street_remote"] { try fixture.query("CREATE ROLE \(role) LOGIN IN ROLE \(PostgresSchema.usersRole)") }
        defer { _ = try? fixture.query("DROP OWNED BY street, street_remote; DROP ROLE street_remote; DROP ROLE street") }
        try fixture.query("GRANT street TO street_remote")
        let unit = try fixture.unitRole()
        try Saves.save(owner, Saves.visit("管理员"), as: "admin")
        try Saves.save(try fixture.open(as: "street"), Saves.visit("本人"), as: "street")
        try Saves.save(try fixture.open(as: "street_remote"), Saves.visit("从另一台服务器"), as: "street")
        try Saves.save(try fixture.open(as: unit), Saves.visit("冒用街道丙"), as: "street")
        try Saves.save(try fixture.open(as: "street"), Saves.visit("冒用街道丁"), as: "street2")
        let place = fixture.address.text + " (frontline.journal)"
        let problems = try AuditLog.verify(try PostgresStore(address: fixture.address, inspecting: true)).problems
        #expect(
            problems == [
                .badData(file: place, line: 4, column: 1, reason: Self.notTheirRole(unit, "street")),
                .badData(file: place, line: 5, column: 1, reason: Self.notTheirRole("street", "street2")),
            ])
        let verified = Binary.run(["log", "--verify", "--data", fixture.address.text])
        #expect(verified.code != 0 && (verified.out + verified.err).contains("street2"), "\(verified)")
    }

    @Test func aLineThatBreaksTheChainIsRefusedByTheServer() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let role = try fixture.unitRole()
        let store = try fixture.open(as: role)
        let line = try nextLine(store, note: "断链")
        let broken = line.replacingOccurrences(of: store.head.hash, with: SHA256.genesis)
        let insert = "INSERT INTO frontline.journal (seq, line) VALUES ($1::bigint, $2)"
        #expect(sqlstate { try store.connection.execute(insert, [.int(1), .text(broken)]) } == "23514")
        #expect(sqlstate { try store.connection.execute(insert, [.int(2), .text(line)]) } == "23514", "a gap")
        #expect(try fixture.journalCount() == 0)
    }

    @Test func aUnitRoleCannotAlterOrRemoveHistoryNorTouchTheSnapshot() throws {
        let fixture = try PostgresFixture()
        let owner = try fixture.create()
        try Saves.save(owner, Saves.visit("留痕"))
        let role = try fixture.unitRole()
        let connection = try fixture.open(as: role).connection
        let refused = [
            "UPDATE frontline.journal SET role = session_user",
            "UPDATE frontline.journal SET line = line",
            "DELETE FROM frontline.journal",
            "TRUNCATE frontline.journal",
            "UPDATE frontline.snapshot SET content = content",
            "DELETE FROM frontline.snapshot",
            "INSERT INTO frontline.snapshot SELECT revision + 1, journal_hash, content, sha256 FROM frontline.snapshot",
            "TRUNCATE frontline.snapshot",
            "DELETE FROM frontline.attachments",
            "DROP TABLE frontline.journal",
            "ALTER TABLE frontline.journal DISABLE TRIGGER stamp",
            "CREATE TABLE frontline.planted (x int)",
        ]
        for sql in refused {
            #expect(sqlstate { try connection.execute(sql) } == PostgresError.insufficientPrivilege, "\(sql)")
        }
        #expect(try fixture.journalCount() == 1)
        #expect(try AuditLog.verify(try fixture.open()).problems.isEmpty)
    }

    /// The owner can still force a line in (it owns the triggers), as root can edit a file store: every load and the
    /// proof catch it, and `check` and `log --verify` (inspecting) still read the store up to it.
    @Test func aLineTheOwnerForcesPastTheTriggersIsCaughtOnLoadAndByTheProof() throws {
        let fixture = try PostgresFixture()
        let owner = try fixture.create()
        try Saves.save(owner, Saves.visit("留痕"))
        let forged = try nextLine(owner, note: "伪造").replacingOccurrences(of: owner.head.hash, with: SHA256.genesis)
        try owner.connection.execute("ALTER TABLE frontline.journal DISABLE TRIGGER stamp")
        try owner.connection.execute("INSERT INTO frontline.journal (seq, line) VALUES (2, $1)", [.text(forged)])
        let place = fixture.address.text + " (frontline.journal)"
        #expect(throws: StoreError.badData(file: place, line: 2, column: 1, reason: Phrase(.storeChainBroken))) { try fixture.open() }
        #expect(throws: StoreError.badData(file: place, line: 2, column: 1, reason: Phrase(.storeChainBroken))) {
            try Saves.save(owner, Saves.visit("之后"))
        }
        let inspected = try PostgresStore(address: fixture.address, inspecting: true)
        #expect(inspected.board.revision == 1)
        #expect(inspected.warnings.count == 1)
        #expect(try !AuditLog.verify(inspected).problems.isEmpty)
    }

    @Test func evenTheOwnerCannotRewriteHistory() throws {
        let fixture = try PostgresFixture()
        let owner = try fixture.create()
        try Saves.save(owner, Saves.visit("留痕"))
        for sql in ["UPDATE frontline.journal SET line = line", "DELETE FROM frontline.journal", "TRUNCATE frontline.snapshot"] {
            #expect(sqlstate { try owner.connection.execute(sql) } == PostgresError.insufficientPrivilege, "\(sql)")
        }
        #expect(try fixture.journalCount() == 1)
    }
}
