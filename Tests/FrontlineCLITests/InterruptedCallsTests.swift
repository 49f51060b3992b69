import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// A signal that arrives during a system call makes it fail with EINTR, or (a write) stop short: every read, write,
/// fsync and lock of a command is made again or finished by the system-call layer (`FrontlineSystem`), never
/// reported as a failure. strace interrupts every other such call (`-e inject=CALL:error=EINTR:when=N+2`), and the
/// command must do exactly what it does uninterrupted.
struct InterruptedCallsTests {
    static let calls = ["read", "pread64", "write", "fsync", "flock"]
    /// Calls the dynamic loader makes too, and does not make again: interrupted only from the program's first one on
    /// a file of the store, or the mount table it reads to check where the store is.
    static let loaderCalls: Set<String> = ["read", "pread64"]

    /// From which occurrence of each call (per thread, as strace counts) the command's own calls begin.
    static func firstOwnCalls(_ arguments: [String], store: String, trace: String) -> [String: Int] {
        _ = Binary.execute("strace", ["-f", "-qq", "-y", "-o", trace, "-e", "trace=" + calls.joined(separator: ","), Binary.frontline] + arguments)
        var counts: [String: Int] = [:], first: [String: Int] = [:]
        for line in (Files.text(trace) ?? "").split(separator: "\n") {
            // strace pads the thread to five columns: "4786  read(…", "12345 read(…".
            let thread = String(line.prefix { $0 != " " })
            let text = line.dropFirst(thread.count).drop { $0 == " " }
            let call = String(text.prefix { $0 != "(" })
            guard calls.contains(call) else { continue }
            let key = "\(thread) \(call)"
            counts[key, default: 0] += 1
            let own = !loaderCalls.contains(call) || text.contains("<\(store)") || text.contains("/mounts>")
            if own && first[call] == nil { first[call] = counts[key] }
        }
        return first
    }

    /// Runs `frontline` with every other one of its own reads, writes, fsyncs and locks interrupted; returns how it
    /// ended and how many calls were interrupted. Where the command's own calls begin is learnt from a run on a copy
    /// of the store (`arguments` gets the store to use).
    static func interrupted(_ arguments: (String) -> [String], store: String, dir: TempDirectory) -> (outcome: Outcome, interruptions: Int) {
        let probe = dir.at("probe")
        Faults.copy(store, to: probe)
        let first = firstOwnCalls(arguments(probe), store: probe, trace: dir.at("clean-trace"))
        let injections = first.sorted { $0.key < $1.key }.flatMap { ["-e", "inject=\($0.key):error=EINTR:when=\($0.value)+2"] }
        let trace = dir.at("interrupted-trace")
        let outcome = Binary.execute(
            "strace",
            ["-f", "-qq", "-o", trace, "-e", "trace=" + calls.joined(separator: ",")] + injections
                + [Binary.frontline] + arguments(store))
        let interruptions = (Files.text(trace) ?? "").split(separator: "\n").filter { $0.contains("EINTR") && $0.contains("INJECTED") }.count
        return (outcome, interruptions)
    }

    @Test(.needs(.strace)) func readingWritingAndFoldingAStoreSurviveInterruptions() throws {
        let dir = TempDirectory("frontline-eintr")
        let store = try TestBoard.store(in: dir, admin: Binary.login).directory
        func data(_ store: String) -> [String] { ["--data", store, "--lang", "en"] }

        let listing = { (store: String) in ["projects", "--format", "json"] + data(store) }
        let (listed, listInterruptions) = Self.interrupted(listing, store: store, dir: dir)
        #expect(listed.code == 0, "\(listed)")
        #expect(listed.out == Binary.run(listing(store)).out, "the same listing, every byte")
        #expect(listInterruptions > 0)

        let (saved, saveInterruptions) = Self.interrupted({ ["visit", "P-001", "--note", "中断后照常保存"] + data($0) }, store: store, dir: dir)
        #expect(saved.code == 0, "\(saved)")
        #expect(saved.out.contains("saved #1"), "\(saved)")
        #expect(saveInterruptions > 0)

        let export = { (store: String) in ["export", "--kind", "issues", "--output", store + ".csv"] + data(store) }
        let (exported, exportInterruptions) = Self.interrupted(export, store: store, dir: dir)
        #expect(exported.code == 0, "\(exported)")
        #expect(exportInterruptions > 0)
        let uninterrupted = dir.at("clean")
        Faults.copy(store, to: uninterrupted)
        #expect(Binary.run(export(uninterrupted)).code == 0)
        #expect(Files.bytes(store + ".csv") == Files.bytes(uninterrupted + ".csv"), "the same file, every byte")

        let (compacted, compactInterruptions) = Self.interrupted({ ["compact"] + data($0) }, store: store, dir: dir)
        #expect(compacted.code == 0, "\(compacted)")
        #expect(compactInterruptions > 0)

        let after = try FileStore(directory: store)
        #expect(after.board.visits.filter { $0.note == "中断后照常保存" }.count == 1, "saved once")
        #expect(try AuditLog.verify(directory: store).problem == nil)
        #expect(Faults.tempFiles(under: store).isEmpty)
    }
}
