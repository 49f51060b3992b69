/// Why an operation cannot be planned: the user asked for something the rules or the data do not allow.
public enum DomainError: Error, Equatable, Sendable {
    case denied(Denial)
    case notFound(RecordKind, String)
    case illegalAction(id: String, status: IssueStatus, action: IssueAction)
    case noteRequired(IssueAction)
    /// A field value is not acceptable; `field` names it for forms.
    case invalid(field: String, zh: String, en: String)
    case notEditable(RecordKind, String)
    case conflicts([Conflict])
    case nothingToUndo
    /// My latest change published or withdrew a half-month report: `undo` stops there.
    case notUndoable(seq: Int, summary: String)
    case nothingChanged

    public func message(_ lang: Lang) -> String {
        switch self {
        case .denied(let denial):
            return denial.message(lang)
        case .notFound(let kind, let id):
            return lang.text(.noSuchRecord, kind.label(lang), id)
        case .illegalAction(let id, let status, let action):
            let legal = IssueAction.legal(from: status)
            return lang.text(
                .illegalAction, id, status.label(lang), status.rawValue, action.label(lang),
                legal.map { $0.label(lang) }.joined(separator: lang.text(.listSeparator)))
        case .noteRequired(let action):
            return lang.text(.actionNeedsNote, action.label(lang))
        case .invalid(let field, let zh, let en):
            return field + lang[.labelSeparator] + (lang == .zh ? zh : en)
        case .notEditable(let kind, let field):
            return lang.text(.fieldCannotBeEditedDirectly, kind.label(lang), field)
        case .conflicts(let conflicts):
            let fields = conflicts.map { "\($0.id)\($0.field.map { ".\($0)" } ?? "")" }.joined(separator: ", ")
            return lang.text(.conflictsWithColleaguesChange, fields)
        case .nothingToUndo:
            return lang.text(.nothingOfYoursToUndo)
        case .notUndoable(let seq, let summary):
            return lang.text(.myLastChangeCannotBeUndone, seq, summary)
        case .nothingChanged:
            return lang.text(.nothingChanged)
        }
    }
}
