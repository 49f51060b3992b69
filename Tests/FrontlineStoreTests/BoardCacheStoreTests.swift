import Foundation
import FrontlineBench
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// The cache in a store's directory: made by the first load that reads the JSON, believed only while it is the
/// cache of the `board.json` beside it, read around and made again otherwise, and never used by `check`.
struct BoardCacheStoreTests {
    static let asOf = Day(2026, 11, 27)!

    static func cachePath(_ store: String) -> String { store + "/" + BoardCache.name }

    /// The source a cache of `store` as it now is names (its whole journal covered).
    static func source(of store: String) throws -> BoardCache.Source {
        let json = try #require(Files.bytes(store + "/board.json"))
        let journal = Files.bytes(store + "/journal.jsonl") ?? []
        return BoardCache.Source(
            snapshotSize: json.count, snapshotChecksum: CacheChecksum.of(json), journalBytes: journal.count,
            journalChecksum: CacheChecksum.of(journal))
    }

    /// A cache that holds `board` but names the `board.json` (and empty journal) now in `store`: a load that believes it
    /// shows `board`.
    static func forge(_ board: Board, in store: String) throws {
        let loaded = BoardCacheTests.loaded(BoardCodec.Snapshot(board: board, journalHash: SHA256.genesis))
        Files.write(BoardCache.encode(loaded, of: try source(of: store)), to: cachePath(store))
    }

    static func otherBoard() -> Board {
        var board = TestBoard.make()
        var project = board.projects.rows[0]
        project.name = "只在缓存里的项目"
        board.projects.upsert(project)
        return board
    }

    /// Whether the cache in `store` is the cache of its `board.json` and whole journal, and holds `board`.
    static func cacheHolds(_ board: Board, in store: String) throws -> Bool {
        let cache = try #require(Files.bytes(cachePath(store)))
        return (try? BoardCache.decode(cache, for: source(of: store)))?.board == board
    }

    @Test func theFirstLoadLeavesACacheThatTheNextBelieves() throws {
        let dir = TempDirectory()
        let path = dir.at("store")
        _ = try FileStore.create(at: path, board: TestBoard.make())
        try? FileManager.default.removeItem(atPath: Self.cachePath(path))
        let first = try FileStore(directory: path)
        #expect(try Self.cacheHolds(first.board, in: path))
        // Believed: a cache naming this board.json is what the next load shows.
        try Self.forge(Self.otherBoard(), in: path)
        #expect(try FileStore(directory: path).board.projects.rows[0].name == "只在缓存里的项目")
        // Never by `check` and `log --verify`: they read the JSON.
        #expect(try FileStore(directory: path, inspecting: true).board == first.board)
    }

    @Test func aSnapshotChangedSinceTheCacheIsReadFromItsJSON() throws {
        let dir = TempDirectory()
        let path = dir.at("store")
        _ = try FileStore.create(at: path, board: TestBoard.make())
        try Self.forge(Self.otherBoard(), in: path)
        // board.json rewritten by hand (or by another program): one title changed, the size kept.
        var edited = TestBoard.make()
        var project = edited.projects.rows[0]
        project.name = String(project.name.reversed())
        edited.projects.upsert(project)
        Files.write(BoardCodec.encode(edited, journalHash: SHA256.genesis), to: path + "/board.json")
        let store = try FileStore(directory: path)
        #expect(store.board == edited)
        #expect(try Self.cacheHolds(edited, in: path), "and the cache is made again")
    }

    @Test(arguments: ["a byte changed", "cut short", "empty", "another store's", "not a cache"])
    func aCacheThatIsNotThisSnapshotsIsReadAroundAndMadeAgain(damage: String) throws {
        let dir = TempDirectory()
        let path = dir.at("store"), other = dir.at("other")
        let board = TestBoard.make()
        _ = try FileStore.create(at: path, board: board)
        _ = try FileStore(directory: path)
        let good = try #require(Files.bytes(Self.cachePath(path)))
        var bad = good
        switch damage {
        case "a byte changed": bad[bad.count - 10] ^= 1
        case "cut short": bad.removeLast(bad.count / 2)
        case "empty": bad = []
        case "another store's":
            _ = try FileStore.create(at: other, board: Self.otherBoard())
            _ = try FileStore(directory: other)
            bad = try #require(Files.bytes(Self.cachePath(other)))
        default: bad = Array("{\"schemaVersion\": 3}".utf8)
        }
        #expect(bad != good)
        Files.write(bad, to: Self.cachePath(path))
        let store = try FileStore(directory: path)
        #expect(store.board == board)
        #expect(store.warnings.isEmpty)
        #expect(Files.bytes(Self.cachePath(path)) == good, "made again")
    }

    /// The same board, history and chain head with the cache and without it: on the sample and on a generated store
    /// with a journal, before and after a compaction.
    @Test func resultsWithAndWithoutTheCacheAreTheSame() throws {
        let dir = TempDirectory()
        let sample = dir.at("sample"), generated = dir.at("generated")
        try FileManager.default.copyItem(atPath: Repository.sample, toPath: sample)
        chmod(sample, 0o700) // as `init` makes a personal store (the repository's copy is readable by all)
        _ = try StoreGenerator.write(size: .tiny, seed: 11, asOf: Self.asOf, to: generated, benchLogin: "bench")
        for path in [sample, generated] {
            try? FileManager.default.removeItem(atPath: Self.cachePath(path))
            for compacted in [false, true] {
                let fromJSON = try FileStore(directory: path)
                #expect(FileManager.default.fileExists(atPath: Self.cachePath(path)))
                let fromCache = try FileStore(directory: path)
                #expect(fromCache.board == fromJSON.board)
                #expect(fromCache.history == fromJSON.history)
                #expect(try fromCache.head == fromJSON.head)
                #expect(try fromCache.board == FileStore(directory: path, inspecting: true).board)
                if !compacted { try fromCache.compact(login: "admin", uid: 0, now: TestBoard.now) }
            }
        }
    }

    /// The cache covers the journal it was made with: a load replays only what was appended since, and a journal
    /// changed anywhere in what the cache covers is read again from its first line.
    @Test func theCacheCoversTheJournalItWasMadeWith() throws {
        let dir = TempDirectory()
        let path = dir.at("store")
        let store = try FileStore.create(at: path, board: TestBoard.make())
        for note in ["第一次走访", "第二次走访"] {
            try store.perform(
                .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)), login: "admin", uid: 0, today: TestBoard.today,
                now: TestBoard.now)
        }
        // A cache made before those saves covers none of them (a load replays them, and writes the cache again only
        // once it replays more than `BoardCache.refreshAfterBytes`); without one, the load makes it, the journal included.
        #expect(try !Self.cacheHolds(store.board, in: path))
        try FileManager.default.removeItem(atPath: Self.cachePath(path))
        let first = try FileStore(directory: path)
        #expect(try Self.cacheHolds(first.board, in: path))
        try first.perform(
            .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "第三次走访")), login: "admin", uid: 0, today: TestBoard.today,
            now: TestBoard.now)
        let later = try FileStore(directory: path), inspected = try FileStore(directory: path, inspecting: true)
        #expect(later.board == inspected.board && later.history == inspected.history)
        #expect(try later.head == inspected.head)
        #expect(later.board.visits.rows.filter { $0.note == "第三次走访" }.count == 1)
        // The first visit's note rewritten in the journal (same length): the cache is not believed, the journal is read.
        let journal = try #require(Files.text(path + "/journal.jsonl"))
        Files.write(journal.replacingOccurrences(of: "第一次走访", with: "第九次走访"), to: path + "/journal.jsonl")
        let reread = try FileStore(directory: path)
        #expect(reread.board.visits.rows.contains { $0.note == "第九次走访" })
        #expect(!reread.warnings.isEmpty, "and the broken chain is reported")
    }

    /// A load that replays more than `BoardCache.refreshAfterBytes` past its cache writes it again, covering all of
    /// the journal; one that replays less leaves it as it is.
    @Test func aCacheFarBehindTheJournalIsMadeAgain() throws {
        let dir = TempDirectory()
        let path = dir.at("store")
        let store = try FileStore.create(at: path, board: TestBoard.make())
        _ = try FileStore(directory: path)
        let note = String(repeating: "现场查看施工进度，", count: 120)
        func journalBytes() -> Int { Files.bytes(path + "/journal.jsonl")?.count ?? 0 }
        while journalBytes() <= BoardCache.refreshAfterBytes / 2 {
            try store.perform(
                .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)), login: "admin", uid: 0, today: TestBoard.today,
                now: TestBoard.now)
        }
        let behind = try #require(Files.bytes(Self.cachePath(path)))
        #expect(try FileStore(directory: path).board == store.board)
        #expect(Files.bytes(Self.cachePath(path)) == behind, "half the limit behind: left as it was")
        while journalBytes() <= BoardCache.refreshAfterBytes + 1 {
            try store.perform(
                .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: note)), login: "admin", uid: 0, today: TestBoard.today,
                now: TestBoard.now)
        }
        let reloaded = try FileStore(directory: path)
        #expect(try Self.cacheHolds(reloaded.board, in: path), "made again, covering the whole journal")
        #expect(try FileStore(directory: path).history == FileStore(directory: path, inspecting: true).history)
    }

    /// A directory others may read is not a store made by `init` (a sample a package installs, a checkout's
    /// `data/sample`): nothing is written there, and a cache found there is not read.
    @Test func aDirectoryOthersCanReadGetsNoCache() throws {
        let dir = TempDirectory()
        let path = dir.at("readable")
        let board = TestBoard.make()
        _ = try FileStore.create(at: path, board: board)
        try? FileManager.default.removeItem(atPath: Self.cachePath(path))
        chmod(path, 0o755)
        #expect(try FileStore(directory: path).board == board)
        #expect(!FileManager.default.fileExists(atPath: Self.cachePath(path)))
        try Self.forge(Self.otherBoard(), in: path)
        #expect(try FileStore(directory: path).board == board)
    }

    /// In a group store every member can write every file: a cache planted there is never believed, and none is made.
    @Test func aGroupStoreReadsItsJSONEveryTime() throws {
        let dir = TempDirectory()
        let path = dir.at("group")
        let board = TestBoard.make()
        _ = try FileStore.create(at: path, board: board, sharing: .group(getegid()))
        _ = try FileStore(directory: path)
        #expect(!FileManager.default.fileExists(atPath: Self.cachePath(path)))
        try Self.forge(Self.otherBoard(), in: path)
        #expect(try FileStore(directory: path).board == board)
    }

    /// A link or a directory in the cache's place is a stray entry like any other: every command stops on it.
    @Test func aLinkInTheCachesPlaceStopsTheStore() throws {
        let dir = TempDirectory()
        let path = dir.at("store")
        _ = try FileStore.create(at: path, board: TestBoard.make())
        try? FileManager.default.removeItem(atPath: Self.cachePath(path))
        try FileManager.default.createSymbolicLink(atPath: Self.cachePath(path), withDestinationPath: dir.at("elsewhere"))
        #expect(throws: StoreError.self) { try FileStore(directory: path) }
        #expect(!FileManager.default.fileExists(atPath: dir.at("elsewhere")))
    }
}
