import Testing

@testable import FrontlineCore

/// The text of ledger cells: the dates and amounts Excel writes, headers, formula guards, visible escapes.
struct LedgerCellTests {
    @Test(arguments: [
        ("2026-11-27", "2026-11-27"), ("2026/11/27", "2026-11-27"), ("2026.11.27", "2026-11-27"),
        ("2026/1/5", "2026-01-05"), ("2026-1-5", "2026-01-05"), ("2026年1月5日", "2026-01-05"),
        ("20261127", "2026-11-27"), (" 2026/11/27 ", "2026-11-27"), ("2024/2/29", "2024-02-29"),
    ])
    func acceptsTheDatesExcelWrites(_ text: String, _ iso: String) {
        #expect(LedgerCell.day(text)?.iso == iso)
    }

    @Test(arguments: [
        "2026/11-27", "2026/13/01", "2025/2/29", "26/11/27", "11/27/2026", "2026/11", "2026-11-27x",
        "明天", "", "2026年1月5", "2026//5",
    ])
    func refusesOtherDates(_ text: String) {
        #expect(LedgerCell.day(text) == nil)
    }

    @Test(arguments: [("1234.50", "1234.50"), ("1,234.5", "1234.50"), ("0", "0.00"), ("-3", "-3.00"), (" 12.3 ", "12.30")])
    func money(_ text: String, _ stored: String) {
        #expect(LedgerCell.money(text)?.text == stored)
    }

    @Test(arguments: ["1.234", "12,34", "万", "1e3", ""])
    func notMoney(_ text: String) {
        #expect(LedgerCell.money(text) == nil)
    }

    @Test(arguments: [("80", 80), ("80%", 80), ("0", 0), ("100", 100), (" 5 ％", 5)])
    func percent(_ text: String, _ value: Int) {
        #expect(LedgerCell.percent(text) == value)
    }

    @Test(arguments: ["101", "-1", "50.5", "八十"])
    func notPercent(_ text: String) {
        #expect(LedgerCell.percent(text) == nil)
    }

    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+86 138", "'+86 138"), ("-5", "'-5"), ("@cmd", "'@cmd"),
        ("'=1", "''=1"), ("''+1", "'''+1"), ("正常", "正常"), ("'正常", "'正常"), ("a=b", "a=b"), ("", ""), ("'", "'"),
    ])
    func formulaGuardRoundTrips(_ text: String, _ guarded: String) {
        #expect(LedgerCell.guarded(text) == guarded)
        #expect(LedgerCell.unguarded(guarded) == text)
    }

    @Test("control, bidi and zero-width characters become visible; line breaks and tabs stay")
    func visible() {
        #expect(LedgerCell.visible("第一行\n第二行\r\n\t缩进") == "第一行\n第二行\r\n\t缩进")
        #expect(LedgerCell.visible("a\u{1B}[31mb") == "a^[[31mb")
        #expect(LedgerCell.visible("x\u{202E}y\u{200B}z\u{85}") == "x<U+202E>y<U+200B>z<U+0085>")
        #expect(LedgerCell.visible("👍\u{FE0F}🇨🇳") == "👍\u{FE0F}🇨🇳", "only what could hide or move text is escaped")
        let columns = LedgerKind.projects.columns
        #expect(LedgerCell.exported("=\u{7}", columns.first { $0.key == "name" }!) == "'=^G")
        #expect(LedgerCell.exported("-5.00", columns.first { $0.key == "total" }!) == "-5.00", "amounts are not guarded")
    }

    @Test(arguments: [
        ("项目名称", "name"), ("name", "name"), ("NAME", "name"), (" 项目名称 ", "name"), ("总投资（万元）", "total"),
        ("总投资(万元)", "total"), ("项目名称*", "name"), ("\u{FEFF}项目编号", "code"), ("编号", "code"), ("所属街道", "area"),
    ])
    func projectHeaders(_ header: String, _ key: String) {
        #expect(LedgerKind.projects.columns.first { $0.matches(header: header) }?.key == key)
    }

    @Test(arguments: ["序号", "项目", "名称（", "（万元）"])
    func headersOfNoColumn(_ header: String) {
        #expect(LedgerKind.projects.columns.first { $0.matches(header: header) } == nil)
    }

    @Test("every ledger's headers and keys are distinct, and every field exists on its record")
    func definitions() {
        for kind in LedgerKind.allCases {
            let columns = kind.columns
            #expect(Set(columns.map(\.zh)).count == columns.count, "\(kind)")
            #expect(Set(columns.map(\.key)).count == columns.count, "\(kind)")
            #expect(columns.first?.input == nil, "\(kind) leads with its id")
            let blank = Planner.blank(kind.recordKind, id: "X")
            for column in columns.dropFirst() {
                #expect(blank.value(of: column.field) != nil, "\(kind).\(column.field)")
            }
        }
    }
}
