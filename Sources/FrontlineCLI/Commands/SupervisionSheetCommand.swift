import ArgumentParser
import FrontlineCore

/// `frontline report supervision ID`: the 督办单 of one open issue, to send to its unit, file and print.
struct SupervisionSheetCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, docx, pdf }

    static let configuration = CommandConfiguration(
        commandName: "supervision",
        abstract:
            "The supervision notice (督办单) of one open issue: the matter, its holder, how late, its 督办 level, its handling, what is required by when, and a box for the reply.",
        discussion: "Written in the store's document language unless --lang says otherwise; figures as of today (or --as-of).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue's id (I-0046) or exact title.") var issue: String
    @Option(help: "md (Markdown), docx (a Word document) or pdf (printed by LibreOffice); docx and pdf need --output.") var format: Format = .md
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @Option(name: .customLong("reply-by"), help: "The date by which the unit must reply (YYYY-MM-DD or +N days); default: five days after the sheet.")
    var replyBy: String?

    func run() throws {
        try DocumentOutput.check(format.rawValue, output: output)
        let session = try Session.open(global)
        let id = try session.resolve(.issue, issue, option: "<issue>")
        let index = session.index(asOf: session.today)
        guard let record = index.board.issues[id: id] else {
            throw CLIError.usage(.cliIssueNotYetRaised, "\(id)", "\(session.today.iso)")
        }
        let reply = try replyBy.map { try session.day($0, option: "--reply-by") }
        var sheet = try SupervisionSheet(issue: record, index: index, asOf: session.today, replyBy: reply)
        let lang = global.lang ?? session.board.settings.documentLanguage
        sheet.footer = HalfMonthCommand.footer(try session.store.head, lang)
        try DocumentOutput.write(sheet.markdown(lang), format: format.rawValue, lang: lang, to: output, session)
    }
}
