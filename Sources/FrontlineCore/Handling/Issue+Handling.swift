/// Handling that matches practice (docs/domain-rules.md, "Handling"): a unit's 申请延期 that the leader or the 绩考办
/// decides, 转办 to another unit, 进展反馈 and the 回访 after closing. All are lifecycle steps (`IssueAction`,
/// `Issue.take`); what they leave behind is read from the handling log, so it is taken back like every log line
/// when the issue is looked at as of an earlier day.
extension Issue {
    /// Log lines that leave a pending 申请延期 pending: they say something about the issue but decide nothing.
    static let neutralActions: Set<String> = [Issue.urgeAction, IssueAction.feedback.rawValue, "编辑"]

    /// The 申请延期 waiting for a decision: the last line of the log that is not neutral, if it is one, while the issue
    /// is 办理中. A 批准延期, 不予延期, a direct 延期, a 转办, an undo or any other step settles it.
    public var pendingExtensionRequest: HandlingLogEntry? {
        guard status == .inProgress else { return nil }
        for line in log.reversed() where !Issue.neutralActions.contains(line.action) {
            return line.action == IssueAction.requestExtension.rawValue ? line : nil
        }
        return nil
    }

    /// Every 回访 line, oldest first.
    public var followUps: [HandlingLogEntry] { log.filter { $0.action == IssueAction.followUp.rawValue } }

    /// The 回访 of the standing closure, if it has had one.
    public var followUpOfClosure: HandlingLogEntry? {
        guard status == .closed else { return nil }
        for line in log.reversed() {
            if line.action == IssueAction.followUp.rawValue { return line }
            if line.action == IssueAction.close.rawValue { return nil }
        }
        return nil
    }

    /// How many 回访 found the enterprise 不满意 (each reopened the issue).
    public var dissatisfiedCount: Int { log.reduce(0) { $0 + ($1.satisfaction == .dissatisfied ? 1 : 0) } }

    /// Every 转办 line, oldest first.
    public var transfers: [HandlingLogEntry] { log.filter { $0.action == IssueAction.transfer.rawValue } }

    /// Whether `action` can be taken now: legal from the status, and for 批准延期 and 不予延期 a request pending, for
    /// 申请延期 none pending, for 回访 none yet of this closure.
    public func isLegal(_ action: IssueAction) -> Bool {
        guard action.target(from: status) != nil else { return false }
        switch action {
        case .approveExtension, .refuseExtension: return pendingExtensionRequest != nil
        case .requestExtension: return pendingExtensionRequest == nil
        case .followUp: return followUpOfClosure == nil
        default: return true
        }
    }

    /// Why `action` cannot be taken now although the status allows it (nil when it can, or when the status is what
    /// stops it: that is `DomainError.illegalAction`).
    func handlingProblem(_ action: IssueAction) -> DomainError? {
        guard action.target(from: status) != nil, !isLegal(action) else { return nil }
        switch action {
        case .approveExtension, .refuseExtension:
            return .invalid(
                field: "action", Phrase(.invalidNoExtensionRequest, "\(id)", .label(action)))
        case .requestExtension:
            let asked = pendingExtensionRequest?.due?.iso ?? ""
            return .invalid(
                field: "action", Phrase(.invalidExtensionAlreadyRequested, "\(id)", "\(asked)"))
        case .followUp:
            return .invalid(field: "action", Phrase(.invalidAlreadyFollowedUp, "\(id)"))
        default:
            return nil
        }
    }
}
