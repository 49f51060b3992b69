/// Turns an operation into record changes: checks the role, the lifecycle, the values and conflicts.
///
/// The store runs the planner under its lock against the latest board, so what is checked here
/// is what gets written. Each planned change is applied to the board at once, so a later step of
/// the same operation sees the earlier ones (new ids, updated fields); what was there before is
/// kept, so a refused or unsaved plan is rolled back without copying the board.
public struct Planner {
    let context: PlanContext
    var roster: Roster
    var scratch: Board
    var changes: [RecordChange] = []
    var actingFor: String?
    /// Each changed record as it was before the plan, in the order changed.
    var previous: [Rollback.Step] = []

    init(context: PlanContext, scratch: Board) {
        self.context = context
        roster = Roster(scratch)
        self.scratch = scratch
    }

    /// Plans against a copy of `board` (which stays as it is).
    public static func plan(_ intent: Intent, on board: Board, context: PlanContext) throws(DomainError) -> Plan {
        var copy = board
        let (plan, _) = try plan(intent, applyingTo: &copy, context: context)
        return plan
    }

    /// Plans and applies the plan's changes to `board` in place (no copy of the board is made). When
    /// planning fails the board is as it was; the rollback undoes the plan if saving it fails later.
    public static func plan(_ intent: Intent, applyingTo board: inout Board, context: PlanContext) throws(DomainError) -> (Plan, Rollback) {
        // The planner takes the board over (no other reference left, so changing it copies nothing).
        guard board.revision < Limits.revision.upperBound else {
            throw .invalid(field: "revision", zh: "数据已到最大修订号 \(board.revision)，不能再保存修改；请联系管理员",
                           en: "the store has reached its last revision (\(board.revision)); no change can be saved; ask an administrator")
        }
        var planner = Planner(context: context, scratch: Board())
        swap(&planner.scratch, &board)
        planner.roster = Roster(planner.scratch)
        do throws(DomainError) {
            let plan = try planner.plan(intent)
            swap(&planner.scratch, &board)
            return (plan, Rollback(steps: planner.previous))
        } catch {
            planner.scratch.rollBack(Rollback(steps: planner.previous))
            swap(&planner.scratch, &board)
            throw error
        }
    }

    private var today: Day { context.today }

    /// The acting person's id; planning stops with a denial when the account maps to no person.
    func me() throws(DomainError) -> String {
        guard let person = context.actor.person else { throw .denied(.unknownAccount(context.actor.login)) }
        return person.id
    }

    func check(_ request: Access.Request) throws(DomainError) {
        if let denial = Access.denial(request, by: context.actor, on: scratch) { throw .denied(denial) }
    }

    mutating func record(_ change: RecordChange) throws(DomainError) {
        let before = existing(change.kind, change.id)
        do {
            try scratch.apply(change, meta: RecordMeta(rev: scratch.revision + 1, updatedAt: context.now, updatedBy: try me()))
        } catch let error as ApplyError {
            if case .record(let recordError) = error, case .badValue(_, let field, let fieldError) = recordError {
                throw .invalid(field: field, zh: fieldError.message(.zh), en: fieldError.message(.en))
            }
            throw .invalid(field: change.id, zh: error.message(.zh), en: error.message(.en))
        } catch {
            throw error as! DomainError
        }
        previous.append(Rollback.Step(kind: change.kind, id: change.id, record: before))
        changes.append(change)
    }

    private mutating func plan(_ intent: Intent) throws(DomainError) -> Plan {
        _ = try me()
        let action: String, summary: String
        var undoes: Int?
        switch intent {
        case .raiseIssue(let draft):
            let id = try raise(draft)
            (action, summary) = ("issue.new", "\(id) 新建：\(draft.title.trimmingSpaces)")
        case .moveIssue(let move):
            let newDue = try self.move(move)
            (action, summary) = ("issue.move", "\(move.issue) \(move.action.rawValue)\(newDue.map { " → \($0.iso)" } ?? "")")
        case .logVisit(let draft):
            let id = try visit(draft)
            (action, summary) = ("visit", "\(id) 走访 \(draft.project)（\(draft.mode.rawValue)）")
        case .postProgress(let draft):
            try progress(draft)
            (action, summary) = ("progress", "\(draft.project) 进展填报 \(Period(containing: today).text)")
        case .recordAbsence(let draft):
            let id = try absence(draft)
            (action, summary) = ("absence", "\(id) 离岗 \(draft.person) \(draft.from.iso)—\(draft.to.iso)")
        case .create(let kind, let id, let fields):
            let newId = try create(kind, id: id, fields: fields)
            (action, summary) = ("create", "\(newId) 新建")
        case .edit(let edit):
            try self.edit(edit)
            (action, summary) = ("edit", "\(edit.id) 修改：\(changes.first?.fields.map(\.name).joined(separator: ", ") ?? "")")
        case .delete(let kind, let id, let base):
            try delete(kind, id: id, base: base)
            (action, summary) = ("delete", "\(id) 删除")
        case .publishReport(let report):
            try publish(report)
            (action, summary) = ("report.publish", "发布半月报 \(report.id)")
        case .importLedger(let ledger):
            (action, summary) = ("import", try importLedger(ledger))
        case .undo:
            let target = try undo()
            undoes = target.seq
            (action, summary) = ("undo", "撤回 #\(target.seq)：\(target.summary)")
        }
        return Plan(action: action, summary: summary, actingFor: actingFor, undoes: undoes, changes: changes)
    }

    // MARK: Issues

    private func requireText(_ text: String, field: String) throws(DomainError) {
        if text.trimmingSpaces.isEmpty { throw .invalid(field: field, zh: "不能为空", en: "must not be empty") }
    }

    private func require(_ kind: RecordKind, _ id: String?) throws(DomainError) {
        if let id, !scratch.contains(kind, id: id) { throw .notFound(kind, id) }
    }

    private mutating func raise(_ draft: IssueDraft, from visit: String? = nil) throws(DomainError) -> String {
        try requireText(draft.title, field: "title")
        try require(.unit, draft.unit)
        try require(.project, draft.project)
        try require(.person, draft.person)
        try require(.person, draft.responsibleLeader)
        for unit in draft.coUnits { try require(.unit, unit) }
        if draft.due < today {
            throw .invalid(field: "due", zh: "办结时限 \(draft.due.iso) 早于今天 \(today.iso)", en: "due date \(draft.due.iso) is before today \(today.iso)")
        }
        let project = draft.project.flatMap { scratch.projects[id: $0] }
        try check(.raiseIssue(project: project, unit: draft.unit))
        var issue = Issue(id: context.ids.next(.issue, scratch))
        issue.project = draft.project
        issue.title = draft.title.trimmingSpaces
        issue.description = draft.description
        issue.category = draft.category
        issue.source = visit == nil ? draft.source : .visit
        issue.raisedOn = today
        issue.raisedBy = try me()
        issue.unit = draft.unit
        issue.coUnits = draft.coUnits
        issue.person = draft.person
        issue.responsibleLeader = draft.responsibleLeader
        issue.due = draft.due
        issue.originalDue = draft.due
        issue.urgency = draft.urgency
        // Who the issue is raised for is the raise rule's (above); who answers for it is the field rules'.
        if let person = context.actor.person, let denial = FieldRules.refusal(person, before: nil, after: issue, board: scratch) {
            throw .denied(denial)
        }
        issue.log = [HandlingLogEntry(at: context.now, by: try me(), actingFor: nil, action: "新建",
                                      note: visit.map { "走访 \($0) 发现" } ?? "", status: issue.status)]
        try record(RecordChange(kind: .issue, id: issue.id, op: .create, base: 0,
                                fields: issue.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return issue.id
    }

    /// Plans a lifecycle action; returns the new due date of a 延期.
    private mutating func move(_ move: IssueMove) throws(DomainError) -> Day? {
        guard let issue = scratch.issues[id: move.issue] else { throw .notFound(.issue, move.issue) }
        try check(.moveIssue(issue, move.action))
        if let seen = move.seenStatus, seen != issue.status {
            let (by, at) = lastChange(.issue, issue.id, field: "status", after: issue.meta.rev - 1, record: issue.meta)
            throw .conflicts([Conflict(recordKind: .issue, id: issue.id, kind: .field("status"), base: seen.json,
                                       theirs: issue.status.json, mine: move.action.target(from: seen)?.json ?? .null,
                                       theirsBy: by, theirsAt: at)])
        }
        guard let target = move.action.target(from: issue.status) else {
            throw .illegalAction(id: issue.id, status: issue.status, action: move.action)
        }
        let note = move.note.trimmingSpaces
        if move.action.needsNote && note.isEmpty { throw .noteRequired(move.action) }
        var updated = issue
        updated.status = target
        switch move.action {
        case .resolve:
            updated.resolvedOn = today
            updated.resolution = note
        case .close:
            updated.closedOn = today
            updated.closedBy = try me()
        case .return:
            updated.returns += 1
            updated.resolvedOn = nil
            updated.resolution = ""
        case .extend:
            if let days = move.extendDays, !Limits.extensionDays.contains(days) {
                throw .invalid(field: "days", zh: "延长天数应为 \(Limits.text(Limits.extensionDays)) 天，收到 \(days)",
                               en: "an extension is \(Limits.extensionDays.lowerBound) to \(Limits.extensionDays.upperBound) days, got \(days)")
            }
            guard let newDue = move.newDue ?? move.extendDays.map({ issue.due.adding(days: $0) }) else {
                throw .invalid(field: "due", zh: "延期需要新的办结时限", en: "an extension needs a new due date")
            }
            guard newDue > issue.due else {
                throw .invalid(field: "due", zh: "新的办结时限须晚于当前的 \(issue.due.iso)", en: "the new due date must be after the current one, \(issue.due.iso)")
            }
            updated.due = newDue
            updated.extensions += 1
        case .reopen:
            updated.reopens += 1
            updated.closedOn = nil
            updated.closedBy = nil
            updated.resolvedOn = nil
            updated.resolution = ""
        case .assign, .accept, .decline, .cancel:
            break
        }
        if let holder = roster.responsible(for: issue, on: today), holder.person == (try me()), let covered = holder.actingFor {
            actingFor = covered
        }
        let line = HandlingLogEntry(at: context.now, by: try me(), actingFor: actingFor, action: move.action.rawValue,
                                    note: note, status: target)
        try record(RecordChange(kind: .issue, id: issue.id, op: .update, base: issue.meta.rev,
                                fields: Planner.difference(issue, updated), appendLog: line))
        return move.action == .extend ? updated.due : nil
    }

    // MARK: Visits, progress, absences

    private mutating func visit(_ draft: VisitDraft) throws(DomainError) -> String {
        try require(.project, draft.project)
        try requireText(draft.note, field: "note")
        for person in draft.visitors { try require(.person, person) }
        if draft.date > today {
            throw .invalid(field: "date", zh: "走访日期 \(draft.date.iso) 晚于今天", en: "visit date \(draft.date.iso) is after today")
        }
        var visit = Visit(id: context.ids.next(.visit, scratch))
        visit.project = draft.project
        visit.date = draft.date
        visit.mode = draft.mode
        visit.visitors = draft.visitors.isEmpty ? [try me()] : draft.visitors
        visit.note = draft.note
        try check(.change(visit))
        var raised: [String] = []
        for var issue in draft.raise {
            issue.project = draft.project
            raised.append(try raise(issue, from: visit.id))
        }
        visit.issues = raised
        try record(RecordChange(kind: .visit, id: visit.id, op: .create, base: 0,
                                fields: visit.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return visit.id
    }

    private mutating func progress(_ draft: ProgressDraft) throws(DomainError) {
        guard let project = scratch.projects[id: draft.project] else { throw .notFound(.project, draft.project) }
        try requireText(draft.note, field: "note")
        if let pct = draft.pct, !(0...100).contains(pct) {
            throw .invalid(field: "pct", zh: "进度应在 0 到 100 之间", en: "progress must be between 0 and 100")
        }
        if let ytd = draft.ytd, ytd < .zero {
            throw .invalid(field: "ytd", zh: "本年累计完成不能为负", en: "year-to-date investment cannot be negative")
        }
        let period = Period(containing: today)
        var report = scratch.progress.first { $0.project == project.id && $0.period == period }
            ?? ProgressReport(id: context.ids.next(.progress, scratch))
        try check(.change({ var r = report; r.project = project.id; return r }()))
        var updated = project
        if let pct = draft.pct { updated.progressPct = pct }
        if let ytd = draft.ytd { updated.ytd = ytd }
        if let text = draft.progressText { updated.progressText = text }
        if let next = draft.nextSteps { updated.nextSteps = next }
        if let stage = draft.stage {
            updated.stage = stage
            if stage.hasStarted && updated.actualStart == nil { updated.actualStart = today }
            if (stage == .completed || stage == .operating) && updated.actualFinish == nil { updated.actualFinish = today }
        }
        let isNew = report.project.isEmpty
        let before = report
        report.project = project.id
        report.period = period
        report.reportedOn = today
        report.reportedBy = try me()
        report.periodDone += updated.ytd - project.ytd
        report.ytd = updated.ytd
        report.progressText = updated.progressText
        report.progressPct = updated.progressPct
        report.stage = draft.stage ?? report.stage
        report.text = draft.note
        report.problems = draft.problems
        report.nextSteps = draft.nextSteps ?? report.nextSteps
        let projectFields = Planner.difference(project, updated)
        if !projectFields.isEmpty {
            try record(RecordChange(kind: .project, id: project.id, op: .update, base: project.meta.rev, fields: projectFields))
        }
        if isNew {
            try record(RecordChange(kind: .progress, id: report.id, op: .create, base: 0,
                                    fields: report.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        } else {
            try record(RecordChange(kind: .progress, id: report.id, op: .update, base: before.meta.rev,
                                    fields: Planner.difference(before, report)))
        }
    }

    private mutating func publish(_ report: PublishedReport) throws(DomainError) {
        try check(.publishReport)
        if scratch.reports.contains(id: report.id) {
            throw .invalid(field: "period", zh: "\(report.id) 的半月报已发布，发布后不再改动", en: "the report for \(report.id) is already published and frozen")
        }
        try record(RecordChange(kind: .report, id: report.id, op: .create, base: 0,
                                fields: report.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
    }

    private mutating func absence(_ draft: AbsenceDraft) throws(DomainError) -> String {
        try require(.person, draft.person)
        if draft.to < draft.from {
            throw .invalid(field: "to", zh: "结束日期早于开始日期", en: "the end date is before the start date")
        }
        var absence = Absence(id: context.ids.next(.absence, scratch))
        absence.person = draft.person
        absence.from = draft.from
        absence.to = draft.to
        absence.reason = draft.reason
        absence.handover = draft.handover
        try check(.change(absence))
        try record(RecordChange(kind: .absence, id: absence.id, op: .create, base: 0,
                                fields: absence.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return absence.id
    }

    /// The fields whose JSON differs between two versions of a record, old → new.
    static func difference<R: Record>(_ old: R, _ new: R) -> [FieldChange] {
        R.schema.fields.compactMap { field in
            let (a, b) = (field.get(old), field.get(new))
            return a == b || field.name == "log" ? nil : FieldChange(field.name, old: a, new: b)
        }
    }
}
