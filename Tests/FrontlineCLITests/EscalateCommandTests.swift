import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// 督办 on the command line (issue 13, item 3), on a copy of the sample (2026-11-27): the 绩考办's run of that morning
/// recorded every level reached, so I-0045 (经发局, 34 days overdue) and I-0055 are 挂牌督办, I-0067 红牌, I-0081 黄牌
/// (6 days). 范立成 (fanlicheng) is an administrator; 贾俊 (jiajun) of 经发局 holds I-0045, I-0067 and I-0081.
struct EscalateCommandTests {
    static func run(_ arguments: [String], _ data: String, login: String = "fanlicheng", lang: String = "zh") -> Outcome {
        cli(arguments + ["--data", data, "--lang", lang], login: login)
    }

    @Test("nothing left to record: says so, exits 0 and writes nothing")
    func nothingToRecord() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let result = Self.run(["issue", "escalate"], data)
        #expect(result.code == 0 && result.out == "没有需要记录的督办：各问题已达到的督办级别均已记录\n", "\(result)")
        #expect(Self.run(["issue", "escalate"], data, lang: "en").out.hasPrefix("no escalation to record"))
        #expect(Files.same(before, Files.snapshot(data)))
    }

    @Test("lower the red threshold: the administrator's run records 红牌 for I-0081 once, named in show and log")
    func recordsAfterSettingsChange() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let edited = Self.run(["edit", "settings", "escalationRedDays=5"], data)
        #expect(edited.code == 0, "\(edited)")
        let issues = Self.run(["issues", "--overdue"], data)
        #expect(issues.out.split(separator: "\n").contains { $0.contains("I-0081") && $0.contains("红牌") }, "\(issues.out)")
        let result = Self.run(["issue", "escalate"], data)
        #expect(result.code == 0, "\(result)")
        #expect(result.out.hasPrefix("已保存 #2：督办：I-0081"), "\(result.out)")
        #expect(result.out.contains("  I-0081 红牌督办  环评批复尚未取得  督办规则：逾期 6 天（≥ 5 天）"), "\(result.out)")
        let shown = Self.run(["show", "I-0081"], data)
        #expect(shown.out.contains("范立成 红牌督办 → 待核验  督办规则：逾期 6 天（≥ 5 天）"), "\(shown.out)")
        #expect(shown.out.contains("[红牌督办]"), "\(shown.out)")
        let again = Self.run(["issue", "escalate", "I-0081"], data)
        #expect(again.code == 0 && again.out.hasPrefix("没有需要记录的督办"), "recorded once: \(again)")
        let undo = Self.run(["undo"], data)
        #expect(undo.code != 0 && undo.err.contains("不能撤回"), "\(undo)")
    }

    @Test(
        "a leader, a unit official and a read-only account may not record levels (77, nothing written)",
        arguments: ["hanliqun", "jiajun"])
    func refused(login: String) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        _ = Self.run(["edit", "settings", "escalationRedDays=5"], data)
        let before = Files.snapshot(data)
        let result = Self.run(["issue", "escalate"], data, login: login)
        #expect(result.code == 77 && result.err.contains("无权进行此操作"), "\(result)")
        #expect(Files.same(before, Files.snapshot(data)))
    }

    @Test(
        "thresholds out of order are refused with a clear error in both languages and change nothing",
        arguments: [["escalationRedDays=40"], ["escalationYellowDays=0"], ["escalationListedDays=10"]])
    func badThresholds(assignment: [String]) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let zh = Self.run(["edit", "settings"] + assignment, data)
        #expect(zh.code != 0 && zh.err.contains("督办的逾期天数须逐级增加（1 ≤ 黄牌 < 红牌 < 挂牌）"), "\(zh)")
        let en = Self.run(["edit", "settings"] + assignment, data, lang: "en")
        #expect(en.code == zh.code && en.err.contains("the escalation days must rise"), "\(en)")
        let notNumber = Self.run(["edit", "settings", "escalationYellowUrges=两次"], data)
        #expect(notNumber.code != 0, "\(notNumber)")
        #expect(Files.same(before, Files.snapshot(data)))
    }

    @Test("thresholds out of order written into board.json by hand are what check reports")
    func checkFindsHandEditedThresholds() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        #expect(Self.run(["check"], data).code == 0)
        let board = data + "/board.json"
        let text = try String(contentsOfFile: board, encoding: .utf8)
        try text.replacingOccurrences(of: "\"escalationRedDays\": 10,", with: "\"escalationRedDays\": 40,")
            .write(toFile: board, atomically: false, encoding: .utf8)
        let zh = Self.run(["check"], data)
        #expect(zh.code == 1 && zh.err.contains("board.json: settings 督办的逾期天数须逐级增加") && zh.err.contains("红牌 40 天"), "\(zh)")
        let en = Self.run(["check"], data, lang: "en")
        #expect(en.code == 1 && en.err.contains("the escalation days must rise"), "\(en)")
    }

    @Test("issues --escalated lists only the issues under 督办, 挂牌 first, then 红牌, then 黄牌")
    func escalatedOnly() throws {
        let result = Self.run(["issues", "--escalated", "--format", "csv"], Repository.sample, lang: "en")
        #expect(result.code == 0, "\(result)")
        // CSV for Excel: CRLF line ends.
        let rows = result.out.split(whereSeparator: \.isNewline).dropFirst().map { String($0) }
        let levels = rows.compactMap { row in ["listed", "red", "yellow"].first { row.contains(",\($0),") } }
        #expect(levels.count == rows.count && !rows.isEmpty, "every row is escalated: \(result.out)")
        #expect(
            levels == levels.sorted { ["listed", "red", "yellow"].firstIndex(of: $0)! < ["listed", "red", "yellow"].firstIndex(of: $1)! },
            "most serious first: \(levels)")
        #expect(levels.contains("listed") && levels.contains("red") && levels.contains("yellow"))
        let all = Self.run(["issues", "--format", "csv"], Repository.sample, lang: "en").out.split(whereSeparator: \.isNewline).count - 1
        #expect(rows.count < all)
    }

    @Test("issues and show carry the level; as of a day before the run, the records are taken back")
    func listingsAndAsOf() throws {
        let issues = Self.run(["issues", "--overdue"], Repository.sample)
        let line = try #require(issues.out.split(separator: "\n").first { $0.contains("I-0045") })
        #expect(line.contains("挂牌"), "\(line)")
        #expect(issues.out.split(separator: "\n").first.map { $0.contains("督办") } == true)
        let json = Self.run(["issues", "--overdue", "--format", "json"], Repository.sample)
        #expect(json.out.contains("\"id\":\"I-0045\",\"title\":\"项目备案信息需变更\",\"escalation\":\"listed supervision\""), "\(json.out)")
        let shown = Self.run(["show", "I-0045"], Repository.sample)
        #expect(shown.out.hasPrefix("I-0045 项目备案信息需变更  [红] 逾期 34 天  [挂牌督办]"), "\(shown.out)")
        #expect(shown.out.contains("督办                    挂牌督办：逾期 34 天（≥ 30 天）"), "\(shown.out)")
        let showJSON = Self.run(["show", "I-0045", "--format", "json"], Repository.sample)
        #expect(showJSON.out.contains("\"escalation\": \"listed supervision\""), "\(showJSON.out)")
        let before = Self.run(["show", "I-0045", "--as-of", "2026-11-19"], Repository.sample)
        #expect(before.out.hasPrefix("I-0045 项目备案信息需变更  [红] 逾期 26 天  [红牌督办]"), "\(before.out)")
        #expect(!before.out.contains("范立成 黄牌督办"), "the run of 11-20 is taken back: \(before.out)")
        let project = Self.run(["show", "P-009"], Repository.sample)
        #expect(project.out.contains("I-0045  办理中  2026-10-24  挂牌 项目备案信息需变更"), "\(project.out)")
    }

    @Test("rank --explain shows the deduction for escalated issues with each issue's rule")
    func rankExplain() {
        let result = Self.run(["rank", "--explain", "经发局"], Repository.sample)
        #expect(result.code == 0, "\(result)")
        #expect(
            result.out.contains(
                "扣分：督办问题：-6.00\n  黄牌 1 件 × 1 分 + 红牌 1 件 × 2 分 + 挂牌 1 件 × 3 分\n"
                    + "    I-0045 项目备案信息需变更：挂牌督办：逾期 34 天（≥ 30 天）\n"
                    + "    I-0067 省级重点项目专项资金申报：红牌督办：逾期 15 天（≥ 10 天）\n"
                    + "    I-0081 环评批复尚未取得：黄牌督办：逾期 6 天（≥ 3 天）\n"), "\(result.out)")
        #expect(result.out.contains("− 3.00 − 6.00 = 60.66"), "\(result.out)")
        let english = Self.run(["rank", "--explain", "经发局"], Repository.sample, lang: "en")
        #expect(english.out.contains("Deduction: escalated issues: -6.00\n  1 yellow × 1 + 1 red × 2 + 1 listed × 3 points\n"), "\(english.out)")
    }

    @Test("the 半月报 counts the levels and names the 挂牌督办 issues, in Markdown and CSV")
    func halfMonthReport() {
        let report = Self.run(["report", "half-month"], Repository.sample)
        #expect(report.out.contains("督办：黄牌 1 件，红牌 4 件，挂牌 2 件。\n\n### 挂牌督办问题\n\n"), "\(report.out)")
        #expect(report.out.contains("| 经发局 | I-0045 | 项目备案信息需变更 | 2026-10-24 | 逾期 34 天（≥ 30 天） |"), "\(report.out)")
        #expect(report.out.contains("| 新城街道 | I-0055 | 周边群众反映夜间施工噪声扰民 | 2026-10-27 | 逾期 31 天（≥ 30 天） |"), "\(report.out)")
        let csv = Self.run(["report", "half-month", "--format", "csv"], Repository.sample, lang: "en")
        #expect(csv.out.contains("Issues under listed supervision"), "\(csv.out)")
        #expect(csv.out.contains("I-0045"), "\(csv.out)")
        // As of 2026-10-15, I-0025 (85 days overdue, closed since) was 挂牌; the first half of June had no escalated issue:
        // the part is left out.
        let october = Self.run(["report", "half-month", "--period", "2026-10-1"], Repository.sample)
        #expect(october.out.contains("| 住建局建设科 | I-0025 | 容积率指标与企业工艺需求不符 | 2026-07-22 | 逾期 85 天（≥ 30 天） |"), "\(october.out)")
        let june = Self.run(["report", "half-month", "--period", "2026-06-1"], Repository.sample)
        #expect(june.code == 0 && !june.out.contains("督办"), "\(june)")
    }

    @Test("the brief of the holder lists the escalated issues, highest first, with their rule")
    func brief() {
        let result = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "jiajun", state: TempDirectory())
        let lines = BriefCommandTests.lines(result.out)
        let start = lines.firstIndex(of: "督办（3）")
        #expect(start != nil, "\(result.out)")
        if let start {
            #expect(lines[start + 1].hasPrefix("  I-0045  项目备案信息需变更") && lines[start + 1].hasSuffix("挂牌督办：逾期 34 天（≥ 30 天）"), "\(result.out)")
            #expect(lines[start + 3].hasPrefix("  I-0081"), "\(result.out)")
        }
        let json = BriefCommandTests.brief(["--format", "json"], login: "jiajun", state: TempDirectory())
        #expect(json.out.contains("\"escalated\": ["), "\(json.out)")
    }

    @Test("a store written before escalation settings existed loads with the defaults")
    func olderStore() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let path = data + "/board.json"
        let text = try #require(Files.text(path))
        let older = text.replacing(#/,\n *"(escalation[A-Za-z]+|deductionPerYellowCard|deductionPerRedCard|deductionPerListed)": \d+/#, with: "")
        #expect(older != text)
        Files.write(older, to: path)
        let issues = Self.run(["issues", "--overdue"], data)
        #expect(issues.code == 0, "\(issues)")
        #expect(issues.out.split(separator: "\n").contains { $0.contains("I-0045") && $0.contains("挂牌") }, "\(issues.out)")
    }
}
