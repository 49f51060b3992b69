import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline import` and `frontline export` on the small test board: encodings, separators, quoted
/// newlines, all-or-nothing with every bad row, exit codes, and what export guards against.
struct LedgerCLITests {
    /// A test store and a place for files beside it.
    final class Setup {
        let dir = TempDirectory()
        let store: FileStore
        init(_ board: Board = TestBoard.make()) throws {
            store = try FileStore.create(at: dir.at("store"), board: board)
        }
        var data: [String] { ["--data", store.directory] }
        var board: Board { (try? FileStore(directory: store.directory).board) ?? Board() }
        var tree: [String: Faults.Node] { Faults.tree(store.directory) }

        /// Writes a file of UTF-8 text and returns its path.
        func file(_ name: String, _ text: String, bom: Bool = false) -> String {
            Files.write((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), to: dir.at(name))
            return dir.at(name)
        }
    }

    // MARK: What is accepted

    @Test("UTF-8 with and without a BOM, CRLF, and a change that needs nothing else")
    func utf8() throws {
        let setup = try Setup()
        let plain = setup.file("p.csv", "项目编号,进度,本年累计完成\r\nP-001,55,\"9,100.5\"\r\n")
        let result = cli(["import", plain, "--kind", "projects"] + setup.data)
        #expect(result.code == 0, "\(result)")
        #expect(result.out == "projects ledger: 0 new, 1 changed, 0 unchanged\nsaved #1\n")
        #expect(setup.board.projects[id: "P-001"]?.progressPct == 55)
        #expect(setup.board.projects[id: "P-001"]?.ytd == Money("9100.50"))
        let withBOM = setup.file("q.csv", "项目编号,进度\nP-001,56\n", bom: true)
        #expect(cli(["import", withBOM, "--kind", "projects"] + setup.data).code == 0)
        #expect(setup.board.projects[id: "P-001"]?.progressPct == 56)
        let numbered = setup.file("r.csv", "序号,项目编号,进度\n1,P-001,57\n")
        let withSerial = cli(["import", numbered, "--kind", "projects"] + setup.data)
        #expect(withSerial.code == 0)
        #expect(withSerial.err == "\(numbered): these columns are not part of the projects ledger and are ignored: A 序号\n")
    }

    @Test("a GB18030 file (as Chinese Excel saves CSV) imports, four-byte characters included")
    func gb18030() throws {
        let setup = try Setup()
        let utf8 = setup.file("u.csv", "单位,简称,类型,排序\n高新区㐀𠮷管理办公室,高新办,园区,7\n")
        let converted = Binary.execute("iconv", ["-f", "UTF-8", "-t", "GB18030", "-o", setup.dir.at("gb.csv"), utf8])
        try #require(converted.code == 0, "\(converted)")
        let bytes = try #require(Files.bytes(setup.dir.at("gb.csv")))
        try #require(String(validating: bytes, as: UTF8.self) == nil, "the file really is not UTF-8")
        let result = cli(["import", setup.dir.at("gb.csv"), "--kind", "units"] + setup.data)
        #expect(result.code == 0, "\(result)")
        let unit = try #require(setup.board.units.first { $0.shortName == "高新办" })
        #expect(unit.name == "高新区㐀𠮷管理办公室" && unit.unitKind == .park && unit.sortOrder == 7)
    }

    @Test("tab-separated text (Excel's \"Text (Tab delimited)\") works, commas in cells included")
    func tabs() throws {
        let setup = try Setup()
        let file = setup.file("i.txt", "问题描述\t责任单位\t办结时限\t项目编号\n井盖缺失, 需更换\t新城街道\t2026/12/31\tP-001\n")
        let result = cli(["import", file, "--kind", "issues"] + setup.data)
        #expect(result.code == 0, "\(result)")
        let issue = try #require(setup.board.issues[id: "I-0002"])
        #expect(issue.title == "井盖缺失, 需更换" && issue.unit == "U-02" && issue.due == Day(2026, 12, 31) && issue.project == "P-001")
    }

    @Test("a line break inside a quoted 问题描述 stays in the title, and the rows after it keep their numbers")
    func quotedNewlines() throws {
        let setup = try Setup()
        let file = setup.file(
            "i.csv",
            """
            问题描述,责任单位,办结时限
            "道路未通：
            1. 东侧便道
            2. ""渤海路""出入口",新城街道,2026-12-31
            坏行,没有这个单位,2026-12-31
            """)
        let bad = cli(["import", file, "--kind", "issues"] + setup.data)
        #expect(bad.code == 65)
        #expect(bad.err.contains("i.csv:3:B 责任单位: no unit with id or name '没有这个单位'"), "\(bad.err)")
        let good = setup.file("j.csv", "问题描述,责任单位,办结时限\n\"道路未通：\n1. 东侧便道\n2. \"\"渤海路\"\"出入口\",新城街道,2026-12-31\n")
        #expect(cli(["import", good, "--kind", "issues"] + setup.data).code == 0)
        #expect(setup.board.issues[id: "I-0002"]?.title == "道路未通：\n1. 东侧便道\n2. \"渤海路\"出入口")
    }

    @Test("--dry-run shows what would change and writes nothing")
    func dryRun() throws {
        let setup = try Setup()
        let before = setup.tree
        let file = setup.file("p.csv", "项目编号,项目名称,帮包领导,帮包单位,进度\nP-001,万声健康工场浮空岛,领导乙,新城街道,70\n,新项目,M-002,U-03,0\nP-001x,,,,\n")
        let csv = setup.file("q.csv", "项目编号,项目名称,帮包领导,帮包单位,进度\nP-001,万声健康工场浮空岛,领导乙,新城街道,70\n,新项目,M-002,U-03,0\n")
        let result = cli(["import", csv, "--kind", "projects", "--dry-run"] + setup.data)
        #expect(result.code == 0, "\(result)")
        #expect(
            result.out
                == "row 2: change P-001: progressPct\nrow 3: new P-002\nprojects ledger: 1 new, 1 changed, 0 unchanged (dry run: nothing saved)\n")
        let zh = cli(["import", csv, "--kind", "projects", "--dry-run", "--lang", "zh"] + setup.data)
        #expect(zh.out.contains("第 2 行 修改 P-001：进度"))
        #expect(cli(["import", file, "--kind", "projects", "--dry-run"] + setup.data).code == 65, "a dry run checks everything too")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("importing the same file twice: the second time nothing changes and no entry is written")
    func idempotent() throws {
        let setup = try Setup()
        let file = setup.file("u.csv", "单位,简称\n招商中心,招商\n")
        #expect(cli(["import", file, "--kind", "units"] + setup.data).code == 0)
        let before = setup.tree
        let again = cli(["import", file, "--kind", "units"] + setup.data)
        #expect(again.code == 0)
        #expect(again.out == "units ledger: 0 new, 0 changed, 1 unchanged\nnothing to save\n")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    // MARK: What is refused, and nothing written

    @Test("one bad row: exit 65 with its row and column, and every file of the store is byte-identical")
    func oneBadRow() throws {
        let setup = try Setup()
        let before = setup.tree
        let file = setup.file("p.csv", "项目编号,项目名称,进度,帮包领导,帮包单位\nP-001,万声健康工场浮空岛,50,领导乙,新城街道\n,新项目,八十,领导乙,新城街道\n")
        let result = cli(["import", file, "--kind", "projects"] + setup.data)
        #expect(result.code == 65)
        #expect(result.err == "\(file): 1 bad row (1 problem); nothing was imported\n\(file):3:C 进度: '八十' is not a percentage from 0 to 100\n")
        #expect(result.out.isEmpty)
        let zh = cli(["import", file, "--kind", "projects", "--lang", "zh"] + setup.data)
        #expect(zh.err.contains("\(file):3:C 进度：“八十”不是 0–100 的百分数"))
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("project benefits: imported and exported by their headers; a bad figure names its row and column, nothing written")
    func benefits() throws {
        let setup = try Setup()
        let good = setup.file("b.csv", "项目编号,计划产值,实际产值,计划税收,实际税收,计划就业,实际就业\nP-001,1200,800.5,,,300,\n")
        let result = cli(["import", good, "--kind", "projects"] + setup.data)
        #expect(result.code == 0, "\(result)")
        let project = try #require(setup.board.projects[id: "P-001"])
        #expect(project.outputPlan == Money("1200") && project.outputActual == Money("800.50"))
        #expect(project.taxPlan == nil && project.taxActual == nil)
        #expect(project.jobsPlan == 300 && project.jobsActual == nil)
        let exported = cli(["export", "--kind", "projects", "--format", "json"] + setup.data)
        #expect(
            exported.out.contains(#""outputPlan":"1200.00","outputActual":"800.50","taxPlan":"","taxActual":"","jobsPlan":300,"jobsActual":null"#))

        let before = setup.tree
        let bad = setup.file("c.csv", "项目编号,计划就业,实际产值\nP-001,很多,1\nP-001,,-\n")
        let refused = cli(["import", bad, "--kind", "projects"] + setup.data)
        #expect(refused.code == 65)
        #expect(refused.err.contains("\(bad):2:B 计划就业: '很多' is not a whole number"))
        #expect(refused.err.contains("\(bad):3:C 实际产值: '-' is not an amount"))
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("several bad rows: every one is listed, good rows between them are not")
    func everyBadRow() throws {
        let setup = try Setup()
        let before = setup.tree
        let file = setup.file(
            "people.csv",
            """
            姓名,单位,账号,角色
            甲,火星办事处,jia,单位
            乙,新城街道,yi,单位
            丙,新城街道,street,单位
            丁,新城街道,ding,超级管理员
            ,新城街道,wu,只读
            """)
        let result = cli(["import", file, "--kind", "people"] + setup.data)
        #expect(result.code == 65)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(file): 4 bad rows (4 problems); nothing was imported")
        #expect(
            lines.dropFirst().map { $0.components(separatedBy: " ").first ?? "" }
                == ["\(file):2:B", "\(file):4:C", "\(file):5:D", "\(file):6:A"])
        #expect(lines[2].contains("M-003"), "the login belongs to 街道丙")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test(arguments: ["leader", "street", "viewer", "stranger"])
    func onlyAdministratorsImport(_ login: String) throws {
        let setup = try Setup()
        let before = setup.tree
        let file = setup.file("u.csv", "单位\n新区\n")
        let result = cli(["import", file, "--kind", "units"] + setup.data, login: login)
        #expect(result.code == 77, "\(result)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
        #expect(cli(["export", "--kind", "units"] + setup.data, login: login).code == 0, "anyone may export what they may view")
    }

    @Test("UTF-16 (Excel's \"Unicode Text\") is refused with what to do instead")
    func utf16() throws {
        let setup = try Setup()
        let before = setup.tree
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "单位\t简称\r\n新区\t新区\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        Files.write(bytes, to: setup.dir.at("u.txt"))
        let result = cli(["import", setup.dir.at("u.txt"), "--kind", "units"] + setup.data)
        #expect(result.code == 65)
        #expect(result.err.contains("UTF-16") && result.err.contains("CSV UTF-8 (Comma delimited)"), "\(result.err)")
        #expect(Faults.differences(before, setup.tree).isEmpty)
    }

    @Test("bytes that are neither UTF-8 nor GB18030 are refused at their offset; a workbook is named as one")
    func badBytes() throws {
        let setup = try Setup()
        Files.write(Array("单位\n".utf8) + [0xFF, 0x0A], to: setup.dir.at("x.csv"))
        let result = cli(["import", setup.dir.at("x.csv"), "--kind", "units"] + setup.data)
        #expect(result.code == 65)
        #expect(result.err.contains("not UTF-8 or GB18030 at byte offset 7 (0xFF 0xA)"), "\(result.err)")
        Files.write([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], to: setup.dir.at("book.xlsx"))
        #expect(cli(["import", setup.dir.at("book.xlsx"), "--kind", "units"] + setup.data).err.contains("Excel workbook"))
    }

    @Test("exit codes: 66 for a missing file, 64 for a wrong --kind, 65 for a broken quote with its place")
    func exitCodes() throws {
        let setup = try Setup()
        #expect(cli(["import", setup.dir.at("nope.csv"), "--kind", "units"] + setup.data).code == 66)
        let file = setup.file("u.csv", "单位,简称\n\"新区,新\n")
        #expect(cli(["import", file, "--kind", "things"] + setup.data).code == 64)
        #expect(cli(["import", file] + setup.data).code == 64, "--kind is required")
        let broken = cli(["import", file, "--kind", "units"] + setup.data)
        #expect(broken.code == 65)
        #expect(broken.err.contains("\(file):2:A 单位: unterminated quote"), "\(broken.err)")
        #expect(cli(["export", "--kind", "units", "--output", setup.dir.at("no/such/dir.csv")] + setup.data).code == 73)
    }

    // MARK: Export

    @Test("CSV export: BOM, Chinese headers, CRLF; formulas guarded, control and bidi characters escaped")
    func exportGuards() throws {
        var board = TestBoard.make()
        var project = board.projects[id: "P-001"]!
        project.name = "=HYPERLINK(\"http://example.com\",\"点我\")"
        project.remark = "第一行\n第二行\u{1B}[31m红\u{202E}倒"
        project.owner = "-某某公司"
        board.projects.upsert(project)
        let setup = try Setup(board)
        let out = cli(["export", "--kind", "projects"] + setup.data)
        #expect(out.code == 0)
        let bytes = Array(out.out.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            out.out.dropFirst().hasPrefix(
                "项目编号,项目名称,建设单位,所属园区,阶段,总投资,年度计划投资,本年累计完成,计划开工,实际开工,计划竣工,形象进度,进度,帮包领导,帮包单位,帮包干部,备注,计划产值,实际产值,计划税收,实际税收,计划就业,实际就业\r\n"))
        #expect(out.out.contains("P-001,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\",'-某某公司,"))
        #expect(out.out.contains("\"第一行\n第二行^[[31m红<U+202E>倒\",,,,,,\r\n"))
        #expect(Faults.controlCharacters(in: out.out.replacingOccurrences(of: "\r\n", with: "\n")).isEmpty)
        // Read back: the guard comes off again; the escapes are now plain text (documented: no round trip).
        Files.write(bytes, to: setup.dir.at("p.csv"))
        let back = cli(["import", setup.dir.at("p.csv"), "--kind", "projects"] + setup.data)
        #expect(back.out.hasPrefix("projects ledger: 0 new, 1 changed, 0 unchanged"), "\(back)")
        let after = try #require(setup.board.projects[id: "P-001"])
        #expect(after.name == project.name && after.owner == "-某某公司")
        #expect(after.remark == "第一行\n第二行^[[31m红<U+202E>倒")
    }

    @Test("JSON export: an array of objects with the English keys")
    func exportJSON() throws {
        let setup = try Setup()
        let out = cli(["export", "--kind", "roster", "--format", "json"] + setup.data)
        #expect(out.code == 0)
        let value = try JSONValue.parse(Array(out.out.utf8))
        #expect(
            value
                == .array([
                    .object([
                        JSONMember("id", .string("D-01")), JSONMember("unit", .string("新城街道")),
                        JSONMember("duty", .string("项目服务")), JSONMember("a", .string("街道丙")),
                        JSONMember("b", .string("街道丁")),
                    ])
                ]))
        let file = setup.dir.at("people.json")
        let written = cli(["export", "--kind", "people", "--format", "json", "--output", file] + setup.data)
        #expect(written.out == "exported 6 rows of the people ledger to \(file)\n")
        #expect(Files.text(file)?.contains("\"login\":\"leader\"") == true)
    }
}
