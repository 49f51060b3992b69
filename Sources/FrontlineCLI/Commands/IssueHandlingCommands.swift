import ArgumentParser
import FrontlineCore

/// The handling steps on the command line (docs/command-line.md, "issue request-extension …"; docs/domain-rules.md,
/// "Handling"): each is a lifecycle step (`IssueAction`) saved through the planner, roles checked by `Access`.

/// `frontline issue request-extension ID --due DATE --reason TEXT`: a unit asks for a later due date (申请延期).
struct IssueRequestExtension: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request-extension",
        abstract: "Ask for an extension (申请延期) of an issue in progress: its unit; the leader or 绩考办 approves or refuses.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "The due date asked for: YYYY-MM-DD or +days from today.") var due: String
    @Option(help: "Why the extension is needed.") var reason: String

    func run() throws {
        let session = try Session.open(global)
        let move = IssueMove(
            issue: id, action: .requestExtension, note: reason,
            newDue: try session.day(due, option: "--due", from: session.changeDay))
        report(try session.perform(.moveIssue(move)), session)
    }
}

/// `frontline issue approve-extension ID [--note TEXT]`: the due date becomes the one asked for (批准延期).
struct IssueApproveExtension: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "approve-extension",
        abstract: "Approve a pending extension request (批准延期): the due date becomes the one asked for; the original is kept.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "A remark for the handling log.") var note: String = ""

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.moveIssue(IssueMove(issue: id, action: .approveExtension, note: note))), session)
    }
}

/// `frontline issue refuse-extension ID --reason TEXT`: the due date stays (不予延期).
struct IssueRefuseExtension: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refuse-extension", abstract: "Refuse a pending extension request (不予延期), saying why; the due date stays.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "Why the extension is refused.") var reason: String

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.moveIssue(IssueMove(issue: id, action: .refuseExtension, note: reason))), session)
    }
}

/// `frontline issue transfer ID --unit UNIT [--person P] --reason TEXT`: 转办; the new unit must sign again.
struct IssueTransfer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer", abstract: "Transfer (转办) an issue to another unit, saying why; the new unit must sign it (签收) again.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "The unit it goes to (id or name).") var unit: String
    @Option(help: "The responsible person in that unit (id, name or login); default: the unit's holder of the day.") var person: String?
    @Option(help: "Why it is transferred.") var reason: String

    func run() throws {
        let session = try Session.open(global)
        let move = IssueMove(
            issue: id, action: .transfer, note: reason, unit: try session.resolve(.unit, unit, option: "--unit"),
            person: try person.map { try session.resolve(.person, $0, option: "--person") })
        report(try session.perform(.moveIssue(move)), session)
    }
}

/// `frontline issue feedback ID --note TEXT`: 进展反馈, the status unchanged.
struct IssueFeedback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Report interim progress (进展反馈) on an issue in progress; its status stays.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "What has been done, and what is next.") var note: String

    func run() throws {
        let session = try Session.open(global)
        report(try session.perform(.moveIssue(IssueMove(issue: id, action: .feedback, note: note))), session)
    }
}

/// `frontline issue follow-up ID --satisfaction S [--note TEXT]`: the 回访 of a closed issue; 不满意 reopens it.
struct IssueFollowUp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Record the follow-up visit (回访) of a closed issue: 满意 基本满意 不满意 (satisfied fairly-satisfied dissatisfied); 不满意 reopens it.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "满意 基本满意 不满意 (satisfied fairly-satisfied dissatisfied).") var satisfaction: String
    @Option(help: "What the enterprise said (required when dissatisfied).") var note: String = ""

    func run() throws {
        let session = try Session.open(global)
        let move = IssueMove(
            issue: id, action: .followUp, note: note,
            satisfaction: try vocabulary(Satisfaction.self, satisfaction, option: "--satisfaction"))
        report(try session.perform(.moveIssue(move)), session)
    }
}
