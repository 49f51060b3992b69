import FrontlineCore

/// The board while the sample's events are replayed onto it, one planned change at a time.
struct SampleReplay {
    let source: SampleSource
    var board: Board

    /// The sample's zone: Asia/Shanghai, UTC+8 all year.
    static let zone = (name: "Asia/Shanghai", utcOffset: 8 * 3600)
    var utcOffset: Int { SampleReplay.zone.utcOffset }

    /// Every setting of settings.csv, on a new board (what `init` does with the zone's name and language).
    mutating func applySettings() throws(SampleError) {
        for row in source.table(SampleSource.settingsFile).rows {
            let field = try row.required("field")
            guard let old = board.settings.value(of: field) else { throw SampleError(row.place, "settings have no field '\(field)'") }
            do {
                try board.settings.set(field, to: JSONValue.typed(row.text("value"), like: old))
            } catch {
                throw SampleError(row.place, error.message(.en))
            }
        }
        guard board.settings.timeZone == SampleReplay.zone.name else {
            throw SampleError(
                SampleSource.settingsFile,
                "the sample's times are read in \(SampleReplay.zone.name); timeZone is \(board.settings.timeZone)")
        }
    }

    mutating func apply(_ event: SampleEvent) throws(SampleError) {
        switch event.change {
        case .importLedger(let file, let kind):
            try importLedger(file, kind, event)
        case .absence(let draft, _):
            try plan(.recordAbsence(draft), event)
        case .visit(let draft, _, _):
            try plan(.logVisit(draft), event)
        case .raise(let draft, _):
            try plan(.raiseIssue(draft), event)
        case .move(let move):
            try plan(.moveIssue(move), event)
        case .urge(let urge):
            try plan(.urgeIssue(urge), event)
        case .escalate(let request):
            try plan(.escalateIssues(request), event)
        case .instruct(let draft, _):
            try plan(.instruct(draft), event)
        case .instructionStep(let step):
            try plan(.stepInstruction(step), event)
        case .procedure(let update):
            try plan(.recordProcedure(update), event)
        case .progress(let draft, _):
            try plan(.postProgress(draft), event)
        case .meeting(let draft, _):
            try plan(.recordMeeting(draft), event)
        case .decide(let draft, _):
            try plan(.decide(draft), event)
        case .edit(let id, let fields):
            try edit(id, fields, event)
        case .squad(let draft, _):
            try plan(.recordSquad(draft), event)
        case .lead(let draft, _):
            try plan(.recordLead(draft), event)
        case .leadMove(let move):
            try plan(.moveLead(move), event)
        case .bulletin(let draft, _):
            try plan(.issueBulletin(draft), event)
        case .publishAttraction(let month):
            // As `frontline report attraction --publish` does, without the chain's head (the sample has no journal).
            let record = AttractionResults.live(month, board: board).published(
                board: board, lang: board.settings.documentLanguage,
                asOf: event.at.day, footer: [])
            try plan(.publishReport(record), event)
        }
    }

    /// Plans one intent as the event's person at the event's minute, and applies it to the board; the records
    /// it creates must have the ids the source gives them.
    mutating func plan(_ intent: Intent, _ event: SampleEvent) throws(SampleError) {
        let declared = event.declaredIds
        for (kind, ids) in declared {
            for id in ids where board.contains(kind, id: id) { throw SampleError(event.place, "\(kind.label(.en)) \(id) exists already") }
        }
        let ids = IdSource { kind, board in declared[kind]?.first { !board.contains(kind, id: $0) } ?? "" }
        let context = PlanContext(actor: try actor(event.by, event.place), today: event.at.day, now: event.at, ids: ids)
        let plan: Plan
        do {
            (plan, _) = try Planner.plan(intent, applyingTo: &board, context: context)
        } catch {
            throw SampleError(event.place, error.message(.en))
        }
        for (kind, ids) in declared {
            let created = plan.changes.filter { $0.kind == kind && $0.op == .create }.map(\.id)
            guard created == ids else {
                throw SampleError(event.place, "the change created \(kind.label(.en)) \(created) where the source names \(ids)")
            }
        }
    }

    /// Who makes a change: the person on the board, or (while the ledgers that set the board up are imported,
    /// before the people ledger is in) the person as people.csv describes them.
    func actor(_ id: String, _ place: String) throws(SampleError) -> Actor {
        if let person = board.people[id: id] { return Actor(login: person.login ?? id, uid: 0, person: person) }
        guard let row = source.table("people.csv").rows.first(where: { $0.text("id") == id }) else {
            throw SampleError(place, "no person \(id)")
        }
        var person = Person(id: id)
        person.name = row.text("name")
        person.unit = row.text("unit")
        person.role = try row.vocabulary("role", Role.self)
        person.login = row.optional("login")
        return Actor(login: person.login ?? id, uid: 0, person: person)
    }

    /// Field edits of one record (`frontline edit ID FIELD=VALUE…`), each value typed as text.
    mutating func edit(_ id: String, _ fields: [(name: String, text: String)], _ event: SampleEvent) throws(SampleError) {
        guard let kind = RecordKind.allCases.first(where: { $0 != .settings && board.contains($0, id: id) }),
            let record = board.snapshot(of: kind, id: id)
        else {
            throw SampleError(event.place, "no record \(id)")
        }
        var changes: [FieldChange] = []
        for field in fields {
            guard let old = record.fields[field.name] else { throw SampleError(event.place, "\(kind.label(.en)) has no field '\(field.name)'") }
            changes.append(FieldChange(field.name, old: old, new: JSONValue.typed(field.text, like: old)))
        }
        try plan(.edit(RecordEdit(kind: kind, id: id, base: record.meta.rev, fields: changes)), event)
    }

    /// The board as a first snapshot: revision 0 and every record at revision 0 (the history it holds is in the
    /// records' own dates and handling logs), each kind in id order.
    func settled() -> Board {
        var settled = board
        settled.revision = 0
        func settle<R: Record>(_ table: Table<R>) -> Table<R> {
            Table(
                table.rows.map { record in
                    var record = record
                    record.meta.rev = 0
                    return record
                }.sorted { $0.id < $1.id })
        }
        settled.units = settle(board.units)
        settled.people = settle(board.people)
        settled.duties = settle(board.duties)
        settled.absences = settle(board.absences)
        settled.projects = settle(board.projects)
        settled.issues = settle(board.issues)
        settled.visits = settle(board.visits)
        settled.progress = settle(board.progress)
        settled.reports = settle(board.reports)
        settled.instructions = settle(board.instructions)
        settled.meetings = settle(board.meetings)
        settled.squads = settle(board.squads)
        settled.leads = settle(board.leads)
        settled.bulletins = settle(board.bulletins)
        return settled
    }
}
