/// Why an operation cannot be planned: the user asked for something the rules or the data do not allow.
public enum DomainError: Error, Equatable, Sendable {
    case denied(Denial)
    case notFound(RecordKind, String)
    case illegalAction(id: String, status: IssueStatus, action: IssueAction)
    case noteRequired(IssueAction)
    /// A field value is not acceptable; `field` names it for forms, the phrase says why in the reader's language.
    case invalid(field: String, Phrase)
    case notEditable(RecordKind, String)
    case conflicts([Conflict])
    case nothingToUndo
    /// My latest change published or withdrew a half-month report: `undo` stops there.
    case notUndoable(seq: Int, summary: String)
    case nothingChanged

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language (docs/architecture.md, "Adding a language").
    public var phrase: Phrase {
        switch self {
        case .denied(let denial):
            return denial.phrase
        case .notFound(let kind, let id):
            return Phrase(.noSuchRecord, .key(kind.labelKey), "\(id)")
        case .illegalAction(let id, let status, let action):
            let legal = IssueAction.legal(from: status)
            return Phrase(.illegalAction, "\(id)", .label(status), "\(status.rawValue)", .label(action), .list(legal.map { .label($0) }))
        case .noteRequired(let action):
            return Phrase(.actionNeedsNote, .label(action))
        case .invalid(let field, let reason):
            return Phrase(.reasonAt, "\(field)", .phrase(reason))
        case .notEditable(let kind, let field):
            return Phrase(.fieldCannotBeEditedDirectly, .key(kind.labelKey), "\(field)")
        case .conflicts(let conflicts):
            let fields = conflicts.map { "\($0.id)\($0.field.map { ".\($0)" } ?? "")" }.joined(separator: ", ")
            return Phrase(.conflictsWithColleaguesChange, "\(fields)")
        case .nothingToUndo:
            return Phrase(.nothingOfYoursToUndo)
        case .notUndoable(let seq, let summary):
            return Phrase(.myLastChangeCannotBeUndone, "\(seq)", "\(summary)")
        case .nothingChanged:
            return Phrase(.nothingChanged)
        }
    }
}
