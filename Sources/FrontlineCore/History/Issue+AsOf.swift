extension Issue {
    /// The issue as it stood at the end of `day`, told from its own history: the handling log (each line
    /// dated, with the status it led to and, for a 延期, the due date it set) and its dates (resolved,
    /// closed). Lines after `day` are taken back; an issue with none is returned unchanged.
    ///
    /// Imported issues whose log does not go back far enough are clamped by their dates: an issue closed
    /// after `day` was still open on it (待核验 when it had been resolved by then, else 办理中).
    public func asOf(_ day: Day) -> Issue {
        var issue = self
        let split = log.firstIndex { $0.at.day > day } ?? log.endIndex
        if split < log.endIndex { issue.takeBack(Array(log[split...]), keeping: Array(log[..<split])) }
        issue.clampDates(to: day)
        return issue
    }

    private mutating func takeBack(_ later: [HandlingLogEntry], keeping kept: [HandlingLogEntry]) {
        func count(_ action: IssueAction, in lines: [HandlingLogEntry]) -> Int {
            lines.reduce(0) { $0 + ($1.action == action.rawValue ? 1 : 0) }
        }
        func last(_ action: IssueAction) -> HandlingLogEntry? { kept.last { $0.action == action.rawValue } }
        // A 回访 that found the enterprise 不满意 reopened the issue like a 重新打开; a 批准延期 set the due date like a 延期.
        func reopenings(in lines: [HandlingLogEntry]) -> Int {
            count(.reopen, in: lines) + lines.reduce(0) { $0 + ($1.satisfaction == .dissatisfied ? 1 : 0) }
        }
        func extending(_ line: HandlingLogEntry) -> Bool {
            line.action == IssueAction.extend.rawValue || line.action == IssueAction.approveExtension.rawValue
        }
        let before = kept.last?.status ?? later.first?.status ?? status
        let reopenedLater = reopenings(in: later) > 0
        let returnedLater = count(.return, in: later) > 0

        // Closed then: the closure still standing keeps its recorded date; one taken back by a later reopen
        // is dated by its log line.
        if before == .closed {
            if reopenedLater || closedOn == nil {
                let closing = last(.close)
                closedOn = closing?.at.day ?? closedOn
                closedBy = closing?.by ?? closedBy
            }
        } else {
            closedOn = nil
            closedBy = nil
        }
        if before == .pendingVerification || before == .closed {
            if reopenedLater || returnedLater || resolvedOn == nil {
                let resolving = last(.resolve)
                resolvedOn = resolving?.at.day ?? resolvedOn
                resolution = resolving?.note ?? resolution
            }
        } else {
            resolvedOn = nil
            resolution = ""
        }
        let extendedLater = later.filter(extending).count
        if extendedLater > 0 {
            let extended = kept.filter(extending)
            // The due date set by the last extension kept, else the original; a log from before due dates
            // were written into it leaves the due date as it is.
            if let lastExtension = extended.last {
                if let setDue = lastExtension.due { due = setDue }
            } else {
                due = originalDue
            }
        }
        // A 转办 after the day: the issue was still with the unit (and person) the first of them took it from.
        if let transfer = later.first(where: { $0.action == IssueAction.transfer.rawValue }), let from = transfer.fromUnit {
            unit = from
            person = transfer.fromPerson
        }
        extensions = max(0, extensions - extendedLater)
        returns = max(0, returns - count(.return, in: later))
        reopens = max(0, reopens - reopenings(in: later))
        status = before
        log = kept
    }

    private mutating func clampDates(to day: Day) {
        if let closed = closedOn, closed > day {
            closedOn = nil
            closedBy = nil
            if status == .closed { status = resolvedOn.map { $0 <= day } ?? false ? .pendingVerification : .inProgress }
        }
        if let resolved = resolvedOn, resolved > day {
            resolvedOn = nil
            resolution = ""
            if status == .pendingVerification { status = .inProgress }
        }
    }
}
