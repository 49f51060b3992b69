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
        let before = kept.last?.status ?? later.first?.status ?? status
        let reopenedLater = count(.reopen, in: later) > 0
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
        if count(.extend, in: later) > 0 {
            let extended = kept.filter { $0.action == IssueAction.extend.rawValue }
            // The due date set by the last extension kept, else the original; a log from before due dates
            // were written into it leaves the due date as it is.
            if let lastExtension = extended.last {
                if let setDue = lastExtension.due { due = setDue }
            } else {
                due = originalDue
            }
        }
        extensions = max(0, extensions - count(.extend, in: later))
        returns = max(0, returns - count(.return, in: later))
        reopens = max(0, reopens - count(.reopen, in: later))
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
