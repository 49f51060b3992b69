import FrontlineCore

/// 督办 on the board (docs/board.md, "督办"): the level of an escalated issue precedes its title wherever its light is
/// shown, and its detail gives the rule; `E` records the levels the rules reached (administrators, the 绩考办), as
/// `frontline issue escalate` does.
enum EscalateCommand {
    /// `E`: record every level reached and not yet recorded, on every open issue of the store.
    static let binding = EditingBinding(
        command: .escalate, offeredEverywhere: true,
        problem: { c in
            if c.me == nil { return Denial.unknownAccount(c.login).message(c.lang) }
            return c.denial(.escalateIssues)?.message(c.lang)
        },
        start: { state, _ in
            state.save([.escalateIssues(IssueEscalation())], form: nil)
        })

    /// What precedes an escalated issue's title in a list: `红牌 ` (`[red] ` in English or ASCII), nothing if none.
    static func mark(_ escalation: EscalationResult?, _ state: AppState) -> String {
        guard let level = escalation?.level else { return "" }
        return state.theme.ascii ? "[\(level.mark(.en))] " : state.lang.text(.escalationListMark, level.mark(state.lang))
    }
}
