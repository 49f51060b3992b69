import FrontlineCore
import FrontlineTestSupport
import Testing

/// 催办 in the 半月报 (issue 13, item 2) on the sample: I-0046 urged on 11-20 and 11-26, I-0062 on 11-24, I-0055 on
/// 11-27, all in the period 2026-11-2.
struct UrgeReportTests {
    static func report(_ arguments: [String]) -> Outcome {
        cli(["report", "half-month", "--data", Repository.sample] + arguments, login: "fanlicheng")
    }

    @Test("the period's urged issues, with their counts and the count per unit")
    func markdown() {
        let result = Self.report(["--lang", "zh"])
        #expect(result.code == 0, "\(result)")
        #expect(
            result.out.contains(
                """
                ### 本期催办（4 次）

                | 单位 | 问题编号 | 问题 | 本期催办 | 累计催办 |
                |---|---|---|---:|---:|
                | 新城街道 | I-0046 | 施工临时用地补偿未谈妥 | 2 | 2 |
                | 新城街道 | I-0055 | 周边群众反映夜间施工噪声扰民 | 1 | 1 |
                | 城管中心 | I-0062 | 施工围挡占用人行道 | 1 | 1 |

                按单位：新城街道 3 次、城管中心 1 次

                ### 本期回访
                """), "\(result.out)")
    }

    @Test("as of an earlier day only the urges made by then; a period without urges has no such part")
    func asOfAndEmpty() {
        let earlier = Self.report(["--lang", "en", "--as-of", "2026-11-21"])
        #expect(earlier.out.contains("### Urged this period (1)"), "\(earlier.out)")
        #expect(earlier.out.contains("| 新城街道 | I-0046 | 施工临时用地补偿未谈妥 | 1 | 1 |"), "\(earlier.out)")
        let before = Self.report(["--lang", "zh", "--period", "2026-11-1"])
        #expect(before.code == 0 && !before.out.contains("本期催办"), "\(before.out)")
    }

    @Test("the CSV has the same table, counts as numbers")
    func csv() {
        let result = Self.report(["--lang", "zh", "--format", "csv"])
        #expect(result.out.contains("单位,问题编号,问题,本期催办（次）,累计催办（次）"), "\(result.out)")
        #expect(result.out.contains("新城街道,I-0046,施工临时用地补偿未谈妥,2,2"), "\(result.out)")
    }
}
