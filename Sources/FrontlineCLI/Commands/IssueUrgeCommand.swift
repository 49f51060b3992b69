import ArgumentParser
import FrontlineCore

/// `frontline issue urge ID --note TEXT`: 催办 (docs/domain-rules.md, "催办").
struct IssueUrgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "urge",
        abstract: "Urge (催办) the unit holding an open issue, with a note: leaders of the issue and administrators (绩考办).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "What is expected, and by when.") var note: String

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.urgeIssue(IssueUrge(issue: id, note: note))), session)
    }
}
