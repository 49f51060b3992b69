import FrontlineCore

extension Tab {
    /// 招商: the month's 招商引资成绩 and the leads of the squads and units.
    public static let attraction = Tab("attraction")
}

/// 招商 (8 招商, docs/domain-rules.md "招商"): the 招商引资成绩 of the last month that has ended (as published and frozen,
/// or today's figures until then), the squads, and every lead with its stage and what it is expected to bring; furthest
/// along first, or by unit. Enter on a lead opens it (`LeadDetailScreen`); the editing keys act on a landed lead's project.
struct AttractionScreen: TabScreen {
    enum Sort: SortOrder {
        case byStage, byUnit

        func title(_ lang: Lang) -> String {
            switch self {
            case .byStage: lang.text(.attractionSortStage)
            case .byUnit: lang.text(.attractionSortUnit)
            }
        }
    }

    let tab = Tab.attraction

    func title(_ lang: Lang) -> String { lang.text(.tabAttraction) }

    func offers(in state: AppState) -> Set<Command> { [.newSquad, .newLead, .advanceLead, .publishAttraction] }

    /// The footer offers the 招商 keys here rather than the project keys: `a`, `e`, `v`, `p` still act on a landed lead's
    /// project (and its page offers them), but they are not what the lines of this tab are about.
    var withholds: Set<Command> { [.newIssue, .edit, .visit, .progress] }

    func page(_ state: AppState, sorted: Sort) -> Page {
        let lang = state.lang, data = state.data, board = data.board, index = data.index
        func unitName(_ id: String) -> String { board.units[id: id]?.displayName ?? id }
        let month = AttractionMonth(containing: data.today).previous
        let results = AttractionResults.of(month, board: board)
        var lines: [Line] = [.heading(results.title(zone: board.settings.zoneName, lang))]
        lines.append(.text(results.publishedOn.map { lang.text(.attractionPublishedOn, $0.iso) } ?? lang.text(.attractionLive), .notice))
        lines.append(
            Pages.row(
                [
                    (lang.text(.columnUnitLower), .label, nil), (lang.text(.attractionColumnPlan), .label, 16),
                    (lang.text(.attractionColumnDone), .label, 12), (lang.text(.attractionColumnRate), .label, 7),
                    (lang.text(.attractionColumnSigned), .label, 6), (lang.text(.attractionColumnLanded), .label, 6),
                ], state))
        for row in results.rows {
            let short = row.rate.map { $0 < Ratio(1, 1) } ?? false
            lines.append(
                Pages.row(
                    [
                        (unitName(row.unit), .normal, nil), (row.plan.text, .normal, 16), (row.done.text, .normal, 12),
                        (percentText(row.rate), short ? .light(.yellow) : .normal, 7), ("\(row.signed)", .normal, 6),
                        ("\(row.landed)", .normal, 6),
                    ], state))
        }
        if let lagging = results.laggingText(count: board.settings.laggingCount, board: board, lang, short: true) {
            lines.append(.text(Sanitizer.display(lang.text(.attractionLaggingLine, lagging)), .light(.red)))
        }
        lines.append(.blank)
        for squad in board.squads.rows {
            let members = squad.members.map(index.personName).joined(separator: lang.text(.listSeparator))
            lines.append(
                .text(Sanitizer.display(lang.text(.leadSquadLine, "\(squad.id) \(squad.name)", index.personName(squad.leader), members)), .dim))
        }
        var leads = board.leads.rows
        switch sorted {
        case .byStage: leads.sort { ($1.stage, $0.id) < ($0.stage, $1.id) }
        case .byUnit:
            let order = Dictionary(uniqueKeysWithValues: board.units.rows.map { ($0.id, $0.sortOrder) })
            leads.sort { (order[$0.unit] ?? Int.max, $0.unit, $0.id) < (order[$1.unit] ?? Int.max, $1.unit, $1.id) }
        }
        lines.append(.heading(lang.text(.attractionLeadsTitle, leads.count)))
        lines.append(
            Pages.row(
                [
                    (lang.text(.columnId), .label, 6), (lang.text(.columnLeadStage), .label, 4), (lang.text(.columnProjectLower), .label, nil),
                    (lang.text(.columnUnitLower), .label, 10), (lang.text(.columnSquad), .label, 6), (lang.text(.columnRegion), .label, 6),
                    (lang.text(.columnInvestment), .label, 9), (lang.text(.columnJobs), .label, 4),
                ], state))
        if leads.isEmpty { lines.append(.text(lang.text(.noLeads), .dim)) }
        for lead in leads {
            let role: Role = lead.stage == .landed ? .light(.green) : .normal
            lines.append(
                Pages.row(
                    [
                        (lead.id, .normal, 6), (lead.stage.label(lang), role, 4), (lead.name, .normal, nil),
                        (unitName(lead.unit), .dim, 10), (lead.squad ?? "", .dim, 6), (lead.region, .normal, 6),
                        (lead.investment.text, .normal, 9), ("\(lead.jobs)", .normal, 4),
                    ], state,
                    target: .lead(lead.id),
                    keywords: [lead.name, lead.investor, lead.industry, lead.region, lead.stage.rawValue, lead.id]))
        }
        return Page(title: lang.text(.tabAttraction), lines: lines)
    }
}
