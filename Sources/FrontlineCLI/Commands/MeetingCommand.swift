import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline meeting new|decide|list|show|minutes`: 调度会 and their decisions (docs/domain-rules.md, "调度会").
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Dispatch meetings (调度会): record one and its decisions, list them, show one with its decisions' issues, print its minutes.",
        subcommands: [MeetingNew.self, MeetingDecide.self, MeetingList.self, MeetingShow.self, MeetingMinutesCommand.self])
}

struct MeetingNew: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Record a meeting (administrators and leaders); prints its id.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "周调度 月调度 季度调度 专题 (weekly monthly quarterly special).") var kind: String
    @Option(help: "The meeting's name (2026年第四季度重点项目现场调度会).") var title: String
    @Option(help: "When it was held: YYYY-MM-DD or -days; default today.") var date: String?
    @Option(help: "Where it was held.") var place: String = ""
    @Option(help: "Who chaired it (id, name or login).") var chair: String
    @Option(name: .customLong("attendee"), help: "Who attended (id, name or login); repeatable.") var attendees: [String] = []
    @Option(name: .customLong("project"), help: "A project discussed (id or name); repeatable.") var projects: [String] = []

    func run() throws {
        let session = try Session.open(global)
        var draft = MeetingDraft(
            kind: try vocabulary(MeetingKind.self, kind, option: "--kind"), title: title,
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) } ?? session.changeDay,
            chair: try session.resolve(.person, chair, option: "--chair"))
        draft.place = place
        draft.attendees = try attendees.map { try session.resolve(.person, $0, option: "--attendee") }
        draft.projects = try projects.map { try session.resolve(.project, $0, option: "--project") }
        let entry = try session.perform(.recordMeeting(draft))
        session.write((entry.changes.first?.id ?? "") + "\n")
    }
}

struct MeetingDecide: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Record a decision of a meeting: a note, or with --unit and --due an issue 交办 to that unit that cites the meeting.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting id.") var id: String
    @Option(help: "What was decided.") var text: String
    @Option(help: "The project it concerns (id or name).") var project: String?
    @Option(help: "The unit the decision is 交办 to (id or name): the decision becomes an issue.") var unit: String?
    @Option(help: "The issue's due date: YYYY-MM-DD or +days (with --unit).") var due: String?
    @Option(help: "The issue's title; default: the decision's text.") var title: String?
    @Option(help: "Responsible person there (id, name or login).") var person: String?
    @Option(help: "Responsible leader (id, name or login).") var leader: String?
    @Option(help: "土地 规划 审批手续 资金 水电气暖 施工环境 政策 用工 其他.") var category: String?
    @Option(help: "一般 紧急 特急.") var urgency: String?

    func run() throws {
        let asIssue = unit != nil || due != nil || title != nil || person != nil || leader != nil || category != nil || urgency != nil
        if asIssue, unit == nil || due == nil {
            throw CLIError.usage(.cliIssueNeedsUnitAndDue)
        }
        let session = try Session.open(global)
        var draft = DecisionDraft(meeting: id, text: text, project: try project.map { try session.resolve(.project, $0, option: "--project") })
        if asIssue, let unit, let due {
            var issue = IssueDraft(
                project: nil, title: title ?? "", unit: try session.resolve(.unit, unit, option: "--unit"),
                due: try session.day(due, option: "--due", from: session.changeDay))
            issue.person = try person.map { try session.resolve(.person, $0, option: "--person") }
            issue.responsibleLeader = try leader.map { try session.resolve(.person, $0, option: "--leader") }
            issue.category = try category.map { try vocabulary(IssueCategory.self, $0, option: "--category") } ?? .other
            issue.urgency = try urgency.map { try vocabulary(Urgency.self, $0, option: "--urgency") } ?? .normal
            draft.issue = issue
        }
        report(try session.perform(.decide(draft)), session)
    }
}

struct MeetingList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The meetings, newest first, with their decisions' issues: open, overdue, closed.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only meetings of this kind: 周调度 月调度 季度调度 专题.") var kind: String?

    func run() throws {
        let kind = try self.kind.map { try vocabulary(MeetingKind.self, $0, option: "--kind") }
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        let board = index.board
        let lang = session.lang
        let rows = board.meetingRows(today: session.today).filter { kind == nil || $0.meeting.kind == kind }
        let columns: [Column<MeetingRow>] = [
            Column("id", .listingId, text: { $0.meeting.id }),
            Column("date", .listingDate, text: { $0.meeting.date.iso }),
            Column("kind", .listingKind, text: { $0.meeting.kind.label(lang) }, json: { .string($0.meeting.kind.rawValue) }),
            Column("title", .listingMeetingTitle, text: { $0.meeting.title }),
            Column(
                "chair", .listingChair, text: { board.people[id: $0.meeting.chair]?.name ?? $0.meeting.chair },
                json: { .string($0.meeting.chair) }),
            Column("decisions", .listingDecisions, alignment: .right, text: { "\($0.decisions.count)" }, json: { .int($0.decisions.count) }),
            Column("openIssues", .listingNotClosed, alignment: .right, text: { "\($0.openIssues)" }, json: { .int($0.openIssues) }),
            Column("overdueIssues", .listingOverdue, alignment: .right, text: { "\($0.overdueIssues)" }, json: { .int($0.overdueIssues) }),
            Column("closedIssues", .listingClosed, alignment: .right, text: { "\($0.closedIssues)" }, json: { .int($0.closedIssues) }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}

struct MeetingShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One meeting: who, when, where, the projects, and each decision with its issue's light, status and days overdue.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting id.") var id: String
    @Option(help: "text or json.") var format: Format = .text

    func run() throws {
        let session = try Session.open(global)
        let board = session.index(asOf: session.today).board
        guard let meeting = board.meetings[id: id] else { throw DomainError.notFound(.meeting, id) }
        try Self.show(meeting, board, format, session)
    }

    /// The meeting as `meeting show` and `show MT-001` print it.
    static func show(_ meeting: Meeting, _ board: Board, _ format: Format, _ session: Session) throws {
        let lang = session.lang
        let rows = board.decisionRows(meeting, today: session.today)
        func name(_ id: String) -> String { board.people[id: id]?.name ?? id }
        switch format {
        case .json:
            let decisions: [JSONValue] = rows.map { row in
                var members = [
                    JSONMember("number", .int(row.decision.number)), JSONMember("text", .string(row.decision.text)),
                    JSONMember("project", row.decision.project.map(JSONValue.string) ?? .null),
                    JSONMember("issue", row.decision.issue.map(JSONValue.string) ?? .null),
                ]
                if let issue = row.issue, let light = row.light {
                    members += [
                        JSONMember("unit", .string(issue.unit)), JSONMember("due", .string(issue.due.iso)),
                        JSONMember("status", .string(issue.status.rawValue)), JSONMember("light", .string(light.light.rawValue)),
                        JSONMember("daysOverdue", .int(row.daysOverdue)),
                    ]
                }
                members.append(JSONMember("outcome", .string(row.state(lang))))
                return .object(members)
            }
            let object = JSONValue.object([
                JSONMember("id", .string(meeting.id)), JSONMember("kind", .string(meeting.kind.rawValue)),
                JSONMember("title", .string(meeting.title)), JSONMember("date", .string(meeting.date.iso)),
                JSONMember("place", .string(meeting.place)), JSONMember("chair", .string(meeting.chair)),
                JSONMember("attendees", .array(meeting.attendees.map(JSONValue.string))),
                JSONMember("projects", .array(meeting.projects.map(JSONValue.string))),
                JSONMember("decisions", .array(decisions)),
                JSONMember("attachments", .array(meeting.attachments.map { .string($0.name) })),
            ])
            session.context.console.write(JSONWriter.pretty(object, expandDepth: 2, escapingInvisible: true))
        case .text:
            var out = lang.text(.meetingHeader, meeting.id, meeting.title, meeting.kind.label(lang), meeting.date.iso, name(meeting.chair)) + "\n"
            if !meeting.place.isEmpty { out += lang.text(.columnPlace) + lang[.labelSeparator] + meeting.place + "\n" }
            out += lang.text(.meetingAttendees, meeting.attendees.map(name).joined(separator: lang.text(.listSeparator))) + "\n"
            out +=
                lang.text(
                    .meetingProjects,
                    meeting.projects.map { "\($0) \(board.projects[id: $0]?.name ?? "")" }.joined(separator: lang.text(.listSeparator))) + "\n"
            let row = MeetingRow(meeting: meeting, decisions: rows)
            out +=
                lang.text(
                    .meetingDecisionsSummary, rows.count, rows.filter { $0.decision.issue != nil }.count, row.openIssues,
                    row.overdueIssues, row.closedIssues) + "\n\n"
            session.write(out.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitizer.display(String($0)) }.joined(separator: "\n"))
            if rows.isEmpty { return session.write(lang.text(.meetingNoDecisions) + "\n") }
            let columns: [Column<DecisionRow>] = [
                Column("number", .listingNumber, alignment: .right, text: { "\($0.decision.number)" }),
                Column("decision", .listingDecision, maxWidth: 36, text: { $0.decision.text }),
                Column("issue", .listingAssignedIssue, text: { $0.decision.issue ?? "—" }),
                Column("light", .listingLight, text: { $0.light?.light.label(lang) ?? "" }),
                Column("unit", .listingResponsibleUnit, text: { $0.issue.map { board.units[id: $0.unit]?.displayName ?? $0.unit } ?? "" }),
                Column("due", .listingDue, text: { $0.issue?.due.iso ?? "" }),
                Column("status", .listingStatus, text: { $0.issue?.status.label(lang) ?? "" }),
                Column("outcome", .listingOutcome, text: { $0.state(lang) }),
            ]
            session.write(Listing.table(rows, columns, lang: lang))
            if !meeting.attachments.isEmpty {
                session.write(
                    "\n" + Sanitizer.display(lang[.attachmentsLabel] + meeting.attachments.map(\.name).joined(separator: lang.text(.listSeparator)))
                        + "\n")
            }
        }
    }
}

struct MeetingMinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes", abstract: "The meeting's minutes (会议纪要): md, or docx and pdf for filing and printing.")
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, docx, pdf }
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The meeting id.") var id: String
    @Option(
        help: "md (Markdown), docx (a Word document laid out as an official document) or pdf (printed by LibreOffice); docx and pdf need --output.")
    var format: Format = .md
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        try DocumentOutput.check(format.rawValue, output: output)
        let session = try Session.open(global)
        let board = session.index(asOf: session.today).board
        guard let meeting = board.meetings[id: id] else { throw DomainError.notFound(.meeting, id) }
        var minutes = MeetingMinutes(meeting: meeting, board: board, today: session.today)
        let documentLang = global.lang ?? board.settings.documentLanguage
        minutes.footer = HalfMonthCommand.footer(try session.store.head, documentLang)
        try DocumentOutput.write(minutes.markdown(documentLang), format: format.rawValue, lang: documentLang, to: output, session)
    }
}
