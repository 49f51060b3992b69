import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// A store of `TestBoard.make()` in a database of its own in the suite's private cluster.
struct PostgresFixture {
    let cluster: PostgresCluster
    let database: String

    init() throws {
        cluster = try #require(PostgresCluster.current, "the suite runs with .privateCluster")
        database = try cluster.createDatabase()
    }

    var address: StoreAddress { StoreAddress(cluster.uri(database)) }

    /// The address as `user`, a role of the cluster.
    func address(as user: String) -> StoreAddress { StoreAddress(cluster.uri(database, user: user)) }

    @discardableResult
    func create(board: Board = TestBoard.make()) throws -> PostgresStore {
        try PostgresStore.create(at: address, board: board)
    }

    func open(as user: String = PostgresCluster.superuser) throws -> PostgresStore {
        try PostgresStore(address: address(as: user))
    }

    /// A login role of the cluster that is a member of `frontline_users`, named after this test's database.
    func unitRole(_ suffix: String = "unit") throws -> String {
        let role = "\(database)_\(suffix)"
        try cluster.psql("CREATE ROLE \(role) LOGIN IN ROLE \(PostgresSchema.usersRole)")
        return role
    }

    /// What the superuser's psql prints for `sql` in this test's database.
    func query(_ sql: String) throws -> String { try cluster.psql(sql, database: database) }

    /// How many lines the journal holds.
    func journalCount() throws -> Int { Int(try query("SELECT count(*) FROM frontline.journal")) ?? -1 }
}

/// The intents the tests save, made from what a store shows now (as a form would be).
enum Saves {
    static func visit(_ note: String) -> Intent {
        .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note))
    }

    static func edit(_ store: some BoardStore, _ field: String, to value: String, id: String = "I-0001") -> Intent {
        let snapshot = store.board.snapshot(of: .issue, id: id)!
        return .edit(
            RecordEdit(kind: .issue, id: id, base: snapshot.meta.rev, fields: [FieldChange(field, old: snapshot.fields[field]!, new: .string(value))])
        )
    }

    @discardableResult
    static func save(_ store: some BoardStore, _ intent: Intent, as login: String = "admin") throws -> Entry {
        try store.perform(intent, login: login, uid: 1000, today: TestBoard.today, now: TestBoard.now)
    }
}
