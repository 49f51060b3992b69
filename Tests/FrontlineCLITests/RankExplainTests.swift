import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// `frontline rank --explain UNIT`: every part of a unit's score with the records behind it, agreeing
/// with the ranking it explains.
struct RankExplainTests {
    @Test(arguments: ["经发局", "城管中心", "U-09"])
    func theExplanationAddsUpToTheRanking(_ unit: String) throws {
        let explain = Binary.run(["rank", "--explain", unit, "--period", "2026-11-1", "--lang", "zh", "--data", Repository.sample])
        #expect(explain.code == 0, "\(explain)")
        let rank = Binary.run(["rank", "--period", "2026-11-1", "--format", "json", "--data", Repository.sample])
        guard case .array(let rows) = try JSONValue.parse(Array(rank.out.utf8)) else { Issue.record("no ranking"); return }
        let board = try FileStore(directory: Repository.sample).board
        let id = BoardIndex(board).resolve(.unit, unit)!
        let name = board.units[id: id]!.displayName
        let row = try #require(rows.first { $0["unit"]?.stringValue == name })
        let text = explain.out
        #expect(text.hasPrefix("\(name) 得分说明（截至 2026-11-15）\n"))
        for (key, title) in [("schedule", "序时进度"), ("start", "开工率"), ("issues", "问题按时办结"), ("visits", "现场走访"), ("attraction", "招商引资")] {
            let points = try #require(row[key]?.numberText)
            #expect(text.contains("\n\(title)（") && text.contains("分）：\(points)\n"), "\(title) \(points)")
        }
        let total = try #require(row["total"]?.numberText)
        #expect(text.contains("= \(total)（各项先四舍五入再相加）"))
        // The issues part lists exactly the issues it counts, each with its verdict.
        let issues = text.split(separator: "\n").drop { !$0.hasPrefix("问题按时办结") }.dropFirst(2).prefix { $0.hasPrefix("    ") }
        let counted = text.split(separator: "\n").first { $0.contains("已销号 ") && $0.contains(" 个，其中") }.map(String.init) ?? ""
        #expect(counted.contains("已销号 \(issues.count) 个"), "\(counted)")
        #expect(counted.contains("的 \(issues.filter { $0.hasSuffix("→ 按时") }.count) 个"))
        #expect(issues.allSatisfy { $0.contains("销号 2026-") })
    }

    @Test func anUnknownUnitIsAUsageError() {
        let result = Binary.run(["rank", "--explain", "不存在的单位", "--data", Repository.sample])
        #expect(result.code == 64 && result.err.contains("--explain"))
    }
}

extension JSONValue {
    /// The digits of a number value (`13.33`).
    var numberText: String? { if case .number(let text) = self { text } else { nil } }
}
