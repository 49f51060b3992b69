import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Synchronization
import Testing

@testable import FrontlinePostgres

/// Several sessions on one database, as officials on several servers: each sees the others' saves, a save is planned
/// against the latest board (a conflict is a conflict, never a lost write), and concurrent writers lose nothing.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresSessionTests {
    @Test func aColleaguesSaveIsSeenOnRefresh() throws {
        let fixture = try PostgresFixture()
        let a = try fixture.create()
        let b = try fixture.open()
        #expect(try b.refresh() == false)
        try Saves.save(a, Saves.edit(a, "title", to: "A 的标题"))
        #expect(try b.refresh() == true)
        #expect(b.board == a.board)
        #expect(b.head == a.head)
        #expect(try b.refresh() == false)
    }

    @Test func theSameFieldIsAConflictAndSavesNothing() throws {
        let fixture = try PostgresFixture()
        let a = try fixture.create()
        let b = try fixture.open()
        let mine = Saves.edit(b, "title", to: "B 的标题")
        try Saves.save(a, Saves.edit(a, "title", to: "A 的标题"), as: "street")
        #expect {
            try Saves.save(b, mine)
        } throws: { error in
            guard case .conflicts(let conflicts) = error as? DomainError, let conflict = conflicts.first, conflicts.count == 1 else { return false }
            return conflict.field == "title" && conflict.theirs == .string("A 的标题") && conflict.mine == .string("B 的标题")
                && conflict.theirsBy == "M-003"
        }
        #expect(try fixture.journalCount() == 1, "a conflict writes nothing")
        #expect(b.board.issues[id: "I-0001"]?.title == "A 的标题", "B now holds A's value")
        #expect(b.board == a.board)
        #expect(b.history.count == 1)
    }

    @Test func aStalePlanOfAnotherFieldIsReplannedAgainstTheLatestBoard() throws {
        let fixture = try PostgresFixture()
        let a = try fixture.create()
        let b = try fixture.open()
        let mine = Saves.edit(b, "description", to: "需迁移绿植约 40 株")
        try Saves.save(a, Saves.edit(a, "title", to: "渤海路出入口：路面与绿植"))
        let entry = try Saves.save(b, mine)
        #expect(entry.seq == 2)
        let issue = try fixture.open().board.issues[id: "I-0001"]
        #expect(issue?.title == "渤海路出入口：路面与绿植")
        #expect(issue?.description == "需迁移绿植约 40 株")
        #expect(try AuditLog.verify(try fixture.open()).problems.isEmpty)
    }

    @Test func aCommitPlansOnTheBoardAColleagueSavedAMomentAgo() throws {
        let fixture = try PostgresFixture()
        let a = try fixture.create()
        let b = try fixture.open()
        try Saves.save(a, Saves.visit("A"))
        var seen = 0
        let entry = try b.commit { board, history in
            seen = board.revision
            let actor = Actor(login: "admin", uid: 1000, board: board)
            let plan = try Planner.plan(
                Saves.visit("B"), on: board, context: PlanContext(actor: actor, today: TestBoard.today, now: TestBoard.now, history: history))
            return (plan, actor, TestBoard.now)
        }
        #expect(seen == 1)
        #expect(entry.seq == 2)
        #expect(try fixture.open().board.visits.count == 2)
    }

    @Test func aSaveWaitingForAStuckLockEndsAtTheStatementTimeout() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let store = try PostgresStore(address: fixture.address, statementTimeoutSeconds: 1)
        #expect(store.busy() == nil)
        let holder = try PostgresConnection(uri: fixture.address.text)
        try holder.execute("BEGIN")
        try holder.execute(PostgresSchema.lockForSaving)
        #expect(store.busy() == [], "someone (who cannot be told) holds the save lock")
        let before = store.board
        #expect(throws: StoreError.lockTimeout(path: fixture.address.text, seconds: 1)) {
            try Saves.save(store, Saves.visit("等锁"))
        }
        #expect(store.board == before, "nothing planned stays on the board")
        #expect(try fixture.journalCount() == 0)
        try holder.execute("ROLLBACK")
        #expect(store.busy() == nil)
        #expect(try Saves.save(store, Saves.visit("等锁")).seq == 1, "the connection is usable after the cancelled save")
    }

    /// S1 on PostgreSQL: writers on separate connections at once; every save is kept and the chain holds.
    @Test func concurrentWritersLoseNothing() throws {
        let fixture = try PostgresFixture()
        try fixture.create()
        let writers = 8
        let saves = 100
        let failures = Mutex<[String]>([])
        let address = fixture.address
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                let store = try PostgresStore(address: address)
                for save in 0..<saves { try Saves.save(store, Saves.visit("\(writer)-\(save)")) }
            } catch {
                failures.withLock { $0.append("writer \(writer): \(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        let store = try fixture.open()
        #expect(store.board.visits.count == writers * saves)
        #expect(Set(store.board.visits.rows.map(\.note)).count == writers * saves)
        let proof = try AuditLog.verify(store)
        #expect(proof.problems.isEmpty, "\(proof.problems)")
        #expect(proof.lines == writers * saves)
    }
}
