import FrontlineCore
import FrontlineStore

extension PostgresStore {
    /// Creates the store's schema in the database `address` names, holding `board` as its first snapshot
    /// (`frontline init postgresql://…`); the role that connects owns it and becomes its database administrator.
    ///
    /// The database must exist and be UTF-8, and hold no schema `frontline` yet. The group role `frontline_users`
    /// is made if the cluster lacks it (which needs CREATEROLE; a database administrator can make it beforehand).
    /// Everything else is made in one transaction: a failure leaves the database as it was.
    @discardableResult
    public static func create(at address: StoreAddress, board: Board) throws -> PostgresStore {
        try create(at: address) { connection in
            let snapshot = BoardCodec.encode(board, journalHash: SHA256.genesis)
            try connection.execute(
                PostgresSchema.insertSnapshot, [.int(board.revision), .text(SHA256.genesis), .bytes(snapshot), .text(SHA256.hex(snapshot))])
        }
    }

    /// Makes the schema and runs `fill` in the same transaction (it inserts the first snapshot, and anything else a
    /// new store starts with), then opens the store.
    static func create(at address: StoreAddress, filling fill: (PostgresConnection) throws -> Void) throws -> PostgresStore {
        let shown = PostgresAddress.shown(address)
        do {
            let connection = try PostgresConnection(uri: address.text, statementTimeoutSeconds: statementTimeoutSeconds)
            try checkEncoding(connection, at: shown)
            guard try connection.execute(PostgresSchema.exists, [.text(PostgresSchema.name)]).count == 0 else { throw StoreError.exists(path: shown) }
            try makeUsersRole(connection)
            try connection.transaction {
                for statement in PostgresSchema.statements { try connection.execute(statement) }
                try fill(connection)
            }
        } catch let error as PostgresError {
            // Another init that made the schema a moment earlier.
            if error.sqlstate == duplicateSchema { throw StoreError.exists(path: shown) }
            throw error.storeError(at: shown, timeoutSeconds: statementTimeoutSeconds)
        }
        return try PostgresStore(address: address)
    }

    /// duplicate_schema; duplicate_object and unique_violation when two sessions make the same role at once.
    private static let duplicateSchema = "42P06"
    private static let duplicateRole: Set<String> = ["42710", "23505"]

    private static func makeUsersRole(_ connection: PostgresConnection) throws {
        guard try connection.execute(PostgresSchema.roleExists, [.text(PostgresSchema.usersRole)]).count == 0 else { return }
        do {
            try connection.execute(PostgresSchema.createRole)
        } catch  where duplicateRole.contains(error.sqlstate) {}
    }
}
