import Testing

@testable import FrontlineCore

/// The issue lifecycle of docs/domain.md, as a table, against `IssueAction.target(from:)`.
///
/// ```
/// 待交办 -交办-> 待签收 -签收-> 办理中 -申请办结-> 待核验 -核验通过-> 已销号
///             待签收 -拒签-> 待交办          待核验 -退回-> 办理中
/// 办理中 -延期-> 办理中      已销号 -重新打开-> 办理中      any open state -撤销-> 已撤销
/// 办理中 -申请延期 | 批准延期 | 不予延期 | 进展反馈-> 办理中    待签收, 办理中 -转办-> 待签收    已销号 -回访-> 已销号
/// ```
///
/// (Which of the handling steps the issue's log allows on top of its status, and 回访 不满意 reopening, are
/// `HandlingTests`.)
enum LifecycleTable {
    /// Every legal (state, action) → next state; every pair not listed is illegal.
    static let legal: [IssueStatus: [IssueAction: IssueStatus]] = [
        .pendingAssignment: [.assign: .pendingAcceptance, .cancel: .cancelled],
        .pendingAcceptance: [.accept: .inProgress, .decline: .pendingAssignment, .cancel: .cancelled, .transfer: .pendingAcceptance],
        .inProgress: [
            .resolve: .pendingVerification, .extend: .inProgress, .cancel: .cancelled,
            .requestExtension: .inProgress, .approveExtension: .inProgress, .refuseExtension: .inProgress,
            .transfer: .pendingAcceptance, .feedback: .inProgress,
        ],
        .pendingVerification: [.close: .closed, .return: .inProgress, .cancel: .cancelled],
        .closed: [.reopen: .inProgress, .followUp: .closed],
        .cancelled: [:],
    ]

    static func target(_ action: IssueAction, from status: IssueStatus) -> IssueStatus? {
        legal[status]?[action]
    }

    /// A state from which the action is legal (the first in lifecycle order).
    static func stateAllowing(_ action: IssueAction) -> IssueStatus {
        IssueStatus.allCases.first { target(action, from: $0) != nil }!
    }
}

struct LifecycleTests {
    @Test("the table has the 19 legal transitions of the diagram")
    func tableSize() {
        #expect(LifecycleTable.legal.values.reduce(0) { $0 + $1.count } == 19)
        #expect(IssueStatus.allCases.count * IssueAction.allCases.count == 90)
    }

    /// 15 actions × 6 states: the exact target for legal pairs, nil for illegal ones.
    @Test("target(from:) for every action from every state", arguments: IssueStatus.allCases, IssueAction.allCases)
    func everyPair(status: IssueStatus, action: IssueAction) {
        #expect(
            action.target(from: status) == LifecycleTable.target(action, from: status),
            "\(status.rawValue) -\(action.rawValue)->")
    }

    @Test(
        "legal(from:) lists the table's actions in lifecycle order",
        arguments: [
            (IssueStatus.pendingAssignment, [IssueAction.assign, .cancel]),
            (.pendingAcceptance, [.accept, .decline, .cancel, .transfer]),
            (.inProgress, [.resolve, .extend, .cancel, .requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback]),
            (.pendingVerification, [.close, .return, .cancel]),
            (.closed, [.reopen, .followUp]),
            (.cancelled, []),
        ])
    func legalActions(status: IssueStatus, actions: [IssueAction]) {
        #expect(IssueAction.legal(from: status) == actions)
    }

    @Test(
        "which actions must say why",
        arguments: [
            (IssueAction.assign, false), (.accept, false), (.close, false),
            (.decline, true), (.resolve, true), (.return, true), (.extend, true), (.reopen, true), (.cancel, true),
            (.requestExtension, true), (.approveExtension, false), (.refuseExtension, true), (.transfer, true), (.feedback, true),
            (.followUp, false),
        ])
    func needsNote(action: IssueAction, needed: Bool) {
        #expect(action.needsNote == needed)
    }

    @Test(
        "open states are the four before 已销号 and 已撤销",
        arguments: [
            (IssueStatus.pendingAssignment, true), (.pendingAcceptance, true), (.inProgress, true),
            (.pendingVerification, true), (.closed, false), (.cancelled, false),
        ])
    func openStates(status: IssueStatus, open: Bool) {
        #expect(status.isOpen == open)
    }
}
