import Foundation
import FrontlineCore
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
        let writers = (0..<8).map { _ in
            DispatchQueue.global().sync { () -> Process in
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", script, Binary.frontline, store.directory]
                process.standardOutput = FileHandle.nullDevice
                try? process.run()
                return process
            }
        }
        for writer in writers { writer.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 }, "every change saved without error")

        let after = try FileStore(directory: store.directory)
        let issue = try #require(after.board.issues[id: "I-0001"])
        #expect(issue.extensions == 1600)
        #expect(issue.due == due.adding(days: 1600))
        #expect(issue.log.count == 1 + 1600)
        #expect(after.history.count == 1600)
        #expect(try AuditLog.verify(directory: store.directory).problem == nil)
    }
}
