import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// S2 for attachments (issue 14, item 3): `attachment add` killed (-9) at every point where it touches the store,
/// as `CrashTests` does for saves. After each kill the store loads and proves its chain; every attachment a record
/// names has its content, intact (the content is durable before the line that names it); an attachment acknowledged
/// (exit 0) is there; and the next writer leaves no temp file.
struct AttachmentCrashTests {
    @Test(.needs(.strace)) func killedAttachmentsLeaveNoTempFileAndNoDanglingRecord() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: Binary.login)
        let data = ["--data", store.directory]
        let crash = CrashTests()
        var acknowledged: [String] = []
        var rounds = 0, kills = 0
        func command(_ name: String) -> [String] {
            let file = dir.at("scan-\(name).pdf")
            Files.write(Array("批复扫描件 \(name)".utf8), to: file)
            return ["attachment", "add", "I-0001", file, "--name", name] + data
        }
        let points = crash.killPoints(command("clean"), store: store.directory, trace: dir.at("trace"))
        acknowledged.append("clean")
        #expect(points.contains { $0.0 == "fsync" }, "\(points)")
        for (point, (syscall, n)) in points.enumerated() {
            let name = "kill-\(point)-\(syscall)-\(n)"
            let result = Binary.execute(
                "strace",
                [
                    "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(syscall)",
                    "-e", "inject=\(syscall):signal=SIGKILL:when=\(n)", Binary.frontline,
                ] + command(name))
            rounds += 1
            if result.signaled { kills += 1 } else { #expect(result.code == 0, "\(syscall)#\(n): \(result)") }
            if result.code == 0 && !result.signaled { acknowledged.append(name) }

            let after = try FileStore(directory: store.directory)
            let names = Set(after.board.issues[id: "I-0001"]!.attachments.map(\.name))
            #expect(acknowledged.allSatisfy(names.contains), "lost after kill at \(syscall)#\(n)")
            #expect(AttachmentAudit.problems(of: after, board: after.board).isEmpty, "a record names content that is not kept (\(syscall)#\(n))")
            #expect(try AuditLog.verify(directory: store.directory).problem == nil, "chain after \(syscall)#\(n)")
            try after.perform(
                .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: name)),
                login: Binary.login, uid: Int(getuid()), today: TestBoard.today, now: TestBoard.now)
            #expect(Faults.tempFiles(under: store.directory).isEmpty, "temp file left after the next save (\(syscall)#\(n))")
        }
        #expect(rounds >= 10 && kills >= rounds / 2, "\(kills) of \(rounds) rounds killed")
    }
}
