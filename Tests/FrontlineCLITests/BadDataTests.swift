import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

/// A hand-edit that breaks board.json stops every command with exit 65 and the place, and nothing is written.
struct BadDataTests {
    /// Every command that opens a store, reading and changing.
    static let commands: [[String]] = [
        ["check"], ["projects"], ["issues"], ["issues", "--overdue"], ["units"], ["show", "I-0001"], ["show", "P-001"],
        ["log"], ["log", "--verify"],
        ["issue", "new", "--project", "P-001", "--title", "新问题", "--unit", "U-02", "--due", "+7"],
        ["issue", "move", "I-0001", "申请办结", "--note", "已完成"],
        ["issue", "extend", "I-0001", "--days", "7", "--reason", "协调中"],
        ["visit", "P-001", "--note", "现场查看"],
        ["progress", "P-001", "--pct", "80", "--note", "主体完工"],
        ["absence", "M-003", "--from", "+1", "--to", "+3", "--reason", "出差"],
        ["compact"], ["rank"], ["report", "half-month"], ["export", "--kind", "units"], ["edit", "P-001", "name=新名"], ["board"],
    ]

    struct Damage: Sendable, CustomStringConvertible {
        var name: String
        var target: String
        var replacement: String
        var place: String
        var description: String { name }
    }

    static let damages = [
        // The settings gained the escalation fields and weightBenefits: the last setting is on line 31.
        Damage(name: "trailing comma", target: "\"deductionPerListed\": 3", replacement: "\"deductionPerListed\": 3,", place: "board.json:31:28"),
        Damage(name: "duplicate key", target: "\"revision\": 0,", replacement: "\"revision\": 0,\n  \"revision\": 0,", place: "board.json:4:3"),
        // Issue 9 items 5–7: values that passed `check` and then trapped every colleague's board or save.
        Damage(
            name: "progress beyond 100%", target: "\"progressPct\":0", replacement: "\"progressPct\":9223372036854775807", place: "board.json:51:186"),
        Damage(name: "duplicate unit id", target: "{\"id\":\"U-03\"", replacement: "{\"id\":\"U-02\"", place: "board.json:36:5"),
        Damage(name: "revision at Int.max", target: "\"revision\": 0,", replacement: "\"revision\": 9223372036854775807,", place: "board.json:3:15"),
        Damage(name: "a due date in year 9999", target: "\"due\":\"2026-12-20\"", replacement: "\"due\":\"9999-12-20\"", place: "board.json:54:185"),
    ]

    @Test(arguments: damages)
    func everyCommandExits65NamingThePlace(_ damage: Damage) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let path = store.directory + "/board.json"
        let text = Files.text(path)!
        Files.write(text.replacingOccurrences(of: damage.target, with: damage.replacement), to: path)
        let damaged = Files.bytes(path)
        let before = Files.snapshot(store.directory)
        for command in Self.commands {
            let result = cli(command + ["--data", store.directory])
            #expect(result.code == 65, "\(command): \(result)")
            #expect(result.err.contains(damage.place), "\(command): \(result.err)")
        }
        let binary = Binary.run(["issues", "--data", store.directory])
        #expect(binary.code == 65 && binary.err.contains(damage.place), "\(binary)")
        #expect(Files.bytes(path) == damaged, "board.json is byte-identical")
        #expect(Files.same(before, Files.snapshot(store.directory)), "no file changed")
    }

    @Test func messagesAreInTheUsersLanguage() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let path = store.directory + "/board.json"
        Files.write(Files.text(path)!.replacingOccurrences(of: "\"deductionPerListed\": 3", with: "\"deductionPerListed\": 3,"), to: path)
        #expect(cli(["issues", "--data", store.directory], environment: ["LANG": "zh_CN.UTF-8"]).err.contains("多余的逗号"))
        #expect(cli(["issues", "--data", store.directory, "--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"]).err.contains("trailing comma"))
    }
}
