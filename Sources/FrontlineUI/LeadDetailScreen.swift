import FrontlineCore

extension Detail {
    /// The detail of a 招商线索.
    public static func lead(_ id: String) -> Detail { LeadDetailScreen().detail(id) }
}

/// One 招商线索 (Enter on a lead of the 招商 tab): its stage, unit and squad, investor, region and industry, what it is
/// expected to bring (investment, output, tax, jobs), the day of each stage, and the key project it landed as (Enter on
/// it opens the project).
struct LeadDetailScreen: DetailScreen {
    let name = "lead"
    let shows: Target.Kind? = .lead

    func offers(in state: AppState) -> Set<Command> { [.advanceLead, .newLead] }

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let lead = data.board.leads[id: id] else { return Page(title: id, lines: [.text(lang.text(.leadNotOnBoard, id), .dim)]) }
        func label(_ field: String) -> String { RecordKind.lead.label(of: field, lang) }
        let squad = lead.squad.flatMap { data.board.squads[id: $0] }
        let separator = lang.text(.listSeparator)
        var lines = Pages.facts(
            [
                Fact(label("stage"), lead.stage.label(lang)),
                Fact(label("unit"), index.unitName(lead.unit)),
                Fact(
                    lang.text(.kindSquad),
                    squad.map {
                        lang.text(
                            .leadSquadLine, "\($0.id) \($0.name)", index.personName($0.leader),
                            $0.members.map(index.personName).joined(separator: separator))
                    } ?? ""),
                Fact(label("investor"), lead.investor),
                Fact(label("region"), lead.region),
                Fact(label("industry"), lead.industry),
                Fact(label("investment"), lang.text(.amountInWan, lead.investment.text)),
                Fact(label("output"), lang.text(.amountInWan, lead.output.text)),
                Fact(label("tax"), lang.text(.amountInWan, lead.tax.text)),
                Fact(label("jobs"), "\(lead.jobs)"),
                Fact(
                    lang.text(.leadStageDates),
                    lang.text(
                        .leadStagesLine, lead.foundOn.iso, lead.talksOn?.iso ?? "—", lead.signedOn?.iso ?? "—",
                        lead.landedOn?.iso ?? "—")),
                Fact(label("note"), lead.note),
            ].filter { !$0.value.isEmpty }, state)
        if let project = lead.project {
            lines.append(.blank)
            lines.append(
                Pages.row(
                    [(label("project"), .label, 10), ("\(project) \(index.projectName(project))", .normal, nil)], state,
                    target: .project(project)))
        }
        return Page(title: "\(lead.id) \(lead.name)", lines: lines)
    }
}
