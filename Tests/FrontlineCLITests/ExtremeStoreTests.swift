import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// A store with every value at an end of its range passes `check`, and every command draws it and saves
/// on it (issue 9: `check` proves a store can be drawn and saved).
struct ExtremeStoreTests {
    static let reads: [[String]] = [
        ["check"], ["projects"], ["projects", "--format", "json"], ["projects", "--format", "csv"], ["issues", "--all"], ["issues", "--overdue"],
        ["issues", "--due-within", "3660"], ["units"], ["show", "P-001"], ["show", "P-002"], ["show", "I-0001"], ["show", "I-0002"], ["log"],
        ["rank"], ["rank", "--period", "2199-12-2"], ["rank", "--period", "1900-01-1"], ["report", "half-month"],
        ["report", "half-month", "--period", "2199-12-2"], ["report", "half-month", "--format", "csv"], ["export", "--kind", "projects"],
        ["export", "--kind", "issues", "--format", "json"],
    ]

    @Test(arguments: ["2026-11-27", "1900-01-01", "2199-12-31"])
    func everyCommandDrawsIt(_ asOf: String) throws {
        let dir = TempDirectory()
        let store = try FileStore.create(at: dir.at("store"), board: ExtremeBoard.make()).directory
        for command in Self.reads {
            let result = cli(command + ["--data", store, "--as-of", asOf])
            #expect(result.code == 0, "\(command): \(result)")
        }
    }

    @Test func itSavesAndStillPassesCheck() throws {
        let dir = TempDirectory()
        var board = ExtremeBoard.make()
        board.revision = 0 // `log --verify` wants the journal from its first line
        let store = try FileStore.create(at: dir.at("store"), board: board).directory
        let changes: [[String]] = [
            ["visit", "P-001", "--note", "现场"], ["progress", "P-002", "--pct", "100", "--ytd", "9999999999.99", "--note", "满"],
            ["issue", "move", "I-0002", "撤销", "--note", "重复"], ["absence", "M-004", "--from", "+0", "--to", "+3660", "--reason", "出差"],
            ["edit", "P-001", "total=-9999999999.99"], ["undo"], ["compact"],
        ]
        for command in changes {
            let result = cli(command + ["--data", store])
            #expect(result.code == 0, "\(command): \(result)")
        }
        let check = cli(["check", "--data", store])
        #expect(check.code == 0, "\(check)")
        // A due date and a counter at their ends refuse to go further, with a message instead of a trap.
        let extend = cli(["issue", "extend", "I-0001", "--days", "365", "--reason", "再等", "--data", store])
        #expect(extend.code == 64 && extend.err.contains("due"), "\(extend)")
    }
}
