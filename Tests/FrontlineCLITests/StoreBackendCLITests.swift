import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The command line works with whatever kind of store `--data` names, through `StoreBackends`: here a backend kept
/// in memory, registered beside the file store, serves every command that reads, changes, proves or folds a store.
struct StoreBackendCLITests {
    let backend = MemoryBackend(["memory://zone": TestBoard.make()])
    var stores: StoreBackends { StoreBackends([backend, FileBackend()]) }

    func run(_ arguments: [String], login: String = "admin") -> Outcome {
        cli(arguments + ["--data", "memory://zone", "--lang", "en"], login: login, stores: stores)
    }

    @Test func everyKindOfCommandRunsOnAStoreThatIsNotADirectory() throws {
        let listed = run(["projects", "--format", "csv"])
        #expect(listed.code == 0, "\(listed)")
        #expect(listed.out.contains("P-001"))

        #expect(run(["visit", "P-001", "--note", "现场查看"]).code == 0)
        #expect(run(["issue", "extend", "I-0001", "--days", "3", "--reason", "等待设计方案"]).code == 0)
        let shown = run(["show", "I-0001"])
        #expect(shown.code == 0 && shown.out.contains("等待设计方案"), "\(shown)")

        let log = run(["log", "--format", "csv"])
        #expect(log.code == 0)
        #expect(log.out.split(whereSeparator: \.isNewline).count == 3, "a header and two entries: \(log.out)")

        let store = try stores.open(StoreAddress("memory://zone"))
        let head = run(["log", "--head"])
        let storeHead = try store.head
        #expect(head.out == "\(storeHead)\n")
        #expect(storeHead.revision == 2)

        let verified = run(["log", "--verify", "--anchor", "\(storeHead)"])
        #expect(verified.code == 0, "\(verified)")
        #expect(verified.out.contains("audit trail intact: 2 entries"))

        let checked = run(["check"])
        #expect(checked.code == 0, "\(checked)")
        #expect(checked.out.contains("store is sound: revision 2"))
        #expect(!checked.out.contains("shared by the group"), "only the program writes a store kept in memory")

        #expect(run(["compact"]).code == 0)
        #expect(run(["edit", "M-003", "role=管理员"], login: "street").code == 77, "roles hold whatever keeps the store")
    }

    @Test func initCreatesAStoreOfTheKindItsAddressNames() throws {
        let made = cli(["init", "memory://new", "--zone", "新区", "--lang", "en"], login: "lihua", stores: stores)
        #expect(made.code == 0, "\(made)")
        #expect(made.out.contains("created store memory://new with account lihua as administrator"))
        let store = try stores.open(StoreAddress("memory://new"))
        #expect(store.board.settings.zoneName == "新区")
        #expect(store.board.person(login: "lihua")?.role == .admin)
        let again = cli(["init", "memory://new", "--lang", "en"], login: "lihua", stores: stores)
        #expect(again.code == 73, "an existing store is never overwritten: \(again)")
    }

    @Test func anAddressNoKindOfStoreServesIsAUsageErrorThatNamesIt() {
        let result = cli(["projects", "--data", "mysql://db.example/zone", "--lang", "en"])
        #expect(result.code == 64, "\(result)")
        #expect(result.err.contains("cannot open mysql://db.example/zone"))
        let zh = cli(["projects", "--data", "mysql://db.example/zone", "--lang", "zh"])
        #expect(zh.err.contains("无法打开 mysql://db.example/zone"))
    }

    /// The standard list has PostgreSQL (docs/postgresql.md): a `postgresql://` address reaches libpq, which says why
    /// it could not connect (here: no server's socket in a directory that does not exist).
    @Test func aPostgresAddressGoesToThePostgresBackend() {
        let address = "postgresql:///zone?host=/nonexistent/frontline&port=1"
        let result = cli(["projects", "--data", address, "--lang", "en"])
        #expect(result.code == 69, "\(result)")
        #expect(result.err.contains("cannot reach the database \(address): "), "\(result)")
        #expect(result.err.contains("Check the address, that the server is running"), "\(result)")
        let zh = cli(["projects", "--data", address, "--lang", "zh"])
        #expect(zh.code == 69 && zh.err.contains("连不上数据库 \(address)："), "\(zh)")
    }

    @Test func aMissingStoreOfAnotherKindIsAMissingStore() {
        #expect(cli(["projects", "--data", "memory://nowhere"], stores: stores).code == 66)
    }
}
