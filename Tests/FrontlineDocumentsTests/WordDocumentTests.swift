import Foundation
import Testing

@testable import FrontlineDocuments

/// A report's Markdown as a Word document: read back as a reader would, not only unzipped.
struct WordDocumentTests {
    static let report = """
        # 潍坊高新区重点项目建设进展情况（2026年11月下半月）

        截至 2026-11-27

        ## 一、总体情况

        纳入监测的重点项目 30 个。

        ## 二、红黄灯项目及滞后单位

        ### 红灯项目（1）

        | 项目 | 帮包单位 | 帮包领导 | 原因 |
        |---|---|---|---|
        | P-001 万声健康工场浮空岛 | 经发局 | 王刚 | 落后序时 31.0% \\| 另有 <问题> & "说明" |

        ### 黄灯项目（0）

        无。

        ## 三、问题办理

        | 单位 | 本期新增 | 按时办结率 |
        |---|---:|---:|
        | 经发局 | 3 | 66.7% |

        ## 四、下步工作

        - P-001 万声健康工场浮空岛：协调\u{7}用地

        ---

        日志链头 12:abc（核验：frontline log --verify --anchor 12:abc）

        """

    func read(_ markdown: String = WordDocumentTests.report, chinese: Bool = true) throws -> DocxReader {
        try DocxReader(DocxArchive.bytes(of: WordDocument(markdown: markdown, chinese: chinese)))
    }

    @Test func theReportReadsBackWithItsStructureAndText() throws {
        let docx = try read()
        #expect(docx.wellFormed().isEmpty)
        #expect(
            Set(docx.parts.keys) == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
                "word/_rels/document.xml.rels", "word/styles.xml", "word/fontTable.xml", "word/footer1.xml",
            ])
        #expect(docx.texts(style: "Title") == ["潍坊高新区重点项目建设进展情况（2026年11月下半月）"])
        #expect(docx.texts(style: "Heading1") == ["一、总体情况", "二、红黄灯项目及滞后单位", "三、问题办理", "四、下步工作"])
        #expect(docx.texts(style: "Heading2") == ["（一）红灯项目（1）", "（二）黄灯项目（0）"], "（一） numbered within each heading")
        #expect(
            docx.texts(style: "BodyText").filter { !$0.isEmpty }
                == ["截至 2026-11-27", "纳入监测的重点项目 30 个。", "无。", "P-001 万声健康工场浮空岛：协调用地"],
            "a control character is left out")
        #expect(docx.texts(style: "TableHeader") == ["项目", "帮包单位", "帮包领导", "原因", "单位", "本期新增", "按时办结率"])
        let cells = docx.paragraphs.filter { $0.style == "TableText" }
        #expect(cells.map(\.text) == ["P-001 万声健康工场浮空岛", "经发局", "王刚", "落后序时 31.0% | 另有 <问题> & \"说明\"", "经发局", "3", "66.7%"])
        #expect(cells.map(\.alignment) == [nil, nil, nil, nil, nil, "right", "right"], "figures right-aligned")
        #expect(docx.texts(style: "DocumentFooter") == ["日志链头 12:abc（核验：frontline log --verify --anchor 12:abc）"])
        #expect(docx.parts["docProps/core.xml"]?.contains("<dc:title>潍坊高新区重点项目建设进展情况（2026年11月下半月）</dc:title>") == true)
    }

    /// A4 with the margins of GB/T 9704, the header row repeated on each page, a page number field at the foot,
    /// and every font named with what to use where it is missing.
    @Test func theLayoutIsAnOfficialDocuments() throws {
        let docx = try read()
        let document = try #require(docx.parts["word/document.xml"])
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(document.components(separatedBy: "<w:tblHeader/>").count - 1 == 2)
        #expect(docx.parts["word/footer1.xml"]?.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") == true)
        let fonts = try #require(docx.parts["word/fontTable.xml"])
        for (font, alternative) in [
            ("仿宋_GB2312", "仿宋"), ("方正小标宋简体", "宋体"), ("黑体", "SimHei"), ("楷体_GB2312", "楷体"), ("Times New Roman", "Liberation Serif"),
        ] {
            #expect(fonts.contains("<w:font w:name=\"\(font)\"><w:altName w:val=\"\(alternative)\"/>"), "\(font)")
        }
        let styles = try #require(docx.parts["word/styles.xml"])
        #expect(
            styles.contains(
                "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:outlineLvl w:val=\"0\"/><w:keepNext/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"黑体\""
            ))
        #expect(styles.contains("w:eastAsia=\"楷体_GB2312\""))
    }

    @Test func anEnglishReportKeepsItsHeadingsAndUsesLatinFonts() throws {
        let docx = try read("# Key projects\n\n## 1. Overview\n\n### Red projects (0)\n\nNone.\n", chinese: false)
        #expect(docx.texts(style: "Heading2") == ["Red projects (0)"], "no Chinese numbering")
        #expect(docx.parts["word/fontTable.xml"]?.contains("仿宋") == false)
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let document = WordDocument(markdown: WordDocumentTests.report, chinese: true)
        #expect(try DocxArchive.bytes(of: document) == DocxArchive.bytes(of: document))
    }

    @Test(arguments: [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (35, "三十五"), (99, "九十九"), (100, "100")])
    func subheadingsAreNumberedInChinese(_ n: Int, _ text: String) {
        #expect(chineseNumber(n) == text)
    }

    @Test func columnsAreAsWideAsTheirContentAsksAndFillTheTextWidth() {
        // Everything fits: each column gets what it asks (7.5 pt a terminal column, 8 pt of margins) and a share of the rest.
        let notice = MarkdownBlock.Table(
            header: ["名次", "单位", "总分", "序时进度 40"], rows: [["1", "住建局建设科", "100.00", "40.00"], ["10", "经发局", "60.46", "38.01"]],
            rightAligned: [0, 2, 3])
        let widths = WordDocument.columnWidths(notice, columns: 4, total: 8844)
        #expect(widths.reduce(0, +) == 8844)
        #expect(widths[1] > widths[2] && widths[2] > widths[0], "a unit's name asks more than a figure, a rank the least: \(widths)")
        #expect(widths[1] >= 12 * 150 + 160 && widths[2] >= 6 * 150 + 160)
        // Too much to fit: figures and short columns get what they ask, the long texts share the rest.
        let long = String(repeating: "施工临时用地补偿未谈妥，", count: 5)
        let red = MarkdownBlock.Table(
            header: ["项目", "帮包单位", "帮包领导", "原因", "逾期"],
            rows: [[long, "光电产业园", "高志远", long, "19"]], rightAligned: [4])
        let tight = WordDocument.columnWidths(red, columns: 5, total: 8844)
        #expect(tight.reduce(0, +) == 8844)
        #expect(tight[1] == 10 * 150 + 160 && tight[2] == 6 * 150 + 160 && tight[4] == 4 * 150 + 160, "\(tight)")
        #expect(abs(tight[0] - tight[3]) <= 1, "the two long texts share the rest: \(tight)")
    }

    @Test func tableCellsKeepBackslashesAndEscapedBars() {
        #expect(MarkdownBlock.cells("| a\\|b | c\\d | e\\ |") == ["a|b", "c\\d", "e\\"])
        #expect(MarkdownBlock.parse("| a |\n| not an alignment row |\n") == [.paragraph("| a |"), .paragraph("| not an alignment row |")])
    }
}
