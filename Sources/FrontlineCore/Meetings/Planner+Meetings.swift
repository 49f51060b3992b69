/// Recording 调度会 and their decisions (docs/domain-rules.md, "调度会").
extension Planner {
    /// Plans a new meeting; returns its id. The chair, attendees and projects must be on the board; the date may not
    /// be after today (a meeting is recorded once held).
    mutating func recordMeeting(_ draft: MeetingDraft) throws(DomainError) -> String {
        try check(.recordMeeting)
        try requireText(draft.title, field: "title")
        try requireText(draft.chair, field: "chair")
        try require(.person, draft.chair)
        for person in draft.attendees { try require(.person, person) }
        for project in draft.projects { try require(.project, project) }
        if draft.date > today {
            throw .invalid(
                field: "date", Phrase(.invalidMeetingDateAfterToday, "\(draft.date.iso)", "\(today.iso)"))
        }
        var meeting = Meeting(id: context.ids.next(.meeting, scratch))
        meeting.kind = draft.kind
        meeting.title = draft.title.trimmingSpaces
        meeting.date = draft.date
        meeting.place = draft.place.trimmingSpaces
        meeting.chair = draft.chair
        meeting.attendees = Planner.unique(draft.attendees)
        meeting.projects = Planner.unique(draft.projects)
        try check(.change(meeting))
        try record(
            RecordChange(
                kind: .meeting, id: meeting.id, op: .create, base: 0,
                fields: meeting.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return meeting.id
    }

    /// Plans a decision on a meeting; returns its number and the issue it became, if any. An issue is raised from the
    /// decision and 交办 to its unit at once, citing the meeting and the decision (source 调度会); the decision's
    /// project, when named, is the issue's.
    mutating func decide(_ draft: DecisionDraft) throws(DomainError) -> (number: Int, issue: String?) {
        guard let meeting = scratch.meetings[id: draft.meeting] else { throw .notFound(.meeting, draft.meeting) }
        try check(.recordMeeting)
        try requireText(draft.text, field: "text")
        try require(.project, draft.project)
        let number = (meeting.decisions.map(\.number).max() ?? 0) + 1
        guard Limits.decisions.contains(number) else {
            throw .invalid(
                field: "decision", Phrase(.invalidMeetingDecisionLimit, "\(Limits.decisions.upperBound)"))
        }
        var issueId: String?
        if var issueDraft = draft.issue {
            issueDraft.project = draft.project
            if issueDraft.title.trimmingSpaces.isEmpty { issueDraft.title = draft.text }
            issueId = try raiseDecision(issueDraft, meeting: meeting, number: number)
        }
        var updated = meeting
        updated.decisions.append(
            MeetingDecision(
                number: number, text: draft.text.trimmingSpaces, project: draft.project,
                issue: issueId, by: try me(), at: context.now))
        try record(
            RecordChange(
                kind: .meeting, id: meeting.id, op: .update, base: meeting.meta.rev,
                fields: Planner.difference(meeting, updated)))
        return (number, issueId)
    }

    /// The issue a decision becomes: raised and 交办 in one step, on the meeting's authority.
    private mutating func raiseDecision(_ draft: IssueDraft, meeting: Meeting, number: Int) throws(DomainError) -> String {
        try requireText(draft.title, field: "title")
        try requireText(draft.unit, field: "unit")
        try require(.unit, draft.unit)
        try require(.person, draft.person)
        try require(.person, draft.responsibleLeader)
        for unit in draft.coUnits { try require(.unit, unit) }
        if let person = draft.person, scratch.people[id: person]?.unit != draft.unit {
            throw .invalid(
                field: "person", Phrase(.invalidPersonNotOfResponsibleUnit, "\(person)", "\(draft.unit)"))
        }
        if draft.due < today {
            throw .invalid(field: "due", Phrase(.invalidDueDateBeforeToday, "\(draft.due.iso)", "\(today.iso)"))
        }
        var source = draft
        source.source = .meeting
        var issue = Issue(id: context.ids.next(.issue, scratch), raising: source, on: today, by: try me(), at: context.now)
        issue.meeting = meeting.id
        issue.decision = number
        issue.log[0].note = "调度会 \(meeting.id) 第\(number)项决定"
        _ = try issue.take(.assign, note: "\(meeting.title) 第\(number)项决定交办", on: today, by: try me(), actingFor: nil, at: context.now)
        try record(
            RecordChange(
                kind: .issue, id: issue.id, op: .create, base: 0,
                fields: issue.storedFields.map { FieldChange($0.name, old: .null, new: $0.value) }))
        return issue.id
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
