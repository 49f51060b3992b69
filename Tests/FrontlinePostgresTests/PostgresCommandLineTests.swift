import FrontlineCore
import FrontlineProcess
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlinePostgres

/// The real binary on a store in PostgreSQL: `--data` and `FRONTLINE_DATA` name it by its address, and every command
/// goes through the one list of kinds of store.
@Suite(.needs(.postgres), .privateCluster)
struct PostgresCommandLineTests {
    @Test func initSaveCheckAndVerifyThroughTheBinary() throws {
        let fixture = try PostgresFixture()
        let data = ["--data", fixture.address.text, "--lang", "en"]
        let made = Binary.run(["init", fixture.address.text, "--sample", "--lang", "en"])
        #expect(made.code == 0, "\(made)")
        #expect(made.out.contains("created store \(fixture.address.text)"))
        let again = Binary.run(["init", fixture.address.text, "--lang", "en"])
        #expect(again.code == 73 && again.err.contains("already holds a store"), "\(again)")

        let raised = Binary.run(["issue", "new", "--title", "路灯不亮", "--unit", "U-01", "--due", "2026-12-31"] + data)
        #expect(raised.code == 0, "\(raised)")
        let viaEnvironment = Binary.run(["issues", "--format", "csv", "--lang", "en"], environment: ["FRONTLINE_DATA": fixture.address.text])
        #expect(viaEnvironment.code == 0 && viaEnvironment.out.contains("路灯不亮"), "\(viaEnvironment)")
        let verified = Binary.run(["log", "--verify"] + data)
        #expect(verified.code == 0 && verified.out.contains("1 entries"), "\(verified)")
        let checked = Binary.run(["check"] + data)
        #expect(checked.code == 0, "\(checked)")
        #expect(try fixture.query("SELECT role FROM frontline.journal") == PostgresCluster.superuser)
    }

    @Test func aDatabaseWithoutAStoreIsExitSixtySix() throws {
        let fixture = try PostgresFixture()
        let outcome = Binary.run(["projects", "--data", fixture.address.text, "--lang", "en"])
        #expect(outcome.code == 66, "\(outcome)")
        #expect(outcome.err.contains("no Frontline store in the database \(fixture.address.text)"), "\(outcome)")
        let zh = Binary.run(["projects", "--data", fixture.address.text, "--lang", "zh"])
        #expect(zh.code == 66 && zh.err.contains("中没有 Frontline 数据"), "\(zh)")
    }

    /// S1 through the binary: 8 processes × 50 changes to one issue's due date keep 400 of 400. (The issue's 8 × 200
    /// passes too, in minutes on two cores: every process connects and replays the journal, which grows to 1,600
    /// lines; docs/postgresql.md, "What remains".)
    @Test func eightWriterProcessesKeepEveryChange() throws {
        let (processes, saves) = (8, 50)
        let fixture = try PostgresFixture()
        let store = try fixture.create(board: TestBoard.make(admin: Binary.login))
        let due = try #require(store.board.issues[id: "I-0001"]).due
        let script = """
            for i in $(seq \(saves)); do
              "$0" issue extend I-0001 --days 1 --reason "第 $i 次延期" --data "$1" > /dev/null || exit 1
            done
            """
        let writers = try (0..<processes).map { _ in
            try ChildProcess(
                "/bin/sh", ["-c", script, Binary.frontline, fixture.address.text],
                environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], output: .discard)
        }
        let exits = writers.map { $0.wait() }
        #expect(exits.allSatisfy { $0.status == 0 }, "every change saved without error: \(exits.map(\.status))")
        let after = try fixture.open()
        let issue = try #require(after.board.issues[id: "I-0001"])
        #expect(issue.extensions == processes * saves)
        #expect(issue.due == due.adding(days: processes * saves))
        let proof = try AuditLog.verify(after)
        #expect(proof.problems.isEmpty, "\(proof.problems)")
        #expect(proof.lines == processes * saves)
    }
}
