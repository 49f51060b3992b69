import FrontlineCore

/// 调度会 on the board (docs/board.md, "调度会"): `M` records a meeting that was held, `d` adds a decision (议定事项) to the
/// meeting in context, a note or an issue 交办 to a unit at once, as `frontline meeting new` and `meeting decide` do.
/// Administrators and leaders (`Access.Request.recordMeeting`); offered on the meetings tab and a meeting's page.
enum MeetingCommand {
    /// `M`: a new meeting.
    static let newMeeting = EditingBinding(
        command: .newMeeting, offeredEverywhere: false,
        problem: { c in
            c.denial(.recordMeeting)?.message(c.lang)
        },
        start: { state, c in
            state.overlay = .form(form(chair: c.me, state))
            return []
        })

    /// `d`: a decision on the meeting under the cursor, else the one whose page is open.
    static let decide = EditingBinding(
        command: .decide, offeredEverywhere: false,
        problem: { c in
            guard c.meeting != nil else { return c.lang.text(.selectMeetingFirst) }
            return c.denial(.recordMeeting)?.message(c.lang)
        },
        start: { state, c in
            if let meeting = c.meeting { state.overlay = .form(decisionForm(meeting, state)) }
            return []
        })

    /// The meeting's fields from the catalog (`Meeting.schema`): held today by default, chaired by the leader at the
    /// keyboard (an administrator names the chair); attendees and projects are lists (`、` or `,` between names).
    static func form(chair: Person?, _ state: AppState) -> Form {
        let lang = state.lang
        func meeting(_ name: String, value: String = "", required: Bool = false) -> FormField {
            Forms.field(.meeting, name, value: value, required: required, lang)
        }
        func list(_ name: String) -> FormField {
            var field = meeting(name)
            field.isList = true
            return field
        }
        return Form(
            purpose: .newMeeting, title: lang.text(.formNewMeeting),
            fields: [
                meeting("kind", value: MeetingKind.weekly.rawValue, required: true),
                meeting("title", required: true),
                meeting("date", value: state.data.today.iso, required: true),
                meeting("place"),
                meeting("chair", value: chair?.role == .leader ? chair?.id ?? "" : "", required: true),
                list("attendees"),
                list("projects"),
            ])
    }

    /// A decision: its text and project, then, to 交办 it as an issue, the unit, due date and person (blank unit: a note).
    static func decisionForm(_ meeting: Meeting, _ state: AppState) -> Form {
        let lang = state.lang
        let project = meeting.projects.count == 1 ? meeting.projects[0] : ""
        return Form(
            purpose: .decide(meeting.id), title: lang.text(.formDecision, meeting.id),
            fields: [
                FormField("text", lang.text(.formDecisionText), .text, required: true),
                Forms.field(.issue, "project", value: project, lang),
                FormField("unit", lang.text(.formDecisionUnit), .reference(.unit)),
                FormField("due", lang.text(.formDecisionDue), .date, value: "+14"),
                FormField("person", lang.text(.formDecisionPerson), .reference(.person)),
            ])
    }

    /// The decision to save: with a unit, an issue 交办 to it by the due date (the form's default when cleared).
    static func draft(_ meeting: String, _ v: [String: JSONValue], today: Day) -> DecisionDraft {
        let project = v["project"]?.stringValue
        var draft = DecisionDraft(meeting: meeting, text: v["text"]?.stringValue ?? "", project: project)
        if let unit = v["unit"]?.stringValue {
            let due = v["due"].flatMap { try? Day(json: $0) } ?? today.adding(days: 14)
            var issue = IssueDraft(project: project, title: "", unit: unit, due: due)
            issue.person = v["person"]?.stringValue
            draft.issue = issue
        }
        return draft
    }

    /// The meeting's fields as `meeting new` takes them.
    static func draft(_ v: [String: JSONValue], today: Day, chair: String) -> MeetingDraft {
        func ids(_ key: String) -> [String] {
            if case .array(let items)? = v[key] { return items.compactMap(\.stringValue) }
            return []
        }
        let kind = v["kind"]?.stringValue.flatMap(MeetingKind.init(rawValue:)) ?? .weekly
        var draft = MeetingDraft(
            kind: kind, title: v["title"]?.stringValue ?? "", date: v["date"].flatMap { try? Day(json: $0) } ?? today,
            chair: v["chair"]?.stringValue ?? chair)
        draft.place = v["place"]?.stringValue ?? ""
        draft.attendees = ids("attendees")
        draft.projects = ids("projects")
        return draft
    }
}
