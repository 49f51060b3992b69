import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

#if canImport(Glibc)
    import Glibc
#endif

/// Two boards open at once on one database, as from two servers: board A a client over TCP on 127.0.0.1 that
/// proves itself with a SCRAM password (kept in a PGPASSFILE, as a deployment keeps it, not in the address), board B
/// over the server's Unix socket as another role, the Unix account itself (peer authentication: the server asks the
/// kernel who the client is, no password at all). A change made with one board's keys shows on the other without a
/// key pressed there, both ways, through the server's notifications; each line is stamped with its board's role.
@Suite(.needs(.postgres), .needs(.tmux), .privateCluster)
struct PostgresBoardTwoServersTests {
    static let asOf = "2026-11-27"

    /// The Unix account running the tests: board B's role, which peer authentication maps to it.
    static var unixAccount: String { String(cString: getpwuid(geteuid())!.pointee.pw_name) }

    @Test func aChangeOnEitherBoardShowsOnTheOtherAtOnce() throws {
        let fixture = try PostgresFixture()
        let created = Binary.run(["init", fixture.address.text, "--sample"])
        try #require(created.code == 0, "\(created)")
        let cluster = fixture.cluster
        let dir = TempDirectory("frontline-pg-two")

        // A: a unit role over TCP, its SCRAM password in a PGPASSFILE only its owner may read.
        let roleA = try fixture.unitRole("tcp")
        try fixture.query("ALTER ROLE \(roleA) PASSWORD 'zone-a-secret'")
        let passwords = dir.at("pgpass")
        try "127.0.0.1:\(cluster.port):\(fixture.database):\(roleA):zone-a-secret\n".write(toFile: passwords, atomically: false, encoding: .utf8)
        chmod(passwords, 0o600)
        let addressA = "postgresql://\(roleA)@127.0.0.1:\(cluster.port)/\(fixture.database)"

        // B: the Unix account's own role over the socket, admitted by peer authentication alone.
        let roleB = Self.unixAccount
        try fixture.query(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '\(roleB)') THEN CREATE ROLE \"\(roleB)\" LOGIN; END IF; END $$")
        try fixture.query("GRANT \(PostgresSchema.usersRole) TO \"\(roleB)\"")
        try cluster.allowPeer(role: roleB)
        let addressB = cluster.uri(fixture.database, user: roleB)

        func board(_ address: String, _ environment: [String: String]) throws -> TmuxSession {
            let command = [Binary.frontline, "--data", address, "--lang", "zh", "--as-of", Self.asOf].map(TmuxSession.shellQuoted)
                .joined(separator: " ")
            let board = try TmuxSession("exec " + command, home: dir.path, environment: environment)
            try #require(board.waitFor("the dashboard", { $0.contains("项目 30 个") }) != nil, "\(board.timedOut("the dashboard"))")
            return board
        }
        let a = try board(addressA, ["PGPASSFILE": passwords])
        defer { a.kill() }
        let b = try board(addressB, [:])
        defer { b.kill() }
        for board in [a, b] { try open(board, "I-0067") }
        let log = cluster.connectionLog
        #expect(log.contains("identity=\"\(roleB)\" method=peer"), "B was let in by peer authentication")
        #expect(log.contains("identity=\"\(roleA)\" method=scram-sha-256"), "A by its SCRAM password")

        var delays: [String: [Int]] = [:]
        for n in 1...3 {
            for (name, from, to) in [("A→B", a, b), ("B→A", b, a)] {
                let title = "\(name == "A→B" ? "甲" : "乙")改标题第\(n)次"
                from.sendKeys("e", "C-u")
                try #require(from.waitFor("the edit form", { $0.contains("编辑 I-0067") }) != nil, "\(from.timedOut("form"))")
                from.sendText(title)
                from.sendKeys("C-s")
                try #require(from.waitFor("saved", { $0.contains("已保存") && $0.contains(title) }) != nil, "\(from.timedOut("saved"))")
                let saved = Date()
                let seen = to.waitFor("\(title) on the other board", timeout: 2) { $0.contains(title) }
                #expect(seen != nil, "\(name): \(to.timedOut(title, timeout: 2))")
                delays[name, default: []].append(Int(Date().timeIntervalSince(saved) * 1000))
            }
        }
        // Measured from the saving board showing 已保存 to the other board showing the title (tmux captures included).
        print("PostgresBoardTwoServersTests: shown on the other board after the save (ms): \(delays.sorted { $0.key < $1.key })")

        let roles = try fixture.query("SELECT string_agg(DISTINCT role, ',' ORDER BY role) FROM frontline.journal")
        #expect(roles == [roleA, roleB].sorted().joined(separator: ","), "each board's lines carry its own role, stamped by the server")
        #expect(try fixture.query("SELECT count(*) FROM frontline.journal") == "6")

        // Both boards saved as the same person (the Unix account's login): B's role is that person's, A's is not until
        // the deployment maps it (A's role made a member of the person's role); `log --verify` says which lines.
        let unmapped = Binary.run(["log", "--verify", "--data", fixture.address.text])
        #expect(unmapped.code != 0 && (unmapped.out + unmapped.err).components(separatedBy: "database role \(roleA),").count == 4, "\(unmapped)")
        try fixture.query("GRANT \"\(roleB)\" TO \(roleA)")
        let mapped = Binary.run(["log", "--verify", "--data", fixture.address.text])
        #expect(mapped.code == 0, "\(mapped)")
    }

    func open(_ board: TmuxSession, _ id: String) throws {
        board.sendKeys(":")
        board.sendText(id)
        board.sendKeys("Enter")
        try #require(board.waitFor("\(id) open", { $0.contains(id) }) != nil, "\(board.timedOut("\(id) open"))")
    }
}
