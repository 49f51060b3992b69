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
                Column("id", "编号", "id", text: { $0.id }),
                Column("name", "姓名", "name", text: { $0.name }),
                Column("unit", "单位", "unit", text: { index.unitName($0.unit) }),
                Column("title", "职务", "title", text: { $0.title }),
                Column("role", "角色", "role", text: { $0.role.label(lang) }),
                Column("login", "账号", "login", text: { $0.login ?? "" }),
            ]
            session.context.console.write(Listing.render(people, columns, format: output.format, lang: lang))
            return
        }
        let rows = index.contributions(from: from, to: to).filter { c in unit == nil || index.board.people[id: c.person]?.unit == unit }
        func count(_ key: String, _ zh: String, _ en: String, _ kind: Contribution.Kind, unit: (String, String)) -> Column<Contribution> {
            Column(key, zh, en, alignment: .right, unit: unit, text: { "\($0.total(kind))" }, json: { .int($0.total(kind)) })
        }
        let columns: [Column<Contribution>] = [
            Column("person", "编号", "id", text: { $0.person }),
            Column("name", "姓名", "name", text: { index.personName($0.person) }),
            Column("unit", "单位", "unit", text: { index.unitName(index.board.people[id: $0.person]?.unit ?? "") }),
            count("visits", "走访", "visits", .visits, unit: ("次", "times")),
            count("resolved", "办结问题", "resolved", .resolved, unit: ("件", "issues")),
            Column(
                "resolvedOnTime", "其中按时", "on time", alignment: .right, unit: ("件", "issues"),
                text: { "\($0.onTime(.resolved))" }, json: { .int($0.onTime(.resolved)) }),
            count("coveringDays", "B角代岗", "covering as B", .coveringDays, unit: ("天", "days")),
            count("actedAsB", "代办事项", "steps as B", .actedAsB, unit: ("次", "times")),
            count("instructionsAnswered", "批示反馈", "instructions answered", .instructionsAnswered, unit: ("件", "items")),
            count("attraction", "招商签约落地", "leads signed or landed", .attraction, unit: ("项", "leads")),
        ]
        if output.format == .table { session.write(lang.text(.contributionTitle, from.iso, to.iso)) }
        session.context.console.write(Listing.render(rows, columns, format: output.format, lang: lang))
    }
}
