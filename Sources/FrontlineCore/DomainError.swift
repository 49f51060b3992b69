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
            return lang.pick("找不到\(kind.label(.zh)) \(id)", "no \(kind.label(.en)) \(id)")
        case .illegalAction(let id, let status, let action):
            let legal = IssueAction.legal(from: status)
            return lang.pick(
                "问题 \(id) 当前状态为“\(status.rawValue)”，不能“\(action.rawValue)”；可用操作：\(legal.map(\.rawValue).joined(separator: "、"))",
                "issue \(id) is \(status.english) (\(status.rawValue)) and cannot be '\(action.english)'; possible: \(legal.map(\.english).joined(separator: ", "))")
        case .noteRequired(let action):
            return lang.pick("“\(action.rawValue)”需要填写说明", "'\(action.english)' needs a note saying why")
        case .invalid(let field, let zh, let en):
            return lang.pick("\(field)：\(zh)", "\(field): \(en)")
        case .notEditable(let kind, let field):
            return lang.pick("\(kind.label(.zh))的“\(field)”不能直接修改", "\(kind.label(.en)) field '\(field)' cannot be edited directly")
        case .conflicts(let conflicts):
            let fields = conflicts.map { "\($0.id)\($0.field.map { ".\($0)" } ?? "")" }.joined(separator: ", ")
            return lang.pick("与他人的修改冲突：\(fields)", "conflicts with a colleague's change: \(fields)")
        case .nothingToUndo:
            return lang.pick("没有可撤回的修改", "nothing of yours to undo")
        case .notUndoable(let seq, let summary):
            return lang.pick("我的上一步修改 #\(seq)（\(summary)）不能用撤回取消：发布或撤回半月报是正式操作；如需撤回已发布的半月报，请管理员在看板报表页按 W 或执行 frontline report withdraw，并说明理由",
                             "my last change #\(seq) (\(summary)) cannot be undone: publishing or withdrawing a half-month report is a formal act; to withdraw a published report an administrator presses W on the board's 报表 screen or runs frontline report withdraw, with a reason")
        case .nothingChanged:
            return lang.pick("没有修改", "nothing changed")
        }
    }
}
