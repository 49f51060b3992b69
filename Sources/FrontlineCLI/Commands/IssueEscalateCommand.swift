import ArgumentParser
import FrontlineCore

/// `frontline issue escalate [ID…]`: record the 督办 levels the rules reached (docs/domain-rules.md, "督办"). Run by an
/// administrator (the 绩考办) or by cron as one; with nothing to record it says so and exits 0, writing nothing.
struct IssueEscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract:
            "Record the escalation levels (黄牌/红牌/挂牌督办) the store's rules reached and that are not recorded yet: administrators (绩考办), or their cron job."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Issue ids; none: every open issue.") var ids: [String] = []

    func run() throws {
        let session = try Session.open(global)
        let entry: Entry
        do {
            entry = try session.perform(.escalateIssues(IssueEscalation(issues: ids)))
        } catch DomainError.nothingChanged {
            session.write(session.lang.text(.escalateNothingToRecord) + "\n")
            return
        }
        report(entry, session)
        let index = session.index
        for change in entry.changes {
            guard let line = change.appendLog, let level = EscalationLevel.recorded(by: line.action) else { continue }
            let title = index.board.issues[id: change.id]?.title ?? ""
            session.write(Sanitizer.display("  \(change.id) \(level.label(session.lang))  \(title)  \(line.note)") + "\n")
        }
    }
}
