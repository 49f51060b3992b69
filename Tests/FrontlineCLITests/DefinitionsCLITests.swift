import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Issue 11 items 4, 5 and 7 on the command line: one rule for a light set by hand, the unit head when
/// no roster line is in force, one meaning of "due within N days".
struct DefinitionsCLITests {
    @Test func aLightSetByHandWithoutAReasonIsRefusedAndTheStoreStaysSound() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let refused = cli(["edit", "P-001", "lightOverride=绿", "--data", store.directory, "--lang", "zh"])
        #expect(refused.code == 64, "\(refused)")
        #expect(refused.err.contains("理由"))
        #expect(try FileStore(directory: store.directory).board.projects[id: "P-001"]?.lightOverride == nil, "nothing saved")
        let blank = cli(["edit", "P-001", "lightOverride=绿", "lightOverrideReason=  ", "--data", store.directory])
        #expect(blank.code == 64, "a blank reason is no reason")
        let given = cli(["edit", "P-001", "lightOverride=绿", "lightOverrideReason=企业已追加投资", "--data", store.directory])
        #expect(given.code == 0, "\(given)")
        let clearing = cli(["edit", "P-001", "lightOverrideReason=", "--data", store.directory])
        #expect(clearing.code == 64, "the reason cannot be taken away while the light stays set")
        #expect(cli(["check", "--data", store.directory]).code == 0)
    }

    @Test func dueWithinMeansWhatTheDashboardCounts() throws {
        let result = Binary.run(["issues", "--due-within", "3", "--format", "json", "--data", Repository.sample])
        #expect(result.code == 0, "\(result)")
        guard case .array(let rows) = try JSONValue.parse(Array(result.out.utf8)) else { Issue.record("not an array"); return }
        // The dashboard's 3天内到期 (README): 9; with the overdue ones counted as well it was 20.
        #expect(rows.count == 9)
        #expect(rows.allSatisfy { $0["daysOverdue"] == .int(0) && $0["light"] == .string("yellow") })
        let help = Binary.run(["issues", "--help"])
        #expect(help.out.contains("not yet overdue"))
    }

    @Test func unitsShowsOnlyLinesInForceAsHeldToday() throws {
        let dir = TempDirectory()
        var board = TestBoard.make()
        var expired = Duty(id: "D-02")
        expired.unit = "U-03"
        expired.duty = "项目服务"
        expired.a = "M-005"
        expired.b = "M-005"
        expired.validTo = Day(2026, 10, 31)
        board.duties.upsert(expired)
        var issue = Issue(id: "I-0002")
        issue.title = "占道施工审批"
        issue.unit = "U-03"
        issue.raisedOn = Day(2026, 11, 20)!
        issue.due = Day(2026, 12, 20)!
        issue.originalDue = issue.due
        issue.status = .inProgress
        board.issues.upsert(issue)
        let store = try FileStore.create(at: dir.at("store"), board: board)

        let units = cli(["units", "--data", store.directory, "--lang", "zh"])
        #expect(units.code == 0)
        #expect(!units.out.contains("城管中心"), "the expired line holds nothing today:\n\(units.out)")
        let all = cli(["units", "--all", "--data", store.directory, "--lang", "zh"])
        #expect(all.out.contains("已失效（至 2026-10-31）"), "\(all.out)")
        // With no roster line in force, the unit head (城管戊, M-005) holds the unit's issues.
        let issues = cli(["issues", "--unit", "U-03", "--format", "json", "--data", store.directory])
        guard case .array(let rows) = try JSONValue.parse(Array(issues.out.utf8)) else { Issue.record("not an array"); return }
        #expect(rows.first?["holder"] == .string("城管戊"))
    }
}
