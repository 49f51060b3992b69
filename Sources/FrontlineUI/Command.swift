import FrontlineCore

/// Everything the user can ask the board to do from the keyboard.
public enum Command: Hashable, Sendable {
    case down, up, first, last, pageDown, pageUp
    case open, back, quit
    case nextTab, previousTab, showTab(Tab)
    case filter, nextMatch, previousMatch, sort, commandLine
    case refresh, redraw, help
    /// Editing: mark a row, raise an issue, record an absence, add a key project, edit, lifecycle action,
    /// extend, site visit, progress update, withdraw a published report, undo my last change.
    /// Each key means one thing on every screen; what each does and when it can is in `EditingCommands`.
    case mark, newIssue, newAbsence, newProject, edit, move, extend, visit, progress, withdrawReport, undo
    /// 催办 the issue in context, with a note (docs/domain-rules.md, "催办").
    case urge
    /// 督办: record the escalation levels the rules reached (administrators; docs/domain-rules.md, "督办").
    case escalate
    /// 手续: record a step of the project in context (`h`), or raise an issue from a late one (`H`) (docs/domain-rules.md, "手续").
    case procedure, raiseProcedure
    /// 调度会: record a meeting (`M`), add a decision to the meeting in context (`d`) (docs/domain-rules.md, "调度会").
    case newMeeting, decide
    /// 领导批示: give one on the issue or project in context (`i`), respond to the one under the cursor (`f`), mark it
    /// 已落实 (`l`) (docs/domain-rules.md, "领导批示").
    case instruct, respondToInstruction, completeInstruction
    /// 招商: form a squad (`S`), record a lead (`L`), move the lead in context to its next stage, 落地 included (`>`), publish
    /// the last month's 招商引资成绩 (`R`) (docs/domain-rules.md, "招商").
    case newSquad, newLead, advanceLead, publishAttraction
    /// 通报: praise or criticise the unit in context (`T`, administrators; docs/domain-rules.md, "通报").
    case issueBulletin
}
