/// A step of the issue lifecycle (docs/domain.md), each legal from certain states only.
///
/// ```
/// 待交办 -交办-> 待签收 -签收-> 办理中 -申请办结-> 待核验 -核验通过-> 已销号
///             待签收 -拒签-> 待交办          待核验 -退回-> 办理中
/// 办理中 -延期-> 办理中      已销号 -重新打开-> 办理中      any open state -撤销-> 已撤销
/// ```
public enum IssueAction: String, DomainEnum {
    case assign = "交办", accept = "签收", decline = "拒签", resolve = "申请办结", close = "核验通过"
    case `return` = "退回", extend = "延期", reopen = "重新打开", cancel = "撤销"

    public var english: String {
        switch self {
        case .assign: "assign"
        case .accept: "accept"
        case .decline: "decline"
        case .resolve: "resolve"
        case .close: "close"
        case .return: "return"
        case .extend: "extend"
        case .reopen: "reopen"
        case .cancel: "cancel"
        }
    }

    /// The state the action leads to from `status`, or nil when the action is not legal there.
    public func target(from status: IssueStatus) -> IssueStatus? {
        switch (self, status) {
        case (.assign, .pendingAssignment): .pendingAcceptance
        case (.accept, .pendingAcceptance): .inProgress
        case (.decline, .pendingAcceptance): .pendingAssignment
        case (.resolve, .inProgress): .pendingVerification
        case (.close, .pendingVerification): .closed
        case (.return, .pendingVerification): .inProgress
        case (.extend, .inProgress): .inProgress
        case (.reopen, .closed): .inProgress
        case (.cancel, _) where status.isOpen: .cancelled
        default: nil
        }
    }

    /// The actions legal from `status`, in lifecycle order.
    public static func legal(from status: IssueStatus) -> [IssueAction] {
        allCases.filter { $0.target(from: status) != nil }
    }

    /// Actions that must say why (or, for 申请办结, how the issue was resolved).
    public var needsNote: Bool {
        switch self {
        case .assign, .accept, .close: false
        case .decline, .resolve, .return, .extend, .reopen, .cancel: true
        }
    }
}
