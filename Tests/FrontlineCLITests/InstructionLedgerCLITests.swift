import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline export|import --kind instructions` (批示台账, issue 14) on the small test board with one instruction:
/// CSV and workbook read back unchanged; a row that would change it is refused with its row and column, nothing written.
struct InstructionLedgerCLITests {
    static func board() -> Board {
        var board = TestBoard.make()
        var instruction = Instruction(id: "B-001")
        instruction.project = "P-001"
        instruction.leader = "M-002"
        instruction.date = TestBoard.today.adding(days: -5)
        instruction.text = "请新城街道牵头协调施工用电"
        instruction.unit = "U-02"
        instruction.due = TestBoard.today.adding(days: 5)
        board.instructions.upsert(instruction)
        return board
    }

    @Test("export as CSV and as a workbook, import each back: nothing changes and no entry is written")
    func roundTrip() throws {
        let setup = try LedgerCLITests.Setup(Self.board())
        let csv = cli(["export", "--kind", "instructions"] + setup.data)
        #expect(csv.code == 0)
        #expect(csv.out.hasPrefix("\u{FEFF}批示编号,项目编号,问题编号,批示领导,批示日期,批示内容,反馈单位,反馈时限,反馈内容\r\nB-001,P-001,,领导乙,"), "\(csv.out)")
        let file = setup.file("b.csv", csv.out)
        let before = setup.tree
        let again = cli(["import", file, "--kind", "instructions"] + setup.data)
        #expect(again.code == 0, "\(again)")
        #expect(again.out == "instructions ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n")
        let book = setup.dir.at("b.xlsx")
        #expect(cli(["export", "--kind", "instructions", "--format", "xlsx", "--output", book] + setup.data).code == 0)
        let fromBook = cli(["import", book, "--kind", "instructions"] + setup.data)
        #expect(fromBook.code == 0, "\(fromBook)")
        #expect(fromBook.out == "instructions ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("a new row is saved 待反馈; a changed due date of an existing one is refused with row and column, nothing written")
    func newAndRefused() throws {
        let setup = try LedgerCLITests.Setup(Self.board())
        let today = TestBoard.today
        let data = setup.data + ["--as-of", today.iso]
        let bad = setup.file(
            "bad.csv",
            "批示编号,项目编号,批示领导,批示日期,批示内容,反馈单位,反馈时限\nB-001,P-001,领导乙,\(today.adding(days: -5).iso),请新城街道牵头协调施工用电,U-02,\(today.adding(days: 9).iso)\n")
        let before = setup.tree
        let refused = cli(["import", bad, "--kind", "instructions", "--lang", "zh"] + data)
        #expect(refused.code == 65)
        #expect(refused.err.contains("\(bad):2:G 反馈时限：B-001 的“反馈时限”只能通过 frontline instruction respond|done 变更"), "\(refused.err)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
        let new = setup.file("new.csv", "项目编号,批示领导,批示日期,批示内容,反馈单位,反馈时限\nP-001,领导乙,\(today.iso),请月底前完成,新城街道,+0\n")
        let dated = cli(["import", new, "--kind", "instructions"] + data)
        #expect(dated.code == 65, "a ledger's date is a date, not +N: \(dated)")
        let good = setup.file("good.csv", "项目编号,批示领导,批示日期,批示内容,反馈单位,反馈时限\nP-001,领导乙,\(today.iso),请月底前完成,新城街道,\(today.adding(days: 4).iso)\n")
        let saved = cli(["import", good, "--kind", "instructions"] + data)
        #expect(saved.code == 0, "\(saved)")
        #expect(saved.out == "instructions ledger: 1 new, 0 changed, 0 unchanged\nsaved #1\n")
        let created = try #require(setup.board.instructions[id: "B-002"])
        #expect(created.status == .awaitingResponse && created.leader == "M-002" && created.unit == "U-02")
    }

    @Test("meetings: export then import (CSV and workbook) changes nothing; a meeting dated after today is refused at its cell")
    func meetings() throws {
        var board = Self.board()
        var meeting = Meeting(id: "MT-001")
        meeting.kind = .monthly
        meeting.title = "11月重点项目调度会"
        meeting.date = TestBoard.today.adding(days: -3)
        meeting.chair = "M-002"
        meeting.attendees = ["M-003"]
        meeting.projects = ["P-001"]
        board.meetings.upsert(meeting)
        let setup = try LedgerCLITests.Setup(board)
        let data = setup.data + ["--as-of", TestBoard.today.iso]
        let csv = cli(["export", "--kind", "meetings"] + data)
        #expect(csv.out.hasPrefix("\u{FEFF}会议编号,会议类型,会议名称,会议日期,地点,主持人,参会人员,调度项目\r\nMT-001,月调度,11月重点项目调度会,"), "\(csv.out)")
        let before = setup.tree
        let again = cli(["import", setup.file("m.csv", csv.out), "--kind", "meetings"] + data)
        #expect(again.out == "meetings ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n", "\(again)")
        let book = setup.dir.at("m.xlsx")
        #expect(cli(["export", "--kind", "meetings", "--format", "xlsx", "--output", book] + data).code == 0)
        #expect(cli(["import", book, "--kind", "meetings"] + data).out == "meetings ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n")
        let later = setup.file("later.csv", "会议类型,会议名称,会议日期,主持人\n周调度,第49周调度会,\(TestBoard.today.adding(days: 1).iso),领导乙\n")
        let refused = cli(["import", later, "--kind", "meetings"] + data)
        #expect(refused.code == 65)
        #expect(refused.err.contains("\(later):2:C 会议日期: meeting date 2026-11-28 is after today 2026-11-27"), "\(refused.err)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }
}
