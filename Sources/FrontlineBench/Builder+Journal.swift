import FrontlineCore
import FrontlineRandom
import FrontlineStore

extension Builder {
    /// The journal lines (each ending in a newline) and how many entries they hold.
    struct Journal {
        var lines: [UInt8]
        var entries: Int
    }

    /// One thing someone asks for: planned by the core's `Planner` like any save of the board or the command line.
    struct Operation {
        var actor: Int
        var intent: Intent
        /// The template of the issue it raises, if it raises one.
        var template: Int?
    }

    /// What the journal works on: every issue id (snapshot ones first) with the template it came from, and the
    /// projects still supervised.
    struct JournalState {
        var projectIndex: [String: Int] = [:]
        var issueList: [String] = []
        var issueTemplate: [Int?] = []
        var active: [Int] = []
    }

    /// Writes `size.journalChanges` entries on top of `board` (the snapshot): each operation is planned by the
    /// `Planner` as the person who would make it, applied to the board, and written as the journal line the store
    /// writes for it. An operation the planner refuses is not written; another is drawn.
    mutating func journal(on board: inout Board, benchUid: Int, chainStart: String) throws -> Journal {
        let n = size.journalChanges
        guard n > 0 else { return Journal(lines: [], entries: 0) }
        var rng = rng(9)
        var state = JournalState()
        for (i, id) in projectIds.enumerated() { state.projectIndex[id] = i }
        state.issueList = issueIds
        state.issueTemplate = issueTemplates
        state.active = projects.indices.filter { !projects[$0].stage.isFinished }
        if state.active.isEmpty { state.active = Array(projects.indices) }

        var lines: [UInt8] = []
        lines.reserveCapacity(n * 1_200)
        var prev = chainStart
        // 08:00–20:00 the day before the as-of date, then 08:00–12:00 on it.
        let window = 16 * 3600
        for k in 0..<n {
            let offset = k * window / n + rng.int(max(1, window / n / 2))
            let second =
                offset < 12 * 3600
                ? (today - 1) * 86_400 + 8 * 3600 + offset
                : today * 86_400 + 8 * 3600 + offset - 12 * 3600
            let day = second / 86_400
            let at = stamp(seconds: second)
            while true {
                let drawn: Operation?
                switch rng.weighted([40, 24, 14, 10, 7, 3]) {
                case 0: drawn = move(&rng, board, state, day: day)
                case 1: drawn = visit(&rng, board, state, day: day)
                case 2: drawn = progressUpdate(&rng, board, state, day: day)
                case 3: drawn = edit(&rng, board, state, day: day)
                case 4: drawn = newIssue(&rng, state, day: day)
                default: drawn = absence(&rng, day: day)
                }
                guard let operation = drawn else { continue }
                let actor = Actor(
                    login: people[operation.actor].login, uid: operation.actor == bench ? benchUid : 20_000 + operation.actor,
                    person: board.people[id: personIds[operation.actor]])
                let context = PlanContext(actor: actor, today: Day(ordinal: day), now: at)
                guard let (plan, _) = try? Planner.plan(operation.intent, applyingTo: &board, context: context) else { continue }
                let entry = plan.entry(after: board.revision, at: at, actor: actor, prev: prev)
                board.revision = entry.seq
                for change in plan.changes where change.kind == .issue && change.op == .create {
                    state.issueList.append(change.id)
                    state.issueTemplate.append(operation.template)
                }
                if case .recordAbsence = operation.intent { roster = Roster(board) }
                let line = EntryCodec.encode(entry)
                prev = SHA256.hex(line.dropLast())
                lines += line
                break
            }
        }
        return Journal(lines: lines, entries: n)
    }

    // MARK: Operations

    /// A lifecycle action on an issue (`issue.move`), by whoever would take it.
    func move(_ rng: inout SplitMix64, _ board: Board, _ state: JournalState, day: Int) -> Operation? {
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
        let project = issue.project.flatMap { state.projectIndex[$0] }
        let leader = issue.responsibleLeader.flatMap { personIndex[$0] }
        let actor: Int
        switch action {
        case .accept, .decline, .resolve, .requestExtension, .feedback:
            guard let holder = roster.responsible(for: issue, on: Day(ordinal: day)) else { return nil }
            actor = personIndex[holder.person]!
        case .assign: actor = overseer(&rng, project: project, leader: leader, day, adminShare: 750)
        case .close: actor = overseer(&rng, project: project, leader: leader, day, adminShare: 600)
        case .return, .reopen, .extend, .approveExtension, .refuseExtension, .transfer, .followUp:
            actor = overseer(&rng, project: project, leader: leader, day, adminShare: 500)
        case .cancel: actor = admin(&rng, day)
        }
        let template = state.issueTemplate[pick].map { Vocabulary.issueTemplates[$0] }
        var move = IssueMove(issue: id, action: action)
        switch action {
        case .resolve: move.note = template?.resolution ?? "已协调相关部门办理完毕，企业确认问题已解决。"
        case .return: move.note = template?.ret ?? rng.pick(Vocabulary.returnNotes)
        case .extend:
            move.note = template?.ext ?? rng.pick(Vocabulary.extendNotes)
            move.newDue = Day(ordinal: max(issue.due.ordinal, day) + rng.int(in: 7...30))
        case .reopen: move.note = rng.pick(Vocabulary.reopenNotes)
        case .decline: move.note = rng.pick(Vocabulary.declineNotes)
        case .cancel: move.note = rng.pick(Vocabulary.cancelNotes)
        case .assign, .accept, .close, .requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback, .followUp: break
        }
        return Operation(actor: actor, intent: .moveIssue(move))
    }

    /// A project the journal works on, with its current 形象进度 from the board.
    func current(_ board: Board, _ pi: Int) -> (ProjectModel, Project) {
        let project = board.projects[id: projectIds[pi]]!
        var model = projects[pi]
        model.progressText = project.progressText
        return (model, project)
    }

    /// A new issue of a project from one of its fitting templates, due by its urgency; only an administrator or
    /// the project's leader names the leader (FieldRules).
    func draft(_ rng: inout SplitMix64, project pi: Int, template t: Int, by actor: Int, day: Int) -> IssueDraft {
        let p = projects[pi]
        var draft = templateDraft(project: pi, template: t).draft
        if rng.chance(500) && (people[actor].role == .admin || actor == p.leader) { draft.responsibleLeader = personIds[p.leader] }
        draft.urgency = Urgency.allCases[rng.weighted([60, 30, 10])]
        draft.due = Day(ordinal: day + urgencyOffset(&rng, draft.urgency))
        return draft
    }

    func template(_ rng: inout SplitMix64, for p: ProjectModel) -> Int? {
        let fitting = Vocabulary.issueTemplates.indices.filter { t in
            let template = Vocabulary.issueTemplates[t]
            return !template.groups.isDisjoint(with: p.group) && (template.kinds.isEmpty || !template.kinds.isDisjoint(with: p.tags))
        }
        return fitting.isEmpty ? nil : rng.pick(fitting)
    }

    /// A site visit (`visit`), sometimes raising an issue found on site.
    func visit(_ rng: inout SplitMix64, _ board: Board, _ state: JournalState, day: Int) -> Operation? {
        let pi = rng.pick(state.active)
        let (p, _) = current(board, pi)
        var actor = serviceHolder(p.unit, day)
        let mode = [VisitMode.onSite, .phone, .video][rng.weighted([90, 6, 4])]
        let withLeader = mode == .onSite && rng.chance(100) && !isAbsent(p.leader, day)
        if withLeader { actor = p.leader }
        var visitors = [actor]
        if p.area != p.unit && rng.chance(400) {
            let h = serviceHolder(p.area, day)
            if !visitors.contains(h) { visitors.append(h) }
        }
        if withLeader {
            let h = serviceHolder(p.unit, day)
            if !visitors.contains(h) { visitors.append(h) }
        }
        var draft = VisitDraft(project: projectIds[pi], date: Day(ordinal: day), note: visitNote(&rng, p, mode: mode, leader: withLeader))
        draft.mode = mode
        draft.visitors = visitors.map { personIds[$0] }
        var raised: Int?
        if mode == .onSite && rng.chance(60), let t = template(&rng, for: p) {
            draft.raise = [self.draft(&rng, project: pi, template: t, by: actor, day: day)]
            raised = t
        }
        return Operation(actor: actor, intent: .logVisit(draft), template: raised)
    }

    /// A new issue (`issue.new`).
    func newIssue(_ rng: inout SplitMix64, _ state: JournalState, day: Int) -> Operation? {
        let pi = rng.pick(state.active)
        let p = projects[pi]
        guard let t = template(&rng, for: p) else { return nil }
        let source = [IssueSource.enterprise, .meeting, .inspection, .leader][rng.weighted([50, 20, 15, 15])]
        let actor: Int
        switch source {
        case .meeting, .inspection: actor = admin(&rng, day)
        case .leader: actor = p.leader
        default: actor = serviceHolder(p.unit, day)
        }
        var draft = draft(&rng, project: pi, template: t, by: actor, day: day)
        draft.source = source
        return Operation(actor: actor, intent: .raiseIssue(draft), template: t)
    }

    /// A progress update (`progress`) for today's half-month period.
    func progressUpdate(_ rng: inout SplitMix64, _ board: Board, _ state: JournalState, day: Int) -> Operation? {
        let pi = rng.pick(state.active)
        let (model, project) = current(board, pi)
        let pct = min(100, project.progressPct + rng.int(in: 0...3))
        var ytd = project.ytd
        if project.plan.hundredths > 0 {
            ytd = Money(hundredths: project.ytd.hundredths + project.plan.hundredths * Int64(rng.int(in: 50...300)) / 10_000 + Int64(rng.int(100)))
        }
        let text = rng.chance(500) ? progressText(&rng, model, pct: pct) : project.progressText
        let next = rng.chance(300) ? nextSteps(&rng, model.stage) : nil
        let delta = ytd - project.ytd
        let note = delta.hundredths > 0 ? "本期新增完成投资" + delta.text + "万元，" + text + "。" : text + "。"
        var draft = ProgressDraft(project: project.id, note: note)
        draft.pct = pct
        draft.ytd = ytd
        draft.progressText = text
        draft.nextSteps = next
        return Operation(actor: serviceHolder(model.unit, day), intent: .postProgress(draft))
    }

    /// A field edit (`edit`) of a project, an issue or a person.
    func edit(_ rng: inout SplitMix64, _ board: Board, _ state: JournalState, day: Int) -> Operation? {
        func change<R: Record>(_ record: R, _ field: String, _ new: JSONValue) -> Intent? {
            guard let old = record.value(of: field), old != new else { return nil }
            return .edit(RecordEdit(kind: R.kind, id: record.id, base: record.meta.rev, fields: [FieldChange(field, old: old, new: new)]))
        }
        var actor = admin(&rng, day)
        let made: Intent?
        switch rng.weighted([50, 35, 15]) {
        case 0:
            let pi = rng.pick(state.active)
            let (model, project) = current(board, pi)
            if rng.chance(400) { actor = serviceHolder(model.unit, day) }
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
            if rng.chance(500) {
                made = change(issue, "urgency", .string(Urgency.allCases.filter { $0 != issue.urgency }[rng.int(2)].rawValue))
            } else {
                made = change(issue, "description", .string(issue.description + "（" + rng.pick(Vocabulary.descriptionAddenda) + "）"))
            }
        default:
            let person = board.people.rows[rng.int(board.people.count)]
            made = change(person, "mobile", .string(mobile(&rng)))
        }
        return made.map { Operation(actor: actor, intent: $0) }
    }

    /// An absence (`absence`) announced a few days ahead, recorded by the person (an official of a unit) or an
    /// administrator.
    func absence(_ rng: inout SplitMix64, day: Int) -> Operation? {
        let person = rng.int(people.count)
        guard person != bench else { return nil }
        let from = day + rng.int(in: 1...20), to = from + rng.int(in: 0...6)
        guard !roster.absences(of: personIds[person]).contains(where: { $0.from.ordinal <= to && from <= $0.to.ordinal }) else { return nil }
        let unit = people[person].unit
        let partner = dutiesByUnit[unit].first { $0.a == person }?.b ?? units[unit].head
        var draft = AbsenceDraft(
            person: personIds[person], from: Day(ordinal: from), to: Day(ordinal: to),
            reason: AbsenceReason.allCases[rng.weighted([35, 25, 25, 10, 5])])
        draft.handover = fill("在办问题@件移交@，急事电话联系。", String(rng.int(in: 0...6)), people[partner].name)
        let actor = people[person].role == .unit ? person : admin(&rng, day)
        return Operation(actor: actor, intent: .recordAbsence(draft))
    }
}
