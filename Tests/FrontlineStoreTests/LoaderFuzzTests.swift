import Foundation
import FrontlineCore
import FrontlineRandom
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// Random damage to a store's files, hundreds of times over: the loader never crashes or hangs, never changes a
/// store it reads, and a store it refuses is left exactly as it was, even when a change is attempted on it.
///
/// The damage is deterministic (seeded): flipped, inserted and cut bytes anywhere, and "valid-looking" records —
/// well-formed JSON with a value swapped for a hostile one (huge and negative numbers, control characters, wrong
/// types, nesting), a record repeated (a duplicate id), journal lines repeated, dropped or swapped.
struct LoaderFuzzTests {
    static let hostileValues: [String] = [
        "9223372036854775807", "-9223372036854775808", "1e400", "-1", "0.5", "null", "true", "[]", "{}", "[[[[[[[[[[]]]]]]]]]]",
        "\"\\u001b]52;c;AAAA\\u0007\"", "\"\\u202e\"", "\"\"", "\"9999-99-99\"", "\"2026-02-30\"", "\"-1\"", "\"I-0001\"",
        "\"\(String(repeating: "长", count: 2000))\"",
    ]

    /// One damaged copy of `bytes`.
    static func damage(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var out = bytes
        guard !out.isEmpty else { return Array("{".utf8) }
        switch rng.int(7) {
        case 0:
            for _ in 0...rng.int(8) { out[rng.int(out.count)] ^= UInt8(truncatingIfNeeded: rng.next() | 1) }
        case 1:
            out.removeLast(rng.int(out.count))
        case 2:
            let junk = (0..<rng.int(in: 1...16)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            out.insert(contentsOf: junk, at: rng.int(out.count + 1))
        case 3, 4:
            // A value after some key replaced by a hostile one, keeping the JSON around it intact.
            let text = String(decoding: out, as: UTF8.self)
            let colons = text.indices.filter { text[$0] == ":" }
            guard let colon = colons.isEmpty ? nil : colons[rng.int(colons.count)] else { return out }
            let start = text.index(after: colon)
            let end = text[start...].firstIndex { $0 == "," || $0 == "}" || $0 == "]" } ?? text.endIndex
            out = Array((text[..<start] + rng.pick(hostileValues) + text[end...]).utf8)
        default:
            // Lines repeated, dropped or swapped: duplicate records in the snapshot, odd sequences in the journal.
            var lines = out.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
            guard lines.count > 2 else { return out }
            let a = rng.int(lines.count - 1), b = rng.int(lines.count - 1)
            switch rng.int(3) {
            case 0: lines.insert(lines[a], at: b)
            case 1: lines.remove(at: a)
            default: lines.swapAt(a, b)
            }
            out = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
        }
        return out
    }

    @Test func randomDamageNeverCrashesHangsOrChangesARefusedStore() throws {
        let dir = TempDirectory()
        let base = try TestBoard.store(in: dir, name: "base")
        for (n, action) in [IssueAction.resolve, .return, .resolve].enumerated() {
            try base.perform(
                .moveIssue(IssueMove(issue: "I-0001", action: action, note: "第\(n)步")),
                login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        }
        try base.perform(
            .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "走访")),
            login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        var rng = SplitMix64(seed: 20261204, stream: 9)
        var refused = 0, loaded = 0
        for round in 0..<400 {
            let work = dir.at("work")
            Faults.copy(base.directory, to: work)
            let name = rng.chance(500) ? "board.json" : "journal.jsonl"
            Files.write(Self.damage(Files.bytes(work + "/" + name) ?? [], &rng), to: work + "/" + name)
            let before = Faults.tree(work)
            let started = Date()
            do {
                let store = try FileStore(directory: work)
                _ = Integrity.problems(in: store.board)
                _ = try? AuditLog.verify(store)
                loaded += 1
                // Reading changes nothing but the cache (Faults.tree leaves it out); a cache that is one of these files
                // holds what was loaded from them.
                #expect(Faults.differences(before, Faults.tree(work)) == [], "round \(round): reading changed the store")
                if let cache = Files.bytes(work + "/" + BoardCache.name),
                    let cached = try? BoardCache.decode(cache, for: BoardCacheStoreTests.source(of: work))
                {
                    #expect(cached.board == store.board, "round \(round): the cache holds another board")
                }
            } catch {
                refused += 1
                #expect(error is StoreError, "round \(round): \(error)")
                // A change attempted on a store that cannot be read changes nothing.
                #expect(throws: (any Error).self) {
                    try FileStore(directory: work).perform(
                        .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "不应保存")),
                        login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
                }
                #expect(Faults.differences(before, Faults.tree(work)) == [], "round \(round): a refused store was changed")
            }
            #expect(Date().timeIntervalSince(started) < 10, "round \(round) took too long")
        }
        #expect(refused > 50 && loaded > 50, "the damage was varied: \(refused) refused, \(loaded) loaded")
        print("loader fuzz: 400 damaged stores, \(refused) refused, \(loaded) loaded")
    }
}
