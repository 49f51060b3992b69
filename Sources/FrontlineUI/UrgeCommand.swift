import FrontlineCore

/// 催办 on the board (docs/board.md, "催办"): `!` on an issue opens a form for the note; the issue's lists show
/// how often it was urged; 我的 carries a badge with the 催办 on my issues that I have not seen yet.
enum UrgeCommand {
    /// `!`: urge the issue in context (a leader of it, or an administrator: `Access`), which must be waiting on its unit.
    static let binding = EditingBinding(command: .urge, offeredEverywhere: true, problem: { c in
        guard let issue = c.issue else { return c.lang.pick("请先选中一个问题", "select an issue first") }
        if !Issue.urgeableStatuses.contains(issue.status) {
            return c.lang.pick("\(issue.id) 为“\(issue.status.rawValue)”，只有待签收和办理中的问题可以催办",
                               "\(issue.id) is \(issue.status.english): only assigned and in-progress issues can be urged")
        }
        return c.denial(.urgeIssue(issue))?.message(c.lang)
    }, start: { state, c in
        if let issue = c.issue { state.overlay = .form(form(issue, state.lang)) }
        return []
    })

    static func form(_ issue: Issue, _ lang: Lang) -> Form {
        Form(purpose: .urge(issue.id), title: lang.pick("催办 · \(issue.id)", "Urge · \(issue.id)"),
             fields: [FormField("note", lang.pick("催办事项", "What is expected"), .text, required: true)])
    }

    static func explanation(_ lang: Lang) -> [String] {
        [lang.pick("催办记入问题的办理记录，今日责任人会在 frontline brief 和“我的”中看到；催办发出后不能用 u 撤回。",
                   "The urge goes into the issue's handling log; whoever holds the issue today sees it in frontline brief and on 我的; u does not undo it.")]
    }

    /// What precedes an urged issue's title in a list: `催2 ` (`!2 ` in English or ASCII), nothing if never urged.
    static func mark(_ issue: Issue, _ state: AppState) -> String {
        let count = issue.urgeCount
        guard count > 0 else { return "" }
        return state.lang == .zh && !state.theme.ascii ? "催\(count) " : "!\(count) "
    }

    /// The 催办 on open issues that `me` holds today, written after `seen` (all of them when never seen).
    static func unseen(_ me: Person?, _ data: BoardData, seen: Timestamp?) -> [HandlingLogEntry] {
        guard let me else { return [] }
        var lines: [HandlingLogEntry] = []
        for row in data.issueRows where row.holder?.person == me.id && row.issue.urgeCount > 0 {
            lines += row.issue.urges.filter { line in line.at.day <= data.today && (seen.map { line.at.seconds > $0.seconds } ?? true) }
        }
        return lines
    }
}

extension AppState {
    /// The tab's title, with the badge of unseen 催办 on 我的: `我的·催2`.
    func tabTitle(_ screen: any TabScreen) -> String {
        let title = screen.title(lang)
        guard screen.tab == .mine, unseenUrges > 0 else { return title }
        return lang.pick("\(title)·催\(unseenUrges)", "\(title) ·\(unseenUrges) urged")
    }

    /// After every event: the badge's count, and, once 我的 is on screen, the 催办 it showed are seen (an effect
    /// that the loop hands to whoever keeps the account's state: `BoardLoop.keepSeen`).
    mutating func updateUrgeBadge() -> [Effect] {
        let unseen = UrgeCommand.unseen(me, data, seen: urgesSeen)
        unseenUrges = unseen.count
        guard !unseen.isEmpty, screen == .tab(.mine), let newest = unseen.max(by: { $0.at.seconds < $1.at.seconds }) else { return [] }
        urgesSeen = newest.at
        unseenUrges = 0
        return [.seen(.urges(newest.at))]
    }
}
