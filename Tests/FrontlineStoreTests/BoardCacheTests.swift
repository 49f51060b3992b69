import Foundation
import FrontlineBench
import FrontlineCore
import FrontlineRandom
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// `board.cache` (docs/store-format.md, "The cache"): the board it holds is the board of the JSON it was made from, on
/// the sample, on generated stores and at the limits of every field; and a cache that is not the cache of the
/// `board.json` beside it — stale, damaged, cut short, from another store or another build — is never believed.
struct BoardCacheTests {
    static func sampleSnapshot() throws -> (bytes: [UInt8], snapshot: BoardCodec.Snapshot) {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repository.sample + "/board.json")))
        return (bytes, try BoardCodec.decode(bytes, file: "board.json"))
    }

    static func source(_ bytes: [UInt8]) -> BoardCache.Source {
        BoardCache.Source(
            snapshotSize: bytes.count, snapshotChecksum: CacheChecksum.of(bytes), journalBytes: 0, journalChecksum: CacheChecksum.of([]))
    }

    /// A store just loaded from `snapshot`, with no journal.
    static func loaded(_ snapshot: BoardCodec.Snapshot) -> BoardCache.Loaded {
        BoardCache.Loaded(
            snapshotRevision: snapshot.board.revision, snapshotJournalHash: snapshot.journalHash, board: snapshot.board, history: [],
            chainHead: ChainHead(revision: snapshot.board.revision, hash: snapshot.journalHash), firstSnapshotUnhashed: false,
            journalBytes: 0, journalLineNumber: 1, journalSpan: nil)
    }

    static func roundTrip(_ snapshot: BoardCodec.Snapshot, parallel: Bool) throws -> BoardCache.Loaded {
        let source = BoardCache.Source(snapshotSize: 1234, snapshotChecksum: 99, journalBytes: 0, journalChecksum: 7)
        let loaded = try BoardCache.decode(BoardCache.encode(Self.loaded(snapshot), of: source), for: source, parallel: parallel)
        #expect(loaded == Self.loaded(snapshot))
        return loaded
    }

    @Test(arguments: [false, true])
    func theSampleReadsBackTheSame(parallel: Bool) throws {
        let (bytes, snapshot) = try Self.sampleSnapshot()
        let cached = try Self.roundTrip(snapshot, parallel: parallel)
        #expect(cached.board == snapshot.board && cached.snapshotJournalHash == snapshot.journalHash)
        #expect(!cached.board.issues.rows.isEmpty && !cached.board.meetings.isEmpty && !cached.board.leads.isEmpty)
        #expect(BoardCodec.encode(cached.board, journalHash: cached.snapshotJournalHash) == bytes, "and writes the same JSON")
    }

    @Test(arguments: [UInt64(1), 2026])
    func aGeneratedStoreReadsBackTheSame(seed: UInt64) throws {
        let board = StoreGenerator.board(size: .tiny, seed: seed)
        let snapshot = BoardCodec.Snapshot(board: board, journalHash: SHA256.hex(Array("x".utf8)))
        #expect(try Self.roundTrip(snapshot, parallel: true).board == board)
        #expect(try Self.roundTrip(snapshot, parallel: false).board == board)
    }

    /// Every field at the end of its range, text with every kind of character, money at its limits.
    @Test func theLimitsOfEveryFieldReadBackTheSame() throws {
        var board = ExtremeBoard.make()
        var person = board.people.rows[0]
        person.name = "\u{0}\t\"\\é中𝄞\u{10FFFF}" + String(repeating: "长", count: 5000)
        board.people.upsert(person)
        let snapshot = BoardCodec.Snapshot(board: board, journalHash: SHA256.genesis)
        #expect(try Self.roundTrip(snapshot, parallel: false).board == board)
    }

    @Test func everyKindOfRecordHasItsPart() {
        #expect(Set(BoardCache.parts.map(\.kind)).union([.settings]) == Set(RecordKind.allCases))
        #expect(BoardCache.parts.count == RecordKind.allCases.count - 1)
    }

    @Test func aCacheOfAnotherSnapshotIsNotBelieved() throws {
        let (bytes, snapshot) = try Self.sampleSnapshot()
        let source = Self.source(bytes)
        let cache = BoardCache.encode(Self.loaded(snapshot), of: source)
        #expect(throws: Never.self) { try BoardCache.decode(cache, for: source) }
        var edited = bytes
        edited[edited.count / 2] ^= 1
        var longerJournal = source, otherJournal = source
        longerJournal.journalBytes = 10
        otherJournal.journalChecksum ^= 1
        for other in [
            BoardCache.Source(
                snapshotSize: source.snapshotSize + 1, snapshotChecksum: source.snapshotChecksum, journalBytes: 0,
                journalChecksum: source.journalChecksum),
            Self.source(edited), Self.source(bytes + [0x0a]), longerJournal, otherJournal,
        ] {
            #expect(throws: BinaryError.self) { try BoardCache.decode(cache, for: other) }
        }
    }

    /// Any byte changed, or the file cut anywhere: refused (the header's figures, or the payload's checksum).
    @Test func aDamagedOrShortCacheIsNotBelieved() throws {
        let (bytes, snapshot) = try Self.sampleSnapshot()
        let source = Self.source(bytes)
        let cache = BoardCache.encode(Self.loaded(snapshot), of: source)
        var positions = Array(0..<96)
        positions += stride(from: 96, to: cache.count, by: max(1, cache.count / 1500))
        for i in positions {
            var damaged = cache
            damaged[i] ^= 0x20
            #expect(throws: BinaryError.self, "byte \(i)") { try BoardCache.decode(damaged, for: source) }
        }
        for length in [0, 15, 16, 79, 80, cache.count / 3, cache.count - 1] {
            #expect(throws: BinaryError.self, "cut at \(length)") { try BoardCache.decode(Array(cache[..<length]), for: source) }
        }
        #expect(throws: BinaryError.self) { try BoardCache.decode(cache + [0], for: source) }
    }

    /// A payload rewritten with a checksum to match (as only someone writing on purpose could) still never reads
    /// outside the file or stops the program: it is refused, or it reads as records whose every value passed its
    /// field's checks.
    @Test func aForgedPayloadNeverReadsOutOfBounds() throws {
        let snapshot = BoardCodec.Snapshot(board: StoreGenerator.board(size: .tiny, seed: 9), journalHash: SHA256.genesis)
        let source = BoardCache.Source(snapshotSize: 1, snapshotChecksum: 1, journalBytes: 0, journalChecksum: 1)
        let cache = BoardCache.encode(Self.loaded(snapshot), of: source)
        let header = 16 + 8 * 8
        var random = SplitMix64(seed: 42)
        var refused = 0
        for _ in 0..<300 {
            var forged = cache
            for _ in 0..<3 {
                forged[Int.random(in: header..<forged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            let checksum = CacheChecksum.of(Array(forged[header...]))
            for i in 0..<8 { forged[header - 8 + i] = UInt8(truncatingIfNeeded: checksum >> UInt64(8 * i)) }
            do { _ = try BoardCache.decode(forged, for: source) } catch { refused += 1 }
        }
        #expect(refused > 0)
    }

    /// A build whose records have other fields writes another layout: each record kind's fields and their types count,
    /// and a vocabulary's values in their order (a value is kept by its position).
    @Test func theLayoutNamesEveryFieldAndItsType() {
        #expect(BoardCache.layout != 0)
        let statuses = "FrontlineCore.IssueStatus(待交办 待签收 办理中 待核验 已销号 已撤销)"
        #expect(Issue.schema["status"]?.valueTypeName == statuses)
        #expect(Issue.schema["log"]?.valueTypeName.hasPrefix("Array<FrontlineCore.HandlingLogEntry(\(statuses) ") == true)
        #expect(Issue.schema["due"]?.valueTypeName == "FrontlineCore.Day")
        #expect(Issue.schema["resolvedOn"]?.valueTypeName == "Optional<FrontlineCore.Day>")
    }

    /// A vocabulary's value is read back by its position: one past the last is refused, not read as another value.
    @Test func aVocabularyValueOutOfRangeIsRefused() {
        func read(_ writer: BinaryWriter) -> IssueStatus? {
            writer.bytes.withUnsafeBytes { bytes in
                var reader = BinaryReader(bytes, at: 0)
                return try? IssueStatus(from: &reader)
            }
        }
        for status in IssueStatus.allCases {
            var writer = BinaryWriter()
            status.write(to: &writer)
            #expect(read(writer) == status)
        }
        for position in [-1, IssueStatus.allCases.count] {
            var writer = BinaryWriter()
            writer.int(position)
            #expect(read(writer) == nil, "position \(position)")
        }
    }

    /// A table of more records than a part holds is written in several parts, read on both threads and joined in order.
    @Test(arguments: [false, true])
    func aLargeTableReadsBackInOrder(parallel: Bool) throws {
        var board = StoreGenerator.board(size: .tiny, seed: 5)
        let project = board.projects.rows[0].id
        for n in 0..<(2 * BoardCache.piece + 3) {
            var visit = Visit(id: String(format: "V-9%06d", n))
            visit.project = project
            visit.date = Day(2026, 1 + n % 12, 1 + n % 28)!
            visit.note = "第\(n)次"
            board.visits.upsert(visit)
        }
        let snapshot = BoardCodec.Snapshot(board: board, journalHash: SHA256.genesis)
        let source = BoardCache.Source(snapshotSize: 1, snapshotChecksum: 1, journalBytes: 0, journalChecksum: 1)
        let cache = BoardCache.encode(Self.loaded(snapshot), of: source)
        // Each part starts with its kind's name, as a length (5, doubled by the zigzag form) and the UTF-8 bytes.
        let name: [UInt8] = [10] + Array("visit".utf8)
        let parts = cache.indices.dropLast(name.count).filter { cache[$0..<($0 + name.count)].elementsEqual(name) }.count
        #expect(parts == 3)
        let read = try BoardCache.decode(cache, for: source, parallel: parallel)
        #expect(read.board.visits.rows.map(\.id) == board.visits.rows.map(\.id))
        #expect(read.board == board)
    }

    @Test func theChecksumIsTheSameInPiecesOrAtOnce() {
        var random = SplitMix64(seed: 7)
        let bytes = (0..<1000).map { _ in UInt8.random(in: 0...255, using: &random) }
        for cut in [0, 32, 64, 960, 992] {
            var sum = CacheChecksum()
            bytes.withUnsafeBytes { all in
                sum.add(UnsafeRawBufferPointer(rebasing: all[..<cut]))
                sum.add(UnsafeRawBufferPointer(rebasing: all[cut...]))
            }
            #expect(sum.value == CacheChecksum.of(bytes), "cut at \(cut)")
        }
        var changed = bytes
        changed[999] ^= 1
        #expect(CacheChecksum.of(changed) != CacheChecksum.of(bytes))
        #expect(CacheChecksum.of(Array(bytes[..<999])) != CacheChecksum.of(bytes))
    }
}
