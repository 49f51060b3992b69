/// The 会议纪要 of a 调度会 as Markdown (`frontline meeting minutes ID --format md|docx|pdf`), the document path the
/// reports take (docs/documents.md): who met, when and where, the projects discussed, each decision with the issue it
/// became and that issue's state today, and what became of the decisions of the previous meeting of the same kind.
public struct MeetingMinutes: Sendable {
    public var meeting: Meeting
    public var board: Board
    public var today: Day
    /// Lines after the document's closing rule: the chain head the figures were read at.
    public var footer: [String] = []

    public init(meeting: Meeting, board: Board, today: Day) {
        self.meeting = meeting
        self.board = board
        self.today = today
    }

    /// The meeting of the same kind held before this one (by date, then id), whose decisions the minutes follow up.
    public var previous: Meeting? {
        board.meetings.rows.filter { $0.kind == meeting.kind && ($0.date, $0.id) < (meeting.date, meeting.id) }
            .max { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    public func title(_ lang: Lang) -> String { lang.text(.meetingMinutesTitle, meeting.title) }

    public func markdown(_ lang: Lang) -> String {
        func clean(_ s: String) -> String { Sanitizer.display(s).replacingAll("|", with: "\\|") }
        func person(_ id: String) -> String { clean(board.people[id: id]?.name ?? id) }
        func unit(_ id: String) -> String { clean(board.units[id: id]?.displayName ?? id) }
        func project(_ id: String) -> String { clean(board.projects[id: id]?.name ?? id) }
        let separator = lang.text(.listSeparator)
        var out = "# " + clean(title(lang)) + "\n\n"
        let place = meeting.place.trimmingSpaces.isEmpty ? lang.text(.meetingMinutesNone) : clean(meeting.place)
        out += lang.text(.meetingMinutesOpening, meeting.date.iso, person(meeting.chair), place, clean(meeting.title))
        out += lang.text(
            .meetingAttendees, meeting.attendees.isEmpty ? lang.text(.meetingMinutesNone) : meeting.attendees.map(person).joined(separator: separator)
        )
        out += lang.text(.sentenceEnd) + "\n"
        out += "## " + lang[.minutesSectionOne] + lang.text(.meetingMinutesProjectsHeading) + "\n\n"
        if meeting.projects.isEmpty { out += lang.text(.meetingMinutesNone) + "\n\n" }
        for id in meeting.projects { out += "- \(id) \(project(id))\n" }
        if !meeting.projects.isEmpty { out += "\n" }
        out += "## " + lang[.minutesSectionTwo] + lang.text(.meetingMinutesDecisionsHeading) + "\n\n"
        let rows = board.decisionRows(meeting, today: today)
        if rows.isEmpty { out += lang.text(.meetingNoDecisions) + "\n\n" }
        for row in rows {
            var line = "\(row.decision.number). " + clean(row.decision.text)
            if let id = row.decision.project { line += lang.text(.parenthesised, project(id)) }
            if let id = row.decision.issue {
                let due = row.issue?.due.iso ?? "—"
                line +=
                    lang[.minutesIssueLineSeparator]
                    + lang.text(.meetingMinutesIssueLine, row.issue.map { unit($0.unit) } ?? "—", due, id, row.state(lang))
            }
            out += line + "\n\n"
        }
        out += "## " + lang[.minutesSectionThree] + lang.text(.meetingMinutesFollowUpHeading) + "\n\n"
        if let previous {
            out += clean(previous.title) + lang.text(.parenthesised, previous.date.iso) + "\n\n"
            out += followUpTable(board.decisionRows(previous, today: today), lang, unit: unit, clean: clean)
        } else {
            out += lang.text(.meetingMinutesNone) + "\n\n"
        }
        if !footer.isEmpty { out += "---\n\n" + footer.map { Sanitizer.display($0) + "\n" }.joined() }
        return out
    }

    private func followUpTable(_ rows: [DecisionRow], _ lang: Lang, unit: (String) -> String, clean: (String) -> String) -> String {
        guard !rows.isEmpty else { return lang.text(.meetingNoDecisions) + "\n\n" }
        var out =
            "| "
            + [
                lang.text(.columnDecisionNumber), lang.text(.columnDecision), lang.text(.columnDecisionIssue),
                lang.text(.columnUnit), lang.text(.columnDue), lang.text(.columnDecisionOutcome),
            ].joined(separator: " | ") + " |\n"
        out += "|---:|---|---|---|---|---|\n"
        for row in rows {
            out +=
                "| \(row.decision.number) | \(clean(row.decision.text)) | \(row.decision.issue ?? "—") | "
                + "\(row.issue.map { unit($0.unit) } ?? "—") | \(row.issue?.due.iso ?? "—") | \(row.state(lang)) |\n"
        }
        return out + "\n"
    }
}
