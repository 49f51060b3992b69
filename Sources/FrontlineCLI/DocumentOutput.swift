import FrontlineCore
import FrontlineDocuments

/// Where a report goes: standard output, or the file `--output` names. A Word document is made from the report's
/// Markdown (docs/documents.md), a PDF from the Word document; neither can go to a terminal.
enum DocumentOutput {
    /// The formats that are documents for filing and printing rather than text.
    enum Printed: String {
        case docx, pdf
    }

    /// Refuses a printed format without `--output`, and `pdf` without LibreOffice, before anything is read.
    static func check(_ format: String, output: String?) throws {
        guard let printed = Printed(rawValue: format) else { return }
        if output == nil {
            throw CLIError.usage(.cliDocumentNeedsOutput, "\(format)", printed == .pdf ? "PDF" : .key(.cliWordDocument))
        }
        if printed == .pdf { try PDFConversion.checkInstalled() }
    }

    /// The document of `markdown` in a printed format.
    static func printed(_ format: Printed, _ markdown: String, lang: Lang) throws -> [UInt8] {
        let document = try docx(markdown, lang: lang)
        return format == .pdf ? try PDFConversion.pdf(ofDocx: document) : document
    }

    /// The Word document of `markdown`, set as a Chinese official document when `lang` is Chinese.
    static func docx(_ markdown: String, lang: Lang) throws -> [UInt8] {
        do {
            return try DocxArchive.bytes(of: WordDocument(markdown: markdown, chinese: lang == .zh))
        } catch {
            throw CLIError(.internalFailure, .cliCannotMakeWordDocument, "\(error)")
        }
    }

    /// Writes the document `markdown` in `format` (`md`, or a printed format) to standard output or `output`.
    static func write(_ markdown: String, format: String, lang: Lang, to output: String?, _ session: Session) throws {
        let bytes = try Printed(rawValue: format).map { try printed($0, markdown, lang: lang) } ?? Array(markdown.utf8)
        try write(bytes, to: output, session)
    }

    /// Writes a report that also has a CSV form (the 半月报, the 招商引资成绩): `csv` for `csv`, else the document of
    /// `markdown` as `write(_:format:lang:to:_:)` writes it.
    static func write(markdown: String, csv: String, format: String, lang: Lang, to output: String?, _ session: Session) throws {
        if format == "csv" { return try write(Array(csv.utf8), to: output, session) }
        try write(markdown, format: format, lang: lang, to: output, session)
    }

    /// Writes `bytes` to standard output, or to `output` and says so.
    static func write(_ bytes: [UInt8], to output: String?, _ session: Session) throws {
        guard let output else { return session.context.console.write(bytes) }
        try ExportCommand.write(bytes, to: output)
        let shown = Sanitizer.display(output)
        session.write(session.lang.text(.documentWrittenTo, shown))
    }
}
