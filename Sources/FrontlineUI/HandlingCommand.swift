import FrontlineCore

/// The handling steps on the board (docs/board.md, "Handling"): 申请延期, 批准延期, 不予延期, 转办, 进展反馈 and 回访 are
/// entries of the `m` menu like every lifecycle step, offered when the issue's state allows them and the role may
/// take them (`Issue.isLegal`, `Access`); a pending 申请延期 is marked in the issue lists.
enum HandlingCommand {
    /// What precedes the title of an issue with a pending 申请延期 in a list: `申延 ` (`+d ` in English or ASCII).
    static func mark(_ issue: Issue, _ state: AppState) -> String {
        guard issue.pendingExtensionRequest != nil else { return "" }
        return state.theme.ascii ? "+d " : state.lang[.listingPendingExtension]
    }

    /// The form of a step that takes more than a note: the date asked for (申请延期), the unit and person it goes to
    /// (转办), the enterprise's satisfaction (回访); then the note.
    static func form(_ issues: [String: IssueStatus], _ action: IssueAction, _ context: OverlayContext) -> Form {
        let lang = context.lang
        let what = issues.count == 1 ? issues.keys.first! : lang.text(.issueCount, issues.count)
        let board = context.data.board
        var fields: [FormField] = []
        switch action {
        case .requestExtension:
            let latest = issues.keys.compactMap { board.issues[id: $0]?.due }.max() ?? context.data.today
            let start = max(context.data.today, latest)
            fields.append(FormField("due", lang[.formExtendTo], .date, value: start.adding(days: 7).iso, required: true))
            fields.append(FormField("note", lang[.formExtensionWhy], .text, required: true))
        case .transfer:
            fields.append(FormField("unit", lang[.formTransferToUnit], .reference(.unit), required: true))
            fields.append(FormField("person", lang[.formTransferPerson], .reference(.person)))
            fields.append(FormField("note", lang[.formTransferWhy], .text, required: true))
        case .followUp:
            // Space or ←/→ choose; it starts at 满意, the usual answer.
            fields.append(
                FormField(
                    "satisfaction", lang[.formSatisfaction], .choice(Choice(Satisfaction.self)),
                    value: Satisfaction.satisfied.rawValue, required: true))
            fields.append(FormField("note", lang[.formFollowUpNote], .text))
        default:
            return Forms.move(issues, action, lang)
        }
        return Form(purpose: .move(issues, action), title: "\(action.label(lang)) · \(what)", fields: fields)
    }
}
