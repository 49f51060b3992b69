import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline show ID`: one project, issue, visit or 调度会 in full, with its issues, visits, handling log or attachments.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one project, issue, visit, meeting, lead or 通报 in full, with its log and attachments.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Output format: table (text) or json.") var format: OutputFormat = .table
    @Argument(help: "A project, issue, visit, meeting, lead or 通报 id (P-001, I-0001, V-0001, MT-001, ZS-001, TB-001) or a project's exact name.")
    var id: String

    func run() throws {
        let session = try Session.open(global)
        let lang = session.lang
        let today = session.today
        // The record as it stood at the end of today (the --as-of day): its light, log and facts then.
        let index = session.index(asOf: today)
        if let issue = index.board.issues[id: id] {
            let light = index.light(of: issue, today: today)
            let escalation = Escalation.result(issue, on: today, settings: index.board.settings)
            if format == .json { return write(session, BoardCodec.object(issue, withId: true), light, escalation: escalation) }
            var text = header("\(issue.id) \(issue.title)", light, lang, escalation: escalation)
            text += facts(index.facts(of: issue, today: today, lang: lang))
            text += "\n" + lang.text(.showHandlingLog) + "\n"
            for line in issue.log { text += "  " + Sanitizer.display(index.text(of: line, lang: lang)) + "\n" }
            text += instructions(index.board.instructions.rows.filter { $0.issue == issue.id }, index, lang, today: today)
            text += attachments(issue, index, lang)
            session.write(text)
        } else if let instruction = index.board.instructions[id: id] {
            session.write(InstructionShow.render(instruction, index: index, today: today, lang: lang, json: format == .json))
        } else if let meeting = index.board.meetings[id: id] {
            // A 调度会 is shown as `meeting show` shows it.
            return try MeetingShow.show(meeting, index.board, format == .json ? .json : .text, session)
        } else if let lead = index.board.leads[id: id] {
            // A 招商线索 is shown as `lead show` shows it.
            if format == .json {
                return session.context.console.write(
                    JSONWriter.pretty(BoardCodec.object(lead, withId: true), expandDepth: 1, escapingInvisible: true))
            }
            session.write(LeadShow.text(lead, index.board, lang))
        } else if let bulletin = index.board.bulletins[id: id], bulletin.date <= today {
            // A 通报: what the 绩考办 said of the unit, for which period, and why.
            if format == .json {
                return session.context.console.write(
                    JSONWriter.pretty(BoardCodec.object(bulletin, withId: true), expandDepth: 1, escapingInvisible: true))
            }
            func label(_ field: String) -> String { RecordKind.bulletin.label(of: field, lang) }
            var text = Sanitizer.display("\(bulletin.id) \(bulletin.verdict.label(lang)) · \(index.unitName(bulletin.unit))") + "\n\n"
            text += facts([
                Fact(label("period"), bulletin.periodLabel(lang)), Fact(label("date"), bulletin.date.iso),
                Fact(label("issuer"), index.personName(bulletin.issuer)), Fact(label("reason"), bulletin.reason),
            ])
            session.write(text)
        } else if let visit = index.board.visits[id: id] {
            if format == .json {
                return session.context.console.write(
                    JSONWriter.pretty(BoardCodec.object(visit, withId: true), expandDepth: 1, escapingInvisible: true))
            }
            let project = index.board.projects[id: visit.project]
            var text = Sanitizer.display(lang.text(.showVisitTitle, visit.id, project.map { "\($0.id) \($0.name)" } ?? visit.project)) + "\n\n"
            text += facts(
                [
                    Fact(RecordKind.visit.label(of: "date", lang), visit.date.iso),
                    Fact(RecordKind.visit.label(of: "mode", lang), visit.mode.label(lang)),
                    Fact(lang.text(.factVisitors), visit.visitors.map(index.personName).joined(separator: "、")),
                    Fact(RecordKind.visit.label(of: "note", lang), visit.note),
                ].filter { !$0.value.isEmpty })
            text += attachments(visit, index, lang)
            session.write(text)
        } else if let projectId = index.resolve(.project, id), let project = index.board.projects[id: projectId] {
            let light = index.light(of: project, today: today)
            if format == .json { return write(session, BoardCodec.object(project, withId: true), light) }
            var text = header("\(project.id) \(project.name)", light, lang)
            text += facts(index.facts(of: project, today: today, lang: lang))
            let procedures = ProcedureShow.render(project, index: index, today: today, lang: lang)
            if !procedures.isEmpty { text += "\n" + procedures }
            let issues = index.issues(ofProject: project.id).map { index.issueRow($0, today: today) }
            text += "\n" + lang.text(.projectDetailIssues, issues.count) + "\n"
            for row in issues {
                text += "  \(row.light.light.label(lang))  \(row.issue.id)  \(row.issue.status.label(lang))  \(row.issue.due.iso)  "
                text += Sanitizer.display((row.escalation.map { $0.level.mark(lang) + " " } ?? "") + row.issue.title) + "\n"
            }
            let visits = index.visits(ofProject: project.id).sorted { $0.date > $1.date }
            text += "\n" + lang.text(.projectDetailVisits, visits.count) + "\n"
            for visit in visits.prefix(10) {
                let who = visit.visitors.map(index.personName).joined(separator: "、")
                let attached = visit.attachments.isEmpty ? "" : "  [" + lang.text(.attachmentCount, visit.attachments.count) + " · \(visit.id)]"
                text += "  \(visit.date.iso)  \(visit.mode.label(lang))  " + Sanitizer.display("\(who)  \(visit.note)") + attached + "\n"
            }
            text += instructions(index.board.instructions.rows.filter { $0.project == project.id }, index, lang, today: today)
            let reports = index.progressReports(ofProject: project.id).sorted { $0.period > $1.period }
            text += "\n" + lang.text(.progressReports, reports.count) + "\n"
            for report in reports.prefix(6) {
                text += "  \(report.period.label(lang))  \(report.progressPct)%  " + Sanitizer.display(report.text) + "\n"
            }
            session.write(text)
        } else if let later = session.board.issues[id: id] {
            throw CLIError(.problemsFound, .cliIssueRaisedAfter, "\(later.id)", "\(later.raisedOn.iso)", "\(today.iso)")
        } else {
            throw CLIError.usage(.cliNoProjectOrIssue, "\(Sanitizer.display(id))")
        }
    }

    /// The instructions (领导批示) on the record, one line each with light, state and due date; nothing when none.
    private func instructions(_ items: [Instruction], _ index: BoardIndex, _ lang: Lang, today: Day) -> String {
        guard !items.isEmpty else { return "" }
        var text = "\n" + lang.text(.leadersInstructionsCount, items.count) + "\n"
        for item in items {
            text +=
                "  \(item.light(today: today, settings: index.board.settings).label(lang))  \(item.id)  \(item.status.label(lang))  \(item.due.iso)  "
            text += Sanitizer.display("\(index.personName(item.leader))：\(item.text)") + "\n"
        }
        return text
    }

    /// The record's attachments, with name, size, who attached them and when; nothing when it has none.
    private func attachments(_ record: some CarriesAttachments, _ index: BoardIndex, _ lang: Lang) -> String {
        guard !record.attachments.isEmpty else { return "" }
        var text = "\n" + lang.text(.attachmentsHeading, record.attachments.count) + "\n"
        for attachment in record.attachments { text += "  " + Sanitizer.display(index.text(of: attachment)) + "\n" }
        return text
    }

    private func header(_ title: String, _ light: LightResult, _ lang: Lang, escalation: EscalationResult? = nil) -> String {
        let reasons = light.reasons.map { $0.text(lang) }.joined(separator: lang.text(.reasonSeparator))
        let level = escalation.map { "  [\($0.level.label(lang))]" } ?? ""
        return Sanitizer.display("\(title)  [\(light.light.label(lang))] \(reasons)\(level)") + "\n\n"
    }

    private func facts(_ facts: [Fact]) -> String {
        let width = facts.reduce(0) { max($0, DisplayWidth.of($1.label)) }
        return facts.map { "  " + TextLayout.pad($0.label, columns: width) + "  " + Sanitizer.display($0.value) + "\n" }.joined()
    }

    private func write(_ session: Session, _ record: JSONValue, _ light: LightResult, escalation: EscalationResult? = nil) {
        guard case .object(var members) = record else { return }
        members.append(JSONMember("light", .string(light.light.english)))
        members.append(JSONMember("lightReasons", .array(light.reasons.map { .string($0.text(.en)) })))
        if let escalation {
            members.append(JSONMember("escalation", .string(escalation.level.english)))
            members.append(JSONMember("escalationReason", .string(escalation.reason.ruleText(.en))))
        }
        session.context.console.write(JSONWriter.pretty(.object(members), expandDepth: 1, escapingInvisible: true))
    }
}
