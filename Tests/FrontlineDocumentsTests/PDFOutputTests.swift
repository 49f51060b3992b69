import Foundation
import FrontlineTestSupport
import Testing

/// `--format pdf`: the Word document printed by LibreOffice; without LibreOffice, or when it fails, the user is told
/// why and nothing is written. LibreOffice works in a private directory that is gone afterwards.
struct PDFOutputTests {
    let dir = TempDirectory()

    /// A directory holding only a `soffice` that runs `script` (a shell script's body), to stand in for LibreOffice.
    func fakeLibreOffice(_ script: String) -> String {
        let bin = dir.at("fake-bin")
        try? FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        FileManager.default.createFile(
            atPath: bin + "/soffice", contents: Data("#!/bin/sh\n\(script)\n".utf8),
            attributes: [.posixPermissions: 0o755])
        return bin
    }

    @Test func withoutLibreOfficeTheUserIsToldWhatToInstallAndNothingIsWritten() {
        let empty = dir.at("empty-bin")
        try? FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let file = dir.at("report.pdf")
        for (lang, words) in [("zh", "请管理员安装"), ("en", "ask the administrator to install it")] {
            let report = Binary.run(
                ["report", "half-month", "--format", "pdf", "--output", file, "--data", Repository.sample, "--lang", lang],
                environment: ["PATH": empty])
            #expect(report.code == 69 && report.err.contains("soffice") && report.err.contains(words) && report.out.isEmpty, "\(report)")
            let rank = Binary.run(
                ["rank", "--format", "pdf", "--output", file, "--data", Repository.sample, "--lang", lang], environment: ["PATH": empty])
            #expect(rank.code == 69 && rank.err.contains("libreoffice-writer-nogui"), "\(rank)")
        }
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func aPDFCannotGoToTheTerminal() {
        let result = Binary.run(["rank", "--format", "pdf", "--data", Repository.sample, "--lang", "en"])
        #expect(result.code == 64 && result.err.contains("--format pdf needs --output") && result.out.isEmpty, "\(result)")
    }

    @Test func aFailedConversionSaysWhatLibreOfficeSaidAndLeavesNothingBehind() {
        let bin = fakeLibreOffice("printf 'Error: source file could not be loaded\\033[2J\\n' >&2; exit 1")
        let tmp = dir.at("tmp")
        try? FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let file = dir.at("report.pdf")
        let result = Binary.run(
            ["report", "half-month", "--format", "pdf", "--output", file, "--data", Repository.sample, "--lang", "en"],
            environment: ["PATH": bin + ":/usr/bin:/bin", "TMPDIR": tmp])
        #expect(result.code == 69, "\(result)")
        #expect(result.err.contains("LibreOffice could not convert the document to PDF: Error: source file could not be loaded"), "\(result)")
        #expect(!result.err.contains("\u{1B}"), "LibreOffice's words are shown through the sanitizer")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: tmp)) == [], "the working directory is removed")
    }

    @Test func aConverterThatExitsCleanlyWithoutAPDFIsAFailureToo() {
        let bin = fakeLibreOffice("exit 0")
        let file = dir.at("rank.pdf")
        let result = Binary.run(
            ["rank", "--format", "pdf", "--output", file, "--data", Repository.sample, "--lang", "zh"],
            environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(result.code == 69 && result.err.contains("LibreOffice 未能把文档转换为 PDF"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test(.needs(.libreOffice)) func theReportTheNoticeAndASupervisionSheetPrintOnA4() throws {
        let tmp = dir.at("tmp")
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let environment = ["PATH": "/usr/local/bin:/usr/bin:/bin", "TMPDIR": tmp]
        let report = dir.at("半月报.pdf"), notice = dir.at("通报.pdf")
        let made = Binary.run(
            ["report", "half-month", "--format", "pdf", "--output", report, "--data", Repository.sample, "--lang", "zh"],
            environment: environment)
        #expect(made.code == 0 && made.out == "已写入 \(report)\n", "\(made)")
        #expect(
            Binary.run(["rank", "--format", "pdf", "--output", notice, "--data", Repository.sample, "--lang", "zh"], environment: environment).code
                == 0)
        let sheet = dir.at("督办单.pdf")
        #expect(
            Binary.run(
                ["report", "supervision", "I-0046", "--format", "pdf", "--output", sheet, "--data", Repository.sample, "--lang", "zh"],
                environment: environment
            ).code == 0)
        for (pdf, title) in [(report, "重点项目建设进展情况"), (notice, "推进情况排名的通报"), (sheet, "重点项目问题督办单")] {
            let info = Binary.execute("pdfinfo", [pdf]).out
            #expect(info.contains("(A4)"), "\(info)")
            let text = Binary.execute("pdftotext", [pdf, "-"]).out.filter { !$0.isWhitespace }
            #expect(text.contains(title) && text.contains("—1—"), "\(pdf)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp) == [], "LibreOffice's working directory is removed")
    }
}
