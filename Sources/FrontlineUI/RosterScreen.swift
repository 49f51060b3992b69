import FrontlineCore

extension Tab {
    /// AB角: who holds each duty today, A or B, and who is away.
    public static let roster = Tab("roster")
}

/// The AB roster (4 AB角): each unit's duties with their A and B, who holds each today and why; Enter opens a
/// duty, `o` records an absence of its A. `a` (a new issue) is not offered in its footer: nothing here is an issue's.
struct RosterScreen: TabScreen {
    let tab = Tab.roster
    let derives: Set<BoardData.Part> = [.dutyRows]

    func title(_ lang: Lang) -> String { lang.text(.rosterTitle) }

    func offers(in state: AppState) -> Set<Command> { [.newAbsence] }

    var withholds: Set<Command> { [.newIssue] }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, index = state.data.index
        let columns = [
            Column(lang.text(.columnDuty), .fit(min: 8, max: 16)),
            Column(lang.text(.roleA), .fit(min: 6, max: 12)),
            Column(lang.text(.roleB), .fit(min: 6, max: 12)),
            Column(lang.text(.columnHoldsToday), .fit(min: 10, max: 22), shrinkRank: 0),
            Column(lang.text(.columnAway), .flex(min: 12), shrinkRank: 1),
        ]
        var lines: [Line] = []
        var unit: String?
        for row in state.data.dutyRows {
            if row.duty.unit != unit {
                unit = row.duty.unit
                let head = index.board.units[id: row.duty.unit]?.head
                lines.append(.heading(index.unitName(row.duty.unit) + (head.map { lang.text(.rosterHead) + index.personName($0) } ?? "")))
            }
            func away(_ absence: Absence?, _ who: String) -> String? {
                absence.map { absence in
                    let note = absence.handover.trimmingSpaces.isEmpty ? "" : lang.text(.rosterHandover, absence.handover)
                    return lang.text(.absenceSpan, who, absence.reason.label(lang), absence.from.iso, absence.to.iso) + note
                }
            }
            let via: String
            switch row.holder.via {
            case .a: via = ""
            case .b: via = lang.text(.rosterBCovers)
            case .head: via = lang.text(.rosterIsHead)
            }
            lines.append(
                Line(
                    cells: [
                        Span(row.duty.duty),
                        Span(index.personName(row.duty.a), row.aAbsence == nil ? .normal : .dim),
                        Span(index.personName(row.duty.b), row.bAbsence == nil ? .normal : .dim),
                        Span(index.personName(row.holder.person) + via, row.holder.via == .a ? .normal : .light(.yellow)),
                        Span([away(row.aAbsence, "A"), away(row.bAbsence, "B")].compactMap { $0 }.joined(separator: "；")),
                    ], target: .duty(row.duty.id), keywords: [index.unitName(row.duty.unit)]))
        }
        return Page(title: lang.text(.abRosterWhoHoldsEachDuty), columns: columns, lines: lines)
    }
}
