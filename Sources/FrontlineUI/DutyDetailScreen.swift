import FrontlineCore

extension Detail {
    /// The detail of a duty of the AB roster.
    public static func duty(_ id: String) -> Detail { DutyDetailScreen().detail(id) }
}

/// A duty of the AB roster (Enter on an AB角 row): who holds it today and why, and every absence of its A and B
/// with the handover note (交接事项) the one covering needs; `o` records an absence of its A.
struct DutyDetailScreen: DetailScreen {
    let name = "duty"
    let shows: Target.Kind? = .duty

    func offers(in state: AppState) -> Set<Command> { [.newAbsence] }

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let duty = data.board.duties[id: id] else {
            return Pages.gone(id, kind: lang[.goneDuty], lang)
        }
        let holder = index.holder(of: duty, on: data.today)
        var facts = [
            Fact(lang.text(.columnUnit), index.unitName(duty.unit)),
            Fact(lang.text(.roleA), index.personName(duty.a)),
            Fact(lang.text(.roleB), index.personName(duty.b)),
            Fact(lang.text(.dutyHoldsToday), index.text(of: holder, lang: lang)),
        ]
        var lines: [Line] = []
        if let absence = index.absence(coveredBy: holder, on: data.today) {
            facts.append(Fact(lang.text(.dutyAway), index.text(of: absence, lang: lang)))
            facts.append(Fact(lang.text(.dutyHandover), absence.handover.isEmpty ? lang.text(.noneGiven) : absence.handover))
        }
        lines += Pages.facts(facts, state)
        for (role, person) in [("A", duty.a), ("B", duty.b)] {
            let absences = index.absences(of: person).filter { $0.to >= data.today.adding(days: -30) }.sorted { $0.from > $1.from }
            lines.append(.blank)
            lines.append(.heading(lang.text(.absencesOfLast30DaysAnd, role, index.personName(person), absences.count)))
            for absence in absences {
                let now = absence.covers(data.today) ? lang.text(.dutyAwayToday) : ""
                lines.append(.text(index.text(of: absence, lang: lang) + now, absence.covers(data.today) ? .light(.yellow) : .normal))
                let width = max(10, state.width - 6)
                for part in Sanitizer.lines(index.handoverText(of: absence, lang: lang), ascii: state.theme.ascii).flatMap({
                    TextLayout.wrap($0, columns: width)
                }) {
                    lines.append(.text("    " + part, .dim))
                }
            }
        }
        return Page(title: lang.text(.dutyTitle, index.unitName(duty.unit), duty.duty), lines: lines)
    }
}
