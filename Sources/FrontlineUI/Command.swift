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
}
