import Foundation
import FrontlineDocuments
import FrontlineTestSupport
import Testing

/// `frontline report half-month --format docx --output FILE` on the sample: the document holds what the Markdown
/// holds, a published report prints as it was published, and bad requests write nothing.
struct HalfMonthDocxTests {
    let dir = TempDirectory()

    func docx(_ arguments: [String], data: String = Repository.sample) throws -> (out: String, docx: DocxReader) {
        let file = dir.at("report.docx")
        let result = Binary.run(["report", "half-month", "--format", "docx", "--output", file, "--data", data] + arguments)
        #expect(result.code == 0, "\(result)")
        return (result.out, try DocxReader(Files.bytes(file) ?? []))
    }

    @Test func theDocumentHoldsEveryHeadingRowAndLineOfTheMarkdown() throws {
        let markdown = Binary.run(["report", "half-month", "--data", Repository.sample, "--lang", "zh"]).out
        let (out, docx) = try docx(["--lang", "zh"])
        #expect(out == "已写入 \(dir.at("report.docx"))\n")
        #expect(docx.wellFormed().isEmpty)
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(docx.texts(style: "Title") == lines.filter { $0.hasPrefix("# ") }.map { String($0.dropFirst(2)) })
        #expect(docx.texts(style: "Heading1") == lines.filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) })
        #expect(docx.texts(style: "Heading2").count == lines.filter { $0.hasPrefix("### ") }.count)
        let rows = lines.filter { $0.hasPrefix("| ") }.count
        let headerCells = docx.paragraphs.filter { $0.style == "TableHeader" }.count
        #expect(headerCells > 0 && rows > 0)
        for line in lines where line.hasPrefix("| ") && !line.contains("\\|") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let texts = docx.paragraphs.filter(\.inTable).map(\.text)
            #expect(cells.allSatisfy(texts.contains), "\(line)")
        }
        for line in lines where line.hasPrefix("- ") {
            #expect(docx.texts(style: "BodyText").contains(String(line.dropFirst(2))))
        }
        #expect(docx.texts(style: "DocumentFooter").first?.hasPrefix("日志链头 ") == true)
    }

    @Test func aPublishedReportPrintsAsItWasPublished() throws {
        let store = dir.at("store")
        #expect(Binary.run(["init", store, "--sample"]).code == 0)
        let published = Binary.run(["report", "half-month", "--publish", "--data", store, "--lang", "zh"])
        #expect(published.code == 0, "\(published)")
        #expect(Binary.run(["edit", "P-001", "nextSteps=改写的下步工作", "--data", store]).code == 0)
        let (_, docx) = try docx(["--period", "2026-11-2", "--lang", "en"], data: store)
        #expect(docx.texts(style: "Heading1").first == "一、总体情况", "in the language it was published in")
        #expect(!docx.paragraphs.contains { $0.text.contains("改写的下步工作") })
        let footer = published.out.split(separator: "\n").first { $0.hasPrefix("日志链头 ") }.map(String.init)
        #expect(docx.texts(style: "DocumentFooter") == [footer].compactMap { $0 })
    }

    @Test func withoutAFileOrWithAnUnwritableOneNothingIsWritten() {
        let toTerminal = Binary.run(["report", "half-month", "--format", "docx", "--data", Repository.sample, "--lang", "zh"])
        #expect(toTerminal.code == 64 && toTerminal.err.contains("--output") && toTerminal.out.isEmpty, "\(toTerminal)")
        let missing = dir.at("no/such/dir/report.docx")
        let unwritable = Binary.run(["report", "half-month", "--format", "docx", "--output", missing, "--data", Repository.sample, "--lang", "en"])
        #expect(unwritable.code == 73 && unwritable.err.contains("cannot write"), "\(unwritable)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}

/// The document as it will be printed: LibreOffice turns it into a PDF whose text is the report's, on A4 pages
/// numbered at the foot.
struct RenderedDocxTests {
    @Test(.needs(.libreOffice)) func theReportPrintsOnNumberedA4Pages() throws {
        let dir = TempDirectory()
        let file = dir.at("半月报.docx")
        #expect(Binary.run(["report", "half-month", "--format", "docx", "--output", file, "--data", Repository.sample, "--lang", "zh"]).code == 0)
        // A profile of its own, so that no other LibreOffice (or a previous run) is in the way.
        let converted = Binary.execute(
            "soffice",
            [
                "-env:UserInstallation=file://" + dir.at("profile"), "--headless",
                "--convert-to", "pdf", "--outdir", dir.path, file,
            ])
        #expect(converted.code == 0, "\(converted)")
        let pdf = dir.at("半月报.pdf")
        let info = Binary.execute("pdfinfo", [pdf]).out
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 2, "\(info)")
        #expect(info.contains("(A4)"), "\(info)")
        // pdftotext spaces and breaks the lines as it sees fit: compare without white space.
        let text = Binary.execute("pdftotext", [pdf, "-"]).out.filter { !$0.isWhitespace }
        for expected in ["重点项目建设进展情况", "一、总体情况", "（一）红灯项目", "三、问题办理", "—1—", "—\(pages)—", "日志链头"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }
}
