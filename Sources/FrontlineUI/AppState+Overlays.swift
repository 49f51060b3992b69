import FrontlineCore

/// Opening the action menu, asking for saves, and carrying out what an overlay said after a key.
extension AppState {
    /// Does what an overlay asked for (`Overlay.handle`).
    mutating func apply(_ outcome: OverlayOutcome) -> [Effect] {
        switch outcome {
        case .stays(let next):
            overlay = next
        case .closes:
            overlay = nil
        case .closesSaying(let said):
            overlay = nil
            notice = said
        case .saves(let intents, let form):
            overlay = nil
            return save(intents, form: form)
        case .savesMarked(let intents):
            overlay = nil
            marked.removeAll()
            return save(intents, form: nil)
        case .reopensMenu(let ids):
            overlay = nil
            openMenu(for: ids)
        }
        return []
    }

    /// The action menu for these issues as they are now, or why there is nothing to choose.
    mutating func openMenu(for ids: [String]) {
        let context = context
        let issues = ids.compactMap { data.board.issues[id: $0] }
        let (allowed, withheld) = context.actions(for: issues)
        guard !issues.isEmpty, !allowed.isEmpty else {
            notice = Notice(text: context.noActionReason(withheld), isError: true)
            return
        }
        overlay = .menu(
            ActionMenu(
                issues: Dictionary(uniqueKeysWithValues: issues.map { ($0.id, $0.status) }), actions: allowed,
                withheld: withheld?.message(lang)))
    }

    /// Asks the loop to save; the form is kept to come back to if the save fails.
    mutating func save(_ intents: [Intent], form: Form?) -> [Effect] {
        pendingForm = form
        return [.save(intents)]
    }
}
