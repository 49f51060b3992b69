import FrontlineCore

extension SampleSource {
    /// Every event of the event files, in the order they are replayed: by time, then by file and row.
    func events(utcOffset: Int) throws(SampleError) -> [SampleEvent] {
        var events: [SampleEvent] = []
        let found = try issuesFoundOnVisits(utcOffset: utcOffset)
        for (fileIndex, file) in SampleSource.eventFiles.enumerated() {
            let table = table(file)
            try table.require(["at", "by"] + SampleSource.columns[file, default: []])
            var previousEdit: SampleEvent?
            for (rowIndex, row) in table.rows.enumerated() {
                let at = try row.moment(utcOffset: utcOffset)
                let by = try row.required("by")
                var event = SampleEvent(
                    at: at, by: by, change: .move(IssueMove(issue: "", action: .assign)), place: row.place,
                    order: (fileIndex, rowIndex))
                switch file {
                case "imports.csv":
                    let name = try row.required("ledger")
                    guard let kind = SampleSource.ledgerFiles.first(where: { $0.file == name })?.kind else {
                        let ledgers = SampleSource.ledgerFiles.map(\.file).joined(separator: ", ")
                        throw SampleError(row.place, "'\(name)' is not one of the ledgers \(ledgers)")
                    }
                    event.change = .importLedger(file: name, kind: kind)
                case "absences.csv":
                    var draft = AbsenceDraft(
                        person: try row.required("person"), from: try row.day("from"), to: try row.day("to"),
                        reason: try row.vocabulary("reason", AbsenceReason.self))
                    draft.handover = row.text("handover")
                    event.change = .absence(draft, id: try row.required("id"))
                case "visits.csv":
                    let id = try row.required("id")
                    var draft = VisitDraft(project: try row.required("project"), date: try row.day("date"), note: row.text("note"))
                    draft.mode = try row.vocabulary("mode", VisitMode.self)
                    draft.visitors = row.list("visitors")
                    let issues = found[id] ?? []
                    for issue in issues where issue.at != at || issue.by != by {
                        throw SampleError(
                            issue.place,
                            "an issue found on visit \(id) is raised in the visit's change: its at and by must be those of \(row.place)")
                    }
                    draft.raise = issues.map(\.draft)
                    event.change = .visit(draft, id: id, issues: issues.map(\.id))
                case "issues.csv":
                    guard row.optional("visit") == nil else { continue }
                    event.change = .raise(try SampleSource.issueDraft(row), id: try row.required("id"))
                case "handling.csv":
                    var move = IssueMove(
                        issue: try row.required("issue"), action: try row.vocabulary("action", IssueAction.self),
                        note: row.text("note"))
                    move.newDue = try row.optionalDay("due")
                    move.unit = row.optional("unit")
                    if row.optional("satisfaction") != nil { move.satisfaction = try row.vocabulary("satisfaction", Satisfaction.self) }
                    event.change = .move(move)
                case "urges.csv":
                    event.change = .urge(IssueUrge(issue: try row.required("issue"), note: row.text("note")))
                case "escalations.csv":
                    event.change = .escalate(
                        IssueEscalation(issues: row.text("issues").split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }))
                case "instructions.csv":
                    let id = try row.required("id")
                    switch try row.required("action") {
                    case "new":
                        event.change = .instruct(
                            InstructionDraft(
                                project: row.optional("project"), issue: row.optional("issue"),
                                leader: row.optional("leader"), text: row.text("text"),
                                unit: try row.required("unit"), due: try row.day("due")), id: id)
                    case "respond": event.change = .instructionStep(InstructionStep(instruction: id, action: .respond, text: row.text("text")))
                    case "done": event.change = .instructionStep(InstructionStep(instruction: id, action: .done))
                    case let other: throw SampleError(row.place, "action '\(other)' is not one of new, respond, done")
                    }
                case "procedures.csv":
                    var update = ProcedureUpdate(project: try row.required("project"), step: try row.required("step"))
                    if let unit = row.optional("unit") { update.unit = .some(unit) }
                    if let planned = try row.optionalDay("planned") { update.planned = .some(planned) }
                    if let done = try row.optionalDay("done") { update.done = .some(done) }
                    if let number = row.optional("number") { update.number = .some(number) }
                    event.change = .procedure(update)
                case "meetings.csv":
                    var draft = MeetingDraft(
                        kind: try row.vocabulary("kind", MeetingKind.self), title: try row.required("title"),
                        date: try row.day("date"), chair: try row.required("chair"))
                    draft.place = row.text("place")
                    draft.attendees = row.list("attendees")
                    draft.projects = row.list("projects")
                    event.change = .meeting(draft, id: try row.required("id"))
                case "decisions.csv":
                    var draft = DecisionDraft(meeting: try row.required("meeting"), text: try row.required("text"), project: row.optional("project"))
                    let issue = row.optional("issue")
                    if issue != nil { draft.issue = try SampleSource.issueDraft(row) }
                    event.change = .decide(draft, issue: issue)
                case "progress.csv":
                    event.change = .progress(try SampleSource.progressDraft(row), id: try row.required("id"))
                case "edits.csv":
                    // Consecutive rows by the same person at the same minute on the same record are one edit.
                    let id = try row.required("id"), field = (name: try row.required("field"), text: row.text("value"))
                    if let previous = previousEdit, previous.at == at, previous.by == by, case .edit(id, let fields) = previous.change {
                        events[events.count - 1].change = .edit(id: id, fields: fields + [field])
                        previousEdit = events.last
                        continue
                    }
                    event.change = .edit(id: id, fields: [field])
                case "squads.csv":
                    var draft = SquadDraft(name: try row.required("name"), unit: try row.required("unit"), leader: try row.required("leader"))
                    draft.members = row.list("members")
                    draft.focus = row.text("focus")
                    event.change = .squad(draft, id: try row.required("id"))
                case "leads.csv":
                    let id = try row.required("id")
                    let action = try row.required("action")
                    if action == "new" {
                        var draft = LeadDraft(name: try row.required("name"), unit: row.optional("unit"), squad: row.optional("squad"))
                        draft.investor = row.text("investor")
                        draft.region = row.text("region")
                        draft.industry = row.text("industry")
                        draft.investment = try row.money("investment")
                        draft.output = try row.money("output")
                        draft.tax = try row.money("tax")
                        draft.jobs = Int(row.text("jobs")) ?? 0
                        draft.note = row.text("note")
                        draft.foundOn = try row.optionalDay("date")
                        event.change = .lead(draft, id: id)
                    } else {
                        event.change = .leadMove(
                            LeadMove(
                                lead: id, to: try row.vocabulary("action", LeadStage.self), projectLeader: row.optional("leader"),
                                project: row.optional("project"), date: try row.optionalDay("date")))
                    }
                case "publications.csv":
                    guard let month = AttractionMonth(text: try row.required("month")) else {
                        throw SampleError(row.place, "month '\(row.text("month"))' is not YYYY-MM")
                    }
                    event.change = .publishAttraction(month)
                case "bulletins.csv":
                    event.change = .bulletin(
                        BulletinDraft(
                            verdict: try row.vocabulary("kind", BulletinVerdict.self), unit: try row.required("unit"),
                            period: try row.required("period"), reason: row.text("reason"), date: try row.optionalDay("date")),
                        id: try row.required("id"))
                default:
                    preconditionFailure("no reader for \(file)")
                }
                events.append(event)
                previousEdit = file == "edits.csv" ? event : nil
            }
        }
        if let visit = found.keys.sorted().first(where: { id in !events.contains { if case .visit(_, id, _) = $0.change { true } else { false } } }) {
            throw SampleError(found[visit]![0].place, "no visit \(visit) in visits.csv")
        }
        return events.sorted(by: SampleEvent.replayOrder)
    }

    /// The columns each event file must have besides `at` and `by`.
    static let columns: [String: [String]] = [
        "imports.csv": ["ledger"],
        "absences.csv": ["id", "person", "from", "to", "reason", "handover"],
        "visits.csv": ["id", "project", "date", "mode", "visitors", "note"],
        "issues.csv": [
            "id", "project", "title", "description", "category", "source", "unit", "coUnits", "person",
            "responsibleLeader", "due", "urgency", "visit",
        ],
        "handling.csv": ["issue", "action", "note", "due", "unit", "satisfaction"],
        "meetings.csv": ["id", "kind", "title", "date", "place", "chair", "attendees", "projects"],
        "decisions.csv": [
            "meeting", "text", "project", "issue", "title", "description", "category", "source", "unit", "coUnits", "person",
            "responsibleLeader", "due", "urgency",
        ],
        "urges.csv": ["issue", "note"],
        "escalations.csv": ["issues"],
        "instructions.csv": ["id", "action", "project", "issue", "leader", "unit", "due", "text"],
        "procedures.csv": ["project", "step", "unit", "planned", "done", "number"],
        "progress.csv": ["id", "project", "period", "ytd", "progressPct", "progressText", "stage", "text", "problems", "nextSteps"],
        "edits.csv": ["id", "field", "value"],
        "squads.csv": ["id", "name", "unit", "leader", "members", "focus"],
        "leads.csv": [
            "id", "action", "squad", "unit", "name", "investor", "region", "industry", "investment", "output", "tax", "jobs",
            "date", "project", "leader", "note",
        ],
        "publications.csv": ["month"],
        "bulletins.csv": ["id", "unit", "kind", "period", "reason", "date"],
    ]

    /// An issue found on a visit: raised by the visit's change.
    struct FoundIssue {
        var id: String
        var draft: IssueDraft
        var at: Timestamp
        var by: String
        var place: String
    }

    /// The rows of issues.csv that name a visit, by visit id, in file order.
    private func issuesFoundOnVisits(utcOffset: Int) throws(SampleError) -> [String: [FoundIssue]] {
        var found: [String: [FoundIssue]] = [:]
        for row in table("issues.csv").rows {
            guard let visit = row.optional("visit") else { continue }
            found[visit, default: []].append(
                FoundIssue(
                    id: try row.required("id"), draft: try SampleSource.issueDraft(row),
                    at: try row.moment(utcOffset: utcOffset), by: try row.required("by"),
                    place: row.place))
        }
        return found
    }

    static func issueDraft(_ row: SourceRow) throws(SampleError) -> IssueDraft {
        var draft = IssueDraft(
            project: row.optional("project"), title: try row.required("title"), unit: try row.required("unit"),
            due: try row.day("due"))
        draft.description = row.text("description")
        draft.category = try row.vocabulary("category", IssueCategory.self)
        draft.source = try row.vocabulary("source", IssueSource.self)
        draft.coUnits = row.list("coUnits")
        draft.person = row.optional("person")
        draft.responsibleLeader = row.optional("responsibleLeader")
        draft.urgency = try row.vocabulary("urgency", Urgency.self)
        return draft
    }

    static func progressDraft(_ row: SourceRow) throws(SampleError) -> ProgressDraft {
        var draft = ProgressDraft(project: try row.required("project"), note: row.text("text"))
        let period = try row.required("period")
        guard let parsed = Period(text: period) else { throw SampleError(row.place, "period '\(period)' is not a half-month like 2026-11-2") }
        draft.period = parsed
        draft.ytd = try row.money("ytd")
        draft.pct = try row.int("progressPct")
        draft.progressText = row.text("progressText")
        draft.stage = try row.vocabulary("stage", Stage.self)
        draft.problems = row.text("problems")
        draft.nextSteps = row.text("nextSteps")
        return draft
    }
}
