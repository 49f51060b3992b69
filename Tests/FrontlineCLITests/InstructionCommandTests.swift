import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline instruction new|respond|done|list|show` (issue 14, item 2) on the sample and on copies of it. The sample's
/// day is 2026-11-27: B-001, recorded by the 绩考办 (宋佳琪) for 韩立群 on P-001, waits for 清池街道 U-06 (秦凯 qinkai holds
/// its 项目服务 duty) and is 7 days overdue; B-002, 高志远's (gaozhiyuan) on I-0055, was answered by 董晓宇 for 新城街道.
struct InstructionCommandTests {
    static let sample = ["--data", Repository.sample]

    @Test("list: the overdue one first, red, with its days; json and csv with stable keys")
    func list() throws {
        let table = cli(["instruction", "list", "--lang", "zh"] + Self.sample)
        #expect(table.code == 0, "\(table)")
        let lines = table.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[0].hasPrefix("灯  编号   状态    针对"), "\(table.out)")
        #expect(lines[1].hasPrefix("红  B-001  待反馈  P-001") && lines[1].contains("韩立群") && lines[1].hasSuffix("7天"), "\(table.out)")
        #expect(lines[2].hasPrefix("绿  B-002  已反馈  I-0055") && lines[2].contains("高志远"), "\(table.out)")
        let json = cli(["instruction", "list", "--format", "json"] + Self.sample)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        #expect(parsed.map { $0["id"] as? String } == ["B-001", "B-002"])
        #expect(parsed[0]["light"] as? String == "red" && parsed[0]["daysOverdue"] as? Int == 7 && parsed[0]["status"] as? String == "待反馈")
        let csv = cli(["instruction", "list", "--format", "csv", "--lang", "en"] + Self.sample)
        #expect(csv.out.contains("light,id,state,on,instruction,leader,given on,responding unit,response due,overdue (days)"), "\(csv.out)")
        let overdue = cli(["instruction", "list", "--overdue", "--lang", "zh"] + Self.sample)
        #expect(overdue.out.contains("B-001") && !overdue.out.contains("B-002"), "\(overdue.out)")
        let byUnit = cli(["instruction", "list", "--unit", "新城街道", "--lang", "zh"] + Self.sample)
        #expect(!byUnit.out.contains("B-001") && byUnit.out.contains("B-002"), "\(byUnit.out)")
    }

    @Test("show: the instruction, its light and response; show B-002 is the same; the issue and the project list theirs")
    func show() throws {
        let shown = cli(["instruction", "show", "B-002", "--lang", "zh"] + Self.sample)
        #expect(shown.code == 0 && shown.out.hasPrefix("B-002 领导批示（I-0055 周边群众反映夜间施工噪声扰民）  [绿] 已反馈，待领导确认落实"), "\(shown)")
        #expect(shown.out.contains("反馈人    董晓宇  2026-11-24 15:10"), "\(shown.out)")
        #expect(cli(["show", "B-002", "--lang", "zh"] + Self.sample).out == shown.out)
        let english = cli(["instruction", "show", "B-001", "--lang", "en"] + Self.sample)
        #expect(english.out.hasPrefix("B-001 instruction (P-001 高创·柏年城)  [red] 7 days overdue") || english.out.contains("[red]"), "\(english.out)")
        let json = cli(["instruction", "show", "B-001", "--format", "json"] + Self.sample)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect(object["leader"] as? String == "M-007" && object["daysOverdue"] as? Int == 7 && object["light"] as? String == "red")
        #expect(cli(["show", "I-0055", "--lang", "zh"] + Self.sample).out.contains("领导批示（1）\n  绿  B-002  已反馈  2026-11-25  高志远："))
        #expect(cli(["show", "P-001", "--lang", "zh"] + Self.sample).out.contains("领导批示（1）\n  红  B-001  待反馈  2026-11-20  韩立群："))
        let missing = cli(["instruction", "show", "B-404", "--lang", "zh"] + Self.sample)
        #expect(missing.code == 64 && missing.err.contains("找不到批示“B-404”"), "\(missing)")
    }

    @Test("new, respond, done: a leader gives it, the unit's holder responds, the leader marks it done")
    func lifecycle() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let given = cli(
            [
                "instruction", "new", "--project", "高创·柏年城", "--text", "请落实试运营安全保障方案", "--unit", "清池街道",
                "--due", "+5", "--data", data, "--lang", "zh",
            ], login: "hanliqun")
        #expect(given.code == 0 && given.out.hasPrefix("已保存 #1：B-003 批示：请落实试运营安全保障方案"), "\(given)")
        let early = cli(["instruction", "done", "B-003", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(early.code == 64 && early.err.contains("不能标记已落实"), "\(early)")
        let responded = cli(["instruction", "respond", "B-003", "--text", "方案已报消防大队审核", "--data", data, "--lang", "zh"], login: "qinkai")
        #expect(responded.code == 0 && responded.out.hasPrefix("已保存 #2：B-003 反馈：方案已报消防大队审核"), "\(responded)")
        let done = cli(["instruction", "done", "B-003", "--data", data, "--lang", "zh"], login: "hanliqun")
        #expect(done.code == 0 && done.out.hasPrefix("已保存 #3：B-003 已落实"), "\(done)")
        let all = cli(["instruction", "list", "--all", "--lang", "zh", "--data", data])
        #expect(all.out.contains("灰  B-003  已落实"), "\(all.out)")
        #expect(!cli(["instruction", "list", "--lang", "zh", "--data", data]).out.contains("B-003"))
        let log = cli(["log", "--verify", "--data", data])
        #expect(log.code == 0, "\(log)")
    }

    @Test("an administrator records one naming the leader; without the leader it is refused")
    func administratorOnBehalf() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let unnamed = cli(
            ["instruction", "new", "--issue", "I-0055", "--text", "请加快办理", "--unit", "U-05", "--due", "+3", "--data", data, "--lang", "en"],
            login: "fanlicheng")
        #expect(unnamed.code == 64 && unnamed.err.contains("names the leader who gave it (--leader)"), "\(unnamed)")
        #expect(Files.same(before, Files.snapshot(data)))
        let named = cli(
            [
                "instruction", "new", "--issue", "I-0055", "--text", "请加快办理", "--unit", "U-05", "--due", "+3", "--leader", "高志远",
                "--data", data, "--lang", "zh",
            ], login: "fanlicheng")
        #expect(named.code == 0, "\(named)")
        let json = cli(["instruction", "show", "B-003", "--format", "json", "--data", data])
        #expect(json.out.contains("\"leader\": \"M-006\"") || json.out.contains("\"leader\":\"M-006\""), "\(json.out)")
    }

    @Test(
        "bad input gets a clear error in Chinese and English and changes nothing",
        arguments: [
            (["--project", "P-001", "--text", "请办理", "--unit", "U-06", "--due", "明天"], "--due", "--due"),
            (["--project", "P-001", "--text", "请办理", "--unit", "不存在的单位", "--due", "+3"], "找不到单位", "no unit"),
            (["--project", "P-001", "--text", "  ", "--unit", "U-06", "--due", "+3"], "批示内容不能为空", "needs its text"),
            (["--project", "P-001", "--issue", "I-0055", "--text", "请办理", "--unit", "U-06", "--due", "+3"], "二者选一", "not both"),
            (["--project", "P-001", "--text", "请办理", "--unit", "U-06", "--due", "2026-11-26"], "早于批示日期", "before the instruction's date"),
            (["--project", "P-001", "--text", "请办理", "--unit", "U-06", "--due", "+3", "--date", "+1"], "晚于今天", "after today"),
        ] as [([String], String, String)])
    func badInput(arguments: [String], zh: String, en: String) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        for (lang, words) in [("zh", zh), ("en", en)] {
            let result = cli(["instruction", "new"] + arguments + ["--data", data, "--lang", lang], login: "hanliqun")
            #expect(result.code == 64 && result.err.contains(words), "\(result)")
        }
        let blank = cli(["instruction", "respond", "B-001", "--text", " ", "--data", data, "--lang", "zh"], login: "qinkai")
        #expect(blank.code == 64 && blank.err.contains("反馈内容不能为空"), "\(blank)")
        let again = cli(["instruction", "respond", "B-002", "--text", "再报", "--data", data, "--lang", "en"], login: "dongxiaoyu")
        #expect(again.code == 64 && again.err.contains("cannot be responded to again"), "\(again)")
        let otherUnit = cli(["instruction", "respond", "B-001", "--text", "已办", "--data", data, "--lang", "zh"], login: "dongxiaoyu")
        #expect(otherUnit.code == 77, "\(otherUnit)")
        #expect(Files.same(before, Files.snapshot(data)))
    }

    @Test("brief: the unit's holder sees the overdue instruction; the leader sees the response waiting for 已落实")
    func brief() throws {
        let holder = BriefCommandTests.brief(["--lang", "zh"], login: "qinkai", state: TempDirectory())
        #expect(holder.out.contains("待我反馈的领导批示（1）\n  B-001  柏年城康复理疗中心试运营前务…   逾期7天\n      韩立群 批示（2026-11-12）P-001"), "\(holder.out)")
        let leader = BriefCommandTests.brief(["--lang", "zh"], login: "gaozhiyuan", state: TempDirectory())
        #expect(leader.out.contains("待我确认落实的批示反馈（1）\n  B-002"), "\(leader.out)")
        #expect(leader.out.contains("董晓宇：已会同城管中队"), "\(leader.out)")
        let json = BriefCommandTests.brief(["--format", "json"], login: "qinkai", state: TempDirectory())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let waiting = try #require(object["instructionsToRespond"] as? [[String: Any]])
        #expect(
            waiting.first?["id"] as? String == "B-001" && waiting.first?["daysOverdue"] as? Int == 7 && waiting.first?["light"] as? String == "red")
        #expect((object["instructionResponses"] as? [Any])?.isEmpty == true)
    }

    @Test("the 半月报 has the section: one given in the period and responded, one overdue")
    func report() {
        let report = cli(["report", "half-month", "--lang", "zh"] + Self.sample)
        #expect(report.out.contains("### 领导批示（本期 1 件，已反馈 1 件；逾期未反馈 1 件）"), "\(report.out)")
        #expect(
            report.out.contains(
                "| B-001 | 柏年城康复理疗中心试运营前务必完成消防验收和医疗机构执业登记，请清池街道牵头对接消防、卫健部门，11月20日前报送验收时间表。 | 韩立群 | 2026-11-12 | 清池街道 | 2026-11-20 | 逾期7天未反馈 |"),
            "\(report.out)")
        #expect(report.out.contains("| B-002 |") && report.out.contains("| 2026-11-25 | 已反馈 |"))
        let csv = cli(["report", "half-month", "--format", "csv", "--lang", "en"] + Self.sample)
        #expect(csv.out.contains("Leaders' instructions"), "\(csv.out)")
    }

    @Test("attachments: the responding unit attaches its evidence to the instruction; show lists it; another unit may not")
    func attachment() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let file = dir.at("验收时间表.pdf")
        try Data("消防验收时间表".utf8).write(to: URL(fileURLWithPath: file))
        let added = cli(["attachment", "add", "B-001", file, "--data", data, "--lang", "zh"], login: "qinkai")
        #expect(added.code == 0 && added.out.contains("B-001 附件：验收时间表.pdf"), "\(added)")
        #expect(cli(["instruction", "show", "B-001", "--data", data, "--lang", "zh"]).out.contains("验收时间表.pdf"))
        let refused = cli(["attachment", "add", "B-001", file, "--name", "另一份.pdf", "--data", data, "--lang", "zh"], login: "dongxiaoyu")
        #expect(refused.code == 77, "\(refused)")
        #expect(cli(["check", "--data", data]).code == 0)
    }
}
