import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline projects`: the project list with lights.
struct ProjectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects",
        abstract: "List projects with light, stage, progress, leader, unit, open/overdue issues and days since the last visit.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only projects of this unit (id or name): responsible, co-serving or hosting.") var unit: String?
    @Option(help: "Only projects this leader (id, name or login) leads.") var leader: String?
    @Option(help: "Only this light: 红 黄 绿 灰 or red yellow green gray.") var light: String?
    @Option(help: "Only this stage, e.g. 在建.") var stage: String?
    @Option(help: "Only projects whose id, name, owner, leader or unit contains the text.") var search: String?

    func run() throws {
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        var filter = ProjectFilter()
        filter.unit = try unit.map { try session.resolve(.unit, $0, option: "--unit") }
        filter.leader = try leader.map { try session.resolve(.person, $0, option: "--leader") }
        filter.light = try light.map { try vocabulary(Light.self, $0, option: "--light") }
        filter.stage = try stage.map { try vocabulary(Stage.self, $0, option: "--stage") }
        filter.search = search
        let rows = index.projectRows(filter, today: session.today)
        let lang = session.lang
        let columns: [Column<ProjectRow>] = [
            Column("light", .listingLight, text: { $0.light.light.label(lang) }, json: { .string($0.light.light.english) }),
            Column("id", .listingId, text: { $0.project.id }),
            Column("name", .listingProjectName, maxWidth: 30, text: { $0.project.name }),
            Column("stage", .listingStage, text: { $0.project.stage.label(lang) }, json: { .string($0.project.stage.rawValue) }),
            Column(
                "progressPct", .listingProgress, alignment: .right, unit: .listingUnitPercent, text: { "\($0.project.progressPct)%" },
                json: { .int($0.project.progressPct) }),
            Column("leader", .listingProjectLeader, text: { index.personName($0.project.leader) }),
            Column("unit", .listingProjectUnit, text: { index.unitName($0.project.unit) }),
            Column("openIssues", .listingOpen, alignment: .right, text: { "\($0.openIssues)" }, json: { .int($0.openIssues) }),
            Column("overdueIssues", .listingOverdue, alignment: .right, text: { "\($0.overdueIssues)" }, json: { .int($0.overdueIssues) }),
            Column(
                "daysSinceVisit", .listingSinceVisit, alignment: .right, unit: .listingUnitDays, text: { Labels.days($0.daysSinceVisit, lang) },
                json: { $0.daysSinceVisit.map(JSONValue.int) ?? .null }),
            Column(
                "reasons", .listingLightReasons, maxWidth: 36, text: { $0.light.reasons.map { $0.text(lang) }.joined(separator: "；") },
                json: { .array($0.light.reasons.map { .string($0.text(.en)) }) }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}

/// `frontline issues`: issues with light, due, days overdue, unit and today's holder.
struct IssuesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "issues", abstract: "List issues (open ones by default), most overdue first.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Only overdue issues.") var overdue = false
    @Option(
        name: .customLong("due-within"),
        help: "Only open issues, not yet overdue, due today or within the next N days (0–3660; the dashboard's N天内到期; overdue ones: --overdue).")
    var dueWithin: String?
    @Option(help: "Only issues of this responsible unit (id or name).") var unit: String?
    @Option(help: "Only issues of this project (id or name).") var project: String?
    @Option(help: "Only issues in this status, e.g. 办理中 or in-progress (includes closed ones).") var status: String?
    @Flag(help: "Only issues I hold today (as A, or as B covering for A).") var mine = false
    @Flag(help: "Closed and cancelled issues too.") var all = false
    @Flag(name: .customLong("extension-requests"), help: "Only issues with an extension request (申请延期) waiting for a decision.")
    var extensionRequests = false
    @Flag(help: "Only issues under 督办 (黄牌, 红牌 or 挂牌) on the day, the most serious first.") var escalated = false

    func run() throws {
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        var filter = IssueFilter()
        filter.overdueOnly = overdue
        filter.dueWithin = try dueWithin.map { try Session.integer($0, in: Limits.dueWithinDays, option: "--due-within") }
        filter.unit = try unit.map { try session.resolve(.unit, $0, option: "--unit") }
        filter.project = try project.map { try session.resolve(.project, $0, option: "--project") }
        filter.status = try status.map { try vocabulary(IssueStatus.self, $0, option: "--status") }
        filter.includeClosed = all
        if mine {
            guard let me = index.person(login: session.context.login) else {
                throw CLIError(.problemsFound, .cliAccountIsNotAPerson, "\(session.context.login)")
            }
            filter.holder = me.id
        }
        var rows = index.issueRows(filter, today: session.today)
        if extensionRequests { rows = rows.filter { $0.issue.pendingExtensionRequest != nil } }
        if escalated {
            // Most serious first; within a level, the order of the listing (most overdue first).
            rows = rows.enumerated().filter { $0.element.escalation != nil }
                .sorted { ($0.element.escalation!.level, -$0.offset) > ($1.element.escalation!.level, -$1.offset) }.map(\.element)
        }
        let lang = session.lang
        // A pending 申请延期 is marked before the title in the table (`申延 `); JSON keeps the title as it is.
        let pending = lang[.listingPendingExtension]
        let columns: [Column<IssueRow>] = [
            Column("light", .listingLight, text: { $0.light.light.label(lang) }, json: { .string($0.light.light.english) }),
            Column("id", .listingId, text: { $0.issue.id }),
            Column(
                "title", .listingIssueTitle, maxWidth: 30, text: { ($0.issue.pendingExtensionRequest == nil ? "" : pending) + $0.issue.title },
                json: { .string($0.issue.title) }),
            Column(
                "escalation", .listingEscalation, text: { $0.escalation?.level.mark(lang) ?? "" },
                json: { $0.escalation.map { .string($0.level.english) } ?? .null }),
            Column("project", .listingProject, maxWidth: 20, text: { index.projectName($0.issue.project) }),
            Column("status", .listingStatus, text: { $0.issue.status.label(lang) }, json: { .string($0.issue.status.rawValue) }),
            Column("due", .listingDue, text: { $0.issue.due.iso }),
            Column(
                "daysOverdue", .listingDaysOverdue, alignment: .right, text: { $0.daysOverdue > 0 ? "\($0.daysOverdue)" : "" },
                json: { .int($0.daysOverdue) }),
            Column("unit", .listingResponsibleUnit, text: { index.unitName($0.issue.unit) }),
            Column(
                "holder", .listingHolderToday, text: { index.text(of: $0.holder, lang: lang) },
                json: { $0.holder.map { .string(index.personName($0.person)) } ?? .null }),
        ]
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}

/// `frontline units`: the AB roster with today's holders.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units", abstract: "The AB roster: unit, duty, A, B and who holds each duty today (lines in force today).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Also roster lines not in force today (expired or not yet valid); they hold nothing today.") var all = false

    func run() throws {
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        let lang = session.lang
        let today = session.today
        func validity(_ duty: Duty) -> String {
            if let from = duty.validFrom, from > today { return lang.text(.absenceNotYetValid, from.iso) }
            return lang.text(.dutyExpired, duty.validTo?.iso ?? "")
        }
        func away(_ absence: Absence?) -> String {
            guard let absence else { return "" }
            return lang.text(.absenceUntil, absence.reason.label(lang), absence.to.iso)
        }
        let columns: [Column<DutyRow>] = [
            Column("unit", .listingUnit, text: { index.unitName($0.duty.unit) }),
            Column("duty", .listingDuty, text: { $0.duty.duty }),
            Column("a", .listingA, text: { index.personName($0.duty.a) }),
            Column("aAway", .listingAAway, text: { away($0.aAbsence) }),
            Column("b", .listingB, text: { index.personName($0.duty.b) }),
            Column("bAway", .listingBAway, text: { away($0.bAbsence) }),
            Column(
                "holder", .listingHoldsToday, text: { $0.inForce ? index.text(of: $0.holder, lang: lang) : validity($0.duty) },
                json: { $0.inForce ? .string(index.personName($0.holder.person)) : .null }),
            // What the one covering must know: the note left by whoever is away.
            Column(
                "handover", .listingHandover, maxWidth: 60,
                text: { $0.inForce ? index.absence(coveredBy: $0.holder, on: session.today)?.handover ?? "" : "" }),
        ]
        let rows = index.dutyRows(today: session.today, includeInactive: all)
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}

/// Parses a vocabulary value (Chinese or English), or fails with the choices.
func vocabulary<E: DomainEnum>(_ type: E.Type, _ text: String, option: String) throws -> E {
    if let value = E.parse(text) { return value }
    let english = E.allCases.map(\.english).joined(separator: "/")
    throw CLIError.usage(.cliNotOneOf, "\(option)", "\(Sanitizer.display(text))", "\(E.choices)", "\(english)")
}
