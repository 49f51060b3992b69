import FrontlineCore
import FrontlineDocuments

/// Where a report goes: standard output, or the file `--output` names. A Word document is made from the report's
/// Markdown (docs/documents.md) and cannot go to a terminal.
enum DocumentOutput {
    /// Refuses `--format docx` without `--output`, before anything is read.
    static func check(docx: Bool, output: String?) throws {
        guard docx, output == nil else { return }
        throw CLIError.usage("--format docx 需要 --output 文件名（Word 文档不能写到终端）",
                             "--format docx needs --output FILE (a Word document cannot be written to the terminal)")
    }

    /// The Word document of `markdown`, set as a Chinese official document when `lang` is Chinese.
    static func docx(_ markdown: String, lang: Lang) throws -> [UInt8] {
        do {
            return try DocxArchive.bytes(of: WordDocument(markdown: markdown, chinese: lang == .zh))
        } catch {
            throw CLIError(.internalFailure, zh: "无法生成 Word 文档：\(error)", en: "cannot make the Word document: \(error)")
        }
    }

    /// Writes `bytes` to standard output, or to `output` and says so.
    static func write(_ bytes: [UInt8], to output: String?, _ session: Session) throws {
        guard let output else { return session.context.console.write(bytes) }
        try ExportCommand.write(bytes, to: output)
        let shown = Sanitizer.display(output)
        session.write(session.lang.text(.documentWrittenTo, shown))
    }
}
