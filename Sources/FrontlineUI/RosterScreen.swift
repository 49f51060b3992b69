import FrontlineCore

extension Tab {
    /// AB角: who holds each duty today, A or B, and who is away.
    public static let roster = Tab("roster")
}

/// The AB roster (4 AB角): each unit's duties with their A and B, who holds each today and why; Enter opens a
/// duty, `o` records an absence of its A. `a` (a new issue) is not offered in its footer: nothing here is an issue's.
struct RosterScreen: TabScreen {
    let tab = Tab.roster

    func title(_ lang: Lang) -> String { lang.pick("AB角", "AB roster") }

    func offers(in state: AppState) -> Set<Command> { [.newAbsence] }

    var withholds: Set<Command> { [.newIssue] }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, index = state.data.index
        let columns = [
            Column(lang.pick("事项", "duty"), .fit(min: 8, max: 16)),
            Column(lang.pick("A角", "A"), .fit(min: 6, max: 12)),
            Column(lang.pick("B角", "B"), .fit(min: 6, max: 12)),
            Column(lang.pick("今日在岗", "holds today"), .fit(min: 10, max: 22), shrinkRank: 0),
            Column(lang.pick("离岗", "away"), .flex(min: 12), shrinkRank: 1),
        ]
        var lines: [Line] = []
        var unit: String?
        for row in state.data.dutyRows {
            if row.duty.unit != unit {
                unit = row.duty.unit
                let head = index.board.units[id: row.duty.unit]?.head
                lines.append(.heading(index.unitName(row.duty.unit) + (head.map { lang.pick("  负责人 ", "  head ") + index.personName($0) } ?? "")))
            }
            func away(_ absence: Absence?, _ who: String) -> String? {
                absence.map { absence in
                    let note = absence.handover.trimmingSpaces.isEmpty ? "" : lang.pick(" 交接：\(absence.handover)", " handover: \(absence.handover)")
                    return lang.pick("\(who) \(absence.reason.rawValue) \(absence.from.iso)至\(absence.to.iso)", "\(who) \(absence.reason.english) \(absence.from.iso)–\(absence.to.iso)") + note
                }
            }
            let via: String
            switch row.holder.via {
            case .a: via = ""
            case .b: via = lang.pick("（B顶岗）", " (B covers)")
            case .head: via = lang.pick("（负责人）", " (head)")
            }
            lines.append(Line(cells: [
                Span(row.duty.duty),
                Span(index.personName(row.duty.a), row.aAbsence == nil ? .normal : .dim),
                Span(index.personName(row.duty.b), row.bAbsence == nil ? .normal : .dim),
                Span(index.personName(row.holder.person) + via, row.holder.via == .a ? .normal : .light(.yellow)),
                Span([away(row.aAbsence, "A"), away(row.bAbsence, "B")].compactMap { $0 }.joined(separator: "；")),
            ], target: .duty(row.duty.id), keywords: [index.unitName(row.duty.unit)]))
        }
        return Page(title: lang.pick("AB角 · 今日在岗", "AB roster · who holds each duty today"), columns: columns, lines: lines)
    }
}
