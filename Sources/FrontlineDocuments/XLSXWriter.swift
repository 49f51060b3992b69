import Foundation
import FrontlineCore
import ZIPFoundation

/// A value of a workbook cell as it should be typed in Excel.
public enum XLSXValue: Equatable, Sendable {
    case text(String)
    /// A number, written as its decimal text (`36852.60`): Excel sums and sorts it.
    case number(String)
    /// A date: stored as Excel's serial number in a `yyyy-mm-dd` format, so Excel sorts and filters it as a date.
    case date(Day)
}

/// Writes a one-sheet workbook (.xlsx) of a ledger: the header row in bold and frozen, text as text (never read as a
/// formula), figures as numbers, dates as dates, and columns wide enough for their Chinese text.
public enum XLSXWriter {
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    public static func workbook(sheet: String, header: [String], rows: [[XLSXValue]]) throws -> [UInt8] {
        let declaration = WordDocument.declaration
        let parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>"
            ),
            (
                "_rels/.rels",
                declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                declaration + "<workbook xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationships)\"><sheets>"
                    + "<sheet name=\"\(xmlEscaped(sheetName(sheet)))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/></Relationships>"
            ),
            ("xl/styles.xml", styles),
            ("xl/worksheets/sheet1.xml", worksheet(header: header, rows: rows)),
        ]
        let archive = try Archive(accessMode: .create)
        let fixedTime = Date(timeIntervalSince1970: 1_577_836_800)
        for (name, xml) in parts {
            let data = Data(xml.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedTime,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return Array(archive.data ?? Data())
    }

    /// Excel's rules for a sheet's name: at most 31 characters, none of `[]:*?/\`.
    static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    /// Style 1: the bold header; 2: a date; 3: a figure with two decimals kept as typed.
    static let styles =
        WordDocument.declaration + "<styleSheet xmlns=\"\(spreadsheetNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"等线\"/></font><font><b/><sz val=\"11\"/><name val=\"等线\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    static func worksheet(header: [String], rows: [[XLSXValue]]) -> String {
        let all = [header.map(XLSXValue.text)] + rows
        let columns = all.map(\.count).max() ?? 0
        let widths = (0..<columns).map { index in
            all.compactMap { index < $0.count ? width(of: $0[index]) : nil }.max() ?? 0
        }
        let cols = widths.enumerated().map { index, chars in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(min(max(chars, 6), 60) + 2)\" customWidth=\"1\"/>"
        }.joined()
        var data = ""
        for (r, row) in all.enumerated() {
            data += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                let reference = XLSXCell(row: r + 1, column: c).reference
                switch value {
                case .text(let text) where text.isEmpty: continue
                case .text(let text):
                    data +=
                        "<c r=\"\(reference)\" t=\"inlineStr\"\(r == 0 ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(xmlEscaped(text))</t></is></c>"
                case .number(let text):
                    data += "<c r=\"\(reference)\" s=\"3\"><v>\(xmlEscaped(text))</v></c>"
                case .date(let day):
                    data += "<c r=\"\(reference)\" s=\"2\"><v>\(serial(of: day))</v></c>"
                }
            }
            data += "</row>"
        }
        return WordDocument.declaration + "<worksheet xmlns=\"\(spreadsheetNamespace)\" xmlns:r=\"\(relationships)\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            + "<cols>\(cols)</cols><sheetData>\(data)</sheetData></worksheet>"
    }

    /// Excel's serial number of a day: 1970-01-01 is 25569; before 1900-03-01 one less, as Excel counts a
    /// 1900-02-29 that never was.
    static func serial(of day: Day) -> Int {
        let serial = day.ordinal + 25_569
        return serial < 61 ? serial - 1 : serial
    }

    /// How many columns of Excel's default width a value takes: Chinese characters count two.
    static func width(of value: XLSXValue) -> Int {
        switch value {
        case .text(let text): text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        case .number(let text): text.count
        case .date: 10
        }
    }
}
