#if canImport(Glibc)
import Glibc
#endif
import FrontlineCore

/// The whole audit trail: the folded journals in `history/`, then the current journal.
public enum AuditLog {
    public struct Line: Sendable {
        public var file: String
        public var number: Int
        public var entry: Entry
        /// SHA-256 of the line, what the next line's `prev` must be.
        public var hash: String
    }

    /// Every journal line ever written, oldest first. A torn tail of the current journal is skipped.
    public static func read(directory: String) throws -> [Line] {
        var lines: [Line] = []
        for file in journalFiles(directory) {
            guard let bytes = try Posix.read(file) else { continue }
            let scan = try JournalScan(bytes, offset: 0, lineNumber: 1, file: file)
            var start = 0
            for line in scan.lines {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))!
                lines.append(Line(file: file, number: line.number, entry: line.entry, hash: SHA256.hex(bytes[start..<end])))
                start = end + 1
            }
        }
        return lines
    }

    static func journalFiles(_ directory: String) -> [String] {
        let names = Posix.list(directory + "/history").filter { $0.hasPrefix("journal-") && $0.hasSuffix(".jsonl") }
        return names.sorted().map { directory + "/history/" + $0 } + [directory + "/journal.jsonl"]
    }

    /// What `log --verify` found.
    public struct Verification: Sendable {
        public var lines: Int
        /// The first break in the chain, with its place.
        public var problem: StoreError?
    }

    /// Checks that every line's `prev` is the hash of the line before it, that sequence numbers
    /// run without gaps from 1, and that the snapshot's `journalHash` is the hash of the line it folded.
    public static func verify(directory: String) throws -> Verification {
        let lines = try read(directory: directory)
        var expected = SHA256.genesis
        var seq = 0
        var hashBySeq: [Int: String] = [:]
        for line in lines {
            if line.entry.prev != expected {
                return Verification(lines: lines.count, problem: .badData(
                    file: line.file, line: line.number, column: 1,
                    zh: "哈希链断裂：本行记录的上一行哈希与实际不符，上一行被改动或删除过",
                    en: "hash chain broken: this line's prev does not match the line before it, which was changed or removed"))
            }
            if line.entry.seq != seq + 1 {
                return Verification(lines: lines.count, problem: .badData(
                    file: line.file, line: line.number, column: 1,
                    zh: "序号应为 \(seq + 1)，实为 \(line.entry.seq)", en: "sequence should be \(seq + 1), is \(line.entry.seq)"))
            }
            seq = line.entry.seq
            expected = line.hash
            hashBySeq[seq] = line.hash
        }
        let snapshotPath = directory + "/board.json"
        if let bytes = try Posix.read(snapshotPath) {
            let snapshot = try BoardCodec.decode(bytes, file: snapshotPath)
            let revision = snapshot.board.revision
            let folded = revision == 0 ? SHA256.genesis : hashBySeq[revision]
            if let folded, folded != snapshot.journalHash {
                return Verification(lines: lines.count, problem: .badData(
                    file: snapshotPath, line: 1, column: 1,
                    zh: "快照的 journalHash 与第 \(revision) 条日志不符", en: "the snapshot's journalHash does not match journal entry \(revision)"))
            }
        }
        return Verification(lines: lines.count, problem: nil)
    }
}
