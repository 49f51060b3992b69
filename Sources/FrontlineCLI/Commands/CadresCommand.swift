import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline cadres`: every 帮包干部 (cadre) of a supervised project, one line per cadre and project: their 现场 visit
/// this week, in the last week over, and the weeks they missed lately (docs/domain-rules.md, "Per-cadre visits").
struct CadresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadres",
        abstract: "The cadres (帮包干部) of supervised projects: each one's on-site visit this week and last week, and the weeks missed lately.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only this cadre (id, name or login).") var person: String?
    @Option(help: "Only cadres of this unit (id or name).") var unit: String?
    @Flag(help: "Only cadres who missed last week's visit to a project.") var missed = false
    @Option(help: "How many weeks over the count of weeks missed looks back (1–52; default 4).") var weeks: String?

    func run() throws {
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        let lang = session.lang
        let person = try self.person.map { try session.resolve(.person, $0, option: "--person") }
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        let weeks = try self.weeks.map { try Session.integer($0, in: 1...52, option: "--weeks") } ?? 4
        let rows = index.cadreRows(today: session.today, weeks: weeks).filter { row in
            (person == nil || row.cadre.id == person) && (unit == nil || row.cadre.unit == unit)
                && (!missed || row.lastWeek.outcome.isMiss)
        }
        func check(_ check: CadreVisitCheck) -> JSONValue {
            var members = [JSONMember("week", .string(check.week.monday.iso)), JSONMember("outcome", .string(check.outcome.key))]
            if case .visited(let day) = check.outcome { members.append(JSONMember("visitedOn", .string(day.iso))) }
            return .object(members)
        }
        let thisWeek = Week(containing: session.today), lastWeek = Week.lastEnded(by: session.today)
        let columns: [Column<CadreRow>] = [
            Column("cadre", .listingCadre, text: { $0.cadre.name }, json: { .string($0.cadre.id) }),
            Column("cadreName", .listingPersonName, text: { $0.cadre.name }),
            Column("unit", .listingCadreUnit, text: { index.unitName($0.cadre.unit) }),
            Column("project", .listingProjectId, text: { $0.project.id }),
            Column("projectName", .listingCadreProjectName, maxWidth: 30, text: { $0.project.name }),
            Column(
                "thisWeek", Phrase(.listingThisWeek, "\(thisWeek.label)"), text: { $0.thisWeek.outcome.label(lang) },
                json: { check($0.thisWeek) }),
            Column(
                "lastWeek", Phrase(.listingLastWeek, "\(lastWeek.label)"), text: { $0.lastWeek.outcome.label(lang) },
                json: { check($0.lastWeek) }),
            Column(
                "missedWeeks", Phrase(.listingMissedWeeks, "\(weeks)"), alignment: .right, unit: .listingUnitWeeks,
                text: { "\($0.missedWeeks)" }, json: { .int($0.missedWeeks) }),
        ].filter { output.format == .json || $0.key != "cadre" }
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}
