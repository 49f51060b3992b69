import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline cadres` and the per-cadre parts of `brief`, `report half-month` and `rank --explain` on the bundled
/// sample (issue 13, item 5). The sample's day is Friday 2026-11-27: this week is 11-23…29, the last week over
/// 11-16…22, in which 夏天 (光电产业园) did not go to P-005 半导体封装测试基地项目 on site.
struct CadresCommandTests {
    static let sample = ["--data", Repository.sample]

    @Test("every cadre and project, with this week and the last week over; the sample has a cadre who missed last week")
    func listing() {
        let out = cli(["cadres", "--lang", "zh"] + Self.sample)
        #expect(out.code == 0, "\(out)")
        let lines = out.out.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("本周（2026-11-23～11-29）") == true && lines.first?.contains("上周（2026-11-16～11-22）") == true, "\(out.out)")
        #expect(lines.count == 8, "a header and 7 cadre lines: \(out.out)")
        #expect(lines.contains { $0.hasPrefix("夏天") && $0.contains("P-005") && $0.contains("已走访 11-23") && $0.contains("未走访") }, "\(out.out)")
        #expect(lines.contains { $0.hasPrefix("秦凯") && $0.contains("P-011") && $0.contains("待走访") && $0.contains("已走访 11-16") }, "\(out.out)")
    }

    @Test("--missed keeps the cadres who missed last week; --person and --unit narrow; json names the outcomes")
    func filters() throws {
        let missed = cli(["cadres", "--missed", "--format", "json"] + Self.sample)
        #expect(missed.code == 0, "\(missed)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(missed.out.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["cadre"] as? String == "M-041" && rows.first?["project"] as? String == "P-005")
        #expect((rows.first?["lastWeek"] as? [String: Any])?["outcome"] as? String == "missed")
        #expect((rows.first?["thisWeek"] as? [String: Any])?["visitedOn"] as? String == "2026-11-23")
        let qin = cli(["cadres", "--person", "qinkai"] + Self.sample)
        #expect(qin.code == 0 && qin.out.split(separator: "\n").count == 4, "\(qin)")
        let unit = cli(["cadres", "--unit", "光电产业园"] + Self.sample)
        #expect(unit.code == 0 && unit.out.split(separator: "\n").count == 4, "\(unit)")
        // As of the Sunday, the week of 11-23 is the last one over.
        let sunday = cli(["cadres", "--missed", "--as-of", "2026-11-29", "--lang", "en"] + Self.sample)
        #expect(sunday.out.contains("last week (2026-11-23～11-29)"), "\(sunday)")
    }

    @Test(
        "bad options are usage errors in both languages, and change nothing",
        arguments: [
            (["--weeks", "0"], "--weeks"), (["--weeks", "53"], "--weeks"), (["--person", "查无此人"], "--person"), (["--unit", "无此单位"], "--unit"),
        ])
    func badOptions(_ arguments: [String], option: String) {
        for lang in ["zh", "en"] {
            let out = cli(["cadres", "--lang", lang] + arguments + Self.sample)
            #expect(out.code == 64, "\(out)")
            #expect(out.err.contains(option) && out.out.isEmpty, "\(out)")
        }
    }

    @Test("brief: a cadre is told of a project not visited on site this week")
    func brief() throws {
        let state = TempDirectory()
        let zh = BriefCommandTests.brief(["--lang", "zh", "--all"], login: "qinkai", state: state)
        #expect(zh.code == 0, "\(zh)")
        #expect(zh.out.contains("本周我未走访（帮包干部）（1）"), "\(zh.out)")
        #expect(
            BriefCommandTests.lines(zh.out).contains { $0.hasPrefix("  P-011  智能装备产业园（一期）") && $0.hasSuffix("本周11-29前") },
            "\(zh.out)")
        let json = BriefCommandTests.brief(["--format", "json"], login: "qinkai", state: state)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let due = try #require(object["cadreVisits"] as? [[String: Any]])
        #expect(due.map { $0["id"] as? String } == ["P-011"])
        #expect(due.first?["week"] as? String == "2026-11-23" && due.first?["missedLastWeek"] as? Bool == false)
        // 贾俊 went to his project this week: nothing to tell.
        let jia = BriefCommandTests.brief(["--format", "json"], login: "jiajun", state: state)
        let jiaObject = try #require(try JSONSerialization.jsonObject(with: Data(jia.out.utf8)) as? [String: Any])
        #expect((jiaObject["cadreVisits"] as? [Any])?.isEmpty == true)
    }

    @Test("the half-month report names the miss, and rank --explain says why the project does not count")
    func reportAndRank() {
        let report = cli(["report", "half-month", "--lang", "zh"] + Self.sample)
        #expect(report.code == 0)
        #expect(report.out.contains("### 帮包干部每周走访（未走访 1 人次）"), "\(report.out)")
        #expect(report.out.contains("| 夏天 | 光电产业园 | P-005 | 半导体封装测试基地项目 | 2026-11-16～11-22 |"), "\(report.out)")
        let rank = cli(["rank", "--explain", "光电产业园", "--lang", "zh"] + Self.sample)
        #expect(rank.code == 0, "\(rank)")
        #expect(rank.out.contains("P-005 半导体封装测试基地项目：最近现场走访 2026-11-26；帮包干部夏天在2026-11-16～11-22未现场走访 → 未达标"), "\(rank.out)")
        #expect(rank.out.contains("其中 1 个项目因帮包干部上周未现场走访不计"), "\(rank.out)")
    }

    @Test("export and import carry the cadres column by name")
    func ledger() throws {
        let out = cli(["export", "--kind", "projects"] + Self.sample)
        #expect(out.code == 0)
        #expect(out.out.contains("帮包单位,帮包干部,备注,计划产值,"))
        #expect(out.out.contains(",邱敏、夏天,"), "P-005's cadres by name")
    }
}
