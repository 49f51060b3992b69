import Foundation
import FrontlineCore
import FrontlineProcess
import FrontlineStore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// `--format pdf`: the Word document of a report, printed to PDF by LibreOffice (`soffice`), the one program
/// the product starts (docs/documents.md, "PDF").
///
/// LibreOffice is the user's program run as the user: the set-user-ID identity of an installed binary is given up
/// for good before it starts (the store has been read by then), it gets no descriptor but 0–2, a private working
/// directory (mode 0700, removed afterwards) as its home and profile, and nothing of the store but the document.
enum PDFConversion {
    /// The `soffice` on the caller's PATH, or nil.
    static func soffice(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":") where directory.hasPrefix("/") {
            for name in ["soffice", "libreoffice"] {
                let candidate = "\(directory)/\(name)"
                if access(candidate, X_OK) == 0 { return candidate }
            }
        }
        return nil
    }

    /// Refuses `--format pdf` where LibreOffice is not installed, before anything is read.
    static func checkInstalled() throws {
        guard soffice() == nil else { return }
        throw CLIError(.unavailable, .cliNoLibreOffice)
    }

    /// The PDF of the Word document `docx`.
    static func pdf(ofDocx docx: [UInt8]) throws -> [UInt8] {
        guard let soffice = soffice() else { try checkInstalled(); return [] }
        Privilege.dropPermanently()
        let directory = try workingDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/document.docx", output = directory + "/document.pdf"
        do throws(Errno) {
            let file = try Descriptor.open(input, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: 0o600)
            do { try file.writeAll(docx) } catch { file.close(); throw error }
            try file.closeAfterWriting()
        } catch {
            throw CLIError(.cannotWrite, .cliCannotWriteTemporaryFile, "\(input)", error.meaning)
        }
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory, "TMPDIR": directory, "LANG": "C.UTF-8",
        ]
        let arguments = [
            "-env:UserInstallation=file://" + directory + "/profile", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", directory, input,
        ]
        let ended = ChildProcess.run(soffice, arguments, environment: environment)
        guard ended.status == 0, let pdf = try? Descriptor.contents(of: output, limit: 1 << 30), pdf.starts(with: Array("%PDF".utf8)) else {
            let said = String(decoding: ended.err + ended.out, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            let why = Sanitizer.display(said.isEmpty ? "exit \(ended.status)" : said)
            throw CLIError(.unavailable, .cliLibreOfficeFailed, "\(why)")
        }
        return pdf
    }

    /// A new directory only this account can enter, under `TMPDIR` or `/tmp`.
    private static func workingDirectory() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array("\(base)/frontline-pdf-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            let error = Errno.current
            throw CLIError(.cannotWrite, .cliCannotMakeTemporaryDirectoryIn, "\(base)", error.meaning)
        }
        return String(cString: made)
    }
}
