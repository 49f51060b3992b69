import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline procedure list|show|set|done|raise` (issue 16, item 1) on a copy of the sample: 袁博 (yuanbo) is of 投促局
/// U-04, the 帮包单位 of P-008; 雷鸣 (leiming) of 生物医药园 U-09, P-021's; 洪涛 (hongtao) of the 图审中心 U-12; 范立成
/// (fanlicheng) an administrator.
struct ProcedureCommandTests {
    @Test("show draws P-002's chain: 图审 and 施工许可 bracketed in parallel, 图审 done 11 days late")
    func show() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let shown = cli(["procedure", "show", "P-002", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(shown.code == 0, "\(shown)")
        let lines = shown.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "P-002 万声健康工场浮空岛")
        #expect(lines.contains { $0.hasPrefix("  ┌ ✓ 图审") && $0.contains("2026-04-21 办结（逾期 11 天）") && $0.contains("图审中心") }, "\(shown.out)")
        #expect(lines.contains { $0.hasPrefix("  └ ✓ 施工许可") && $0.contains("2026-04-21 办结") }, "\(shown.out)")
        #expect(lines.contains { $0.contains("竣工验收") && $0.contains("计划 2027-06-30") }, "\(shown.out)")
        let earlier = cli(["procedure", "show", "P-002", "--as-of", "2026-04-15", "--data", data, "--lang", "en"], login: "fanlicheng")
        #expect(earlier.out.contains("held up at 图审 (5 days late)"), "\(earlier.out)")
        #expect(earlier.out.contains("at 图审, 施工许可"), "\(earlier.out)")
        let project = cli(["show", "P-002", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(project.out.contains("手续：已办结 5/6，在办 竣工验收"), "\(project.out)")
    }

    @Test("list --late names the steps projects are held up at, the latest first")
    func listLate() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let listed = cli(["procedure", "list", "--late", "--format", "csv", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(listed.code == 0, "\(listed)")
        let rows = listed.out.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.map { $0[1] + " " + $0[3] } == ["P-030 规划许可", "P-008 图审", "P-008 施工许可", "P-021 规划许可"], "\(listed.out)")
        #expect(rows.allSatisfy { $0[0] == "红" })
    }

    @Test("raise makes one issue from a late step, to the step's unit; a second try is refused and makes none")
    func raise() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let raised = cli(["procedure", "raise", "P-008", "图审", "--note", "请图审中心本周内出具审查意见", "--data", data, "--lang", "zh"], login: "yuanbo")
        #expect(raised.code == 0 && raised.out.hasPrefix("已保存 #1：P-008 手续 图审 逾期 140 天 → I-0125：手续办理滞后：图审"), "\(raised)")
        let issue = cli(["show", "I-0125", "--data", data, "--lang", "zh"], login: "yuanbo")
        #expect(issue.out.contains("图审中心") && issue.out.contains("请图审中心本周内出具审查意见"), "\(issue.out)")
        let again = cli(["procedure", "raise", "P-008", "图审", "--data", data, "--lang", "en"], login: "yuanbo")
        #expect(again.code != 0 && again.err.contains("already raised issue I-0125"), "\(again)")
        let none = cli(["show", "I-0126", "--data", data, "--lang", "zh"], login: "yuanbo")
        #expect(none.code != 0, "no second issue: \(none)")
        let shown = cli(["procedure", "show", "P-008", "--data", data, "--lang", "zh"], login: "yuanbo")
        #expect(shown.out.contains("→ I-0125"), "\(shown.out)")
    }

    @Test("the project's unit records a step done; another unit may not; bad input is refused and saves nothing")
    func record() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let denied = cli(["procedure", "done", "P-021", "规划许可", "--data", data, "--lang", "zh"], login: "hongtao")
        #expect(denied.code == 77, "\(denied)")
        let future = cli(["procedure", "done", "P-021", "规划许可", "--on", "2026-12-01", "--data", data, "--lang", "zh"], login: "leiming")
        #expect(future.code != 0 && future.err.contains("办结日期 2026-12-01 晚于今天 2026-11-27"), "\(future)")
        let unknown = cli(["procedure", "set", "P-021", "环评", "--planned", "2026-12-10", "--data", data, "--lang", "en"], login: "leiming")
        #expect(unknown.code != 0 && unknown.err.contains("the procedure template has no step '环评'"), "\(unknown)")
        let log = cli(["log", "--data", data], login: "leiming")
        #expect(!log.out.contains("procedure"), "nothing saved: \(log.out)")
        let done = cli(
            [
                "procedure", "done", "P-021", "规划许可", "--on", "2026-11-26", "--number", "建字第370705202600102号",
                "--data", data, "--lang", "zh",
            ], login: "leiming")
        #expect(done.code == 0 && done.out.hasPrefix("已保存 #1：P-021 手续 规划许可：办结 2026-11-26，文号 建字第370705202600102号"), "\(done)")
        let cleared = cli(["procedure", "set", "P-021", "规划许可", "--number", "-", "--data", data, "--lang", "zh"], login: "leiming")
        #expect(cleared.code == 0 && cleared.out.contains("文号 —"), "\(cleared)")
    }

    @Test("the 半月报 counts the projects at each step and those held up there")
    func report() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let report = cli(["report", "half-month", "--data", data, "--lang", "zh"], login: "fanlicheng")
        #expect(report.code == 0, "\(report)")
        #expect(report.out.contains("### 手续办理（在办步骤 6 个，卡在逾期步骤的项目 3 个）"), "\(report.out)")
        #expect(report.out.contains("| 图审 | P-008 重组蛋白药物产业化项目（逾期 140 天） | 1 | 1 |"), "\(report.out)")
        #expect(report.out.contains("| 规划许可 | P-021 医疗影像设备研发制造基地（逾期 119 天）、P-030 智能网联汽车测试场项目（逾期 191 天） | 3 | 2 |"), "\(report.out)")
    }

    @Test("the brief of a unit responsible for a late step lists it; JSON carries it")
    func brief() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let text = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "jiajun", state: TempDirectory(), data: data)
        #expect(text.out.contains("逾期的手续步骤（1）"), "\(text.out)")
        #expect(text.out.contains("P-030  智能网联汽车测试场…") && text.out.contains("规划许可    逾期 191 天（计划 2026-05-20）"), "\(text.out)")
        let json = BriefCommandTests.brief(["--format", "json"], login: "jiajun", state: TempDirectory(), data: data)
        #expect(json.out.contains("\"lateProcedureSteps\"") && json.out.contains("191"), "\(json.out)")
    }
}
