import CLibPQ

#if canImport(Glibc)
    import Glibc
#endif

/// One connection to a PostgreSQL server through libpq, PostgreSQL's own C client.
///
/// Why libpq and not PostgresNIO: the store protocol (`BoardStore`, `JournaledStore`) is synchronous, and so is
/// libpq's `PQexecParams`; PostgresNIO would bring swift-nio into every build (CI builds none) and an event loop to
/// block on for each call. libpq also reads everything a deployment already configures for psql — `~/.pgpass`,
/// `PGSERVICE`, peer authentication over the local socket, SCRAM and certificates — from the same URI.
///
/// Every statement goes through `execute`, which sends its values as parameters (`PQexecParams`): no value is ever
/// spliced into SQL. Each connection sets `statement_timeout` (a lock waited for included) and
/// `idle_in_transaction_session_timeout` as it opens, so no call waits forever and no stalled client holds the
/// store's lock for long. A connection is used from one thread at a time.
public final class PostgresConnection {
    private let connection: OpaquePointer
    /// How long one statement may run, waiting for a lock included, before the server cancels it.
    public let statementTimeoutSeconds: Int

    /// What every connection asks of libpq unless the URI says otherwise: a bounded wait for the server, the
    /// program's name in `pg_stat_activity`, and, over TCP, a server that vanished without a word (its machine down,
    /// the network cut) found out instead of waited for until the kernel gives up (minutes): keepalives probe an
    /// idle connection after 10 s, every 5 s, 3 times; data the server has not acknowledged in 30 s ends it.
    static let defaults = [
        ("connect_timeout", "10"), ("fallback_application_name", "frontline"), ("keepalives_idle", "10"), ("keepalives_interval", "5"),
        ("keepalives_count", "3"), ("tcp_user_timeout", "30000"),
    ]

    /// Connects to the server a libpq connection URI names (`postgresql://host/zone`, `postgresql:///zone?host=/run/x`)
    /// and sets the timeouts. The values in the URI override the defaults above; the client encoding is UTF-8 always,
    /// since the journal's lines are UTF-8 and are hashed as such.
    public init(uri: String, statementTimeoutSeconds: Int = 30) throws(PostgresError) {
        // libpq reads the keywords in order, a later one overriding an earlier: the URI (expanded from `dbname`) over the
        // defaults, and UTF-8 over whatever the URI says.
        let keywords = PostgresConnection.defaults.map(\.0) + ["dbname", "client_encoding"]
        let values = PostgresConnection.defaults.map(\.1) + [uri, "UTF8"]
        let made = CStrings.with(keywords) { keywordPointers in
            CStrings.with(values) { valuePointers in PQconnectdbParams(keywordPointers, valuePointers, 1) }
        }
        guard let made else { throw PostgresError(sqlstate: PostgresError.cannotConnect, message: "out of memory") }
        guard PQstatus(made) == CONNECTION_OK else {
            let message = PostgresConnection.trimmed(PQerrorMessage(made))
            PQfinish(made)
            throw PostgresError(sqlstate: PostgresError.cannotConnect, message: message)
        }
        connection = made
        self.statementTimeoutSeconds = statementTimeoutSeconds
        // Notices ("relation already exists, skipping") are not for the terminal the board draws on.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        // Should this fail, the instance is whole already: its deinit closes the connection.
        try execute(
            "SELECT set_config('statement_timeout', $1, false), set_config('idle_in_transaction_session_timeout', $2, false)",
            [.text("\(statementTimeoutSeconds)s"), .text("\(2 * statementTimeoutSeconds)s")])
    }

    deinit { PQfinish(connection) }

    /// A setting the server reported when the connection opened (`server_encoding`, `server_version`), or nil.
    public func parameter(_ name: String) -> String? {
        PQparameterStatus(connection, name).map { String(cString: $0) }
    }

    /// The value libpq uses for one of the connection's keywords (`keepalives_idle`), or nil.
    public func option(_ keyword: String) -> String? {
        guard let options = PQconninfo(connection) else { return nil }
        defer { PQconninfoFree(options) }
        var option = options
        while let name = option.pointee.keyword {
            if String(cString: name) == keyword { return option.pointee.val.map { String(cString: $0) } }
            option += 1
        }
        return nil
    }

    /// The socket to the server, to wait on for notifications (`LISTEN`); nil once the connection is gone.
    public var socket: Int32? {
        let socket = PQsocket(connection)
        return PQstatus(connection) == CONNECTION_OK && socket >= 0 ? socket : nil
    }

    /// The notifications the server has sent to this session (`LISTEN`), oldest first, taken in without waiting:
    /// what the socket holds is read, so that it is no longer readable for them. A connection that broke gives
    /// what came before (and `socket` is nil from then on).
    public func notifications() -> [PostgresNotification] {
        _ = PQconsumeInput(connection)
        let ownProcess = PQbackendPID(connection)
        var taken: [PostgresNotification] = []
        while let notice = PQnotifies(connection) {
            defer { PQfreemem(notice) }
            taken.append(
                PostgresNotification(
                    channel: String(cString: notice.pointee.relname), payload: notice.pointee.extra.map { String(cString: $0) } ?? "",
                    fromThisSession: notice.pointee.be_pid == ownProcess))
        }
        return taken
    }

    /// Runs one statement with its values as parameters (`$1` is `parameters[0]`) and returns its rows (none for a
    /// statement that returns none). With `binary`, values come back as the server holds them (for `bytea`).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [PostgresValue] = [], binary: Bool = false) throws(PostgresError) -> PostgresRows {
        let result = PostgresConnection.send(connection, sql, parameters, binary: binary)
        guard let result else {
            throw PostgresError(sqlstate: PostgresError.connectionLost, message: PostgresConnection.trimmed(PQerrorMessage(connection)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            return PostgresConnection.rows(of: result)
        default:
            throw error(of: result)
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (whatever it threw is
    /// thrown again; a failed rollback means the connection is gone, and the server rolls back then).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        let value: T
        do {
            value = try body()
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        try execute("COMMIT")
        return value
    }

    private static func send(_ connection: OpaquePointer, _ sql: String, _ parameters: [PostgresValue], binary: Bool) -> OpaquePointer? {
        let count = Int32(parameters.count)
        var buffers: [UnsafeMutableRawBufferPointer?] = []
        defer { buffers.forEach { $0?.deallocate() } }
        var lengths: [Int32] = []
        var formats: [Int32] = []
        for parameter in parameters {
            switch parameter {
            case .text(let text):
                var bytes = Array(text.utf8)
                bytes.append(0)
                buffers.append(copy(bytes))
                lengths.append(Int32(bytes.count - 1))
                formats.append(0)
            case .bytes(let bytes):
                // A zero-length buffer still needs an address: libpq reads a NULL pointer as SQL NULL.
                buffers.append(copy(bytes.isEmpty ? [0] : bytes))
                lengths.append(Int32(bytes.count))
                formats.append(1)
            case .null:
                buffers.append(nil)
                lengths.append(0)
                formats.append(0)
            }
        }
        let pointers: [UnsafePointer<CChar>?] = buffers.map { $0.map { UnsafePointer($0.baseAddress!.assumingMemoryBound(to: CChar.self)) } }
        return PQexecParams(connection, sql, count, nil, pointers, lengths, formats, binary ? 1 : 0)
    }

    private static func copy(_ bytes: [UInt8]) -> UnsafeMutableRawBufferPointer {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        buffer.copyBytes(from: bytes)
        return buffer
    }

    private static func rows(of result: OpaquePointer) -> PostgresRows {
        let columnCount = PQnfields(result)
        let rowCount = PQntuples(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        var rows: [[[UInt8]?]] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            rows.append(
                (0..<columnCount).map { column in
                    guard PQgetisnull(result, row, column) == 0, let value = PQgetvalue(result, row, column) else { return nil }
                    let length = Int(PQgetlength(result, row, column))
                    return value.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
                })
        }
        return PostgresRows(columns: columns, rows: rows)
    }

    /// The server's SQLSTATE, message and detail; a result without a SQLSTATE is a connection that broke.
    private func error(of result: OpaquePointer) -> PostgresError {
        func field(_ code: Character) -> String? {
            PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
        }
        guard let sqlstate = field("C") else {
            return PostgresError(sqlstate: PostgresError.connectionLost, message: PostgresConnection.trimmed(PQerrorMessage(connection)))
        }
        return PostgresError(sqlstate: sqlstate, message: field("M") ?? PostgresConnection.trimmed(PQresultErrorMessage(result)), detail: field("D"))
    }

    private static func trimmed(_ message: UnsafePointer<CChar>?) -> String {
        guard let message else { return "" }
        var text = String(cString: message)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}

/// A notification the server sent to a session that listens on its channel (`NOTIFY`, `pg_notify`).
public struct PostgresNotification: Equatable, Sendable {
    public var channel: String
    public var payload: String
    /// Sent by this very session (a session hears its own notifications too).
    public var fromThisSession: Bool
}

/// NUL-terminated copies of strings, alive for one call.
enum CStrings {
    static func with<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { $0.map { UnsafePointer($0) } } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
