/// 招商: squads, leads and their stages (docs/domain-rules.md, "招商").
extension Planner {
    /// Plans a new squad; returns its id. Its leader is a 班子成员 (role 领导); its members are people of the board.
    mutating func recordSquad(_ draft: SquadDraft) throws(DomainError) -> String {
        try requireText(draft.name, field: "name")
        try requireText(draft.unit, field: "unit")
        try requireText(draft.leader, field: "leader")
        try require(.unit, draft.unit)
        try require(.person, draft.leader)
        for person in draft.members { try require(.person, person) }
        if let leader = scratch.people[id: draft.leader], leader.role != .leader {
            throw .invalid(
                field: "leader", Phrase(.invalidSquadLedNotLeader, "\(leader.name)", "\(leader.id)"))
        }
        if scratch.squads.contains(where: { $0.name == draft.name.trimmingSpaces }) {
            throw .invalid(
                field: "name", Phrase(.invalidSquadNameTaken, "\(draft.name.trimmingSpaces)"))
        }
        var squad = Squad(id: context.ids.next(.squad, scratch))
        squad.name = draft.name.trimmingSpaces
        squad.unit = draft.unit
        squad.leader = draft.leader
        squad.members = Planner.unique(draft.members.filter { $0 != draft.leader })
        squad.focus = draft.focus.trimmingSpaces
        try check(.change(squad))
        try record(
            RecordChange(
                kind: .squad, id: squad.id, op: .create, base: 0,
                fields: squad.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return squad.id
    }

    /// Plans a new lead at 线索, found today; returns its id. Its unit is its squad's unless given.
    mutating func recordLead(_ draft: LeadDraft) throws(DomainError) -> String {
        try requireText(draft.name, field: "name")
        try require(.squad, draft.squad)
        let unit = draft.unit ?? draft.squad.flatMap { scratch.squads[id: $0]?.unit } ?? ""
        try requireText(unit, field: "unit")
        try require(.unit, unit)
        for (field, money) in [("investment", draft.investment), ("output", draft.output), ("tax", draft.tax)] where money < .zero {
            throw .invalid(field: field, Phrase(.invalidNegative))
        }
        if !Limits.jobs.contains(draft.jobs) {
            throw .invalid(field: "jobs", Phrase(.invalidMustWithin, "\(Limits.text(Limits.jobs))"))
        }
        var lead = Lead(id: context.ids.next(.lead, scratch))
        lead.name = draft.name.trimmingSpaces
        lead.investor = draft.investor.trimmingSpaces
        lead.unit = unit
        lead.squad = draft.squad
        lead.region = draft.region.trimmingSpaces
        lead.industry = draft.industry.trimmingSpaces
        lead.investment = draft.investment
        lead.output = draft.output
        lead.tax = draft.tax
        lead.jobs = draft.jobs
        let found = draft.foundOn ?? today
        if found > today {
            throw .invalid(field: "foundOn", Phrase(.invalidLeadFoundAfterToday, "\(found.iso)", "\(today.iso)"))
        }
        lead.foundOn = found
        lead.note = draft.note.trimmingSpaces
        try check(.change(lead))
        try record(
            RecordChange(
                kind: .lead, id: lead.id, op: .create, base: 0,
                fields: lead.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return lead.id
    }

    /// Plans a lead's move to its next stage, dated today; 落地 also adds the key project it becomes, linked both
    /// ways (`Lead.project`, `Board.lead(landedAs:)`). Returns the project's id for 落地.
    mutating func moveLead(_ move: LeadMove) throws(DomainError) -> String? {
        guard let lead = scratch.leads[id: move.lead] else { throw .notFound(.lead, move.lead) }
        if let seen = move.seenStage, seen != lead.stage {
            let (by, at) = lastChange(.lead, lead.id, field: "stage", after: lead.meta.rev - 1, record: lead.meta)
            throw .conflicts([
                Conflict(
                    recordKind: .lead, id: lead.id, kind: .field("stage"), base: seen.json,
                    theirs: lead.stage.json, mine: move.to.json, theirsBy: by, theirsAt: at)
            ])
        }
        try check(move.to == .landed ? .createProject : .change(lead))
        guard lead.stage.next == move.to else {
            throw .invalid(field: "stage", Planner.stageRefusal(lead, to: move.to))
        }
        let day = move.date ?? today
        if day > today {
            throw .invalid(field: "date", Phrase(.invalidDateAfterToday, "\(day.iso)", "\(today.iso)"))
        }
        if let before = lead.day(of: lead.stage), day < before {
            throw .invalid(
                field: "date", Phrase(.invalidDateBeforePreviousStage, "\(day.iso)", .label(lead.stage), "\(before.iso)"))
        }
        var updated = lead
        updated.stage = move.to
        var projectId: String?
        switch move.to {
        case .lead: break
        case .talks: updated.talksOn = day
        case .signed: updated.signedOn = day
        case .landed:
            updated.landedOn = day
            if let existing = move.project {
                projectId = try linkProject(existing, to: lead)
            } else {
                projectId = try landProject(lead, leader: move.projectLeader)
            }
            updated.project = projectId
        }
        try record(RecordChange(kind: .lead, id: lead.id, op: .update, base: lead.meta.rev, fields: Planner.difference(lead, updated)))
        return projectId
    }

    /// Why a lead cannot go to `stage`: the stages go 线索 → 洽谈 → 签约 → 落地, one at a time, never back.
    static func stageRefusal(_ lead: Lead, to stage: LeadStage) -> Phrase {
        if lead.stage == .landed { return Phrase(.leadAlreadyLanded, "\(lead.id)", "\(lead.project ?? "")") }
        if stage <= lead.stage { return Phrase(.leadStageBackwards, "\(lead.id)", .label(lead.stage), .label(stage)) }
        return Phrase(.leadStageSkipped, "\(lead.id)", .label(lead.stage), .label(lead.stage.next!), .label(stage))
    }

    /// The key project a landed lead becomes: its name, investor, unit and expected investment; its 帮包领导 the one
    /// given, else the squad's leader; 拟开工, started today's year.
    private mutating func landProject(_ lead: Lead, leader: String?) throws(DomainError) -> String {
        let leaderId = leader ?? lead.squad.flatMap { scratch.squads[id: $0]?.leader } ?? ""
        if leaderId.isEmpty {
            throw .invalid(field: "leader", Phrase(.invalidLandWithoutLeader, "\(lead.id)"))
        }
        try require(.person, leaderId)
        if let person = scratch.people[id: leaderId], person.role != .leader {
            throw .invalid(
                field: "leader", Phrase(.invalidProjectLeaderNotLeader, "\(person.name)", "\(person.id)"))
        }
        var project = Project(id: context.ids.next(.project, scratch))
        project.name = lead.name
        project.owner = lead.investor
        project.unit = lead.unit
        project.leader = leaderId
        project.total = lead.investment
        project.annualType = .preparatory
        project.stage = .planning
        project.remark = "招商落地：\(lead.id)" + (lead.industry.isEmpty ? "" : "（\(lead.industry)）")
        try record(
            RecordChange(
                kind: .project, id: project.id, op: .create, base: 0,
                fields: project.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return project.id
    }

    /// A key project already on the list, linked to a landed lead: one no other lead landed as.
    private func linkProject(_ id: String, to lead: Lead) throws(DomainError) -> String {
        try require(.project, id)
        if let other = scratch.lead(landedAs: id) {
            throw .invalid(field: "project", Phrase(.invalidProjectAlreadyLanded, "\(id)", "\(other.id)"))
        }
        return id
    }

    /// Publishing a month's 招商引资成绩: only once the month has ended, and only the figures the board holds now
    /// (a colleague's change since they were read refuses it: read them again).
    func checkAttractionPublishing(_ report: PublishedReport, month: AttractionMonth) throws(DomainError) {
        if !month.hasEnded(by: today) {
            throw .invalid(
                field: "month", Phrase(.invalidAttractionMonthNotEnded, "\(month.text)", "\(month.last.iso)"))
        }
        if report.attraction != AttractionResults.live(month, board: scratch).rows {
            throw .invalid(
                field: "month", Phrase(.invalidAttractionChangedMeanwhile, "\(month.text)"))
        }
    }
}
