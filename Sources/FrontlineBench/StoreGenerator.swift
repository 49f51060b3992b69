import FrontlineCore
import FrontlineRandom
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Deterministic stores for the benchmark (docs/benchmarks.md): the R and S sizes, made from a seed,
/// with invented but realistic Chinese data around a fixed as-of date.
///
/// The same size, seed, as-of date and bench login give byte-identical files: the generator draws from
/// `SplitMix64` (FrontlineRandom), never reads the clock, and iterates arrays only (never a `Set` or `Dictionary`).
/// What the data does follows the core's rules (docs/architecture.md, "The sample and the generator").
public enum StoreGenerator {
    /// How many records of each kind.
    public struct Size: Sendable, Hashable {
        public var units: Int
        public var people: Int
        public var projects: Int
        public var issues: Int
        public var visits: Int
        /// Journal entries written on top of the snapshot by `write`.
        public var journalChanges: Int

        public init(units: Int, people: Int, projects: Int, issues: Int, visits: Int, journalChanges: Int) {
            self.units = units
            self.people = people
            self.projects = projects
            self.issues = issues
            self.visits = visits
            self.journalChanges = journalChanges
        }

        /// R (realistic): one zone.
        public static let r = Size(units: 60, people: 400, projects: 300, issues: 2_000, visits: 6_000, journalChanges: 0)
        /// S (stress): a city, or years of history.
        public static let s = Size(units: 200, people: 3_000, projects: 10_000, issues: 50_000, visits: 100_000, journalChanges: 10_000)
        /// For tests: small, but every stage, status, category, source and light occurs.
        public static let tiny = Size(units: 10, people: 48, projects: 24, issues: 120, visits: 160, journalChanges: 80)
    }

    /// The default as-of date, the sample's.
    public static let defaultAsOf = Day(2026, 11, 27)!

    /// The snapshot: a board at revision 0 whose data runs up to the as-of date (or, when the size has
    /// journal changes, up to two days before it: the journal covers the last day and a half).
    ///
    /// `benchLogin` is the login of an extra 管理员 in 绩效考核办公室, so that a benchmark run as that Unix
    /// account can open the board and make changes.
    public static func board(size: Size, seed: UInt64, asOf: Day = defaultAsOf, benchLogin: String = "bench") -> Board {
        var builder = Builder(size: size, seed: seed, asOf: asOf, benchLogin: benchLogin)
        return builder.build()
    }

    /// What `write` made.
    public struct Output: Sendable {
        /// The board after the journal, as `FileStore(directory:)` will load it.
        public var board: Board
        public var snapshotBytes: Int
        public var journalBytes: Int
        public var journalEntries: Int
    }

    /// Creates a store at `directory` (which must not hold one): the snapshot through `FileStore.create`, then
    /// `size.journalChanges` journal entries appended with one write and one fsync, hash-chained from the
    /// snapshot's `journalHash`. Each entry is planned by the core's `Planner`: issue moves, extensions, visits,
    /// progress reports, new issues, field edits and absences, by the people who would make them (unit staff for
    /// their unit's work, administrators and leaders for assigning, extending and closing); the bench
    /// administrator makes a share of them, with uid `benchUid`.
    @discardableResult
    public static func write(
        size: Size, seed: UInt64, asOf: Day = defaultAsOf, to directory: String,
        benchLogin: String = "bench", benchUid: Int = 1000
    ) throws -> Output {
        var builder = Builder(size: size, seed: seed, asOf: asOf, benchLogin: benchLogin)
        let snapshot = builder.build()
        // Only the files and the chain's start matter here; drop the loaded store at once.
        let start = try FileStore.create(at: directory, board: snapshot).head.hash
        let snapshotBytes = fileSize(directory + "/board.json")
        var board = snapshot
        let journal = try builder.journal(on: &board, benchUid: benchUid, chainStart: start)
        if !journal.lines.isEmpty {
            try appendDurably(journal.lines, to: directory + "/journal.jsonl")
        }
        return Output(
            board: board, snapshotBytes: snapshotBytes, journalBytes: journal.lines.count,
            journalEntries: journal.entries)
    }

    /// The failure of a system call while writing the journal.
    public struct WriteError: Error, CustomStringConvertible {
        public var operation: String
        public var path: String
        public var errno: Int32
        public var description: String { "\(operation) \(path): \(Errno(errno))" }
    }

    static func fileSize(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Appends the bytes and fsyncs (the loop on short writes and EINTR is the system-call layer's).
    static func appendDurably(_ bytes: [UInt8], to path: String) throws {
        let file: Descriptor
        do { file = try Descriptor.open(path, O_WRONLY | O_APPEND | O_CLOEXEC) } catch {
            throw WriteError(operation: "open", path: path, errno: error.code)
        }
        defer { file.close() }
        do { try file.writeAll(bytes) } catch { throw WriteError(operation: "write", path: path, errno: error.code) }
        do { try file.sync() } catch { throw WriteError(operation: "fsync", path: path, errno: error.code) }
    }
}
