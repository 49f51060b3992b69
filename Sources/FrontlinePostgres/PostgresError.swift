/// What the PostgreSQL server (or libpq, before a server answered) said went wrong: its message and its SQLSTATE.
///
/// The SQLSTATE is the server's own five-character code (`42501`: insufficient privilege, `57014`: a statement
/// cancelled by `statement_timeout`). libpq gives none for a connection that could not be made or was lost: those
/// carry the standard class 08 codes, `08001` and `08006`, so that every failure has one.
public struct PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    public var sqlstate: String
    /// The primary message, as the server wrote it (in its `lc_messages`), without a trailing newline.
    public var message: String
    /// The server's DETAIL line, when it gave one.
    public var detail: String?

    public init(sqlstate: String, message: String, detail: String? = nil) {
        self.sqlstate = sqlstate
        self.message = message
        self.detail = detail
    }

    /// A connection could not be made (SQL standard: sqlclient_unable_to_establish_sqlconnection).
    public static let cannotConnect = "08001"
    /// The connection broke while a statement ran (connection_failure).
    public static let connectionLost = "08006"
    /// COMMIT was sent and its answer lost: whether the transaction committed is not known
    /// (transaction_resolution_unknown).
    public static let commitUnknown = "08007"
    /// The account may not do that (insufficient_privilege): a GRANT it lacks, or the journal's append-only trigger.
    public static let insufficientPrivilege = "42501"
    /// A statement ran past `statement_timeout`, waiting for a lock or not (query_canceled).
    public static let queryCanceled = "57014"
    /// A lock asked for with NOWAIT is held by another session (lock_not_available).
    public static let lockNotAvailable = "55P03"
    /// The schema or a table is not there (invalid_schema_name, undefined_table).
    public static let undefinedObjects: Set<String> = ["3F000", "42P01"]

    public var description: String {
        "SQLSTATE \(sqlstate): \(message)" + (detail.map { " (\($0))" } ?? "")
    }
}
