import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Project benefits (产值, 税收, 就业) through the command line, on a copy of the sample, whose seven producing projects
/// carry them: the detail, the 半月报's table, and the ranking's 效益 part once an administrator (范立成) weights it.
struct BenefitsCommandTests {
    @Test("show and the half-month report carry the figures; the ranking has no 效益 column until a weight is set")
    func figures() throws {
        let dir = TempDirectory()
        let data = dir.at("zone")
        try FileManager.default.copyItem(atPath: Repository.sample, toPath: data)
        let shown = cli(["show", "P-009", "--lang", "zh", "--data", data])
        #expect(shown.out.contains("项目效益"), "\(shown.out)")
        #expect(
            shown.out.contains("产值：计划 26000.00 万元，实际 14500.00 万元；税收：计划 1500.00 万元，实际 820.00 万元；就业：计划 420 人，"),
            "\(shown.out)")
        let report = cli(["report", "half-month", "--lang", "zh", "--data", data])
        #expect(report.out.contains("| 北海街道 | 26000.00 | 14500.00 | 1500.00 | 820.00 | 420 | 260 | 57.4% |"), "\(report.out)")
        #expect(!cli(["rank", "--lang", "zh", "--data", data]).out.contains("效益"))

        // A unit official may not weight the ranking; the administrator may.
        let refused = cli(["edit", "settings", "weightBenefits=5", "--data", data], login: "dongxiaoyu")
        #expect(refused.code != 0)
        let weighted = cli(["edit", "settings", "weightSchedule=35", "weightBenefits=5", "--data", data], login: "fanlicheng")
        #expect(weighted.code == 0, "\(weighted)")
        let rank = cli(["rank", "--lang", "zh", "--data", data])
        #expect(rank.out.split(separator: "\n").dropFirst().first?.contains("效益5") == true, "\(rank.out)")
        let explained = cli(["rank", "--explain", "北海街道", "--lang", "zh", "--data", data])
        #expect(explained.out.contains("项目效益（5 分）"), "\(explained.out)")
        #expect(explained.out.contains("P-009 新能源汽车电驱系统零部件项目：产值：计划 26000.00 万元，实际 14500.00 万元"), "\(explained.out)")
    }
}
