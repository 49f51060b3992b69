import Foundation
import FrontlineTestSupport
import Testing

/// `frontline meeting minutes ID --format md|docx|pdf`: the 会议纪要 of the sample's 2026年第四季度重点项目现场调度会 (MT-001),
/// read back as a reader would: its title, the headings 一、 二、 三、, a paragraph per decision saying what became of its
/// issue, the chain head at the foot; printed by LibreOffice where it is installed.
struct MeetingMinutesDocxTests {
    let dir = TempDirectory()

    @Test func theMinutesReadBackAsAnOfficialDocument() throws {
        let file = dir.at("纪要.docx")
        let written = Binary.run(["meeting", "minutes", "MT-001", "--format", "docx", "--output", file, "--data", Repository.sample, "--lang", "zh"])
        #expect(written.code == 0 && written.out == "已写入 \(file)\n", "\(written)")
        let docx = try DocxReader(Files.bytes(file) ?? [])
        #expect(docx.wellFormed().isEmpty)
        #expect(docx.texts(style: "Title") == ["2026年第四季度重点项目现场调度会纪要"])
        #expect(docx.texts(style: "Heading1") == ["一、调度项目", "二、会议议定事项", "三、前次会议决定落实情况"])
        let body = docx.paragraphs.filter { !$0.inTable }.map(\.text)
        #expect(body.contains { $0.hasPrefix("2026-10-14，韩立群在高端医疗器械产业园项目现场主持召开2026年第四季度重点项目现场调度会。参会人员：孙文博、") }, "\(body)")
        let decisions = body.filter { $0.first?.isNumber == true && $0.dropFirst().hasPrefix(". ") }
        #expect(decisions.count == 4, "\(body)")
        #expect(decisions[0].hasPrefix("1. 各帮包领导") && !decisions[0].contains("交办"))
        #expect(decisions[1].contains("交办城管中心，限2026-12-01前办结（I-0054，当前：落实中）"), "\(decisions[1])")
        #expect(decisions[2].contains("（I-0055，当前：逾期 31 天）"), "\(decisions[2])")
        #expect(decisions[3].contains("（I-0058，当前：已办结）"), "\(decisions[3])")
        #expect(body.contains("无"), "no earlier quarterly meeting to follow up")
        #expect(body.contains { $0.hasPrefix("日志链头 ") }, "\(body)")
        #expect(docx.parts["word/document.xml"]?.contains("w:pgSz w:w=\"11906\" w:h=\"16838\"") == true, "A4")

        let markdown = Binary.run(["meeting", "minutes", "MT-001", "--data", Repository.sample, "--lang", "zh"])
        #expect(markdown.code == 0 && markdown.out.hasPrefix("# 2026年第四季度重点项目现场调度会纪要\n"))
        let english = dir.at("minutes.docx")
        #expect(
            Binary.run(["meeting", "minutes", "MT-001", "--format", "docx", "--output", english, "--data", Repository.sample, "--lang", "en"]).code
                == 0)
        let en = try DocxReader(Files.bytes(english) ?? [])
        #expect(en.texts(style: "Title") == ["Minutes of the 2026年第四季度重点项目现场调度会"])
        #expect(en.texts(style: "Heading1") == ["1. Projects discussed", "2. Decisions", "3. What became of the previous meeting's decisions"])
    }

    @Test func aWordDocumentNeedsAFileAndAnUnknownMeetingIsRefused() {
        let toTerminal = Binary.run(["meeting", "minutes", "MT-001", "--format", "docx", "--data", Repository.sample, "--lang", "en"])
        #expect(toTerminal.code == 64 && toTerminal.err.contains("--output"), "\(toTerminal)")
        let file = dir.at("x.docx")
        let unknown = Binary.run(["meeting", "minutes", "MT-404", "--format", "docx", "--output", file, "--data", Repository.sample, "--lang", "zh"])
        #expect(unknown.code == 64 && unknown.err.contains("MT-404") && !FileManager.default.fileExists(atPath: file), "\(unknown)")
    }

    @Test(.needs(.libreOffice)) func theMinutesPrintOnA4() throws {
        let tmp = dir.at("tmp")
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let pdf = dir.at("纪要.pdf")
        let made = Binary.run(
            ["meeting", "minutes", "MT-001", "--format", "pdf", "--output", pdf, "--data", Repository.sample, "--lang", "zh"],
            environment: ["PATH": "/usr/local/bin:/usr/bin:/bin", "TMPDIR": tmp])
        #expect(made.code == 0, "\(made)")
        let info = Binary.execute("pdfinfo", [pdf]).out
        #expect(info.contains("(A4)") && info.contains("Pages:           2"), "\(info)")
        let text = Binary.execute("pdftotext", [pdf, "-"]).out.filter { !$0.isWhitespace }
        #expect(text.contains("2026年第四季度重点项目现场调度会纪要") && text.contains("会议议定事项") && text.contains("—1—"), "\(text)")
    }
}
