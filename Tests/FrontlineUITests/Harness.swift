import FrontlineCore
import FrontlineStore
import FrontlineTestSupport

@testable import FrontlineUI

/// The UI tests' keyboard flows run through the board's real loop (`BoardRun`), on a store in memory
/// that can be made to fail like a full disk.
typealias Harness = BoardRun<FaultyStore>

extension BoardRun where S == FaultyStore {
    /// The board on `store` as `login`, in colour as the snapshots were taken.
    static func on(_ store: InMemoryStore, login: String, width: Int = 80, height: Int = 24, today: Day = SampleState.today) -> Harness {
        Harness(store: FaultyStore(store), login: login, width: width, height: height, color: true, today: today)
    }

    /// The sample store in memory, as 周明远 (管理员).
    static func sample(login: String = "demo", width: Int = 80, height: Int = 24) -> Harness {
        on(InMemoryStore(board: SampleState.board), login: login, width: width, height: height)
    }

    /// How many of the next saves fail as a full disk would.
    var failNext: Int {
        get { store.failNext }
        nonmutating set { store.failNext = newValue }
    }

    /// A colleague saves through the same store; this board hears of it at the loop's next tick.
    mutating func colleague(_ login: String, _ intent: Intent) throws {
        try store.perform(intent, login: login, uid: 2000, today: state.data.today, now: Self.now)
        play([.idle])
    }
}

/// An in-memory store whose next `failNext` saves fail as a full disk would (nothing is written), which
/// can be made busy (`holders`) or unreadable (`refreshError`).
final class FaultyStore: BoardStore {
    let memory: InMemoryStore
    var failNext = 0
    /// Who holds the lock; nil: nobody.
    var holders: [LockHolder]?
    /// What looking for changes throws; nil: it works.
    var refreshError: (any Error)?
    /// How the store tells of colleagues' saves; nil: it does not, and the board looks on its timer.
    var signal: ChangeSignal?

    init(_ memory: InMemoryStore) { self.memory = memory }

    var board: Board { memory.board }
    var history: [Entry] { memory.history }
    func refresh() throws -> Bool {
        if let refreshError { throw refreshError }
        return try memory.refresh()
    }

    func busy() -> [LockHolder]? { holders }

    func changeSignal() -> ChangeSignal? { signal }

    func commit(_ plan: (Board, [Entry]) throws -> (Plan, Actor, Timestamp)) throws -> Entry {
        try failIfFull()
        return try memory.commit(plan)
    }

    func perform(_ intent: Intent, login: String, uid: Int, today: Day, now: Timestamp, ids: IdSource) throws -> Entry {
        try failIfFull()
        return try memory.perform(intent, login: login, uid: uid, today: today, now: now, ids: ids)
    }

    private func failIfFull() throws {
        guard failNext > 0 else { return }
        failNext -= 1
        throw FullDisk()
    }
}

/// What a full disk says (the run loop shows an error as it describes itself, `StoreErrorReader.plain`).
struct FullDisk: Error, CustomStringConvertible {
    var description: String { "无法写入 journal.jsonl：磁盘空间不足（ENOSPC）；数据未改动" }
}
