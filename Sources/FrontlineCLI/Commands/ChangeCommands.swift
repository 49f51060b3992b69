import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline issue new|move|extend|urge|escalate` and the handling steps (`IssueHandlingCommands.swift`).
struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue", abstract: "Raise an issue or move one through its lifecycle.",
        subcommands: [
            IssueNew.self, IssueMoveCommand.self, IssueExtend.self, IssueUrgeCommand.self,
            IssueRequestExtension.self, IssueApproveExtension.self, IssueRefuseExtension.self,
            IssueTransfer.self, IssueFeedback.self, IssueFollowUp.self, IssueEscalateCommand.self,
        ])
}

/// Prints what a saved entry did, in one line.
///
/// When the day shown (`--as-of`) is not the day the change is dated, says so (Settings.changeTime).
func report(_ entry: Entry, _ session: Session) {
    session.write(Sanitizer.display(session.lang.text(.savedChange, entry.seq, entry.summary)) + "\n")
    let day = entry.at.day
    if day != session.today {
        session.write(session.lang.text(.changeDatedDespiteAsOf, day.iso, session.today.iso))
    }
}

struct IssueNew: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Raise an issue; prints its id.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The project (id or name); omit for a unit-level item.") var project: String?
    @Option(help: "What the problem is, in one line.") var title: String
    @Option(help: "The responsible unit (主办, id or name).") var unit: String
    @Option(help: "Due date: YYYY-MM-DD or +days.") var due: String
    @Option(help: "Longer description.") var description: String = ""
    @Option(help: "土地 规划 审批手续 资金 水电气暖 施工环境 政策 用工 其他.") var category: String?
    @Option(help: "走访发现 企业反映 调度会 督查 领导交办.") var source: String?
    @Option(help: "Responsible person (id, name or login); default: the unit's holder of the day.") var person: String?
    @Option(help: "Responsible leader (id, name or login).") var leader: String?
    @Option(help: "一般 紧急 特急.") var urgency: String?
    @Option(name: .customLong("co-unit"), help: "A co-operating unit (协办); repeatable.") var coUnits: [String] = []

    func run() throws {
        let session = try Session.open(global)
        var draft = IssueDraft(
            project: try project.map { try session.resolve(.project, $0, option: "--project") }, title: title,
            unit: try session.resolve(.unit, unit, option: "--unit"), due: try session.day(due, option: "--due", from: session.changeDay))
        draft.description = description
        draft.category = try category.map { try vocabulary(IssueCategory.self, $0, option: "--category") } ?? .other
        draft.source = try source.map { try vocabulary(IssueSource.self, $0, option: "--source") } ?? .enterprise
        draft.person = try person.map { try session.resolve(.person, $0, option: "--person") }
        draft.responsibleLeader = try leader.map { try session.resolve(.person, $0, option: "--leader") }
        draft.urgency = try urgency.map { try vocabulary(Urgency.self, $0, option: "--urgency") } ?? .normal
        draft.coUnits = try coUnits.map { try session.resolve(.unit, $0, option: "--co-unit") }
        let entry = try session.perform(.raiseIssue(draft))
        session.write((entry.changes.first?.id ?? "") + "\n")
    }
}

struct IssueMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract:
            "A lifecycle action: 交办 签收 拒签 申请办结 核验通过 退回 重新打开 撤销 批准延期 不予延期 进展反馈 (assign accept decline resolve close return reopen cancel approve-extension refuse-extension feedback)."
    )
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Argument(help: "The action.") var action: String
    @Option(help: "Why, or how it was resolved (required by 拒签, 申请办结, 退回, 重新打开, 撤销, 不予延期, 进展反馈).") var note: String = ""

    func run() throws {
        let session = try Session.open(global)
        let action = try vocabulary(IssueAction.self, self.action, option: "ACTION")
        switch action {
        case .extend:
            throw CLIError.usage(.cliUseIssueExtend)
        case .requestExtension:
            throw CLIError.usage(.cliUseIssueRequestExtension)
        case .transfer:
            throw CLIError.usage(.cliUseIssueTransfer)
        case .followUp:
            throw CLIError.usage(.cliUseIssueFollowUp)
        default:
            break
        }
        report(try session.perform(.moveIssue(IssueMove(issue: id, action: action, note: note))), session)
    }
}

struct IssueExtend: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend", abstract: "Extend an issue's due date; the original due date is kept.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The issue id.") var id: String
    @Option(help: "The new due date: YYYY-MM-DD or +days from today.") var due: String?
    @Option(help: "Or: extend by this many days after the current due date (1–365).") var days: String?
    @Option(help: "Why the extension is needed.") var reason: String

    func run() throws {
        let session = try Session.open(global)
        guard (due == nil) != (days == nil) else {
            throw CLIError.usage(.cliDueOrDays)
        }
        let move = IssueMove(
            issue: id, action: .extend, note: reason, newDue: try due.map { try session.day($0, option: "--due", from: session.changeDay) },
            extendDays: try days.map { try Session.integer($0, in: Limits.extensionDays, option: "--days") })
        report(try session.perform(.moveIssue(move)), session)
    }
}

struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "visit", abstract: "Log a site visit (走访) to a project.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String
    @Option(help: "The visit date: YYYY-MM-DD or -days (default: today).") var date: String?
    @Option(help: "现场 电话 视频 (on-site, phone, video); only 现场 counts for the weekly rule.") var mode: String?
    @Option(help: "What was learned.") var note: String
    @Option(name: .customLong("visitor"), help: "Who went (id, name or login); repeatable; default: me.") var visitors: [String] = []

    func run() throws {
        let session = try Session.open(global)
        var draft = VisitDraft(
            project: try session.resolve(.project, project, option: "PROJECT"),
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) } ?? session.changeDay, note: note)
        draft.mode = try mode.map { try vocabulary(VisitMode.self, $0, option: "--mode") } ?? .onSite
        draft.visitors = try visitors.map { try session.resolve(.person, $0, option: "--visitor") }
        report(try session.perform(.logVisit(draft)), session)
    }
}

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "Post a progress update (进展填报) for this half-month.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The project (id or name).") var project: String
    @Option(help: "形象进度 percent, 0–100.") var pct: String?
    @Option(help: "Year-to-date investment in 万元, e.g. 1234.50.") var ytd: String?
    @Option(help: "The stage now, e.g. 在建.") var stage: String?
    @Option(name: .customLong("physical"), help: "形象进度 text.") var physical: String?
    @Option(help: "Progress this period.") var note: String
    @Option(help: "Problems met.") var problems: String = ""
    @Option(help: "下步工作: next steps.") var next: String?

    func run() throws {
        let session = try Session.open(global)
        var draft = ProgressDraft(project: try session.resolve(.project, project, option: "PROJECT"), note: note)
        draft.pct = try pct.map { try Session.integer($0, in: Limits.percent, option: "--pct") }
        draft.ytd = try ytd.map { try session.money($0, option: "--ytd") }
        draft.stage = try stage.map { try vocabulary(Stage.self, $0, option: "--stage") }
        draft.progressText = physical
        draft.problems = problems
        draft.nextSteps = next
        report(try session.perform(.postProgress(draft)), session)
    }
}

struct AbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "absence", abstract: "Record an absence (离岗); the B covers the person's duties.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "Who is away (id, name or login).") var person: String
    @Option(help: "First day away: YYYY-MM-DD or +days.") var from: String
    @Option(help: "Last day away: YYYY-MM-DD or +days.") var to: String
    @Option(help: "出差 学习 休假 病假 其他 (trip study leave sick other).") var reason: String
    @Option(help: "Handover note for the B.") var handover: String = ""

    func run() throws {
        let session = try Session.open(global)
        var draft = AbsenceDraft(
            person: try session.resolve(.person, person, option: "PERSON"),
            from: try session.day(from, option: "--from", from: session.changeDay),
            to: try session.day(to, option: "--to", from: session.changeDay),
            reason: try vocabulary(AbsenceReason.self, reason, option: "--reason"))
        draft.handover = handover
        report(try session.perform(.recordAbsence(draft)), session)
    }
}

struct CompactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compact", abstract: "Fold the journal into a new snapshot; the folded journal moves to history/.")
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let session = try Session.open(global)
        let actor = Actor(login: session.context.login, uid: session.context.uid, board: session.board)
        if let denial = Access.denial(.compact, by: actor, on: session.board) { throw DomainError.denied(denial) }
        let entries = session.store.history.count
        try session.store.compact(login: session.context.login, uid: session.context.uid, now: session.now())
        session.write(session.lang.text(.compacted, entries, session.board.revision))
    }
}
