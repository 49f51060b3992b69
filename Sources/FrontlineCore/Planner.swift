/// Turns an operation into record changes: checks the role, the lifecycle, the values and conflicts.
///
/// The store runs the planner under its lock against the latest board, so what is checked here
/// is what gets written. Each planned change is applied to the board at once, so a later step of
/// the same operation sees the earlier ones (new ids, updated fields); what was there before is
/// kept, so a refused or unsaved plan is rolled back without copying the board.
public struct Planner {
    let context: PlanContext
    /// Who holds what as the board stood when planning began: its settings, units, roster and absences (sharing
    /// the board's storage). The roster is built from them only when a lifecycle step asks who holds an issue.
    var rosterSource: Board
    lazy var roster = Roster(rosterSource)
    var scratch: Board
    var changes: [RecordChange] = []
    var actingFor: String?
    /// Each changed record as it was before the plan, in the order changed.
    var previous: [Rollback.Step] = []

    init(context: PlanContext, scratch: Board) {
        self.context = context
        rosterSource = Planner.rosterSource(scratch)
        self.scratch = scratch
    }

    /// The part of a board the roster is built from.
    static func rosterSource(_ board: Board) -> Board {
        var source = Board()
        source.settings = board.settings
        source.units = board.units
        source.duties = board.duties
        source.absences = board.absences
        return source
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
            throw .invalid(
                field: "revision", Phrase(.invalidLastRevisionReached, "\(board.revision)"))
        }
        var planner = Planner(context: context, scratch: Board())
        swap(&planner.scratch, &board)
        planner.rosterSource = Planner.rosterSource(planner.scratch)
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

    var today: Day { context.today }

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
                throw .invalid(field: field, fieldError.phrase)
            }
            throw .invalid(field: change.id, error.phrase)
        } catch {
            throw error as! DomainError
        }
        previous.append(Rollback.Step(kind: change.kind, id: change.id, record: before))
        changes.append(change)
        try checkRules(after: change)
    }

    /// The rules a record must keep whichever way it is changed (form, command line, import): checked on
    /// the record as the change leaves it, so no path can skip them.
    private func checkRules(after change: RecordChange) throws(DomainError) {
        if change.kind == .settings, change.fields.contains(where: { $0.name.hasPrefix("escalation") }),
            let problem = scratch.settings.escalationProblem
        {
            throw .invalid(field: change.fields.first { $0.name.hasPrefix("escalation") }!.name, problem)
        }
        if change.kind == .settings, change.fields.contains(where: { $0.name == "procedureTemplate" }),
            let problem = ProcedureTemplate.parse(scratch.settings.procedureTemplate ?? "", units: Set(scratch.units.map(\.id))).problems.first
        {
            throw .invalid(field: "procedureTemplate", problem.phrase)
        }
        guard change.kind == .project, change.op != .delete,
            change.op == .create || change.fields.contains(where: { $0.name == "lightOverride" || $0.name == "lightOverrideReason" }),
            let problem = scratch.projects[id: change.id]?.overrideProblem
        else { return }
        throw .invalid(field: "lightOverrideReason", problem)
    }

    private mutating func plan(_ intent: Intent) throws(DomainError) -> Plan {
        _ = try me()
        if case .batch(let intents) = intent {
            let (action, summary) = try batch(intents)
            return Plan(action: action, summary: summary, actingFor: actingFor, undoes: nil, changes: changes)
        }
        let (action, summary, undoes) = try step(intent)
        return Plan(action: action, summary: summary, actingFor: actingFor, undoes: undoes, changes: changes)
    }

    /// Plans one intent onto the changes so far: its journal action, summary and (for an undo) the entry undone.
    private mutating func step(_ intent: Intent) throws(DomainError) -> (action: String, summary: String, undoes: Int?) {
        switch intent {
        case .raiseIssue(let draft):
            let id = try raise(draft)
            return ("issue.new", "\(id) 新建：\(draft.title.trimmingSpaces)", nil)
        case .moveIssue(let move):
            let tail = try self.move(move)
            return ("issue.move", "\(move.issue) \(move.action.rawValue)\(tail)", nil)
        case .urgeIssue(let urge):
            try self.urge(urge)
            return (Issue.urgeJournalAction, "\(urge.issue) \(Issue.urgeAction)：\(urge.note.trimmingSpaces)", nil)
        case .recordProcedure(let update):
            return (Planner.procedureAction, try recordProcedure(update), nil)
        case .raiseProcedureIssue(let request):
            return (Planner.procedureRaiseAction, try raiseProcedureIssue(request), nil)
        case .attach(let draft):
            let attachment = try attach(draft)
            return (Attachment.journalAction, "\(draft.id) 附件：\(attachment.name)（\(attachment.size) 字节，sha256 \(attachment.sha256.prefix(12))）", nil)
        case .escalateIssues(let request):
            let changed = try escalate(request)
            if changed.isEmpty { throw .nothingChanged }
            return (Issue.escalateJournalAction, "督办：" + changed.joined(separator: "、"), nil)
        case .instruct(let draft):
            let id = try instruct(draft)
            return (Instruction.newAction, "\(id) 批示：\(draft.text.trimmingSpaces)", nil)
        case .stepInstruction(let step):
            try self.step(step)
            let word = step.action == .respond ? "反馈：" + step.text.trimmingSpaces : "已落实"
            return (step.action == .respond ? Instruction.respondAction : Instruction.doneAction, "\(step.instruction) \(word)", nil)
        case .logVisit(let draft):
            let id = try visit(draft)
            return ("visit", "\(id) 走访 \(draft.project)（\(draft.mode.rawValue)）", nil)
        case .postProgress(let draft):
            let notes = try progress(draft)
            return (
                "progress", "\(draft.project) 进展填报 \((draft.period ?? Period(containing: today)).text)" + (notes.isEmpty ? "" : "（\(notes)）"), nil
            )
        case .recordMeeting(let draft):
            let id = try recordMeeting(draft)
            return (Meeting.newJournalAction, "\(id) 调度会：\(draft.title.trimmingSpaces)（\(draft.kind.rawValue)，\(draft.date.iso)）", nil)
        case .decide(let draft):
            let (number, issue) = try decide(draft)
            return (
                Meeting.decideJournalAction, "\(draft.meeting) 第\(number)项决定" + (issue.map { " → \($0) 交办" } ?? "") + "：\(draft.text.trimmingSpaces)",
                nil
            )
        case .recordAbsence(let draft):
            let id = try absence(draft)
            return ("absence", "\(id) 离岗 \(draft.person) \(draft.from.iso)—\(draft.to.iso)", nil)
        case .create(let kind, let id, let fields):
            let newId = try create(kind, id: id, fields: fields)
            return ("create", "\(newId) 新建", nil)
        case .edit(let edit):
            try self.edit(edit)
            return ("edit", "\(edit.id) 修改：\(changes.first?.fields.map(\.name).joined(separator: ", ") ?? "")", nil)
        case .delete(let kind, let id, let base):
            try delete(kind, id: id, base: base)
            return ("delete", "\(id) 删除", nil)
        case .publishReport(let report):
            try publish(report)
            let what = AttractionMonth(text: report.id) != nil ? "招商引资成绩" : "半月报"
            return (Planner.publishAction, "发布\(what) \(report.id)", nil)
        case .withdrawReport(let period, let reason):
            try withdraw(period, reason: reason)
            let what = AttractionMonth(text: period) != nil ? "招商引资成绩" : "半月报"
            return (Planner.withdrawAction, "撤回已发布的\(what) \(period)，理由：\(reason.trimmingSpaces)", nil)
        case .importLedger(let ledger):
            return ("import", try importLedger(ledger), nil)
        case .undo:
            let target = try undo()
            return ("undo", "撤回 #\(target.seq)：\(target.summary)", target.seq)
        case .recordSquad(let draft):
            let id = try recordSquad(draft)
            return (Squad.newJournalAction, "\(id) 招商小分队：\(draft.name.trimmingSpaces)", nil)
        case .recordLead(let draft):
            let id = try recordLead(draft)
            return (Lead.newJournalAction, "\(id) 招商线索：\(draft.name.trimmingSpaces)", nil)
        case .moveLead(let move):
            let project = try moveLead(move)
            return (
                move.to == .landed ? Lead.landJournalAction : Lead.moveJournalAction,
                "\(move.lead) \(move.to.rawValue)" + (project.map { " → \($0)" } ?? ""), nil
            )
        case .issueBulletin(let draft):
            let id = try issueBulletin(draft)
            return (Bulletin.newJournalAction, "\(id) 通报\(draft.verdict.rawValue) \(draft.unit)：\(draft.reason.trimmingSpaces)", nil)
        case .batch:
            throw .invalid(field: "batch", Phrase(.invalidBatchCannotHoldAnotherBatch))
        }
    }

    /// Journal actions that `undo` never reverts.
    static let publishAction = "report.publish", withdrawAction = "report.withdraw"

    /// Plans every intent of a batch into one plan; the first refusal refuses the whole batch.
    /// Lifecycle actions of one kind read as one: `I-0045、I-0067 延期 → 2026-12-05`.
    private mutating func batch(_ intents: [Intent]) throws(DomainError) -> (action: String, summary: String) {
        guard !intents.isEmpty else { throw .nothingChanged }
        var steps: [(action: String, summary: String)] = []
        var coveredFor: Set<String?> = []
        for intent in intents {
            if case .undo = intent { throw .invalid(field: "batch", Phrase(.invalidBatchCannotHoldUndo)) }
            if case .attach = intent { throw .invalid(field: "batch", Phrase(.invalidBatchCannotHoldAttachment)) }
            actingFor = nil
            let (action, summary, _) = try step(intent)
            coveredFor.insert(actingFor)
            steps.append((action, summary))
        }
        // The entry says whom B acted for only when it is the same A for every issue.
        actingFor = coveredFor.count == 1 ? coveredFor.first! : nil
        if steps.count == 1 { return steps[0] }
        let moves = intents.compactMap { intent -> IssueMove? in if case .moveIssue(let m) = intent { m } else { nil } }
        if moves.count == intents.count, Set(moves.map(\.action)).count == 1 {
            // Every summary is "<id> <action>[ → <due>]"; a shared tail reads once.
            let tails = Set(steps.map { $0.summary.split(separator: " ", maxSplits: 1).dropFirst().joined() })
            let ids = moves.map(\.issue).joined(separator: "、")
            let tail = tails.count == 1 ? tails.first! : moves[0].action.rawValue
            return ("issue.move", "\(ids) \(tail)")
        }
        return ("batch", steps.map(\.summary).joined(separator: "；"))
    }

    // MARK: Issues

    func requireText(_ text: String, field: String) throws(DomainError) {
        if text.trimmingSpaces.isEmpty { throw .invalid(field: field, Phrase(.invalidEmpty)) }
    }

    func require(_ kind: RecordKind, _ id: String?) throws(DomainError) {
        if let id, !scratch.contains(kind, id: id) { throw .notFound(kind, id) }
    }

    mutating func raise(_ draft: IssueDraft, from visit: String? = nil) throws(DomainError) -> String {
        try requireText(draft.title, field: "title")
        try require(.unit, draft.unit)
        try require(.project, draft.project)
        try require(.person, draft.person)
        try require(.person, draft.responsibleLeader)
        for unit in draft.coUnits { try require(.unit, unit) }
        if draft.due < today {
            throw .invalid(field: "due", Phrase(.invalidDueDateBeforeToday, "\(draft.due.iso)", "\(today.iso)"))
        }
        let project = draft.project.flatMap { scratch.projects[id: $0] }
        try check(.raiseIssue(project: project, unit: draft.unit))
        let issue = Issue(id: context.ids.next(.issue, scratch), raising: draft, on: today, by: try me(), at: context.now, foundOn: visit)
        // Who the issue is raised for is the raise rule's (above); who answers for it is the field rules'.
        if let person = context.actor.person, let denial = FieldRules.refusal(person, before: nil, after: issue, board: scratch) {
            throw .denied(denial)
        }
        try record(
            RecordChange(
                kind: .issue, id: issue.id, op: .create, base: 0,
                fields: issue.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return issue.id
    }

    /// Plans a lifecycle action; returns what the summary says after the action: the due date a 延期 or 批准延期
    /// set or a 申请延期 asks for (` → 2026-12-20`), the unit of a 转办 (` → U-03`), the satisfaction of a 回访 (`（不满意）`).
    private mutating func move(_ move: IssueMove) throws(DomainError) -> String {
        guard let issue = scratch.issues[id: move.issue] else { throw .notFound(.issue, move.issue) }
        try check(.moveIssue(issue, move.action))
        if move.action == .transfer {
            try require(.unit, move.unit)
            try require(.person, move.person)
            if let person = move.person, let unit = move.unit, scratch.people[id: person]?.unit != unit {
                throw .invalid(
                    field: "person", Phrase(.invalidPersonNotOfTargetUnit, "\(person)", "\(unit)"))
            }
        }
        if let seen = move.seenStatus, seen != issue.status {
            let (by, at) = lastChange(.issue, issue.id, field: "status", after: issue.meta.rev - 1, record: issue.meta)
            throw .conflicts([
                Conflict(
                    recordKind: .issue, id: issue.id, kind: .field("status"), base: seen.json,
                    theirs: issue.status.json, mine: move.action.target(from: seen)?.json ?? .null,
                    theirsBy: by, theirsAt: at)
            ])
        }
        if let holder = roster.responsible(for: issue, on: today), holder.person == (try me()), let covered = holder.actingFor {
            actingFor = covered
        }
        var updated = issue
        let line = try updated.take(
            move.action, note: move.note, newDue: move.newDue, extendDays: move.extendDays, unit: move.unit,
            person: move.person, satisfaction: move.satisfaction, on: today,
            by: try me(), actingFor: actingFor, at: context.now)
        try record(
            RecordChange(
                kind: .issue, id: issue.id, op: .update, base: issue.meta.rev,
                fields: Planner.difference(issue, updated), appendLog: line))
        if let due = line.due { return " → \(due.iso)" }
        if let unit = line.unit { return " → \(unit)" }
        if let satisfaction = line.satisfaction { return "（\(satisfaction.rawValue)）" }
        return ""
    }

    // MARK: Visits, progress, absences

    private mutating func visit(_ draft: VisitDraft) throws(DomainError) -> String {
        try require(.project, draft.project)
        try requireText(draft.note, field: "note")
        for person in draft.visitors { try require(.person, person) }
        if draft.date > today {
            throw .invalid(field: "date", Phrase(.invalidVisitDateAfterToday, "\(draft.date.iso)"))
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
        try record(
            RecordChange(
                kind: .visit, id: visit.id, op: .create, base: 0,
                fields: visit.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return visit.id
    }

    /// Plans a progress update; returns what the journal should note (a replaced report, progress going backwards).
    private mutating func progress(_ draft: ProgressDraft) throws(DomainError) -> String {
        guard let project = scratch.projects[id: draft.project] else { throw .notFound(.project, draft.project) }
        try requireText(draft.note, field: "note")
        if let pct = draft.pct, !(0...100).contains(pct) {
            throw .invalid(field: "pct", Phrase(.invalidProgressOutOfRange))
        }
        if let ytd = draft.ytd, ytd < .zero {
            throw .invalid(field: "ytd", Phrase(.invalidNegativeYearToDate))
        }
        let period = draft.period ?? Period(containing: today)
        if period > Period(containing: today) {
            throw .invalid(field: "period", Phrase(.invalidPeriodNotBegun, .phrase(period.phrase)))
        }
        let earlier = scratch.progress.first { $0.project == project.id && $0.period == period }
        let review = ProgressReview(project: project, earlier: earlier, draft: draft)
        var report = earlier ?? ProgressReport(id: context.ids.next(.progress, scratch))
        try check(
            .change(
                {
                    var r = report; r.project = project.id; return r
                }()))
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
            try record(
                RecordChange(
                    kind: .progress, id: report.id, op: .create, base: 0,
                    fields: report.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        } else {
            try record(
                RecordChange(
                    kind: .progress, id: report.id, op: .update, base: before.meta.rev,
                    fields: Planner.difference(before, report)))
        }
        return review.journalNote
    }

    private mutating func publish(_ report: PublishedReport) throws(DomainError) {
        try check(.publishReport)
        let month = AttractionMonth(text: report.id)
        if scratch.reports.contains(id: report.id) {
            throw month == nil
                ? .invalid(field: "period", Phrase(.invalidReportFrozen, "\(report.id)"))
                : .invalid(field: "month", Phrase(.invalidAttractionFrozen, "\(report.id)"))
        }
        if let month { try checkAttractionPublishing(report, month: month) }
        try record(
            RecordChange(
                kind: .report, id: report.id, op: .create, base: 0,
                fields: report.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
    }

    private mutating func withdraw(_ period: String, reason: String) throws(DomainError) {
        try check(.publishReport)
        guard let report = scratch.reports[id: period] else {
            throw .invalid(field: "period", Phrase(.invalidReportNotPublished, "\(period)"))
        }
        if reason.trimmingSpaces.isEmpty {
            throw .invalid(field: "reason", Phrase(.invalidWithdrawNeedsReason))
        }
        // The frozen text stays in the journal: the delete records every old value.
        try record(
            RecordChange(
                kind: .report, id: report.id, op: .delete, base: report.meta.rev,
                fields: report.storedFields.map { FieldChange($0.name, old: $0.value, new: .null) }))
    }

    /// A new due date must be after the current one and after today (the CLI and the board both ask here).
    public static func checkExtension(of issue: Issue, to newDue: Day, today: Day) throws(DomainError) {
        if newDue <= issue.due {
            throw .invalid(
                field: "due", Phrase(.invalidNewDueNotAfterCurrent, "\(issue.id)", "\(newDue.iso)", "\(issue.due.iso)"))
        }
        if newDue <= today {
            throw .invalid(
                field: "due", Phrase(.invalidNewDueNotAfterToday, "\(issue.id)", "\(newDue.iso)", "\(today.iso)"))
        }
    }

    private mutating func absence(_ draft: AbsenceDraft) throws(DomainError) -> String {
        try require(.person, draft.person)
        if draft.to < draft.from {
            throw .invalid(field: "to", Phrase(.invalidEndBeforeStart))
        }
        var absence = Absence(id: context.ids.next(.absence, scratch))
        absence.person = draft.person
        absence.from = draft.from
        absence.to = draft.to
        absence.reason = draft.reason
        absence.handover = draft.handover
        try check(.change(absence))
        try record(
            RecordChange(
                kind: .absence, id: absence.id, op: .create, base: 0,
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
