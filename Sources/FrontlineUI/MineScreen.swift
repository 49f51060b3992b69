import FrontlineCore

extension Tab {
    /// 我的: what the person at the keyboard holds, covers and leads today.
    public static let mine = Tab("mine")
}

/// My items (5 我的): the duties I cover today with their handover notes, the issues I hold, the projects I lead
/// or my unit serves, my AB duties, and what was handed back after covering; `o` records an absence of mine.
struct MineScreen: TabScreen {
    let tab = Tab.mine

    func title(_ lang: Lang) -> String { lang.text(.mineTitle) }

    func offers(in state: AppState) -> Set<Command> { [.newAbsence] }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let me = state.me else {
            return Page(
                title: lang.text(.mineTitle),
                lines: [
                    .text(lang.text(.mineNotRegistered, state.login)),
                    .text(lang.text(.askAdministratorToSetYourLogin)),
                ])
        }
        let mine = MyItems(person: me, index: index, today: data.today)
        var lines: [Line] = [.text("\(me.name) · \(index.unitName(me.unit)) · \(me.title)", .label)]
        lines += state.newsLines()
        lines += covering(me, mine, state)
        let waiting = index.instructions(waitingFor: me.id, today: data.today)
        lines += Pages.instructions(waiting.toRespond, heading: lang.text(.mineInstructionsToRespond, waiting.toRespond.count), state)
        lines += Pages.instructions(waiting.responses, heading: lang.text(.mineInstructionResponses, waiting.responses.count), state)
        if me.role == .admin {
            // The 绩考办 follows every open instruction: the most overdue first.
            let open = data.board.instructions.rows.filter { $0.isOpen && $0.date <= data.today }
                .sorted { ($1.daysOverdue(today: data.today), $0.due, $0.id) < ($0.daysOverdue(today: data.today), $1.due, $1.id) }
            lines += Pages.instructions(open, heading: lang.text(.mineOpenInstructions, open.count), state)
        }
        lines.append(.blank)
        lines.append(.heading(lang.text(.issuesIHoldToday, mine.issues.count)))
        lines += mine.issues.map { row in
            Pages.issueRow(row, state, info: row.daysOverdue > 0 ? lang.text(.daysLate, row.daysOverdue) : row.issue.due.iso)
        }
        let projectRows = mine.projects.map { index.projectRow($0, today: data.today) }
        lines.append(.blank)
        lines.append(.heading(lang.text(.projectsILeadOrMyUnit, projectRows.count)))
        lines += projectRows.map { Pages.projectRow($0, state, info: "\($0.project.progressPct)%") }
        lines += Pages.cadreLines(
            index.cadreRows(today: data.today).filter { $0.cadre.id == me.id }, state, heading: .mineCadreVisits,
            name: { "\($0.project.id) \($0.project.name)" }, target: { .project($0.project.id) })
        lines.append(.blank)
        lines.append(.heading(lang.text(.myABDuties, mine.duties.count)))
        for row in mine.duties {
            let role = row.duty.a == me.id ? "A" : "B"
            let holds = lang.text(.mineHoldsToday) + Pages.holder(row.holder, index, lang)
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)  \(role)角  \(holds)", target: .duty(row.duty.id)))
        }
        if !mine.handedBack.isEmpty || !mine.handledForMe.isEmpty {
            lines.append(.blank)
            lines.append(.heading(lang.text(.handedBackAfterCovering)))
            lines += mine.handedBack.map { .text(lang.text(.iCovered) + "\($0.id) \($0.title)", target: .issue($0.id)) }
            lines += mine.handledForMe.map { .text(lang.text(.coveredForMe) + "\($0.id) \($0.title)", target: .issue($0.id)) }
        }
        return Page(title: lang.text(.mineTitle), lines: lines)
    }

    /// The duties the person holds today for someone away, each with the absence and its handover note (交接事项).
    private func covering(_ me: Person, _ mine: MyItems, _ state: AppState) -> [Line] {
        let lang = state.lang, index = state.data.index, today = state.data.today
        let rows = mine.duties.filter { $0.holder.person == me.id && $0.holder.actingFor != nil }
        guard !rows.isEmpty else { return [] }
        var lines: [Line] = [.blank, .heading(lang.text(.iCoverToday, rows.count))]
        let width = max(10, state.width - 6)
        for row in rows {
            let absence = index.absence(coveredBy: row.holder, on: today)
            let away = absence.map { "  " + index.text(of: $0, lang: lang) } ?? ""
            lines.append(
                .text(
                    "\(index.unitName(row.duty.unit))  \(row.duty.duty)" + lang.text(.mineCoverFor) + index.personName(row.holder.actingFor) + away,
                    .light(.yellow), target: .duty(row.duty.id)))
            if let absence {
                for part in Sanitizer.lines(index.handoverText(of: absence, lang: lang), ascii: state.theme.ascii).flatMap({
                    TextLayout.wrap($0, columns: width)
                }) {
                    lines.append(.text("    " + part))
                }
            }
        }
        return lines
    }
}
