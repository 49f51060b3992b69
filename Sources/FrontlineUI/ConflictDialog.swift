import FrontlineCore

/// A save that met a colleague's change: base, theirs and mine, and what was being saved.
public struct ConflictDialog: Hashable, Sendable {
    public var conflicts: [Conflict]
    /// The form to return to, when the save came from one.
    public var form: Form?
    public var intents: [Intent]

    /// Whether the save was a field edit (else a lifecycle action).
    var isEdit: Bool {
        if case .edit? = form?.purpose { return true }
        return false
    }

    /// t (or Esc, q) keeps theirs, m keeps mine, e goes back to edit with their values as the new starting point.
    /// For a lifecycle action, "mine" is the same action again from the status the issue has now (refused with
    /// the reason when it is no longer legal), and e opens the action menu afresh. Other keys leave it open.
    func handle(_ key: Key, _ context: OverlayContext) -> OverlayOutcome {
        let lang = context.lang
        switch key {
        case .character("t"), .character("T"), .character("q"), .escape:
            let kept = Notice(text: lang.text(.keptYourColleaguesChange), isError: false)
            guard var form, isEdit else { return .closesSaying(kept) }
            for conflict in conflicts {
                guard let name = conflict.field, let i = form.fields.firstIndex(where: { $0.key == name }) else { continue }
                form.fields[i].value = FormField.text(of: conflict.theirs)
                form.fields[i].initial = form.fields[i].value
                form.originals[name] = conflict.theirs
            }
            guard form.isChanged, !conflicts.contains(where: { $0.field == nil }) else { return .closesSaying(kept) }
            return form.submitted(context)
        case .character("m"), .character("M"):
            if conflicts.contains(where: { $0.kind == .deletedByThem }) {
                return .closesSaying(
                    Notice(
                        text: lang.text(.recordWasDeletedByColleagueThere),
                        isError: true))
            }
            if isEdit, let form { return rebased(form).submitted(context) }
            return .saves(intents.map(Self.withoutSeenStatus), form: form)
        case .character("e"), .character("E"):
            guard isEdit, let form else { return .reopensMenu(conflicts.map(\.id).filter { context.data.board.issues[id: $0] != nil }) }
            var edited = rebased(form)
            for conflict in conflicts {
                guard let name = conflict.field, let i = edited.fields.firstIndex(where: { $0.key == name }) else { continue }
                edited.fields[i].initial = FormField.text(of: conflict.theirs)
            }
            return .stays(.form(edited))
        default:
            return .stays(.conflict(self))
        }
    }

    /// The form with their values as the starting point of the conflicting fields (mine stays typed).
    private func rebased(_ form: Form) -> Form {
        var form = form
        for conflict in conflicts { if let name = conflict.field { form.originals[name] = conflict.theirs } }
        return form
    }

    /// A lifecycle action to be done again from whatever status the issue has now.
    static func withoutSeenStatus(_ intent: Intent) -> Intent {
        switch intent {
        case .moveIssue(var move):
            move.seenStatus = nil
            return .moveIssue(move)
        case .batch(let intents):
            return .batch(intents.map(withoutSeenStatus))
        default:
            return intent
        }
    }
}
