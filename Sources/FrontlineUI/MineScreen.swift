import FrontlineCore

extension Tab {
    /// 我的: what the person at the keyboard holds, covers and leads today.
    public static let mine = Tab("mine")
}

/// My items (5 我的): the duties I cover today with their handover notes, the issues I hold, the projects I lead
/// or my unit serves, my AB duties, and what was handed back after covering; `o` records an absence of mine.
struct MineScreen: TabScreen {
    let tab = Tab.mine

    func title(_ lang: Lang) -> String { lang.pick("我的", "Mine") }

    func offers(in state: AppState) -> Set<Command> { [.newAbsence] }

    func page(_ state: AppState, sorted: AsListed) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        guard let me = state.me else {
            return Page(title: lang.pick("我的", "Mine"), lines: [
                .text(lang.pick("账号 \(state.login) 未登记为人员：只能查看。", "Account \(state.login) is not registered as a person: view only.")),
                .text(lang.pick("请管理员在人员表中为您设置账号（login）。", "Ask an administrator to set your login in the people list.")),
            ])
        }
        let mine = MyItems(person: me, index: index, today: data.today)
        var lines: [Line] = [.text(lang.pick("\(me.name) · \(index.unitName(me.unit)) · \(me.title)", "\(me.name) · \(index.unitName(me.unit)) · \(me.title)"), .label)]
        lines += state.newsLines()
        lines += covering(me, mine, state)
        lines.append(.blank)
        lines.append(.heading(lang.pick("我今日负责的问题（\(mine.issues.count)）", "Issues I hold today (\(mine.issues.count))")))
        lines += mine.issues.map { row in
            Pages.issueRow(row, state, info: row.daysOverdue > 0 ? lang.pick("逾期\(row.daysOverdue)天", "\(row.daysOverdue) d late") : row.issue.due.iso)
        }
        let projectRows = mine.projects.map { index.projectRow($0, today: data.today) }
        lines.append(.blank)
        lines.append(.heading(lang.pick("我帮包或本单位的项目（\(projectRows.count)）", "Projects I lead or my unit serves (\(projectRows.count))")))
        lines += projectRows.map { Pages.projectRow($0, state, info: "\($0.project.progressPct)%") }
        lines.append(.blank)
        lines.append(.heading(lang.pick("我的AB角（\(mine.duties.count)）", "My AB duties (\(mine.duties.count))")))
        for row in mine.duties {
            let role = row.duty.a == me.id ? "A" : "B"
            let holds = lang.pick("今日在岗：", "today: ") + Pages.holder(row.holder, index, lang)
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)  \(role)角  \(holds)", target: .duty(row.duty.id)))
        }
        if !mine.handedBack.isEmpty || !mine.handledForMe.isEmpty {
            lines.append(.blank)
            lines.append(.heading(lang.pick("代岗交回", "Handed back after covering")))
            lines += mine.handedBack.map { .text(lang.pick("我代办：", "I covered: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
            lines += mine.handledForMe.map { .text(lang.pick("他人代我办：", "Covered for me: ") + "\($0.id) \($0.title)", target: .issue($0.id)) }
        }
        return Page(title: lang.pick("我的", "Mine"), lines: lines)
    }

    /// The duties the person holds today for someone away, each with the absence and its handover note (交接事项).
    private func covering(_ me: Person, _ mine: MyItems, _ state: AppState) -> [Line] {
        let lang = state.lang, index = state.data.index, today = state.data.today
        let rows = mine.duties.filter { $0.holder.person == me.id && $0.holder.actingFor != nil }
        guard !rows.isEmpty else { return [] }
        var lines: [Line] = [.blank, .heading(lang.pick("我今日顶岗（\(rows.count)）", "I cover today (\(rows.count))"))]
        let width = max(10, state.width - 6)
        for row in rows {
            let absence = index.absence(coveredBy: row.holder, on: today)
            let away = absence.map { "  " + index.text(of: $0, lang: lang) } ?? ""
            lines.append(.text("\(index.unitName(row.duty.unit))  \(row.duty.duty)" + lang.pick("  代 ", "  for ") + index.personName(row.holder.actingFor) + away,
                               .light(.yellow), target: .duty(row.duty.id)))
            if let absence {
                for part in Sanitizer.lines(index.handoverText(of: absence, lang: lang), ascii: state.theme.ascii).flatMap({ TextLayout.wrap($0, columns: width) }) {
                    lines.append(.text("    " + part))
                }
            }
        }
        return lines
    }
}
