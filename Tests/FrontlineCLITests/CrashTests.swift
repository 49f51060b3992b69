import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// S2: kill -9 a writer at every point where it touches the store, over and over (≥ 200 rounds).
///
/// strace delivers SIGKILL at the N-th call of a chosen system call (`-e inject=SYSCALL:signal=SIGKILL:when=N`),
/// so the kill points are exact and repeatable instead of timed. The points are found by tracing one
/// clean run of the same command: every open, read, write, fsync, rename, truncate, unlink and flock on the
/// store's files. After each kill the store must load, hold every change acknowledged (exit 0) before,
/// leave no temp file once reopened, and keep its audit chain.
struct CrashTests {
    static let syscalls = ["openat", "read", "pread64", "write", "fsync", "rename", "ftruncate", "unlink", "flock", "close", "fchmod", "mkdir"]

    /// Where a clean run of `arguments` touches the store: (syscall, its occurrence number).
    func killPoints(_ arguments: [String], store: String, trace: String) -> [(String, Int)] {
        _ = Binary.execute("strace", ["-f", "-qq", "-o", trace, "-e", "trace=" + Self.syscalls.joined(separator: ","), Binary.frontline] + arguments)
        var counts: [String: Int] = [:], points: [(String, Int)] = []
        var storeDescriptors: Set<String> = []
        for line in (Files.text(trace) ?? "").split(separator: "\n") {
            let text = line.drop { $0 != " " }.drop { $0 == " " }
            guard let paren = text.firstIndex(of: "(") else { continue }
            let name = String(text[..<paren])
            guard Self.syscalls.contains(name) else { continue }
            counts[name, default: 0] += 1
            let argument = text[text.index(after: paren)...].prefix { $0 != "," && $0 != ")" }
            let touchesStore = text.contains(store) || storeDescriptors.contains(String(argument)) || name == "flock" || name == "fsync"
            if name == "openat", text.contains(store), let eq = text.range(of: "= ", options: .backwards) {
                storeDescriptors.insert(String(text[eq.upperBound...]))
            }
            if touchesStore { points.append((name, counts[name]!)) }
        }
        return points
    }

    @Test(.needs(.strace)) func killedWritersNeverLoseAcknowledgedChanges() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: Binary.login)
        let data = ["--data", store.directory]
        var acknowledged: [String] = []
        var rounds = 0, kills = 0, cycle = 0
        while rounds < 210 {
            cycle += 1
            // Each command saves a change carrying a unique note, except compaction, which must change nothing.
            let commands: [(String) -> [String]] = [
                { ["visit", "P-001", "--note", $0] + data },
                { ["issue", "extend", "I-0001", "--days", "1", "--reason", $0] + data },
                { _ in ["compact"] + data },
            ]
            for (c, command) in commands.enumerated() {
                let savesNote = c < 2
                let clean = "cycle-\(cycle)-\(c)-clean"
                let points = killPoints(command(clean), store: store.directory, trace: dir.at("trace"))
                #expect(!points.isEmpty)
                if savesNote { acknowledged.append(clean) }
                for (point, (syscall, n)) in points.enumerated() {
                    let note = "cycle-\(cycle)-\(c)-\(point)"
                    let before = try FileStore(directory: store.directory).board
                    let result = Binary.execute(
                        "strace",
                        [
                            "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(syscall)",
                            "-e", "inject=\(syscall):signal=SIGKILL:when=\(n)", Binary.frontline,
                        ] + command(note))
                    rounds += 1
                    if result.signaled { kills += 1 } else { #expect(result.code == 0, "\(syscall)#\(n): \(result)") }
                    if savesNote && result.code == 0 && !result.signaled { acknowledged.append(note) }

                    let after = try FileStore(directory: store.directory)
                    let notes = Set(after.board.visits.map(\.note) + after.board.issues[id: "I-0001"]!.log.map(\.note))
                    let missing = acknowledged.filter { !notes.contains($0) }
                    #expect(missing.isEmpty, "lost after kill at \(syscall)#\(n): \(missing)")
                    #expect(after.board.revision >= before.revision)
                    if !savesNote {
                        // Compaction changes no record; it adds at most its own line to the chain.
                        var folded = after.board
                        folded.revision = before.revision
                        #expect(BoardCodec.encode(folded, journalHash: "") == BoardCodec.encode(before, journalHash: ""))
                        #expect(after.board.revision - before.revision <= 1)
                    }
                    #expect(try AuditLog.verify(directory: store.directory).problem == nil, "chain after \(syscall)#\(n)")
                    // What a killed save left (a temp file) is cleared by the next writer, never by a reader.
                    let cleanup = "cycle-\(cycle)-\(c)-\(point)-after"
                    try after.perform(
                        .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: cleanup)),
                        login: Binary.login, uid: Int(getuid()), today: TestBoard.today, now: TestBoard.now)
                    acknowledged.append(cleanup)
                    #expect(Faults.tempFiles(under: store.directory).isEmpty, "temp file left after the next save (\(syscall)#\(n))")
                }
            }
        }
        #expect(rounds >= 200)
        #expect(kills >= 150, "most rounds really were killed (\(kills) of \(rounds))")
    }
}
