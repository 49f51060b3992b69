import FrontlineCore
import FrontlineStore

extension Builder {
    /// The journal lines (each ending in a newline) and how many entries they hold.
    struct Journal {
        var lines: [UInt8]
        var entries: Int
    }

    /// One operation as the planner would record it.
    struct Planned {
        var actor: Int
        var actingFor: Int?
        var action: String
        var summary: String
        var changes: [RecordChange]
    }

    /// Lookups from ids back to the generator's indices, and the ids handed out in the journal.
    struct JournalState {
        var unitIndex: [String: Int] = [:]
        var personIndex: [String: Int] = [:]
        var projectIndex: [String: Int] = [:]
        /// Every issue id, snapshot ones first, with the template it came from.
        var issueList: [String] = []
        var issueTemplate: [Int?] = []
        /// `P-…|2026-11-2` → the id of that project's report for that period.
        var reports: [String: String] = [:]
        var active: [Int] = []
        var nextIssue = 0, nextVisit = 0, nextProgress = 0, nextAbsence = 0
        var issueWidth = 0, visitWidth = 0, progressWidth = 0, absenceWidth = 0
    }

    /// Writes `size.journalChanges` entries on top of `board` (the snapshot), applying each as it goes.
    mutating func journal(on board: inout Board, benchUid: Int, chainStart: String) throws -> Journal {
        let n = size.journalChanges
        guard n > 0 else { return Journal(lines: [], entries: 0) }
        var rng = rng(9)
        var state = JournalState()
        for (i, id) in unitIds.enumerated() { state.unitIndex[id] = i }
        for (i, id) in personIds.enumerated() { state.personIndex[id] = i }
        for (i, id) in projectIds.enumerated() { state.projectIndex[id] = i }
        state.issueList = issueIds
        state.issueTemplate = issues.map(\.template)
        for report in board.progress.rows { state.reports[report.project + "|" + report.period.text] = report.id }
        state.active = projects.indices.filter { !projects[$0].stage.isFinished }
        if state.active.isEmpty { state.active = Array(projects.indices) }
        state.nextIssue = board.issues.count + 1
        state.nextVisit = board.visits.count + 1
        state.nextProgress = board.progress.count + 1
        state.nextAbsence = board.absences.count + 1
        state.issueWidth = idWidth(.issue, count: board.issues.count)
        state.visitWidth = idWidth(.visit, count: board.visits.count)
        state.progressWidth = idWidth(.progress, count: board.progress.count)
        state.absenceWidth = idWidth(.absence, count: board.absences.count)

        var lines: [UInt8] = []
        lines.reserveCapacity(n * 1_200)
        var prev = chainStart
        // 08:00–20:00 the day before the as-of date, then 08:00–12:00 on it.
        let window = 16 * 3600
        for k in 0..<n {
            let offset = k * window / n + rng.int(max(1, window / n / 2))
            let second = offset < 12 * 3600
                ? (today - 1) * 86_400 + 8 * 3600 + offset
                : today * 86_400 + 8 * 3600 + offset - 12 * 3600
            let day = second / 86_400
            let at = stamp(seconds: second)
            var planned: Planned?
            while planned == nil {
                switch rng.weighted([40, 24, 14, 10, 7, 3]) {
                case 0: planned = move(&rng, board, &state, day: day, at: at)
                case 1: planned = visit(&rng, board, &state, day: day, at: at)
                case 2: planned = progressUpdate(&rng, board, &state, day: day)
                case 3: planned = edit(&rng, board, &state, day: day, at: at)
                case 4: planned = newIssue(&rng, board, &state, day: day, at: at)
                default: planned = absence(&rng, board, &state, day: day)
                }
            }
            let plan = planned!
            let entry = Entry(seq: board.revision + 1, at: at, login: people[plan.actor].login,
                              uid: plan.actor == bench ? benchUid : 20_000 + plan.actor, person: personIds[plan.actor],
                              actingFor: plan.actingFor.map { personIds[$0] }, action: plan.action, summary: plan.summary,
                              changes: plan.changes, prev: prev)
            try board.apply(entry)
            let line = EntryCodec.encode(entry)
            prev = SHA256.hex(line.dropLast())
            lines += line
        }
        return Journal(lines: lines, entries: n)
    }

    /// The fields whose JSON differs, old → new (the handling log is appended, never diffed).
    func difference<R: Record>(_ old: R, _ new: R) -> [FieldChange] {
        R.schema.fields.compactMap { field in
            let (a, b) = (field.get(old), field.get(new))
            return a == b || field.name == "log" ? nil : FieldChange(field.name, old: a, new: b)
        }
    }

    func creation<R: Record>(_ record: R) -> RecordChange {
        RecordChange(kind: R.kind, id: record.id, op: .create, base: 0,
                     fields: record.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) })
    }

    // MARK: Operations

    /// A lifecycle action on an issue (`issue.move`), by whoever would take it.
    func move(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int, at: Timestamp) -> Planned? {
        let pick = rng.int(state.issueList.count)
        let id = state.issueList[pick]
        guard let issue = board.issues[id: id] else { return nil }
        let action: IssueAction
        switch issue.status {
        case .pendingAssignment: action = rng.chance(950) ? .assign : .cancel
        case .pendingAcceptance: action = [IssueAction.accept, .decline, .cancel][rng.weighted([88, 10, 2])]
        case .inProgress: action = [IssueAction.resolve, .extend, .cancel][rng.weighted([60, 35, 5])]
        case .pendingVerification: action = rng.chance(800) ? .close : .return
        case .closed:
            guard rng.chance(30) else { return nil }
            action = .reopen
        case .cancelled: return nil
        }
        guard let target = action.target(from: issue.status) else { return nil }
        let unit = state.unitIndex[issue.unit]!
        let project = issue.project.flatMap { state.projectIndex[$0] }
        let leader = issue.responsibleLeader.flatMap { state.personIndex[$0] }
        var actor: Int
        var acting: Int?
        switch action {
        case .accept, .decline, .resolve, .extend:
            (actor, acting) = roster.responsible(unit: unit, person: issue.person.flatMap { state.personIndex[$0] }, day)
        case .assign: actor = overseer(&rng, project: project, leader: leader, day, adminShare: 750)
        case .close: actor = overseer(&rng, project: project, leader: leader, day, adminShare: 600)
        case .return, .reopen: actor = overseer(&rng, project: project, leader: leader, day, adminShare: 500)
        case .cancel: actor = admin(&rng, day)
        }
        let template = state.issueTemplate[pick].map { Vocabulary.issueTemplates[$0] }
        let todayDay = Day(ordinal: day)
        var updated = issue
        updated.status = target
        var note = ""
        switch action {
        case .resolve:
            note = template?.resolution ?? "已协调相关部门办理完毕，企业确认问题已解决。"
            updated.resolvedOn = todayDay
            updated.resolution = note
        case .close:
            updated.closedOn = todayDay
            updated.closedBy = personIds[actor]
        case .return:
            note = template?.ret ?? rng.pick(Vocabulary.returnNotes)
            updated.returns += 1
            updated.resolvedOn = nil
            updated.resolution = ""
        case .extend:
            note = template?.ext ?? rng.pick(Vocabulary.extendNotes)
            updated.due = Day(ordinal: max(issue.due.ordinal, day) + rng.int(in: 7...30))
            updated.extensions += 1
        case .reopen:
            note = rng.pick(Vocabulary.reopenNotes)
            updated.reopens += 1
            updated.closedOn = nil
            updated.closedBy = nil
            updated.resolvedOn = nil
            updated.resolution = ""
        case .decline: note = rng.pick(Vocabulary.declineNotes)
        case .cancel: note = rng.pick(Vocabulary.cancelNotes)
        case .assign, .accept: break
        }
        let line = HandlingLogEntry(at: at, by: personIds[actor], actingFor: acting.map { personIds[$0] },
                                    action: action.rawValue, note: note, status: target)
        let change = RecordChange(kind: .issue, id: id, op: .update, base: issue.meta.rev,
                                  fields: difference(issue, updated), appendLog: line)
        let summary = id + " " + action.rawValue + (action == .extend ? " → " + updated.due.iso : "")
        return Planned(actor: actor, actingFor: acting, action: "issue.move", summary: summary, changes: [change])
    }

    /// A project the journal works on, with its current 形象进度 from the board.
    func current(_ board: Board, _ pi: Int) -> (ProjectModel, Project) {
        let project = board.projects[id: projectIds[pi]]!
        var model = projects[pi]
        model.progressText = project.progressText
        return (model, project)
    }

    /// A new issue record as `Planner.raise` makes it.
    func raised(_ rng: inout SplitMix64, _ state: inout JournalState, project pi: Int, template t: Int, by actor: Int,
                source: IssueSource, day: Int, at: Timestamp, visit: String?) -> Issue {
        let p = projects[pi]
        let template = Vocabulary.issueTemplates[t]
        var issue = Issue(id: makeId("I", state.nextIssue, width: state.issueWidth))
        state.nextIssue += 1
        issue.project = projectIds[pi]
        issue.title = template.title
        issue.description = template.description
        issue.category = template.category
        issue.source = visit == nil ? source : .visit
        issue.raisedOn = Day(ordinal: day)
        issue.raisedBy = personIds[actor]
        let unit = resolve(template.unit, project: p)
        issue.unit = unitIds[unit]
        var co: [Int] = []
        for tag in template.co {
            let u = resolve(tag, project: p)
            if u != unit && !co.contains(u) { co.append(u) }
        }
        issue.coUnits = co.map { unitIds[$0] }
        issue.responsibleLeader = rng.chance(500) ? personIds[p.leader] : nil
        issue.urgency = Urgency.allCases[rng.weighted([60, 30, 10])]
        issue.due = Day(ordinal: day + urgencyOffset(&rng, issue.urgency))
        issue.originalDue = issue.due
        issue.log = [HandlingLogEntry(at: at, by: personIds[actor], actingFor: nil, action: "新建",
                                      note: visit.map { "走访 \($0) 发现" } ?? "", status: .pendingAssignment)]
        state.issueList.append(issue.id)
        state.issueTemplate.append(t)
        return issue
    }

    func template(_ rng: inout SplitMix64, for p: ProjectModel) -> Int? {
        let fitting = Vocabulary.issueTemplates.indices.filter { t in
            let template = Vocabulary.issueTemplates[t]
            return !template.groups.isDisjoint(with: p.group) && (template.kinds.isEmpty || !template.kinds.isDisjoint(with: p.tags))
        }
        return fitting.isEmpty ? nil : rng.pick(fitting)
    }

    /// A site visit (`visit`), sometimes raising an issue found on site.
    func visit(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int, at: Timestamp) -> Planned? {
        let pi = rng.pick(state.active)
        let (p, _) = current(board, pi)
        var actor = roster.service(p.unit, day).0
        let mode = [VisitMode.onSite, .phone, .video][rng.weighted([90, 6, 4])]
        let withLeader = mode == .onSite && rng.chance(100) && !roster.isAbsent(p.leader, day)
        if withLeader { actor = p.leader }
        var visitors = [actor]
        if p.area != p.unit && rng.chance(400) {
            let h = roster.service(p.area, day).0
            if !visitors.contains(h) { visitors.append(h) }
        }
        if withLeader {
            let h = roster.service(p.unit, day).0
            if !visitors.contains(h) { visitors.append(h) }
        }
        var visit = Visit(id: makeId("V", state.nextVisit, width: state.visitWidth))
        state.nextVisit += 1
        visit.project = projectIds[pi]
        visit.date = Day(ordinal: day)
        visit.visitors = visitors.map { personIds[$0] }
        visit.mode = mode
        visit.note = visitNote(&rng, p, mode: mode, leader: withLeader)
        var changes: [RecordChange] = []
        if mode == .onSite && rng.chance(60), let t = template(&rng, for: p) {
            let issue = raised(&rng, &state, project: pi, template: t, by: actor, source: .visit, day: day, at: at, visit: visit.id)
            changes.append(creation(issue))
            visit.issues = [issue.id]
        }
        changes.append(creation(visit))
        return Planned(actor: actor, actingFor: nil, action: "visit",
                       summary: visit.id + " 走访 " + visit.project + "（" + mode.rawValue + "）", changes: changes)
    }

    /// A new issue (`issue.new`).
    func newIssue(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int, at: Timestamp) -> Planned? {
        let pi = rng.pick(state.active)
        let p = projects[pi]
        guard let t = template(&rng, for: p) else { return nil }
        let source = [IssueSource.enterprise, .meeting, .inspection, .leader][rng.weighted([50, 20, 15, 15])]
        let actor: Int
        switch source {
        case .meeting, .inspection: actor = admin(&rng, day)
        case .leader: actor = p.leader
        default: actor = roster.service(p.unit, day).0
        }
        let issue = raised(&rng, &state, project: pi, template: t, by: actor, source: source, day: day, at: at, visit: nil)
        return Planned(actor: actor, actingFor: nil, action: "issue.new", summary: issue.id + " 新建：" + issue.title,
                       changes: [creation(issue)])
    }

    /// A progress update (`progress`) for today's half-month period, as `Planner.progress` records it.
    func progressUpdate(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int) -> Planned? {
        let pi = rng.pick(state.active)
        let (model, project) = current(board, pi)
        let actor = roster.service(model.unit, day).0
        let period = Period(containing: Day(ordinal: day))
        let key = project.id + "|" + period.text
        var updated = project
        updated.progressPct = min(100, project.progressPct + rng.int(in: 0...3))
        if project.plan.hundredths > 0 {
            updated.ytd = Money(hundredths: project.ytd.hundredths + project.plan.hundredths * Int64(rng.int(in: 50...300)) / 10_000 + Int64(rng.int(100)))
        }
        if rng.chance(500) { updated.progressText = progressText(&rng, model, pct: updated.progressPct) }
        if rng.chance(300) { updated.nextSteps = nextSteps(&rng, model.stage) }
        let delta = updated.ytd - project.ytd
        let note = delta.hundredths > 0
            ? "本期新增完成投资" + delta.text + "万元，" + updated.progressText + "。"
            : updated.progressText + "。"
        var changes: [RecordChange] = []
        let projectFields = difference(project, updated)
        if !projectFields.isEmpty {
            changes.append(RecordChange(kind: .project, id: project.id, op: .update, base: project.meta.rev, fields: projectFields))
        }
        let existing = state.reports[key].flatMap { board.progress[id: $0] }
        var report = existing ?? ProgressReport(id: makeId("R", state.nextProgress, width: state.progressWidth))
        report.project = project.id
        report.period = period
        report.reportedOn = Day(ordinal: day)
        report.reportedBy = personIds[actor]
        report.periodDone += delta
        report.ytd = updated.ytd
        report.progressText = updated.progressText
        report.progressPct = updated.progressPct
        report.text = note
        report.problems = ""
        if updated.nextSteps != project.nextSteps { report.nextSteps = updated.nextSteps }
        if let existing {
            changes.append(RecordChange(kind: .progress, id: report.id, op: .update, base: existing.meta.rev,
                                        fields: difference(existing, report)))
        } else {
            state.nextProgress += 1
            state.reports[key] = report.id
            changes.append(creation(report))
        }
        return Planned(actor: actor, actingFor: nil, action: "progress",
                       summary: project.id + " 进展填报 " + period.text, changes: changes)
    }

    /// A field edit (`edit`) of a project, an issue or a person.
    func edit(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int, at: Timestamp) -> Planned? {
        func change<R: Record>(_ record: R, _ field: String, _ new: JSONValue, log: HandlingLogEntry? = nil) -> RecordChange? {
            guard let old = record.value(of: field), old != new else { return nil }
            return RecordChange(kind: R.kind, id: record.id, op: .update, base: record.meta.rev,
                                fields: [FieldChange(field, old: old, new: new)], appendLog: log)
        }
        var actor = admin(&rng, day)
        let made: RecordChange?
        switch rng.weighted([50, 35, 15]) {
        case 0:
            let pi = rng.pick(state.active)
            let (model, project) = current(board, pi)
            if rng.chance(400) { actor = roster.service(model.unit, day).0 }
            switch rng.int(3) {
            case 0: made = change(project, "nextSteps", .string(nextSteps(&rng, model.stage)))
            case 1:
                let (name, _) = personName(&rng)
                made = change(project, "contact", .string(rng.pick(Vocabulary.contactRoles) + " " + name + " " + mobile(&rng)))
            default: made = change(project, "remark", .string(rng.pick(Vocabulary.remarks)))
            }
        case 1:
            let id = rng.pick(state.issueList)
            guard let issue = board.issues[id: id], issue.status.isOpen else { return nil }
            let field: String, value: JSONValue
            if rng.chance(500) {
                field = "urgency"
                value = .string(Urgency.allCases.filter { $0 != issue.urgency }[rng.int(2)].rawValue)
            } else {
                field = "description"
                value = .string(issue.description + "（" + rng.pick(Vocabulary.descriptionAddenda) + "）")
            }
            let line = HandlingLogEntry(at: at, by: personIds[actor], actingFor: nil, action: "编辑", note: field, status: issue.status)
            made = change(issue, field, value, log: line)
        default:
            let person = board.people.rows[rng.int(board.people.count)]
            made = change(person, "mobile", .string(mobile(&rng)))
        }
        guard let made else { return nil }
        return Planned(actor: actor, actingFor: nil, action: "edit",
                       summary: made.id + " 修改：" + made.fields.map(\.name).joined(separator: ", "), changes: [made])
    }

    /// An absence (`absence`) announced a few days ahead.
    mutating func absence(_ rng: inout SplitMix64, _ board: Board, _ state: inout JournalState, day: Int) -> Planned? {
        let person = rng.int(people.count)
        guard person != bench else { return nil }
        let from = day + rng.int(in: 1...20), to = from + rng.int(in: 0...6)
        guard !roster.absences[person].contains(where: { $0.from <= to && from <= $0.to }) else { return nil }
        let unit = people[person].unit
        let partner = roster.duties[unit].first { $0.a == person }?.b ?? units[unit].head
        var absence = Absence(id: makeId("L", state.nextAbsence, width: state.absenceWidth))
        state.nextAbsence += 1
        absence.person = personIds[person]
        absence.from = Day(ordinal: from)
        absence.to = Day(ordinal: to)
        absence.reason = AbsenceReason.allCases[rng.weighted([35, 25, 25, 10, 5])]
        absence.handover = fill("在办问题@件移交@，急事电话联系。", String(rng.int(in: 0...6)), people[partner].name)
        roster.absences[person].append((from, to))
        let actor = people[person].role == .unit ? person : admin(&rng, day)
        return Planned(actor: actor, actingFor: nil, action: "absence",
                       summary: absence.id + " 离岗 " + absence.person + " " + absence.from.iso + "—" + absence.to.iso,
                       changes: [creation(absence)])
    }
}
