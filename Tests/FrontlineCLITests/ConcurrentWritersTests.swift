import Foundation
import FrontlineCore
import FrontlineProcess
import FrontlineStore
import FrontlineTestSupport
import Testing

/// S1: 8 processes × 200 changes to one counter-like field, through the real binary: 1600 of 1600.
struct ConcurrentWritersTests {
    @Test func eightWritersTimesTwoHundredKeepEveryChange() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: Binary.login)
        let due = store.board.issues[id: "I-0001"]!.due
        let script = """
            for i in $(seq 200); do
              "$0" issue extend I-0001 --days 1 --reason "第 $i 次延期" --data "$1" > /dev/null || exit 1
            done
            """
        // All eight start before any is waited for: they run at once.
        let writers = try (0..<8).map { _ in
            try ChildProcess(
                "/bin/sh", ["-c", script, Binary.frontline, store.directory],
                environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"], output: .discard)
        }
        let exits = writers.map { $0.wait() }
        #expect(exits.allSatisfy { $0.status == 0 }, "every change saved without error: \(exits.map(\.status))")

        let after = try FileStore(directory: store.directory)
        let issue = try #require(after.board.issues[id: "I-0001"])
        #expect(issue.extensions == 1600)
        #expect(issue.due == due.adding(days: 1600))
        #expect(issue.log.count == 1 + 1600)
        // The journal folds itself as it grows (docs/store-format.md): count the changes in history/ too.
        let changes = try AuditLog.read(directory: store.directory).filter { $0.entry.action != "store.compact" }
        #expect(changes.count == 1600)
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }
}
