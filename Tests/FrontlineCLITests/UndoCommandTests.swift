import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline undo` restores the previous values as a new journal entry; `log` shows both.
struct UndoCommandTests {
    @Test func undoRestoresAndTheLogShowsTheChangeAndItsUndo() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let data = ["--data", store.directory]
        #expect(cli(["edit", "I-0001", "title=改后的标题", "urgency=特急"] + data, login: "street").code == 0)
        #expect(try FileStore(directory: store.directory).board.issues[id: "I-0001"]?.urgency == .critical)
        #expect(cli(["undo"] + data, login: "street").code == 0)
        let issue = try #require(try FileStore(directory: store.directory).board.issues[id: "I-0001"])
        #expect(issue.title == "渤海路侧出入口沥青路面材质不一致" && issue.urgency == .normal)
        #expect(issue.log.suffix(2).map(\.action) == ["编辑", "撤回"])
        let log = cli(["log"] + data).out
        #expect(log.contains("I-0001 修改：title, urgency"))
        #expect(log.contains("撤回 #1：I-0001 修改：title, urgency"))
        #expect(log.contains("改后的标题 → 渤海路侧"), "the undo's fields go back")
        let nothing = cli(["undo"] + data, login: "street")
        #expect(nothing.code == 64 && nothing.err.contains("nothing of yours to undo"))
        #expect(cli(["undo"] + data, login: "citymgmt").code == 64, "another person has nothing of theirs to undo")
        #expect(cli(["log", "--verify"] + data).code == 0)
    }

    /// First-day issue, item 15: `undo` does not un-publish; `report withdraw` does, with a reason, for administrators.
    @Test func aPublishedReportIsWithdrawnOnlyOnPurpose() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let data = ["--data", store.directory, "--as-of", "2026-11-27", "--lang", "zh"]
        #expect(cli(["report", "half-month", "--publish"] + data).code == 0)
        let undo = cli(["undo"] + data)
        #expect(undo.code == 64 && undo.err.contains("不能用撤回取消") && undo.err.contains("frontline report withdraw"), "\(undo)")
        #expect(try FileStore(directory: store.directory).board.reports[id: "2026-11-2"] != nil, "still published")

        #expect(cli(["report", "withdraw"] + data).code == 64, "the reason is required")
        let byStaff = cli(["report", "withdraw", "--reason", "数据有误"] + data, login: "street")
        #expect(byStaff.code == 77, "\(byStaff)")
        let withdrawn = cli(["report", "withdraw", "--period", "2026-11-2", "--reason", "投资数据有误"] + data)
        #expect(withdrawn.code == 0 && withdrawn.out.contains("撤回已发布的半月报 2026-11-2，理由：投资数据有误"), "\(withdrawn)")
        #expect(try FileStore(directory: store.directory).board.reports[id: "2026-11-2"] == nil)
        #expect(cli(["log"] + data).out.contains("撤回已发布的半月报 2026-11-2，理由：投资数据有误"))
        #expect(cli(["undo"] + data).code == 64, "the withdrawal is not undone either")
        #expect(cli(["report", "half-month", "--publish"] + data).code == 0, "the period can be published again")
    }
}
