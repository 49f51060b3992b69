import Testing

@testable import FrontlineCore

/// The spot for a footer under a 半月报 (the journal's chain head of a published report goes there).
struct ReportFooterTests {
    @Test func noFooterByDefaultAndFooterLinesBelowARule() {
        var report = HalfMonthReport(period: Period(text: "2026-11-2")!, today: d("2026-11-27"), index: BoardIndex(Fixtures.zone))
        #expect(!report.markdown(.zh).contains("---\n\n"))
        report.footer = ["日志链头 41:abcd"]
        #expect(report.markdown(.zh).hasSuffix("\n---\n\n日志链头 41:abcd\n"))
        #expect(report.csv(.zh).contains("\r\n日志链头 41:abcd,"))
    }
}
