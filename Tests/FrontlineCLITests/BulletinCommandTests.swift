import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// 通报 on the command line (issue 16, item 5), on a copy of the sample (2026-11-27): on 11-18 范立成 (fanlicheng) of the
/// 绩考办 praised 投促局 (TB-001) and criticised 北海街道 (TB-002) for October's 招商引资成绩. 贾俊 (jiajun) is an official
/// of 经发局, 韩立群 (hanliqun) a leader.
struct BulletinCommandTests {
    static func run(_ arguments: [String], _ data: String, login: String = "fanlicheng", lang: String = "zh") -> Outcome {
        cli(arguments + ["--data", data, "--lang", lang], login: login)
    }

    @Test("bulletin list: the sample's praise and criticism, newest first; filters; json")
    func list() throws {
        let all = Self.run(["bulletin", "list"], Repository.sample)
        #expect(all.code == 0, "\(all)")
        let lines = all.out.split(separator: "\n")
        #expect(lines.count == 3, "the header and two: \(all.out)")
        #expect(lines[1].hasPrefix("TB-002") && lines[1].contains("批评") && lines[1].contains("北海街道") && lines[1].contains("2026年10月"), "\(all.out)")
        #expect(lines[2].hasPrefix("TB-001") && lines[2].contains("表扬") && lines[2].contains("投促局") && lines[2].contains("范立成"), "\(all.out)")
        let criticism = Self.run(["bulletin", "list", "--kind", "criticism", "--format", "json"], Repository.sample)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(criticism.out.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["TB-002"])
        #expect(rows[0]["unit"] as? String == "U-07" && rows[0]["period"] as? String == "2026-10" && rows[0]["kind"] as? String == "批评")
        let shown = Self.run(["show", "TB-002"], Repository.sample)
        #expect(shown.code == 0 && shown.out.hasPrefix("TB-002 批评 · 北海街道\n"), "\(shown)")
        #expect(shown.out.contains("2026年10月") && shown.out.contains("范立成") && shown.out.contains("ZS-010"), "\(shown.out)")
        let unit = Self.run(["bulletin", "list", "--unit", "投促局"], Repository.sample, lang: "en")
        #expect(unit.out.contains("TB-001") && unit.out.contains("praise") && !unit.out.contains("TB-002"), "\(unit.out)")
    }

    @Test("the 绩考办 issues a 通报: saved once, listed, in the half-month report; undo refuses it")
    func issue() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let new = Self.run(
            ["bulletin", "new", "--unit", "新城街道", "--kind", "表扬", "--period", "2026-11-1", "--reason", "上半月问题按时办结率100%，3个新开工项目全部开工"],
            data)
        #expect(new.code == 0 && new.out.hasPrefix("已保存 #1：TB-003 通报表扬 "), "\(new)")
        #expect(Self.run(["bulletin", "list"], data).out.split(separator: "\n")[1].hasPrefix("TB-003"))
        let report = Self.run(["report", "half-month"], data)
        #expect(report.out.contains("### 本期通报（3 则）"), "\(report.out)")
        #expect(report.out.contains("| 2026-11-27 | 表扬 | 新城街道 | 2026年11月上半月 | 上半月问题按时办结率100%"), "\(report.out)")
        let undo = Self.run(["undo"], data)
        #expect(undo.code != 0 && undo.err.contains("通报发出后不能撤回"), "\(undo)")
        #expect(Self.run(["check"], data).code == 0)
        #expect(Self.run(["log", "--verify"], data).code == 0)
    }

    @Test("refusals: not an administrator, an unknown unit or kind, a bad period, a blank reason, a future day — zh and en, nothing written")
    func refusals() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let base = ["bulletin", "new", "--unit", "北海街道", "--kind", "批评", "--period", "2026-11", "--reason", "整改措施未按期报送"]
        let unit = Self.run(base, data, login: "jiajun")
        #expect(unit.code == 77, "\(unit)")
        #expect(Self.run(base, data, login: "hanliqun").code == 77, "a leader may not either")
        let period = Self.run(["bulletin", "new", "--unit", "北海街道", "--kind", "批评", "--period", "11月", "--reason", "未报送"], data)
        #expect(period.code != 0 && period.err.contains("所涉期间“11月”应为半月（2026-10-2）或月份（2026-10）"), "\(period)")
        let english = Self.run(["bulletin", "new", "--unit", "北海街道", "--kind", "批评", "--period", "2026-12", "--reason", "x"], data, lang: "en")
        #expect(english.code != 0 && english.err.contains("the period 2026-12 had not begun by the day of issue 2026-11-27"), "\(english)")
        let blank = Self.run(["bulletin", "new", "--unit", "北海街道", "--kind", "批评", "--period", "2026-11", "--reason", " "], data)
        #expect(blank.code != 0 && blank.err.contains("不能为空"), "\(blank)")
        let kind = Self.run(["bulletin", "new", "--unit", "北海街道", "--kind", "警告", "--period", "2026-11", "--reason", "x"], data)
        #expect(kind.code == 64 && kind.err.contains("表扬/批评"), "\(kind)")
        let nowhere = Self.run(["bulletin", "new", "--unit", "海港街道", "--kind", "表扬", "--period", "2026-11", "--reason", "x"], data)
        #expect(nowhere.code != 0 && nowhere.err.contains("海港街道"), "\(nowhere)")
        let future = Self.run(base + ["--date", "2026-11-30"], data, lang: "en")
        #expect(future.code != 0 && future.err.contains("after today 2026-11-27"), "\(future)")
        #expect(Files.same(before, Files.snapshot(data)), "refusals change nothing")
    }

    @Test("the sample's current half-month report has both 通报 of 11-18 after the 滞后单位")
    func inTheReport() {
        let report = Self.run(["report", "half-month"], Repository.sample)
        #expect(report.out.contains("### 本期通报（2 则）"), "\(report.out)")
        #expect(report.out.contains("| 2026-11-18 | 批评 | 北海街道 | 2026年10月 | 10月招商引资计划6666.67万元"), "\(report.out)")
    }
}
