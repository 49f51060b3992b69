import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineDocuments

/// A ledger written as a workbook reads back as it was written, here and in another program (openpyxl): text as
/// text, figures as numbers, dates as dates, the header bold and frozen.
struct XLSXWriterTests {
    static let header = ["项目编号", "项目名称", "总投资", "计划开工", "备注"]
    static let rows: [[XLSXValue]] = [
        [.text("P-001"), .text("高创·柏年城"), .number("126000.00"), .date(Day(2024, 3, 1)!), .text("=SUM(A1) 不是公式 <&>")],
        [.text("P-002"), .text("万声健康工场浮空岛"), .number("32000.50"), .date(Day(1900, 1, 1)!), .text("")],
    ]

    func bytes() throws -> [UInt8] {
        try XLSXWriter.workbook(sheet: "项目台账/2026", header: Self.header, rows: Self.rows)
    }

    @Test func theWorkbookReadsBackAsWritten() throws {
        let sheet = try XLSXWorkbook(bytes: bytes()).sheet(named: nil)
        #expect(sheet.name == "项目台账2026", "a / is not allowed in a sheet's name")
        #expect(
            sheet.rows == [
                Self.header,
                ["P-001", "高创·柏年城", "126000", "2024-03-01", "=SUM(A1) 不是公式 <&>"],
                ["P-002", "万声健康工场浮空岛", "32000.5", "1900-01-01"],
            ])
    }

    @Test(.needs(.openpyxl)) func anotherProgramSeesTypedCellsAFrozenBoldHeaderAndWideColumns() throws {
        let dir = TempDirectory()
        let file = dir.at("ledger.xlsx")
        Files.write(try bytes(), to: file)
        let script = """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(ws.title, ws.freeze_panes, ws["A1"].font.b, ws["B1"].font.b)
            print(type(ws["C2"].value).__name__, ws["C2"].value, type(ws["D2"].value).__name__, ws["D2"].value.date(), ws["E2"].data_type, ws["E2"].value)
            print(ws.column_dimensions["B"].width >= 20, ws.column_dimensions["A"].width < ws.column_dimensions["B"].width)
            """
        let read = Binary.python(["-c", script, file])
        #expect(read.code == 0, "\(read)")
        #expect(
            read.out == """
                项目台账2026 A2 True True
                float 126000.0 datetime 2024-03-01 s =SUM(A1) 不是公式 <&>
                True True

                """)
    }

    @Test func serialNumbersCountExcelsLeapDay() {
        #expect(XLSXWriter.serial(of: Day(2026, 11, 27)!) == 46353)
        #expect(XLSXWriter.serial(of: Day(1900, 3, 1)!) == 61)
        #expect(XLSXWriter.serial(of: Day(1900, 1, 1)!) == 1)
    }
}
