import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline report withdraw`: take back a published (frozen) 半月报, an administrator's deliberate act.
///
/// `frontline undo` never does this: the reason goes into the journal with the frozen text, and the
/// period can then be published again.
struct ReportWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw a published half-month report (administrators); the reason and the frozen text stay in the log.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The period: YYYY-MM-1 (days 1–15) or YYYY-MM-2 (16 to month end); default: the one containing today.") var period: String?
    @Option(help: "Withdraw a month's published attraction results (YYYY-MM) instead of a half-month report.") var month: String?
    @Option(help: "Why the published report is withdrawn (required).") var reason: String

    func run() throws {
        let session = try Session.open(global)
        if let month {
            if period != nil { throw CLIError.usage(.cliMonthOrPeriod) }
            let month = try AttractionReportCommand.month(month, session: session)
            return report(try session.perform(.withdrawReport(period: month.text, reason: reason)), session)
        }
        let period = try HalfMonthCommand.period(period, session: session)
        report(try session.perform(.withdrawReport(period: period.text, reason: reason)), session)
    }
}
