import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline squad new|list`: 招商小分队 (docs/domain-rules.md, "招商").
struct SquadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "squad", abstract: "Investment-attraction squads (招商小分队): record one led by a 班子成员, list them.",
        subcommands: [SquadNew.self, SquadList.self])
}

struct SquadNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Record a squad (its leader, or an official of its unit; administrators); prints the saved change.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The squad's name (新能源产业招商小分队).") var name: String
    @Option(help: "The unit that answers for its leads (id or name).") var unit: String
    @Option(help: "The 班子成员 who leads it (id, name or login).") var leader: String
    @Option(name: .customLong("member"), help: "A member (id, name or login); repeatable.") var members: [String] = []
    @Option(help: "Where it goes and what it looks for (长三角 新能源电池材料).") var focus: String = ""

    func run() throws {
        let session = try Session.open(global)
        var draft = SquadDraft(
            name: name, unit: try session.resolve(.unit, unit, option: "--unit"),
            leader: try session.resolve(.person, leader, option: "--leader"))
        draft.members = try members.map { try session.resolve(.person, $0, option: "--member") }
        draft.focus = focus
        report(try session.perform(.recordSquad(draft)), session)
    }
}

struct SquadList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The squads with their leader, members and leads at each stage.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let session = try Session.open(global)
        let board = session.board
        let lang = session.lang
        func name(_ id: String) -> String { board.people[id: id]?.name ?? id }
        func count(_ squad: Squad, _ stage: LeadStage) -> Int { board.leads(ofSquad: squad.id).filter { $0.stage == stage }.count }
        var columns: [Column<Squad>] = [
            Column("id", .listingId, text: { $0.id }),
            Column("name", .listingSquad, text: { $0.name }),
            Column("unit", .listingLeadingUnit, text: { board.units[id: $0.unit]?.displayName ?? $0.unit }, json: { .string($0.unit) }),
            Column("leader", .listingSquadLeader, text: { name($0.leader) }, json: { .string($0.leader) }),
            Column(
                "members", .listingMembers, maxWidth: 30, text: { $0.members.map(name).joined(separator: lang.text(.listSeparator)) },
                json: { .array($0.members.map(JSONValue.string)) }),
        ]
        for stage in LeadStage.allCases {
            columns.append(
                Column(
                    stage.english, Phrase(.listingVocabularyValue, .label(stage)), alignment: .right,
                    text: { "\(count($0, stage))" }, json: { .int(count($0, stage)) }))
        }
        session.context.console.write(Listing.render(board.squads.rows, columns, format: output.format, lang: lang))
    }
}

/// `frontline lead new|move|land|list|show`: 招商线索 and their stages (docs/domain-rules.md, "招商").
struct LeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lead", abstract: "Investment leads (招商线索): record one, move it 线索 → 洽谈 → 签约, land it as a key project, list, show.",
        subcommands: [LeadNew.self, LeadMoveCommand.self, LeadLand.self, LeadList.self, LeadShow.self])
}

struct LeadNew: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Record a lead at 线索, found today (the squad's members, the unit's officials); prints the saved change.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The project's name (年产5万吨锂电池正极材料项目).") var name: String
    @Option(help: "The squad that found it (id or name).") var squad: String?
    @Option(help: "The unit that answers for it (id or name); default: the squad's.") var unit: String?
    @Option(help: "The investor (宁波某新能源材料股份有限公司).") var investor: String = ""
    @Option(help: "Where the investor comes from (长三角, 珠三角).") var region: String = ""
    @Option(help: "The industry (新能源电池材料, 生物医药, 智能制造).") var industry: String = ""
    @Option(help: "Expected investment, 万元.") var investment: String?
    @Option(help: "Expected output (产值) a year, 万元.") var output: String?
    @Option(help: "Expected tax (税收) a year, 万元.") var tax: String?
    @Option(help: "Expected jobs (就业), people.") var jobs: String?
    @Option(help: "A note.") var note: String = ""
    @Option(help: "The day it was found, when recorded afterwards: YYYY-MM-DD or -days; default today.") var found: String?

    func run() throws {
        if squad == nil && unit == nil {
            throw CLIError.usage(.cliSquadOrUnit)
        }
        let session = try Session.open(global)
        var draft = LeadDraft(
            name: name, unit: try unit.map { try session.resolve(.unit, $0, option: "--unit") },
            squad: try squad.map { try session.resolve(.squad, $0, option: "--squad") })
        draft.investor = investor
        draft.region = region
        draft.industry = industry
        draft.investment = try investment.map { try session.money($0, option: "--investment") } ?? .zero
        draft.output = try output.map { try session.money($0, option: "--output") } ?? .zero
        draft.tax = try tax.map { try session.money($0, option: "--tax") } ?? .zero
        draft.jobs = try jobs.map { try Session.integer($0, in: Limits.jobs, option: "--jobs") } ?? 0
        draft.note = note
        draft.foundOn = try found.map { try session.day($0, option: "--found", from: session.changeDay) }
        report(try session.perform(.recordLead(draft)), session)
    }
}

struct LeadMoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move", abstract: "Move a lead to its next stage, dated today: 洽谈 (talks) or 签约 (signed); 落地 is lead land.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The lead (id or name).") var id: String
    @Argument(help: "洽谈 or 签约 (talks, signed).") var stage: String
    @Option(help: "The day the stage was reached, when recorded afterwards: YYYY-MM-DD or -days; default today.") var date: String?

    func run() throws {
        let to = try vocabulary(LeadStage.self, stage, option: "STAGE")
        if to == .landed {
            throw CLIError.usage(.cliLandWithLeadLand)
        }
        let session = try Session.open(global)
        let move = LeadMove(
            lead: try session.resolve(.lead, id, option: "ID"), to: to,
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) })
        report(try session.perform(.moveLead(move)), session)
    }
}

struct LeadLand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "land", abstract: "Land a signed lead (落地): it becomes a key project in the same change, linked both ways (administrators).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The lead (id or name).") var id: String
    @Option(help: "The project's 帮包领导 (id, name or login); default: the squad's leader.") var leader: String?
    @Option(help: "Link this key project already on the list (id or name) instead of adding one.") var project: String?
    @Option(help: "The day it landed, when recorded afterwards: YYYY-MM-DD or -days; default today.") var date: String?

    func run() throws {
        let session = try Session.open(global)
        let move = LeadMove(
            lead: try session.resolve(.lead, id, option: "ID"), to: .landed,
            projectLeader: try leader.map { try session.resolve(.person, $0, option: "--leader") },
            project: try project.map { try session.resolve(.project, $0, option: "--project") },
            date: try date.map { try session.day($0, option: "--date", from: session.changeDay) })
        if move.project != nil && move.projectLeader != nil {
            throw CLIError.usage(.cliProjectOrLeader)
        }
        report(try session.perform(.moveLead(move)), session)
    }
}

struct LeadList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The leads with their stage, squad, region, industry and expected investment, output, tax and jobs.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only leads at this stage: 线索 洽谈 签约 落地.") var stage: String?
    @Option(help: "Only the leads of this squad (id or name).") var squad: String?
    @Option(help: "Only the leads of this unit (id or name).") var unit: String?

    func run() throws {
        let stage = try self.stage.map { try vocabulary(LeadStage.self, $0, option: "--stage") }
        let session = try Session.open(global)
        let squad = try self.squad.map { try session.resolve(.squad, $0, option: "--squad") }
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        let board = session.board
        let lang = session.lang
        let leads = board.leads.rows.filter {
            (stage == nil || $0.stage == stage) && (squad == nil || $0.squad == squad) && (unit == nil || $0.unit == unit)
        }
        let columns: [Column<Lead>] = [
            Column("id", .listingId, text: { $0.id }),
            Column("name", .listingProjectName, maxWidth: 30, text: { $0.name }),
            Column("stage", .listingStage, text: { $0.stage.label(lang) }, json: { .string($0.stage.rawValue) }),
            Column("unit", .listingResponsibleUnit, text: { board.units[id: $0.unit]?.displayName ?? $0.unit }, json: { .string($0.unit) }),
            Column("squad", .listingSquad, text: { $0.squad ?? "" }, json: { $0.squad.map(JSONValue.string) ?? .null }),
            Column("region", .listingRegion, text: { $0.region }),
            Column("industry", .listingIndustry, text: { $0.industry }),
            Column(
                "investment", .listingInvestment, alignment: .right, unit: .listingUnitTenThousandYuan, text: { $0.investment.text },
                json: { .number($0.investment.text) }),
            Column(
                "output", .listingOutput, alignment: .right, unit: .listingUnitTenThousandYuan, text: { $0.output.text },
                json: { .number($0.output.text) }),
            Column("tax", .listingTax, alignment: .right, unit: .listingUnitTenThousandYuan, text: { $0.tax.text }, json: { .number($0.tax.text) }),
            Column("jobs", .listingJobs, alignment: .right, text: { "\($0.jobs)" }, json: { .int($0.jobs) }),
            Column("project", .listingLandedProject, text: { $0.project ?? "" }, json: { $0.project.map(JSONValue.string) ?? .null }),
        ]
        session.context.console.write(Listing.render(leads, columns, format: output.format, lang: lang))
    }
}

struct LeadShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One lead: its squad, stages with their dates, expected figures and the project it became.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The lead (id or name).") var id: String

    func run() throws {
        let session = try Session.open(global)
        let board = session.board
        guard let id = board.leads.contains(id: id) ? id : session.index.resolve(.lead, id), let lead = board.leads[id: id] else {
            throw DomainError.notFound(.lead, id)
        }
        session.write(LeadShow.text(lead, board, session.lang))
    }

    /// The lead as `lead show` and `show ZS-001` print it.
    static func text(_ lead: Lead, _ board: Board, _ lang: Lang) -> String {
        func name(_ id: String) -> String { board.people[id: id]?.name ?? id }
        var lines = ["\(lead.id) \(lead.name) · \(lead.stage.label(lang))"]
        for field in RecordKind.lead.fields
        where !["name", "stage", "foundOn", "talksOn", "signedOn", "landedOn", "project", "squad"].contains(field.name) {
            var text: String
            switch lead.value(of: field.name) {
            case .string(let s)?: text = s
            case .number(let n)?: text = n
            default: continue
            }
            if text.isEmpty { continue }
            if field.name == "unit" { text = board.units[id: lead.unit]?.displayName ?? lead.unit }
            lines.append(RecordKind.lead.label(of: field.name, lang) + lang.text(.leadFieldSeparator) + text)
        }
        if let squad = lead.squad.flatMap({ board.squads[id: $0] }) {
            lines.append(
                lang.text(
                    .leadSquadLine, "\(squad.id) \(squad.name)", name(squad.leader),
                    squad.members.map(name).joined(separator: lang.text(.listSeparator))))
        }
        lines.append(lang.text(.leadStagesLine, lead.foundOn.iso, lead.talksOn?.iso ?? "—", lead.signedOn?.iso ?? "—", lead.landedOn?.iso ?? "—"))
        if let project = lead.project { lines.append(lang.text(.leadLandedAs, "\(project) \(board.projects[id: project]?.name ?? "")")) }
        return lines.map { Sanitizer.display($0) }.joined(separator: "\n") + "\n"
    }
}

/// `frontline report attraction`: the month's 招商引资成绩, live or as published; `--publish` freezes it as the 半月报
/// is frozen (the same record and the same withdrawal), once the month has ended.
struct AttractionReportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, docx, pdf }

    static let configuration = CommandConfiguration(
        commandName: "attraction",
        abstract: "The month's investment attraction results (招商引资成绩): plan, done, signed and landed per unit.",
        discussion:
            "A published month is frozen: it prints as it was published, whatever changed since, and the ranking's attraction part reads it. A month can be published once it has ended."
    )
    @OptionGroup var global: GlobalOptions
    @Option(help: "The month: YYYY-MM; default: the last month that has ended.") var month: String?
    @Option(help: "md (Markdown), csv, docx or pdf; docx and pdf need --output.") var format: Format = .md
    @Option(help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "Publish and freeze this month's results (administrators).") var publish = false

    func run() throws {
        try DocumentOutput.check(format.rawValue, output: output)
        let session = try Session.open(global)
        let month = try AttractionReportCommand.month(month, session: session)
        if let frozen = session.board.reports[id: month.text] {
            if publish {
                throw CLIError(.problemsFound, .cliAttractionResultsPublished, "\(month.text)", "\(frozen.meta.updatedAt?.day.iso ?? "")")
            }
            return try write(
                markdown: frozen.markdown, csv: frozen.csv, lang: Lang(rawValue: frozen.lang) ?? session.board.settings.documentLanguage, session)
        }
        let board = session.board
        let results = AttractionResults.live(month, board: board)
        let head = try session.store.head
        let documentLang = board.settings.documentLanguage
        if publish {
            let record = results.published(board: board, lang: documentLang, asOf: session.today, footer: HalfMonthCommand.footer(head, documentLang))
            try session.perform(.publishReport(record))
            return try write(markdown: record.markdown, csv: record.csv, lang: documentLang, session)
        }
        let lang = global.lang ?? documentLang
        try write(
            markdown: results.markdown(board: board, lang, footer: HalfMonthCommand.footer(head, lang)), csv: results.csv(board: board, lang),
            lang: lang, session)
    }

    private func write(markdown: String, csv: String, lang: Lang, _ session: Session) throws {
        try DocumentOutput.write(markdown: markdown, csv: csv, format: format.rawValue, lang: lang, to: output, session)
    }

    static func month(_ text: String?, session: Session) throws -> AttractionMonth {
        guard let text else { return AttractionMonth(containing: session.today).previous }
        guard let month = AttractionMonth(text: text) else {
            throw CLIError.usage(.cliMonthExpected, "\(Sanitizer.display(text))")
        }
        guard Limits.dates.contains(month.first) else {
            let (low, high) = (Limits.dates.lowerBound.iso, Limits.dates.upperBound.iso)
            throw CLIError.usage(.cliOptionOutOfRange, "--month", "\(Sanitizer.display(text))", "\(low)", "\(high)")
        }
        return month
    }
}
