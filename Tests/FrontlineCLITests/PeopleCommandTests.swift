import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineTestSupport
import Testing

/// `frontline people` (issue 16, item 4) on the sample, as of its day 2026-11-27: 董晓宇 (新城街道) visited, resolved an
/// issue, covered for 罗家明 as B for five days and answered 领导批示 B-002.
struct PeopleCommandTests {
    static let sample = ["--data", Repository.sample, "--as-of", "2026-11-27"]

    @Test("the contribution list names each person's figures; --explain lists the records behind them")
    func contribution() throws {
        let json = cli(["people", "--contribution", "--format", "json"] + Self.sample)
        #expect(json.code == 0, "\(json)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]])
        let dong = try #require(rows.first { $0["name"] as? String == "董晓宇" })
        #expect(
            dong["visits"] as? Int == 11 && dong["resolved"] as? Int == 1 && dong["coveringDays"] as? Int == 5
                && dong["actedAsB"] as? Int == 2 && dong["instructionsAnswered"] as? Int == 1, "\(dong)")
        let explained = cli(["people", "--explain", "dongxiaoyu", "--lang", "zh"] + Self.sample)
        #expect(explained.code == 0)
        #expect(explained.out.hasPrefix("董晓宇 的工作实绩（2026-01-01 至 2026-11-27）\n"), "\(explained.out)")
        #expect(explained.out.contains("B角代岗 5 天\n  2026-11-23  新城街道 项目服务 ×5  罗家明 2026-11-23～2026-11-27\n"), "\(explained.out)")
        #expect(explained.out.contains("  2026-11-24  B-002  夜间施工噪声投诉反复出现"), "\(explained.out)")
        // 招商: 袁博 is in the 小分队 SQ-01, whose ZS-001 landed and ZS-007 was signed in October.
        let yuan = cli(["people", "--explain", "袁博", "--lang", "zh"] + Self.sample)
        #expect(yuan.out.contains("招商签约/落地 2 项\n  2026-10-20  ZS-001  落地 精密减速器项目\n  2026-10-28  ZS-007  签约 "), "\(yuan.out)")
        // A narrower period counts less: the covering began on 11-23.
        let before = cli(["people", "--explain", "董晓宇", "--to", "2026-11-22", "--lang", "en"] + Self.sample)
        #expect(before.out.contains("Days covering as B: 0\n"), "\(before.out)")
    }

    @Test("a period that ends before it starts, an unknown person or a bad date: a clear error, in either language")
    func badInput() {
        let reversed = cli(["people", "--contribution", "--from", "2026-11-20", "--to", "2026-11-01"] + Self.sample)
        #expect(reversed.code == 64 && reversed.err.contains("--from 2026-11-20 is after --to 2026-11-01"), "\(reversed)")
        let zh = cli(["people", "--contribution", "--from", "2026-11-20", "--to", "2026-11-01", "--lang", "zh"] + Self.sample)
        #expect(zh.err.contains("--from 2026-11-20 晚于 --to 2026-11-01"), "\(zh)")
        let nobody = cli(["people", "--explain", "查无此人"] + Self.sample)
        #expect(nobody.code != 0 && nobody.err.contains("查无此人"), "\(nobody)")
        let badDay = cli(["people", "--contribution", "--from", "2026-13-01"] + Self.sample)
        #expect(badDay.code == 64 && badDay.err.contains("--from"), "\(badDay)")
    }

    @Test("without --contribution: the people, narrowed by unit")
    func listing() {
        let out = cli(["people", "--unit", "新城街道", "--format", "csv"] + Self.sample)
        #expect(out.code == 0)
        #expect(out.out.contains("M-027,董晓宇,新城街道"), "\(out.out)")
        #expect(!out.out.contains("光电产业园"))
    }
}
