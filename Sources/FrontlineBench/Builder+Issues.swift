import FrontlineCore
import FrontlineRandom

extension Builder {
    /// Where an issue is in its life, which fixes the steps of its handling log.
    enum Slot: CaseIterable {
        case closed, closedLate, closedReturned, cancelled
        case pendingAssignment, declined, pendingAcceptance, inProgress, extended, returned, reopened, pendingVerification

        var isOpen: Bool { !(self == .closed || self == .closedLate || self == .closedReturned || self == .cancelled) }

        /// Per mille of all issues.
        static let weights = [330, 60, 50, 70, 30, 12, 45, 240, 70, 25, 13, 55]
    }

    /// The first issues of projects that may have overdue issues go through every status and light.
    static let forcedSlots: [(Slot, Light)] = [
        (.inProgress, .red), (.inProgress, .yellow), (.inProgress, .green), (.closed, .gray), (.cancelled, .gray),
        (.pendingAssignment, .green), (.pendingAcceptance, .red), (.pendingVerification, .yellow), (.extended, .green),
        (.declined, .green), (.returned, .red), (.reopened, .green), (.closedLate, .gray), (.closedReturned, .gray),
    ]

    mutating func makeIssues() {
        var rng = rng(6)
        let unitLevel = min(size.issues / 20, size.issues - size.projects)
        let weights = projects.map { p -> Int in
            switch p.stage {
            case .started, .building: 10
            case .signed: 8
            case .completed, .suspended: 6
            case .operating: 4
            case .terminated, .negotiating: 3
            case .planning: 2
            }
        }
        let counts = allocate(size.issues - max(0, unitLevel), weights: weights, &rng)
        var drafts: [Issue] = []
        var templates: [Int?] = []
        drafts.reserveCapacity(size.issues)
        templates.reserveCapacity(size.issues)
        var forced = 0
        var unseen = Set(IssueCategory.allCases)
        var candidates: [Int: [Int]] = [:]
        for (pi, n) in counts.enumerated() {
            for _ in 0..<n {
                let p = projects[pi]
                var slot = Slot.allCases[rng.weighted(Slot.weights)]
                var light = openLight(&rng, red: p.troubled ? 650 : 25)
                if !p.noOverdue && p.stage != .terminated && forced < Builder.forcedSlots.count {
                    (slot, light) = Builder.forcedSlots[forced]
                    forced += 1
                }
                if p.noOverdue && light == .red { light = .green }
                if p.stage == .terminated && slot.isOpen { slot = rng.chance(500) ? .cancelled : .closed }
                let key = p.tags.rawValue * 16 + p.group.rawValue
                if candidates[key] == nil {
                    candidates[key] = Vocabulary.issueTemplates.indices.filter { t in
                        let template = Vocabulary.issueTemplates[t]
                        return !template.groups.isDisjoint(with: p.group)
                            && (template.kinds.isEmpty || !template.kinds.isDisjoint(with: p.tags))
                    }
                }
                let fitting = candidates[key]!
                var template = rng.pick(fitting)
                if !unseen.isEmpty {
                    // Until every category has occurred, prefer one that has not.
                    let fresh = fitting.filter { unseen.contains(Vocabulary.issueTemplates[$0].category) }
                    if !fresh.isEmpty { template = rng.pick(fresh) }
                }
                unseen.remove(Vocabulary.issueTemplates[template].category)
                drafts.append(issue(&rng, project: pi, template: template, slot: slot, light: light, index: drafts.count))
                templates.append(template)
            }
        }
        for _ in 0..<max(0, unitLevel) {
            var slot = Slot.allCases[rng.weighted(Slot.weights)]
            if slot == .reopened { slot = .inProgress }
            drafts.append(unitIssue(&rng, slot: slot, light: openLight(&rng, red: 200), index: drafts.count))
            templates.append(nil)
        }
        var order = Array(drafts.indices)
        order.sort { (drafts[$0].log[0].at.seconds, $0) < (drafts[$1].log[0].at.seconds, $1) }
        var position = [Int](repeating: 0, count: drafts.count)
        for (new, old) in order.enumerated() { position[old] = new }
        let width = idWidth(.issue, count: drafts.count)
        issueIds = drafts.indices.map { makeId("I", $0 + 1, width: width) }
        issues = order.enumerated().map { new, old in
            var issue = drafts[old]
            issue.id = issueIds[new]
            return issue
        }
        issueTemplates = order.map { templates[$0] }
        for vi in visits.indices where !visits[vi].issues.isEmpty {
            visits[vi].issues = visits[vi].issues.map { position[$0] }.sorted()
        }
    }

    /// The light of an open issue: red (overdue) with `red` per mille, yellow (due within 3 days) with 110.
    func openLight(_ rng: inout SplitMix64, red: Int) -> Light {
        [Light.red, .yellow, .green][rng.weighted([red, 110, 890 - red])]
    }

    func urgencyOffset(_ rng: inout SplitMix64, _ urgency: Urgency) -> Int {
        switch urgency {
        case .critical: rng.int(in: 4...10)
        case .urgent: rng.int(in: 8...20)
        case .normal: rng.int(in: 14...35)
        }
    }

    /// The steps of the handling log after 新建.
    func steps(_ rng: inout SplitMix64, _ slot: Slot, extensions: Int) -> [IssueAction] {
        switch slot {
        case .pendingAssignment: return []
        case .declined: return [.assign, .decline]
        case .pendingAcceptance: return [.assign]
        case .inProgress: return [.assign, .accept]
        case .extended: return [.assign, .accept] + [IssueAction](repeating: .extend, count: extensions)
        case .returned: return [.assign, .accept, .resolve, .return]
        case .reopened: return [.assign, .accept, .resolve, .close, .reopen]
        case .pendingVerification:
            return rng.chance(200) ? [.assign, .accept, .resolve, .return, .resolve] : [.assign, .accept, .resolve]
        case .closed: return [.assign, .accept, .resolve, .close]
        case .closedLate:
            return extensions > 0 ? [.assign, .accept, .extend, .resolve, .close] : [.assign, .accept, .resolve, .close]
        case .closedReturned: return [.assign, .accept, .resolve, .return, .resolve, .close]
        case .cancelled: return [[.cancel], [.assign, .cancel], [.assign, .accept, .cancel]][rng.weighted([40, 30, 30])]
        }
    }

    /// The dates of an issue: raised on, the due dates (original first), and the day of the last step.
    func dates(_ rng: inout SplitMix64, _ slot: Slot, _ light: Light, _ urgency: Urgency, project: ProjectModel?)
        -> (raised: Int, dues: [Int], last: Int)
    {
        let offset = urgencyOffset(&rng, urgency)
        switch slot {
        case .closed, .closedLate, .closedReturned:
            var raised = min(today - rng.int(in: 8...330), end - 1)
            if let t = project?.terminatedOn { raised = min(raised, t - rng.int(in: 10...150)) }
            var dues = [raised + offset]
            if slot == .closedLate && rng.chance(400) { dues.append(dues[0] + rng.int(in: 7...30)) }
            var closed: Int
            if slot == .closedLate && dues[0] + 1 <= end {
                closed = rng.int(in: (dues[0] + 1)...min(dues[0] + 40, end))
            } else {
                if dues.count > 1 { dues.removeLast() }
                closed = rng.int(in: (raised + 1)...max(raised + 1, min(dues[0], end)))
            }
            if let t = project?.terminatedOn { closed = min(closed, max(raised + 1, t)) }
            return (raised, dues, closed)
        case .cancelled:
            var raised = min(today - rng.int(in: 5...200), end)
            if let t = project?.terminatedOn { raised = min(raised, t - rng.int(in: 10...150)) }
            var cancelled = rng.int(in: raised...min(raised + 30, end))
            if let t = project?.terminatedOn { cancelled = max(raised, min(t, end)) }
            return (raised, [raised + offset], cancelled)
        default:
            let due: Int
            switch light {
            case .red: due = today - rng.int(in: 1...45)
            case .yellow: due = today + rng.int(in: 0...3)
            default: due = today + rng.int(in: 4...60)
            }
            var dues = [due]
            if slot == .extended {
                for _ in 0..<(rng.chance(750) ? 1 : 2) { dues.insert(dues[0] - rng.int(in: 7...30), at: 0) }
            }
            let raised = max(min(dues[0] - offset, end), today - 330)
            let last = rng.int(in: raised...max(raised, min(end, raised + 60)))
            return (raised, dues, last)
        }
    }

    mutating func issue(_ rng: inout SplitMix64, project pi: Int, template t: Int, slot: Slot, light: Light, index: Int) -> Issue {
        let p = projects[pi]
        let template = Vocabulary.issueTemplates[t]
        let described = templateDraft(project: pi, template: t)
        let unit = described.unit
        var draft = described.draft
        draft.urgency = Urgency.allCases[rng.weighted([60, 30, 10])]
        draft.source = IssueSource.allCases[rng.weighted([30, 35, 15, 10, 10])]
        if index < IssueSource.allCases.count { draft.source = IssueSource.allCases[index] }
        if index < Urgency.allCases.count { draft.urgency = Urgency.allCases[index] }
        let namesLeader = rng.chance(500)
        if rng.chance(200) { draft.person = personIds[rng.pick(units[unit].eligible)] }
        var (raised, dues, last) = dates(&rng, slot, light, draft.urgency, project: p)
        // An issue found on a visit is raised on the visit's day, by a visitor.
        var fromVisit: Int?
        if draft.source == .visit {
            fromVisit = p.visits.last { visits[$0].mode == .onSite && visits[$0].day <= raised && visits[$0].day >= raised - 30 }
            if let v = fromVisit {
                raised = visits[v].day
                last = max(last, raised)
            } else {
                draft.source = .enterprise
            }
        }
        let raiser: Int
        switch draft.source {
        case .visit: raiser = visits[fromVisit!].visitors[0]
        case .enterprise: raiser = serviceHolder(rng.chance(700) ? p.unit : p.area, raised)
        case .meeting, .inspection: raiser = admin(&rng, raised)
        case .leader: raiser = p.leader
        }
        // Who may name the responsible leader when raising (FieldRules): an administrator, or the leader himself.
        if namesLeader && (people[raiser].role == .admin || raiser == p.leader) { draft.responsibleLeader = personIds[p.leader] }
        if let v = fromVisit { visits[v].issues.append(index) }
        return simulate(
            &rng, draft, slot: slot, raised: raised, dues: dues, last: last, raiser: raiser, fromVisit: fromVisit,
            resolution: template.resolution, ext: template.ext, ret: template.ret,
            cancelNote: p.stage == .terminated ? Vocabulary.cancelTerminated : nil, project: pi)
    }

    mutating func unitIssue(_ rng: inout SplitMix64, slot: Slot, light: Light, index: Int) -> Issue {
        let item = rng.pick(Vocabulary.unitItems)
        let unit = resolve(item.unit, project: nil, &rng)
        let name = units[unit].short
        var draft = IssueDraft(project: nil, title: item.title, unit: unitIds[unit], due: asOf)
        draft.description = fill(item.description, name)
        draft.category = item.category
        draft.urgency = Urgency.allCases[rng.weighted([60, 30, 10])]
        draft.source = IssueSource.allCases[rng.weighted([0, 0, 40, 40, 20])]
        var co: [Int] = []
        for tag in item.co {
            let u = resolve(tag, project: nil, &rng)
            if u != unit && !co.contains(u) { co.append(u) }
        }
        draft.coUnits = co.map { unitIds[$0] }
        let leader = units[unit].supervisingLeader ?? rng.pick(leaders)
        let (raised, dues, last) = dates(&rng, slot, light, draft.urgency, project: nil)
        // A leader raises it for himself; the performance office names him.
        let raiser = draft.source == .leader ? leader : admin(&rng, raised)
        draft.responsibleLeader = personIds[leader]
        return simulate(
            &rng, draft, slot: slot, raised: raised, dues: dues, last: last, raiser: raiser, fromVisit: nil,
            resolution: fill(item.resolution, name), ext: nil, ret: nil, cancelNote: nil, project: nil)
    }

    /// The issue a template describes for a project: its title, description and category, the unit it names
    /// (returned as an index too) and its co-units.
    func templateDraft(project pi: Int, template t: Int) -> (unit: Int, draft: IssueDraft) {
        let p = projects[pi]
        let template = Vocabulary.issueTemplates[t]
        let unit = resolve(template.unit, project: p)
        var draft = IssueDraft(project: projectIds[pi], title: template.title, unit: unitIds[unit], due: asOf)
        draft.description = template.description
        draft.category = template.category
        var co: [Int] = []
        for tag in template.co {
            let u = resolve(tag, project: p)
            if u != unit && !co.contains(u) { co.append(u) }
        }
        draft.coUnits = co.map { unitIds[$0] }
        return (unit, draft)
    }

    /// The unit a template's tag names for a project (its own unit when the department does not exist here).
    func resolve(_ tag: UnitTag, project: ProjectModel) -> Int {
        switch tag {
        case .own: project.unit
        case .area: project.area
        default: tagged[tag] ?? project.unit
        }
    }

    func resolve(_ tag: UnitTag, project: ProjectModel?, _ rng: inout SplitMix64) -> Int {
        switch tag {
        case .street: streets.isEmpty ? 2 : rng.pick(streets)
        case .park: parks.isEmpty ? 2 : rng.pick(parks)
        default: tagged[tag] ?? (streets.isEmpty ? 2 : rng.pick(streets))
        }
    }

    /// Raises the issue and takes its steps through the core's lifecycle (`Issue.take`), each by whoever would take
    /// it: the unit's holder (`Roster.responsible`) for 签收, 拒签 and 申请办结; the project's leader or an
    /// administrator for 交办, 核验通过, 退回, 延期 and 重新打开; an administrator for 撤销.
    func simulate(
        _ rng: inout SplitMix64, _ draft: IssueDraft, slot: Slot, raised: Int, dues: [Int], last: Int, raiser: Int,
        fromVisit: Int?, resolution: String, ext: String?, ret: String?, cancelNote: String?, project: Int?
    ) -> Issue {
        let actions = steps(&rng, slot, extensions: dues.count - 1)
        var draft = draft
        draft.due = Day(ordinal: dues[0])
        var days: [Int] = actions.isEmpty ? [] : (0..<(actions.count - 1)).map { _ in rng.int(in: raised...max(raised, last)) }
        days.sort()
        if !actions.isEmpty { days.append(max(raised, last)) }
        if actions.first == .assign && !days.isEmpty && rng.chance(650) { days[0] = raised }
        // An extension is granted before the due date it sets (Planner.checkExtension), and the steps before it earlier still.
        var extended = 0
        for k in actions.indices where actions[k] == .extend {
            extended += 1
            days[k] = min(days[k], dues[extended] - 1)
            for j in 0..<k { days[j] = min(days[j], days[k]) }
        }
        var t = fromVisit.map { minute(&rng, visits[$0].day, 15 * 60, 18 * 60 + 30) } ?? minute(&rng, raised, 9 * 60, 17 * 60 + 30)
        var issue = Issue(
            id: "", raising: draft, on: Day(ordinal: raised), by: personIds[raiser], at: stamp(minutes: t),
            foundOn: fromVisit.map { visitIds[$0] })
        let leader = issue.responsibleLeader.flatMap { personIndex[$0] }
        var nextDue = 1
        for (k, action) in actions.enumerated() {
            let day = days[k]
            t = minute(after: t, &rng, day, 8 * 60 + 30, 17 * 60 + 50)
            var by: Int
            var acting: String?
            var text = ""
            var newDue: Day?
            switch action {
            case .accept, .decline, .resolve, .requestExtension, .feedback:
                let holder = roster.responsible(for: issue, on: Day(ordinal: day))!
                by = personIndex[holder.person]!
                acting = holder.actingFor
            case .assign:
                by = overseer(&rng, project: project, leader: leader, day, adminShare: 750)
            case .close:
                by = overseer(&rng, project: project, leader: leader, day, adminShare: 600)
            case .return, .reopen, .extend, .approveExtension, .refuseExtension, .transfer, .followUp:
                by = overseer(&rng, project: project, leader: leader, day, adminShare: 500)
            case .cancel:
                by = admin(&rng, day)
            }
            switch action {
            case .decline: text = rng.pick(Vocabulary.declineNotes)
            case .resolve: text = resolution
            case .return: text = ret ?? rng.pick(Vocabulary.returnNotes)
            case .extend:
                text = ext ?? rng.pick(Vocabulary.extendNotes)
                newDue = Day(ordinal: dues[nextDue])
                nextDue += 1
            case .reopen: text = rng.pick(Vocabulary.reopenNotes)
            case .cancel: text = cancelNote ?? rng.pick(Vocabulary.cancelNotes)
            case .assign, .accept, .close, .requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback, .followUp: break
            }
            do {
                try issue.take(
                    action, note: text, newDue: newDue, on: Day(ordinal: day), by: personIds[by], actingFor: acting,
                    at: stamp(minutes: t))
            } catch {
                preconditionFailure("generator: \(action) of a \(slot) issue: \(error.message(.en))")
            }
        }
        return issue
    }
}
