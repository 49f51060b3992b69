import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// 招商 on the command line (issue 16, item 2), on a copy of the sample (2026-11-27): SQ-01, the 新能源和智能制造产业招商小分队
/// of 投促局 led by 韩立群 (hanliqun) with 姜海涛, 袁博 (yuanbo), 邓雨辰 (dengyuchen) and 邱敏, has a lead at each stage:
/// ZS-001 落地 as P-012, ZS-007 签约, ZS-009 洽谈, ZS-011 线索; the units' own leads were signed in October, whose results
/// the 绩考办 published on 11-06. 范立成 (fanlicheng) is an administrator, 贾俊 (jiajun) of 经发局 a unit official.
struct AttractionCommandTests {
    static func run(_ arguments: [String], _ data: String, login: String = "fanlicheng", lang: String = "zh") -> Outcome {
        cli(arguments + ["--data", data, "--lang", lang], login: login)
    }

    @Test("squad list and lead list: the squad with a lead at each stage; filters; json")
    func lists() throws {
        let data = Repository.sample
        let squads = Self.run(["squad", "list"], data)
        #expect(squads.code == 0, "\(squads)")
        let line = try #require(squads.out.split(separator: "\n").first { $0.hasPrefix("SQ-01") })
        #expect(line.contains("新能源和智能制造产业招商小分队") && line.contains("投促局") && line.contains("韩立群") && line.contains("袁博"), "\(line)")
        #expect(line.split(separator: " ").suffix(4) == ["1", "1", "1", "1"], "a lead at each stage: \(line)")
        let leads = Self.run(["lead", "list", "--squad", "SQ-01", "--format", "json"], data)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(leads.out.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["ZS-001", "ZS-007", "ZS-009", "ZS-011"])
        #expect(rows.map { $0["stage"] as? String } == ["落地", "签约", "洽谈", "线索"])
        #expect(rows[0]["project"] as? String == "P-012" && rows[1]["jobs"] as? Int == 520)
        let signed = Self.run(["lead", "list", "--stage", "signed"], data)
        #expect(signed.out.split(separator: "\n").count == 1 + 7, "the header and seven leads signed: \(signed.out)")
        let english = Self.run(["lead", "list", "--unit", "北海街道"], data, lang: "en")
        #expect(english.out.contains("ZS-010") && english.out.contains("talks"), "\(english.out)")
    }

    @Test("lead show and show ZS-001: its squad, the dates of its stages and the project it became")
    func show() {
        let shown = Self.run(["lead", "show", "ZS-001"], Repository.sample)
        #expect(shown.code == 0, "\(shown)")
        #expect(shown.out.hasPrefix("ZS-001 精密减速器项目 · 落地\n"), "\(shown.out)")
        #expect(shown.out.contains("线索 2025-09-10 · 洽谈 2025-10-22 · 签约 2025-12-16 · 落地 2026-10-20"), "\(shown.out)")
        #expect(shown.out.contains("落地项目：P-012 精密减速器项目") && shown.out.contains("预计年产值：38000.00"), "\(shown.out)")
        #expect(Self.run(["show", "ZS-001"], Repository.sample).out == shown.out)
    }

    @Test("report attraction: October as published (frozen), November live; publishing a month that has not ended is refused")
    func report() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let october = Self.run(["report", "attraction"], data)
        #expect(october.code == 0, "\(october)")
        #expect(october.out.hasPrefix("# 潍坊高新区招商引资成绩（2026年10月）"), "\(october.out)")
        #expect(october.out.contains("| 北海街道 | 6666.67 | 0.00 | 0.0% | 0 | 0 |"), "\(october.out)")
        #expect(october.out.contains("| 投促局 | 25000.00 | 32000.00 | 128.0% | 1 | 1 |"), "\(october.out)")
        let csv = Self.run(["report", "attraction", "--month", "2026-10", "--format", "csv"], data)
        #expect(csv.out.contains("U-07,北海街道,6666.67,0.00,0.0%,0,0"), "\(csv.out)")
        let before = Files.snapshot(data)
        let again = Self.run(["report", "attraction", "--month", "2026-10", "--publish"], data)
        #expect(again.code == 1 && again.err.contains("已于 2026-11-06 发布，发布后不再改动"), "\(again)")
        let early = Self.run(["report", "attraction", "--month", "2026-11", "--publish"], data, lang: "en")
        #expect(early.code == 64 && early.err.contains("2026-11 has not ended (it runs to 2026-11-30)"), "\(early)")
        #expect(Files.same(before, Files.snapshot(data)), "refusals change nothing")
        // Withdrawn, the month is live again and can be published once more, by the 绩考办 only.
        let withdrawn = Self.run(["report", "withdraw", "--month", "2026-10", "--reason", "补录北海街道签约项目"], data)
        #expect(withdrawn.code == 0 && withdrawn.out.contains("撤回已发布的招商引资成绩 2026-10"), "\(withdrawn)")
        #expect(Self.run(["report", "attraction", "--month", "2026-10", "--publish"], data, login: "hanliqun").code == 77)
        let published = Self.run(["report", "attraction", "--month", "2026-10", "--publish"], data)
        #expect(published.code == 0 && published.out.contains("日志链头"), "\(published)")
        #expect(Self.run(["log", "--verify"], data).code == 0)
    }

    @Test("report attraction names the month's 后进 after the table: the three lowest rates short of plan, frozen with October")
    func lagging() {
        let october = Self.run(["report", "attraction", "--month", "2026-10"], Repository.sample)
        #expect(
            october.out.contains("## 后进单位\n\n完成率低于 100% 的单位中完成率最低的 3 个（完成率相同的按单位排序）：北海街道（完成 0.0%）、新城街道（完成 76.0%）、光电产业园（完成 91.2%）\n"),
            "\(october.out)")
        // November is live: nothing signed yet, so every unit with a plan is short and the three lowest are named.
        let november = Self.run(["report", "attraction", "--month", "2026-11", "--as-of", "2026-12-01"], Repository.sample, lang: "en")
        #expect(november.out.contains("## Lagging units\n\nThe 3 lowest rates among the units short of their plan"), "\(november.out)")
    }

    @Test("rank --explain shows the published months behind the attraction part")
    func rankExplain() {
        let explained = Self.run(["rank", "--explain", "北海街道"], Repository.sample)
        #expect(explained.out.contains("招商引资（10 分）：0.00"), "\(explained.out)")
        #expect(explained.out.contains("2026年10月：计划 6666.67 万元，完成 0.00 万元（签约 0 个，落地 0 个）"), "\(explained.out)")
        let english = Self.run(["rank", "--explain", "U-04"], Repository.sample, lang: "en")
        #expect(english.out.contains("published months 2026-10: plan 25000.00"), "\(english.out)")
    }

    @Test("a member records a lead and moves it; the unit signs; the 绩考办 lands it as a new key project; check and the chain hold")
    func lifecycle() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let new = Self.run(
            [
                "lead", "new", "--squad", "SQ-01", "--name", "固态电池电解质材料项目", "--investor", "苏州某新材料有限公司",
                "--region", "长三角", "--industry", "新能源电池材料", "--investment", "28000", "--output", "56000",
                "--tax", "2100", "--jobs", "230",
            ], data, login: "dengyuchen")
        #expect(new.code == 0 && new.out.hasPrefix("已保存 #1：ZS-012 招商线索：固态电池电解质材料项目"), "\(new)")
        #expect(Self.run(["lead", "move", "ZS-012", "洽谈"], data, login: "yuanbo").code == 0)
        let outsider = Self.run(["lead", "move", "ZS-012", "签约"], data, login: "jiajun")
        #expect(outsider.code == 77, "贾俊 is neither of the squad nor of 投促局: \(outsider)")
        #expect(Self.run(["lead", "move", "ZS-012", "签约"], data, login: "hanliqun").code == 0)
        #expect(Self.run(["lead", "land", "ZS-012"], data, login: "yuanbo").code == 77, "落地 adds a key project: the 绩考办's")
        let land = Self.run(["lead", "land", "ZS-012"], data)
        #expect(land.code == 0 && land.out.hasPrefix("已保存 #4：ZS-012 落地 → P-031"), "\(land)")
        let project = Self.run(["show", "P-031"], data)
        #expect(project.out.contains("固态电池电解质材料项目") && project.out.contains("韩立群"), "\(project.out)")
        #expect(Self.run(["check"], data).code == 0)
        #expect(Self.run(["log", "--verify"], data).code == 0)
        // undo takes back the 落地 and the project it added together.
        let undo = Self.run(["undo"], data)
        #expect(undo.code == 0 && Self.run(["show", "P-031"], data).code != 0, "\(undo)")
        #expect(Self.run(["lead", "show", "ZS-012"], data).out.hasPrefix("ZS-012 固态电池电解质材料项目 · 签约\n"))
    }

    @Test("the leads ledger: exported, a stage changed by hand is refused with its cell in zh and en and nothing written; a new squad imported")
    func ledgers() throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let file = dir.at("leads.csv")
        #expect(Self.run(["export", "--kind", "leads", "--output", file], data).code == 0)
        let exported = try String(contentsOfFile: file, encoding: .utf8)
        #expect(exported.contains("线索编号,项目名称,投资方,责任单位,小分队,阶段"), "\(exported.prefix(200))")
        let row = try #require(exported.split(separator: "\r\n").first { $0.hasPrefix("ZS-011,") })
        let edited = exported.replacingOccurrences(of: row, with: row.replacingOccurrences(of: ",线索,", with: ",签约,"))
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let before = Files.snapshot(data)
        let zh = Self.run(["import", file, "--kind", "leads"], data)
        #expect(zh.code == 65 && zh.err.contains("阶段及其日期只能通过 frontline lead move/land 变更"), "\(zh)")
        let en = Self.run(["import", file, "--kind", "leads"], data, lang: "en")
        #expect(en.code == 65 && en.err.contains("the stage and its dates change only by frontline lead move/land"), "\(en)")
        #expect(Files.same(before, Files.snapshot(data)))
        let squads = dir.at("squads.csv")
        try "小分队名称,牵头单位,带队领导,成员,招商方向\n生物医药产业招商小分队,生物医药园,郑海燕,雷鸣,长三角 生物医药\n".write(toFile: squads, atomically: true, encoding: .utf8)
        let imported = Self.run(["import", squads, "--kind", "squads"], data)
        #expect(imported.code == 0, "\(imported)")
        #expect(Self.run(["squad", "list"], data).out.contains("SQ-02  生物医药产业招商小分队"))
    }

    struct BadInput: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let code: Int32
        let zh: String
        let en: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let bad: [BadInput] = [
        BadInput(
            arguments: ["lead", "move", "ZS-011", "签约"], code: 64,
            zh: "ZS-011 现为“线索”，下一阶段是“洽谈”，不能直接到“签约”", en: "ZS-011 is at lead: the next stage is talks, not signed"),
        BadInput(arguments: ["lead", "move", "ZS-009", "线索"], code: 64, zh: "不能退回或停留在“线索”", en: "cannot go back to or stay at lead"),
        BadInput(
            arguments: ["lead", "move", "ZS-007", "落地"], code: 64, zh: "落地请用 frontline lead land", en: "to land a lead use frontline lead land"),
        BadInput(arguments: ["lead", "move", "ZS-011", "立项"], code: 64, zh: "STAGE：“立项”无效", en: "STAGE: '立项' is not one of"),
        BadInput(arguments: ["lead", "land", "ZS-001"], code: 64, zh: "ZS-001 已落地为 P-012", en: "ZS-001 has landed as P-012"),
        BadInput(
            arguments: ["lead", "land", "ZS-007", "--project", "P-012"], code: 64, zh: "P-012 已是线索 ZS-001 落地的项目",
            en: "P-012 is already the project lead ZS-001 landed as"),
        BadInput(arguments: ["lead", "move", "ZS-404", "洽谈"], code: 64, zh: "ID：找不到招商线索“ZS-404”", en: "ID: no lead 'ZS-404'"),
        BadInput(arguments: ["lead", "new", "--name", "项目"], code: 64, zh: "须给出 --squad 或 --unit", en: "give --squad or --unit"),
        BadInput(
            arguments: ["lead", "new", "--name", "项目", "--squad", "SQ-01", "--investment", "很多"], code: 64, zh: "--investment", en: "--investment"),
        BadInput(arguments: ["lead", "new", "--name", "项目", "--unit", "U-03", "--jobs", "-5"], code: 64, zh: "--jobs", en: "--jobs"),
        BadInput(
            arguments: ["squad", "new", "--name", "小分队", "--unit", "U-04", "--leader", "袁博"], code: 64,
            zh: "小分队须由班子成员带队：袁博（M-021）不是领导", en: "a squad is led by a 班子成员: 袁博 (M-021) is not a leader"),
        BadInput(arguments: ["report", "attraction", "--month", "2026-13"], code: 64, zh: "--month：应为 YYYY-MM", en: "--month: expected YYYY-MM"),
        BadInput(
            arguments: ["report", "attraction", "--month", "2026-11", "--publish"], code: 64,
            zh: "2026-11 尚未结束（截至 2026-11-30），月末之后才能发布招商引资成绩", en: "2026-11 has not ended"),
        BadInput(arguments: ["report", "withdraw", "--month", "2026-09", "--reason", "错"], code: 64, zh: "2026-09", en: "2026-09"),
    ]

    @Test("bad input gets a clear error in Chinese and English and changes nothing", arguments: bad)
    func badInput(_ input: BadInput) throws {
        let dir = TempDirectory()
        let data = try UrgeCommandTests.sampleCopy(dir)
        let before = Files.snapshot(data)
        let zh = Self.run(input.arguments, data)
        #expect(zh.code == input.code && zh.err.contains(input.zh), "\(zh)")
        let en = Self.run(input.arguments, data, lang: "en")
        #expect(en.code == input.code && en.err.contains(input.en), "\(en)")
        #expect(Files.same(before, Files.snapshot(data)))
    }
}
