import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// Faults mid-session: the server ends a session, restarts, or is gone for a while. What failed says so, a save is
/// either saved or reported as not saved (never half), and the store connects again by itself once it can.
///
/// Serialized, with a cluster of its own: the tests restart and stop it.
@Suite(.needs(.postgres), .privateCluster, .serialized)
struct PostgresFaultTests {
    /// The server process serving `store`'s session.
    func backend(_ store: PostgresStore) throws -> Int {
        try #require(try store.connection.execute("SELECT pg_backend_pid()").int(0, 0))
    }

    /// Ends `store`'s session from a superuser's connection, as an administrator would, and waits until it is gone.
    func terminate(_ store: PostgresStore, _ fixture: PostgresFixture) throws {
        #expect(try fixture.query("SELECT pg_terminate_backend(\(try backend(store)), 10000)") == "t")
    }

    /// The SQLSTATE of the store's error `body` threw, nil when it threw none.
    func failure(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let StoreError.database(_, sqlstate, _) {
            return sqlstate
        } catch {
            return "another error: \(error)"
        }
    }

    @Test func aSaveOnASessionTheServerEndedIsNotSavedAndTheNextOneIs() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let store = try fixture.open()
        let before = (store.board, store.history, store.head)
        try terminate(store, fixture)
        let failed = failure { try Saves.save(store, Saves.visit("会话已断")) }
        #expect(failed != nil, "the save says it failed")
        #expect(try fixture.journalCount() == 0, "and nothing was saved")
        #expect(store.board == before.0 && store.history == before.1 && store.head == before.2, "the board is as before it")
        try Saves.save(store, Saves.visit("重连后"))
        #expect(try fixture.journalCount() == 1)
        #expect(try AuditLog.verify(try fixture.open()).problems.isEmpty)
    }

    @Test func aBoardWhoseSessionEndedReadsAgainAndListensAgain() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let board = try fixture.open()
        _ = board.changeSignal()
        _ = try board.refresh()
        let colleague = try fixture.open()
        try terminate(board, fixture)
        try Saves.save(colleague, Saves.visit("断线期间"), as: "street")
        // The ended session shows on the socket (the server's farewell, then the end of the stream, perhaps in two
        // wakes): no signal then, the board looks on its timer.
        var signal = board.changeSignal()
        for _ in 1...3 {
            guard let waiting = signal else { break }
            #expect(PostgresLiveUpdateTests.readable(waiting.descriptor, within: 10) != nil)
            signal = board.changeSignal()
        }
        #expect(signal == nil)
        #expect(try board.refresh(), "the read connects again and brings the colleague's save")
        let again = try #require(board.changeSignal(), "listening again")
        #expect(again.pending, "what was told meanwhile was lost: read once more at once")
        #expect(try !board.refresh())
        let waiting = try #require(board.changeSignal())
        try Saves.save(colleague, Saves.visit("重新监听"), as: "street")
        #expect(PostgresLiveUpdateTests.readable(waiting.descriptor, within: 10) != nil, "told on the new session")
        #expect(board.changeSignal()?.pending == true)
        #expect(try board.refresh())
        #expect(board.board == colleague.board)
    }

    @Test func theServerRestartedOrGoneIsSaidAndTheStoreComesBackByItself() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let store = try fixture.open()
        try fixture.cluster.restart()
        let afterRestart = failure { _ = try store.refresh() }
        #expect(afterRestart != nil, "the session the restart ended is said")
        #expect(try !store.refresh(), "the next read connects again")

        try fixture.cluster.stopServer()
        #expect(failure { _ = try store.refresh() } != nil)
        #expect(failure { _ = try store.refresh() } == PostgresError.cannotConnect, "unreachable, said as such")
        #expect(failure { try Saves.save(store, Saves.visit("服务器停了")) } == PostgresError.cannotConnect)
        try fixture.cluster.startAgain()
        try Saves.save(store, Saves.visit("服务器回来了"))
        #expect(try fixture.journalCount() == 1)
        #expect(store.changeSignal()?.pending == true, "a save that connected again: the board listens and reads at once")
    }

    @Test func aCommitWhoseAnswerWasLostButThatCommittedIsSaid() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let store = try fixture.open()
        let pid = try backend(store)
        // The server commits; the session is ended before its answer is read: the client sees a broken connection.
        store.sendCommit = { connection in
            try connection.execute("COMMIT")
            _ = try fixture.query("SELECT pg_terminate_backend(\(pid), 10000)")
            try connection.execute("SELECT 1")
        }
        let entry = try Saves.save(store, Saves.visit("已提交"))
        #expect(entry.seq == 1)
        #expect(store.board.revision == 1 && store.history.count == 1)
        #expect(try fixture.journalCount() == 1)
        store.sendCommit = { try $0.execute("COMMIT") }
        try Saves.save(store, Saves.visit("之后"))
        let reopened = try fixture.open()
        #expect(reopened.board == store.board)
        #expect(try AuditLog.verify(reopened).problems.isEmpty)
    }

    /// The server committed and went away before it could be asked: not known, said so, and the board as before the
    /// save; once the server is back, the next read takes the line in, as any saved line.
    @Test func aCommitWhoseOutcomeCannotBeAskedIsSaidAsNotKnown() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let store = try fixture.open()
        let before = (store.board, store.history, store.head)
        store.sendCommit = { connection in
            try connection.execute("COMMIT")
            try fixture.cluster.stopServer()
            try connection.execute("SELECT 1")
        }
        #expect(failure { try Saves.save(store, Saves.visit("不知是否已存")) } == PostgresError.commitUnknown)
        #expect(store.board == before.0 && store.history == before.1 && store.head == before.2)
        store.sendCommit = { try $0.execute("COMMIT") }
        try fixture.cluster.startAgain()
        #expect(try fixture.journalCount() == 1, "the server had committed it")
        #expect(try store.refresh(), "and the board takes it in as it reads again")
        #expect(store.history.map(\.seq) == [1])
    }

    @Test func aCommitTheServerDidNotFinishIsSaidAsNotSaved() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        // The session ends itself as it commits (a deferred trigger runs at COMMIT): the transaction is aborted.
        try fixture.query(
            """
            CREATE FUNCTION frontline.end_session() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER end_session AFTER INSERT ON frontline.journal DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION frontline.end_session();
            """)
        let store = try fixture.open()
        let before = (store.board, store.history, store.head)
        #expect(failure { try Saves.save(store, Saves.visit("未提交")) } != nil)
        #expect(try fixture.journalCount() == 0)
        #expect(store.board == before.0 && store.history == before.1 && store.head == before.2)
        try fixture.query("DROP TRIGGER end_session ON frontline.journal")
        try Saves.save(store, Saves.visit("再试"))
        #expect(try fixture.journalCount() == 1)
    }
}
