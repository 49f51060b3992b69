import FrontlineCore

extension Detail {
    /// The detail of a 调度会.
    public static func meeting(_ id: String) -> Detail { MeetingDetailScreen().detail(id) }
}

/// One 调度会 (Enter on a meeting): when, where, who chaired and attended, the projects discussed, then each decision
/// with its issue's light, unit, due date, status and what became of it, so the next meeting starts from last time's
/// decisions. Enter on a decision opens its issue; the meeting's attachments are listed at the foot.
struct MeetingDetailScreen: DetailScreen {
    let name = "meeting"
    let shows: Target.Kind? = .meeting

    func offers(in state: AppState) -> Set<Command> { [.decide, .newMeeting] }

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let meeting = data.board.meetings[id: id] else { return Pages.gone(id, kind: RecordKind.meeting.label(lang), lang) }
        let separator = lang.text(.listSeparator)
        var lines = Pages.facts(
            [
                Fact(lang.text(.columnMeetingKind), meeting.kind.label(lang)),
                Fact(lang.text(.columnMeetingDate), meeting.date.iso),
                Fact(lang.text(.columnPlace), meeting.place),
                Fact(lang.text(.columnChair), index.personName(meeting.chair)),
                Fact(Meeting.kind.label(of: "attendees", lang), meeting.attendees.map(index.personName).joined(separator: separator)),
                Fact(
                    Meeting.kind.label(of: "projects", lang), meeting.projects.map { "\($0) \(index.projectName($0))" }.joined(separator: separator)),
            ], state)
        let rows = data.board.decisionRows(meeting, today: data.today)
        let summary = MeetingRow(meeting: meeting, decisions: rows)
        lines.append(.blank)
        lines.append(.heading(lang.text(.meetingDecisionsHeading)))
        lines.append(
            .text(
                lang.text(
                    .meetingDecisionsSummary, rows.count, rows.filter { $0.decision.issue != nil }.count, summary.openIssues,
                    summary.overdueIssues, summary.closedIssues), .dim))
        if rows.isEmpty { lines.append(.text(lang.text(.meetingNoDecisions), .dim)) }
        for row in rows {
            let light = row.light?.light
            var cells: [(text: String, role: Role, width: Int?)] = [
                (light.map { state.theme.mark($0, lang) } ?? "", light.map { .light($0) } ?? .normal, 3),
                ("\(row.decision.number).", .normal, 3),
                (row.decision.text, .normal, nil),
            ]
            cells += [
                (row.decision.issue ?? "", .normal, 6),
                (row.issue.map { index.unitName($0.unit) } ?? "", .dim, 10),
                (row.issue?.due.iso ?? "", .normal, 10),
                (row.state(lang), light.map { .light($0) } ?? .dim, 10),
            ]
            lines.append(Pages.row(cells, state, target: row.decision.issue.map { .issue($0) }))
        }
        lines += Pages.attachments(meeting.attachments, state)
        return Page(title: "\(meeting.id) \(meeting.title)", lines: lines)
    }
}
