import FrontlineCore

/// The lifecycle actions legal now for the chosen issues and allowed for the user's role.
public struct ActionMenu: Hashable, Sendable {
    /// The issues and the status each had when the menu opened.
    public var issues: [String: IssueStatus]
    public var actions: [IssueAction]
    public var selected = 0
    /// Why legal actions are missing from the menu, when some are.
    public var withheld: String?

    /// j/k or ↑/↓ move, Enter or the action's number chooses, Esc or q closes. An action that needs a note or more
    /// (a date, a unit, a satisfaction: `HandlingCommand.form`) opens a form for it; any other is saved at once.
    func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        var menu = self
        var chosen: IssueAction?
        switch key {
        case .escape, .character("q"): return .closes
        case .down, .character("j"): menu.selected = min(menu.actions.count - 1, menu.selected + 1)
        case .up, .character("k"): menu.selected = max(0, menu.selected - 1)
        case .enter: chosen = menu.actions[safe: menu.selected]
        case .character(let c): chosen = c.wholeNumberValue.flatMap { menu.actions[safe: $0 - 1] }
        default: break
        }
        guard let action = chosen else { return .stays(.menu(menu)) }
        if action.needsDetails { return .stays(.form(HandlingCommand.form(issues, action, context))) }
        if action.needsNote { return .stays(.form(Forms.move(issues, action, context.lang))) }
        return .savesMarked([Intent.one(issues.keys.sorted().map { .moveIssue(IssueMove(issue: $0, action: action, seenStatus: issues[$0])) })])
    }
}
