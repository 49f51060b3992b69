import Testing

@testable import FrontlineCore

/// The month's 招商引资成绩 name their 后进 (issue 16, item 5; docs/domain-rules.md, "招商"): of the units with a plan that
/// fell short, the store's `laggingCount` lowest rates, lowest first, equal rates in the units' order; a unit that met its
/// plan, or has none, is never named.
struct AttractionLaggingTests {
    static func row(_ unit: String, plan: String, done: String) -> AttractionRow {
        AttractionRow(unit: unit, plan: Money(plan)!, done: Money(done)!, signed: 0, landed: 0, leads: [])
    }

    /// In the units' order: U-01 50%, U-02 0%, U-03 100% exactly, U-04 no plan (a lead of its own), U-05 50%, U-06 99.99%.
    static let results = AttractionResults(
        month: AttractionMonth(year: 2026, month: 10),
        rows: [
            row("U-01", plan: "1000", done: "500"), row("U-02", plan: "800", done: "0"), row("U-03", plan: "600", done: "600"),
            row("U-04", plan: "0", done: "300"), row("U-05", plan: "2000", done: "1000"), row("U-06", plan: "10000", done: "9999"),
        ])

    @Test("the lowest rates first, equal rates in the units' order, cut at the count; met plans and no plan never named")
    func lowestFirst() {
        #expect(Self.results.lagging(count: 3).map(\.unit) == ["U-02", "U-01", "U-05"])
        #expect(Self.results.lagging(count: 2).map(\.unit) == ["U-02", "U-01"], "U-01 and U-05 tie at 50%: U-01 comes first in the order")
        #expect(Self.results.lagging(count: 10).map(\.unit) == ["U-02", "U-01", "U-05", "U-06"], "100% (U-03) and no plan (U-04) are not lagging")
        #expect(Self.results.lagging(count: 0).isEmpty)
        let met = AttractionResults(month: Self.results.month, rows: [Self.row("U-03", plan: "600", done: "700")])
        #expect(met.lagging(count: 3).isEmpty)
    }

    @Test("the published text names them after the table, with the rule, in zh and en; none said when none fell short")
    func inTheDocument() throws {
        var board = Fixtures.zone
        board.settings.laggingCount = 2
        let rows = [
            Self.row("U-01", plan: "1000", done: "500"), Self.row("U-02", plan: "800", done: "0"), Self.row("U-03", plan: "600", done: "900"),
        ]
        let results = AttractionResults(month: Self.results.month, rows: rows)
        let zh = results.markdown(board: board, .zh)
        #expect(zh.contains("## 后进单位\n\n完成率低于 100% 的单位中完成率最低的 2 个（完成率相同的按单位排序）：高新街道（完成 0.0%）、经济发展局（完成 50.0%）\n"), "\(zh)")
        let table = try #require(zh.firstRange(of: "| 合计 |")), lagging = try #require(zh.firstRange(of: "## 后进单位"))
        #expect(table.lowerBound < lagging.lowerBound)
        #expect(
            results.markdown(board: board, .en).contains("The 2 lowest rates among the units short of their plan"),
            "\(results.markdown(board: board, .en))")
        let none = AttractionResults(month: Self.results.month, rows: [Self.row("U-03", plan: "600", done: "900")])
        #expect(none.markdown(board: board, .zh).contains("本月各单位均完成计划，无后进单位。"))
    }
}
