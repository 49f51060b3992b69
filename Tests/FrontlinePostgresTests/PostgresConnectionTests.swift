import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// The libpq wrapper: values travel as parameters, byte for byte, and the server's failures come back with their
/// SQLSTATE.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresConnectionTests {
    func connect() throws -> PostgresConnection {
        let fixture = try PostgresFixture()
        return try PostgresConnection(uri: fixture.address.text)
    }

    @Test func valuesTravelAsParametersByteForByte() throws {
        let connection = try connect()
        let hostile = "'); DROP TABLE frontline.journal; -- $1 \\x00 \"引号\" 🚧 \u{202E}"
        let text = try connection.execute("SELECT $1::text, $2::text IS NULL", [.text(hostile), .null])
        #expect(text.text(0, 0) == hostile)
        #expect(text.text(0, 1) == "t")
        for bytes in [[], [0], [0, 1, 127, 128, 255], Array(repeating: UInt8(0x5c), count: 70_000)] as [[UInt8]] {
            let rows = try connection.execute("SELECT $1::bytea, octet_length($1::bytea)", [.bytes(bytes)], binary: true)
            #expect(rows.bytes(0, 0) == bytes)
        }
    }

    @Test func aServerErrorCarriesItsSQLSTATEAndMessage() throws {
        let connection = try connect()
        #expect(throws: PostgresError.self) { try connection.execute("SELECT 1/0") }
        do {
            try connection.execute("SELECT * FROM frontline.journal")
            Issue.record("a missing table was read")
        } catch {
            #expect(error.sqlstate == "42P01")
            #expect(error.message.contains("frontline.journal"))
        }
        #expect(try connection.execute("SELECT 2 + $1::int", [.int(40)]).int(0, 0) == 42, "the connection goes on after an error")
    }

    /// Over TCP a server that vanished without a word is found out by keepalives and `tcp_user_timeout`, not waited
    /// for for minutes; the URI may say otherwise.
    @Test func aVanishedServerIsFoundOutOverTCP() throws {
        let cluster = try #require(PostgresCluster.current)
        let connection = try PostgresConnection(uri: cluster.tcpURI("postgres"))
        #expect(connection.option("keepalives_idle") == "10")
        #expect(connection.option("keepalives_interval") == "5")
        #expect(connection.option("keepalives_count") == "3")
        #expect(connection.option("tcp_user_timeout") == "30000")
        #expect(try PostgresConnection(uri: cluster.tcpURI("postgres") + "?keepalives_idle=60").option("keepalives_idle") == "60")
    }

    @Test func theTimeoutsAreSetOnConnect() throws {
        let connection = try connect()
        let rows = try connection.execute("SELECT current_setting('statement_timeout'), current_setting('idle_in_transaction_session_timeout')")
        #expect(rows.text(0, 0) == "30s")
        #expect(rows.text(0, 1) == "1min")
        #expect(connection.parameter("client_encoding") == "UTF8")
        #expect(connection.parameter("application_name") == "frontline")
    }

    /// The connection is made, then its set-up refused (a negative timeout): the error comes back, the connection is
    /// closed once.
    @Test func aSetUpTheServerRefusesIsAnError() throws {
        let fixture = try PostgresFixture()
        for _ in 0..<3 {
            #expect(throws: PostgresError.self) { try PostgresConnection(uri: fixture.address.text, statementTimeoutSeconds: -1) }
        }
    }

    @Test func aStatementThatRunsTooLongIsCancelled() throws {
        let fixture = try PostgresFixture()
        let connection = try PostgresConnection(uri: fixture.address.text, statementTimeoutSeconds: 1)
        do {
            try connection.execute("SELECT pg_sleep(5)")
            Issue.record("a statement ran past statement_timeout")
        } catch {
            #expect(error.sqlstate == PostgresError.queryCanceled)
        }
    }
}
