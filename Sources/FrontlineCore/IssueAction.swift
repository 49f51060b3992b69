/// A step of the issue lifecycle (docs/domain.md), each legal from certain states only.
///
/// ```
/// 待交办 -交办-> 待签收 -签收-> 办理中 -申请办结-> 待核验 -核验通过-> 已销号
///             待签收 -拒签-> 待交办          待核验 -退回-> 办理中
/// 办理中 -延期-> 办理中      已销号 -重新打开-> 办理中      any open state -撤销-> 已撤销
/// 办理中 -申请延期-> 办理中 -批准延期 | 不予延期-> 办理中      办理中 -进展反馈-> 办理中
/// 待签收, 办理中 -转办(新单位)-> 待签收                      已销号 -回访-> 已销号 (不满意: 办理中)
/// ```
///
/// 批准延期 and 不予延期 are legal only while a 申请延期 is pending, a second 申请延期 only when none is, and a
/// 回访 once per closure: `Issue.isLegal(_:)` (docs/domain-rules.md, "Handling").
public enum IssueAction: String, DomainEnum {
    case assign = "交办", accept = "签收", decline = "拒签", resolve = "申请办结", close = "核验通过"
    case `return` = "退回", extend = "延期", reopen = "重新打开", cancel = "撤销"
    case requestExtension = "申请延期", approveExtension = "批准延期", refuseExtension = "不予延期"
    case transfer = "转办", feedback = "进展反馈", followUp = "回访"

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
        case .requestExtension: "request-extension"
        case .approveExtension: "approve-extension"
        case .refuseExtension: "refuse-extension"
        case .transfer: "transfer"
        case .feedback: "feedback"
        case .followUp: "follow-up"
        }
    }

    /// The state the action leads to from `status`, or nil when the action is not legal there. A 回访 whose
    /// enterprise is 不满意 leads to 办理中 instead (`Issue.take`).
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
        case (.requestExtension, .inProgress), (.approveExtension, .inProgress), (.refuseExtension, .inProgress): .inProgress
        case (.feedback, .inProgress): .inProgress
        case (.transfer, .pendingAcceptance), (.transfer, .inProgress): .pendingAcceptance
        case (.followUp, .closed): .closed
        default: nil
        }
    }

    /// The actions legal from `status`, in lifecycle order.
    public static func legal(from status: IssueStatus) -> [IssueAction] {
        allCases.filter { $0.target(from: status) != nil }
    }

    /// Actions that must say why (or, for 申请办结, how the issue was resolved; for 进展反馈, what was done).
    /// A 回访 needs a note only when the enterprise is 不满意 (`Issue.take`).
    public var needsNote: Bool {
        switch self {
        case .assign, .accept, .close, .approveExtension, .followUp: false
        case .decline, .resolve, .return, .extend, .reopen, .cancel, .requestExtension, .refuseExtension, .transfer, .feedback: true
        }
    }

    /// Actions that take more than a note: a date (申请延期), a unit (转办), a satisfaction (回访). On the board they
    /// open a form; on the command line they have a command of their own.
    public var needsDetails: Bool {
        switch self {
        case .extend, .requestExtension, .transfer, .followUp: true
        default: false
        }
    }
}
