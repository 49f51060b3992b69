import Foundation
import FrontlineDocuments
import FrontlineTestSupport
import Testing

/// `frontline report supervision ID`: the 督办单 of one open issue on the sample (as of its date, 2026-11-27), as
/// Markdown and as a Word document read back; a closed issue, a bad reply date and a missing `--output` write nothing.
struct SupervisionSheetTests {
    let dir = TempDirectory()

    static func sheet(_ arguments: [String]) -> Outcome {
        Binary.run(["report", "supervision"] + arguments + ["--data", Repository.sample, "--as-of", "2026-11-27"])
    }

    @Test func theSheetOfARedCardIssueSaysWhoHoldsItHowLateByWhichRuleAndWhatWasDone() {
        let result = Self.sheet(["I-0046", "--lang", "zh"])
        #expect(result.code == 0, "\(result)")
        let text = result.out
        for expected in [
            "# ", "重点项目问题督办单", "督办〔2026〕I-0046号　　签发日期：2026-11-27", "| 问题编号 | I-0046 |",
            "| 问题 | 施工临时用地补偿未谈妥 |", "| 责任单位 | 新城街道 |", "| 今日责任人 | 董晓宇", "| 逾期 | 19 天 |",
            "| 督办级别 | 红牌督办：逾期 19 天（≥ 10 天）", "| 催办 | 2 次 |", "## 一、问题情况", "## 二、办理经过",
            "| 2026-11-20 09:40 |", "催办", "## 三、督办要求", "请新城街道主要负责同志牵头", "于 2026-12-02 前",
            "## 四、办理反馈", "| 责任人（签字） |   |", "日志链头 ",
        ] {
            #expect(text.contains(expected), "\(expected)\n\(text)")
        }
        let english = Self.sheet(["I-0046", "--lang", "en", "--reply-by", "2026-11-30"])
        #expect(english.code == 0 && english.out.contains("| Escalation | red card: overdue by 19 days (≥ 10)"), "\(english)")
        #expect(english.out.contains("report the result in writing to the performance office by 2026-11-30"), "\(english.out)")
    }

    @Test func theWordDocumentHoldsTheSheet() throws {
        let file = dir.at("督办单.docx")
        let result = Self.sheet(["I-0046", "--format", "docx", "--output", file, "--lang", "zh"])
        #expect(result.code == 0 && result.out == "已写入 \(file)\n", "\(result)")
        let docx = try DocxReader(Files.bytes(file) ?? [])
        #expect(docx.wellFormed().isEmpty)
        #expect(docx.texts(style: "Title").first?.hasSuffix("重点项目问题督办单") == true)
        #expect(docx.texts(style: "Heading1") == ["一、问题情况", "二、办理经过", "三、督办要求", "四、办理反馈"])
        let cells = docx.paragraphs.filter(\.inTable).map(\.text)
        #expect(cells.contains("I-0046") && cells.contains("办理结果") && cells.contains("单位负责人（签字）"), "\(cells)")
    }

    @Test func aClosedIssueABadReplyDateAndAMissingOutputWriteNothing() {
        let file = dir.at("x.docx")
        let closed = Self.sheet(["I-0001", "--lang", "en"])
        #expect(closed.code == 64 && closed.err.contains("no longer handled") && closed.out.isEmpty, "\(closed)")
        let early = Self.sheet(["I-0046", "--reply-by", "2026-11-27", "--lang", "zh"])
        #expect(early.code == 64 && early.err.contains("反馈期限 2026-11-27 须晚于签发日期 2026-11-27") && early.out.isEmpty, "\(early)")
        let bad = Self.sheet(["I-0046", "--reply-by", "2026-02-30", "--lang", "en"])
        #expect(bad.code == 64 && bad.err.contains("--reply-by"), "\(bad)")
        let unknown = Self.sheet(["I-9999", "--lang", "en"])
        #expect(unknown.code == 64 && unknown.err.contains("I-9999"), "\(unknown)")
        let toTerminal = Self.sheet(["I-0046", "--format", "docx", "--lang", "en"])
        #expect(toTerminal.code == 64 && toTerminal.err.contains("--format docx needs --output"), "\(toTerminal)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
