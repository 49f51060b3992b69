import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

/// Changing commands act as the Unix account that runs them: an unknown account or a role that
/// may not do it is refused with exit 77 and nothing changes.
struct IdentityTests {
    struct Case: Sendable, CustomStringConvertible {
        var login: String
        var command: [String]
        var description: String { "\(login): \(command.joined(separator: " "))" }
    }

    static let refused = [
        Case(login: "stranger", command: ["issue", "move", "I-0001", "申请办结", "--note", "已完成"]),
        Case(login: "stranger", command: ["visit", "P-001", "--note", "现场查看"]),
        Case(login: "viewer", command: ["issue", "new", "--project", "P-001", "--title", "t", "--unit", "U-02", "--due", "+3"]),
        Case(login: "viewer", command: ["absence", "M-006", "--from", "+1", "--to", "+2", "--reason", "休假"]),
        Case(login: "street", command: ["issue", "move", "I-0001", "核验通过"]),
        Case(login: "street", command: ["issue", "extend", "I-0001", "--days", "3", "--reason", "r"]),
        Case(login: "citymgmt", command: ["issue", "move", "I-0001", "申请办结", "--note", "不是本单位的问题"]),
        Case(login: "citymgmt", command: ["progress", "P-001", "--pct", "90", "--note", "n"]),
        Case(login: "leader", command: ["issue", "move", "I-0001", "申请办结", "--note", "领导不替单位办结"]),
        Case(login: "leader", command: ["compact"]),
    ]

    @Test(arguments: refused)
    func refusedWithExit77AndNothingChanges(_ test: Case) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let before = Files.snapshot(store.directory)
        let result = cli(test.command + ["--data", store.directory], login: test.login)
        #expect(result.code == 77, "\(result)")
        #expect(!result.err.isEmpty)
        #expect(Files.same(before, Files.snapshot(store.directory)))
    }

    @Test func theSameCommandsWorkForTheRightRole() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let data = ["--data", store.directory]
        #expect(cli(["issue", "move", "I-0001", "申请办结", "--note", "已完成"] + data, login: "street").code == 0)
        #expect(cli(["issue", "move", "I-0001", "核验通过"] + data, login: "leader").code == 0)
        #expect(cli(["visit", "P-001", "--note", "现场查看"] + data, login: "street2").code == 0)
        let log = cli(["log", "--format", "json"] + data)
        #expect(log.out.contains("\"login\":\"street\""))
    }

    @Test func anUnknownAccountMayStillView() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        #expect(cli(["issues", "--data", store.directory], login: "stranger").code == 0)
    }

    /// The real binary takes the account from the real uid: run as `nobody` with setpriv it is refused,
    /// even with `USER` and `LOGNAME` claiming to be the administrator.
    @Test(.needs(.root), .needs(.setpriv))
    func theRealUidDecidesNotUSER() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir, admin: "root")
        _ = Binary.execute("chmod", ["-R", "a+rwX", dir.path])
        let before = Files.snapshot(store.directory)
        let result = Binary.execute(
            "setpriv",
            [
                "--reuid=65534", "--regid=65534", "--clear-groups", Binary.frontline,
                "visit", "P-001", "--note", "冒充", "--data", store.directory,
            ],
            environment: ["USER": "root", "LOGNAME": "root"])
        #expect(result.code == 77, "\(result)")
        #expect(result.err.contains("nobody"))
        #expect(Files.same(before, Files.snapshot(store.directory)))
    }
}
