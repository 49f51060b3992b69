/// The issue lifecycle's effects on an issue (docs/domain-rules.md; `IssueAction` for which step is legal
/// when): written once, here. The planner asks here for every issue raised and every step taken, after it
/// has checked who may do it; the benchmark's store generator asks here for the issues it makes.
extension Issue {
    /// An issue as raising it makes it: 待交办, raised on `day` by `person`, its due date also its original one,
    /// and one 新建 line in its handling log (which names the visit it was found on, if any).
    public init(id: String, raising draft: IssueDraft, on day: Day, by person: String, at now: Timestamp, foundOn visit: String? = nil) {
        self.init(id: id)
        project = draft.project
        title = draft.title.trimmingSpaces
        description = draft.description
        category = draft.category
        source = visit == nil ? draft.source : .visit
        raisedOn = day
        raisedBy = person
        unit = draft.unit
        coUnits = draft.coUnits
        self.person = draft.person
        responsibleLeader = draft.responsibleLeader
        due = draft.due
        originalDue = draft.due
        urgency = draft.urgency
        log = [
            HandlingLogEntry(
                at: now, by: person, actingFor: nil, action: "新建", note: visit.map { "走访 \($0) 发现" } ?? "",
                status: status)
        ]
    }

    /// Takes one lifecycle step on `day`: the status it leads to, the dates and counters it changes (申请办结 the
    /// resolution, 核验通过 the closure, 退回 and 重新打开 take them back, 延期 the due date), and the line it
    /// appends to the handling log, which it returns.
    ///
    /// A 延期 sets `newDue`, or the current due date `extendDays` later (`Limits.extensionDays`). Refuses a step
    /// that is not legal from the current status, one that must say why and does not, and a 延期 whose new due
    /// date is missing, not after the current one or not after `day`.
    ///
    /// The handling steps (docs/domain-rules.md, "Handling"): a 申请延期 asks for `newDue` (checked like a 延期's)
    /// and changes nothing else; a 批准延期 sets the date asked for, as a 延期 would; a 不予延期 leaves the due date;
    /// a 转办 hands the issue to `unit` (and `person` there, or nobody named), to be signed again; a 进展反馈 changes
    /// nothing; a 回访 records `satisfaction`, and 不满意 (with a note) reopens the issue as 重新打开 would.
    @discardableResult
    public mutating func take(
        _ action: IssueAction, note: String, newDue: Day? = nil, extendDays: Int? = nil, unit newUnit: String? = nil,
        person newPerson: String? = nil, satisfaction: Satisfaction? = nil, on day: Day,
        by person: String, actingFor: String?, at now: Timestamp
    ) throws(DomainError) -> HandlingLogEntry {
        guard var target = action.target(from: status) else { throw .illegalAction(id: id, status: status, action: action) }
        let note = note.trimmingSpaces
        if action.needsNote && note.isEmpty { throw .noteRequired(action) }
        if let problem = handlingProblem(action) { throw problem }
        var lineDue: Day?
        var transfer: (to: String, from: String, person: String?)?
        switch action {
        case .resolve:
            resolvedOn = day
            resolution = note
        case .close:
            closedOn = day
            closedBy = person
        case .return:
            returns += 1
            resolvedOn = nil
            resolution = ""
        case .extend:
            if let days = extendDays, !Limits.extensionDays.contains(days) {
                throw .invalid(
                    field: "days",
                    Phrase(.invalidExtensionDays, "\(Limits.extensionDays.lowerBound)", "\(Limits.extensionDays.upperBound)", "\(days)"))
            }
            guard let newDue = newDue ?? extendDays.map({ due.adding(days: $0) }) else {
                throw .invalid(field: "due", Phrase(.invalidExtensionNeedsNewDueDate))
            }
            try Planner.checkExtension(of: self, to: newDue, today: day)
            due = newDue
            extensions += 1
            lineDue = newDue
        case .requestExtension:
            guard let newDue else {
                throw .invalid(field: "due", Phrase(.invalidExtensionRequestNeedsDueDate))
            }
            try Planner.checkExtension(of: self, to: newDue, today: day)
            lineDue = newDue
        case .approveExtension:
            // The request is pending (handlingProblem); it holds the date asked for.
            guard let asked = pendingExtensionRequest?.due else {
                throw .invalid(field: "due", Phrase(.invalidExtensionRequestNamesNoDue))
            }
            try Planner.checkExtension(of: self, to: asked, today: day)
            due = asked
            extensions += 1
            lineDue = asked
        case .transfer:
            guard let newUnit, !newUnit.isEmpty else {
                throw .invalid(field: "unit", Phrase(.invalidTransferNeedsUnit))
            }
            if newUnit == unit {
                throw .invalid(
                    field: "unit", Phrase(.invalidTransferToSameUnit, "\(id)"))
            }
            transfer = (newUnit, unit, self.person)
            unit = newUnit
            self.person = newPerson
        case .followUp:
            guard let satisfaction else {
                throw .invalid(
                    field: "satisfaction", Phrase(.invalidFollowUpNeedsSatisfaction))
            }
            if satisfaction == .dissatisfied {
                if note.isEmpty {
                    throw .invalid(field: "note", Phrase(.invalidDissatisfiedNeedsNote))
                }
                // 不满意 reopens the issue (重办): a reopening like 重新打开, which counts against the unit.
                target = .inProgress
                reopens += 1
                closedOn = nil
                closedBy = nil
                resolvedOn = nil
                resolution = ""
            }
        case .reopen:
            reopens += 1
            closedOn = nil
            closedBy = nil
            resolvedOn = nil
            resolution = ""
        case .assign, .accept, .decline, .cancel, .refuseExtension, .feedback:
            break
        }
        status = target
        let line = HandlingLogEntry(
            at: now, by: person, actingFor: actingFor, action: action.rawValue, note: note, status: target,
            due: lineDue, unit: transfer?.to, fromUnit: transfer?.from, fromPerson: transfer?.person,
            satisfaction: action == .followUp ? satisfaction : nil)
        log.append(line)
        return line
    }
}
