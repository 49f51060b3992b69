import FrontlineCore
import FrontlineStore
import FrontlineSystem
import Testing

@testable import FrontlineCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The command line's exit statuses (Swift Testing has an `ExitStatus` of its own).
private typealias Status = FrontlineCLI.ExitStatus

/// Every exit code comes from one enum (the README's list), and every error of the store, the core and the command
/// line maps to one of them in one place.
struct ExitStatusTests {
    @Test func theCodesAreTheDocumentedOnes() {
        let codes: [(Status, Int32)] = [
            (.success, 0), (.problemsFound, 1), (.usage, 64), (.badData, 65), (.noStore, 66), (.internalFailure, 70),
            (.cannotWrite, 73), (.busy, 75), (.notAllowed, 77), (.signal(SIGTERM), 128 + SIGTERM),
        ]
        for (status, code) in codes { #expect(status.code == code, "\(status)") }
    }

    @Test(
        "store errors map to the exit codes scripts rely on",
        arguments: [
            (StoreError.noStore(path: "/srv/zone"), Status.noStore),
            (.badData(file: "board.json", line: 1, column: 2, reason: Phrase(.storeExpectedObject)), .badData),
            (.unsafeEntry(path: "/srv/zone/x", reason: Phrase(.storeNotARegularFile, .key(.storeFileTypeLink))), .badData),
            (.io(operation: "write", path: "/srv/zone/journal.jsonl", errno: Errno(ENOSPC)), .cannotWrite),
            (.unfinished(operation: "fsync", path: "/srv/zone", errno: Errno(EIO)), .cannotWrite),
            (.unsafeLocation(path: "/tmp", reason: Phrase(.storeStickyDirectory)), .cannotWrite),
            (.exists(path: "/srv/zone"), .cannotWrite),
            (.notPermitted(path: "/srv/zone", group: "zone"), .notAllowed),
            (.lockTimeout(path: "/srv/zone/lock", seconds: 15), .busy),
            (.unknownKind(address: "mysql://db/zone"), .usage),
            (.noDatabaseStore(address: "postgresql://db/zone"), .noStore),
            (.database(address: "postgresql://db/zone", sqlstate: "08001", message: "connection refused"), .unavailable),
            (.database(address: "postgresql://db/zone", sqlstate: "23505", message: "duplicate key"), .unavailable),
        ] as [(StoreError, Status)])
    fileprivate func storeErrors(_ error: StoreError, _ status: Status) throws {
        let mapped = try #require(Status.of(error, .en))
        #expect(mapped.status == status)
        #expect(mapped.message == error.message(.en), "the store's own words, unchanged")
    }

    /// A database whose answer to a commit was lost (08007) is not said as unreachable ("nothing was changed"): the
    /// change may be saved, and the reader is told how to find out.
    @Test func aCommitWhoseAnswerWasLostIsNotSaidAsNothingChanged() {
        let lost = StoreError.database(address: "postgresql:///zone", sqlstate: "08007", message: "server closed the connection")
        #expect(lost.message(.en).contains("whether it was saved is not known (server closed the connection)"))
        #expect(!lost.message(.en).contains("nothing was changed"))
        #expect(lost.message(.zh).contains("不确定是否已保存"))
        let unreachable = StoreError.database(address: "postgresql:///zone", sqlstate: "08001", message: "no server")
        #expect(unreachable.message(.en).contains("nothing was changed"))
    }

    @Test func domainAndCommandLineErrorsMapInTheSamePlace() throws {
        #expect(try #require(Status.of(DomainError.conflicts([]), .en)).status == .busy)
        #expect(try #require(Status.of(DomainError.nothingToUndo, .en)).status == .usage)
        #expect(try #require(Status.of(CLIError(.cannotWrite, .cliNoSuchFile, "a.csv"), .zh)) == (.cannotWrite, "找不到文件 a.csv"))
        #expect(Status.of(CancellationError(), .en) == nil, "an error of the argument parser's is left to it")
    }

    @Test func aWriteErrorSaysWhyInTheUsersLanguage() {
        let error = StoreError.io(operation: "write", path: "journal.jsonl", errno: Errno(ENOSPC))
        #expect(error.message(.zh) == "无法写入journal.jsonl：磁盘空间不足（ENOSPC）；数据未改动")
        #expect(error.message(.en) == "cannot write journal.jsonl: no space left on the device (ENOSPC); nothing was changed")
    }
}
