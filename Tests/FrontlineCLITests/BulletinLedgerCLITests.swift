import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline export|import --kind bulletins` (通报台账, issue 16) on the small test board with one 通报: CSV, JSON and
/// workbook export, CSV and workbook read back unchanged; a bad file is refused naming row and column in Chinese and
/// English and nothing is written; a new row is issued with the next number.
struct BulletinLedgerCLITests {
    static func board() -> Board {
        var board = TestBoard.make()
        var bulletin = Bulletin(id: "TB-001")
        bulletin.verdict = .criticism
        bulletin.unit = "U-02"
        bulletin.period = "2026-11-1"
        bulletin.reason = "上半月问题办结率全区最低"
        bulletin.date = TestBoard.today.adding(days: -7)
        bulletin.issuer = "M-001"
        board.bulletins.upsert(bulletin)
        return board
    }

    static let unchanged = "bulletins ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n"

    @Test("export as CSV, JSON and a workbook; importing the CSV and the workbook back changes nothing and writes nothing")
    func roundTrip() throws {
        let setup = try LedgerCLITests.Setup(Self.board())
        let data = setup.data + ["--as-of", TestBoard.today.iso]
        let csv = cli(["export", "--kind", "bulletins"] + data)
        #expect(csv.code == 0)
        #expect(csv.out == "\u{FEFF}通报编号,通报类型,被通报单位,所涉期间,通报事由,通报日期,通报人\r\nTB-001,批评,新城街道,2026-11-1,上半月问题办结率全区最低,2026-11-20,管理员甲\r\n", "\(csv.out)")
        let json = cli(["export", "--kind", "bulletins", "--format", "json"] + data)
        #expect(json.code == 0 && json.out.contains(#""verdict":"批评""#) && json.out.contains(#""issuer":"管理员甲""#), "\(json.out)")
        let file = setup.file("tb.csv", csv.out)
        let before = setup.tree
        let again = cli(["import", file, "--kind", "bulletins"] + data)
        #expect(again.code == 0, "\(again)")
        #expect(again.out == Self.unchanged)
        let book = setup.dir.at("tb.xlsx")
        #expect(cli(["export", "--kind", "bulletins", "--format", "xlsx", "--output", book] + data).code == 0)
        let fromBook = cli(["import", book, "--kind", "bulletins"] + data)
        #expect(fromBook.code == 0, "\(fromBook)")
        #expect(fromBook.out == Self.unchanged)
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("a changed cell and a bad new row are refused with row and column in zh and en, nothing written; a good new row is issued")
    func refusedThenIssued() throws {
        let setup = try LedgerCLITests.Setup(Self.board())
        let data = setup.data + ["--as-of", TestBoard.today.iso]
        let bad = setup.file(
            "bad.csv",
            "通报编号,通报类型,被通报单位,所涉期间,通报事由,通报日期\nTB-001,表扬,新城街道,2026-11-1,上半月问题办结率全区最低,2026-11-20\n,批评,城管中心,2026-12,,\n")
        let before = setup.tree
        let zh = cli(["import", bad, "--kind", "bulletins", "--lang", "zh"] + data)
        #expect(zh.code == 65)
        #expect(zh.err.contains("\(bad):2:B 通报类型：TB-001 的“通报类型”不能由台账修改：通报发出后不能更改"), "\(zh.err)")
        #expect(zh.err.contains("\(bad):3:D 所涉期间：所涉期间 2026-12 在通报日期 2026-11-27 之后尚未开始"), "\(zh.err)")
        #expect(zh.err.contains("\(bad):3:E 通报事由：不能为空"), "\(zh.err)")
        let en = cli(["import", bad, "--kind", "bulletins", "--lang", "en"] + data)
        #expect(en.code == 65)
        #expect(
            en.err.contains("\(bad):2:B 通报类型: TB-001's verdict cannot be changed by a ledger: a bulletin (通报), once issued, is not changed"),
            "\(en.err)")
        #expect(en.err.contains("\(bad):3:D 所涉期间: the period 2026-12 had not begun by the day of issue 2026-11-27"), "\(en.err)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
        let viewer = cli(
            ["import", setup.file("one.csv", "通报类型,被通报单位,所涉期间,通报事由\n表扬,城管中心,2026-11,好\n"), "--kind", "bulletins"] + data, login: "leader")
        #expect(viewer.code == 77, "\(viewer)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
        let good = setup.file("good.csv", "通报类型,被通报单位,所涉期间,通报事由\n表扬,城管中心,2026-11,环境整治提前完成\n")
        let saved = cli(["import", good, "--kind", "bulletins"] + data)
        #expect(saved.code == 0, "\(saved)")
        #expect(saved.out == "bulletins ledger: 1 new, 0 changed, 0 unchanged\nsaved #1\n")
        let issued = try #require(setup.board.bulletins[id: "TB-002"])
        #expect(issued.verdict == .praise && issued.unit == "U-03" && issued.issuer == "M-001" && issued.date == TestBoard.today)
    }
}
