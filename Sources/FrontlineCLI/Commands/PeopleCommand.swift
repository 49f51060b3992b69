import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline people`: the people of the zone; with `--contribution`, what each did over a period (评先树优, promotion
/// reviews: docs/domain-rules.md, "Contribution"); with `--explain PERSON`, the records behind one person's figures.
struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract:
            "The people of the zone; --contribution: visits, issues resolved, days covering as B, steps as B, instructions answered and leads signed or landed per person."
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "What each person did from --from to --to (only people with something counted).") var contribution = false
    @Option(help: "The records behind one person's figures (id, name or login).") var explain: String?
    @Option(help: "The first day counted: YYYY-MM-DD or ±N days (default: 1 January of today's year).") var from: String?
    @Option(help: "The last day counted: YYYY-MM-DD or ±N days (default: today).") var to: String?
    @Option(help: "Only people of this unit (id or name).") var unit: String?

    func run() throws {
        let session = try Session.open(global)
        let index = session.index(asOf: session.today)
        let lang = session.lang
        let to = try self.to.map { try session.day($0, option: "--to") } ?? session.today
        let from = try self.from.map { try session.day($0, option: "--from") } ?? Day(to.year, 1, 1)!
        guard from <= to else {
            throw CLIError.usage(.contributionFromAfterTo, "\(from.iso)", "\(to.iso)")
        }
        let unit = try self.unit.map { try session.resolve(.unit, $0, option: "--unit") }
        if let explain {
            let person = try session.resolve(.person, explain, option: "--explain")
            session.context.console.write(ContributionText.explanation(index.contribution(of: person, from: from, to: to), index: index, lang: lang))
            return
        }
        guard contribution else {
            let people = index.board.people.rows.filter { unit == nil || $0.unit == unit }
            let columns: [Column<Person>] = [
                Column("id", .listingId, text: { $0.id }),
                Column("name", .listingPersonName, text: { $0.name }),
                Column("unit", .listingUnit, text: { index.unitName($0.unit) }),
                Column("title", .listingJobTitle, text: { $0.title }),
                Column("role", .listingRole, text: { $0.role.label(lang) }),
                Column("login", .listingLogin, text: { $0.login ?? "" }),
            ]
            session.context.console.write(Listing.render(people, columns, format: output.format, lang: lang))
            return
        }
        let rows = index.contributions(from: from, to: to).filter { c in unit == nil || index.board.people[id: c.person]?.unit == unit }
        func count(_ key: String, _ header: TextKey, _ kind: Contribution.Kind, unit: TextKey) -> Column<Contribution> {
            Column(key, header, alignment: .right, unit: unit, text: { "\($0.total(kind))" }, json: { .int($0.total(kind)) })
        }
        let columns: [Column<Contribution>] = [
            Column("person", .listingId, text: { $0.person }),
            Column("name", .listingPersonName, text: { index.personName($0.person) }),
            Column("unit", .listingUnit, text: { index.unitName(index.board.people[id: $0.person]?.unit ?? "") }),
            count("visits", .listingVisits, .visits, unit: .listingUnitTimes),
            count("resolved", .listingResolved, .resolved, unit: .listingUnitIssues),
            Column(
                "resolvedOnTime", .listingOnTime, alignment: .right, unit: .listingUnitIssues,
                text: { "\($0.onTime(.resolved))" }, json: { .int($0.onTime(.resolved)) }),
            count("coveringDays", .listingCoveringAsB, .coveringDays, unit: .listingUnitDays),
            count("actedAsB", .listingStepsAsB, .actedAsB, unit: .listingUnitTimes),
            count("instructionsAnswered", .listingInstructionsAnswered, .instructionsAnswered, unit: .listingUnitItems),
            count("attraction", .listingLeadsSignedOrLanded, .attraction, unit: .listingUnitLeads),
        ]
        if output.format == .table { session.write(lang.text(.contributionTitle, from.iso, to.iso)) }
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}
