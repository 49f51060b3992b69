import FrontlineCore

/// 催办 on the board (docs/board.md, "催办"): `!` on an issue opens a form for the note; the issue's lists show
/// how often it was urged; 我的 carries a badge with the 催办 on my issues that I have not seen yet.
enum UrgeCommand {
    /// `!`: urge the issue in context (a leader of it, or an administrator: `Access`), which must be waiting on its unit.
    static let binding = EditingBinding(
        command: .urge, offeredEverywhere: true,
        problem: { c in
            guard let issue = c.issue else { return c.lang[.urgeSelectIssueFirst] }
            if !Issue.urgeableStatuses.contains(issue.status) {
                return c.lang.text(.urgeNotUrgeable, issue.id, issue.status.label(c.lang))
            }
            return c.denial(.urgeIssue(issue))?.message(c.lang)
        },
        start: { state, c in
            if let issue = c.issue { state.overlay = .form(form(issue, state.lang)) }
            return []
        })

    static func form(_ issue: Issue, _ lang: Lang) -> Form {
        Form(
            purpose: .urge(issue.id), title: lang.text(.urgeFormTitle, issue.id),
            fields: [FormField("note", lang[.urgeFormNote], .text, required: true)])
    }

    static func explanation(_ lang: Lang) -> [String] {
        [lang[.urgeExplanation]]
    }

    /// What precedes an urged issue's title in a list: `催2 ` (`!2 ` in English or ASCII), nothing if never urged.
    static func mark(_ issue: Issue, _ state: AppState) -> String {
        let count = issue.urgeCount
        guard count > 0 else { return "" }
        return state.theme.ascii ? "!\(count) " : state.lang.text(.urgeListMark, count)
    }

    /// The 催办 on open issues that `me` holds today, written after `seen` (all of them when never seen).
    static func unseen(_ me: Person?, _ data: BoardData, seen: Timestamp?) -> [HandlingLogEntry] {
        guard let me else { return [] }
        var lines: [HandlingLogEntry] = []
        // Runs after every key: the rows are read in place, not copied one by one.
        let rows = data.issueRows
        for i in rows.indices where rows[i].holder?.person == me.id && rows[i].issue.urgeCount > 0 {
            lines += rows[i].issue.urges.filter { line in line.at.day <= data.today && (seen.map { line.at.seconds > $0.seconds } ?? true) }
        }
        return lines
    }
}

extension AppState {
    /// The tab's title, with the badge of unseen 催办 on 我的: `我的·催2`.
    func tabTitle(_ screen: any TabScreen) -> String {
        let title = screen.title(lang)
        guard screen.tab == .mine, unseenUrges > 0 else { return title }
        return lang.text(.urgeTabBadge, title, unseenUrges)
    }

    /// After every event: the badge's count, and, once 我的 is on screen, the 催办 it showed are seen (an effect
    /// that the loop hands to whoever keeps the account's state: `BoardLoop.keepSeen`).
    mutating func updateUrgeBadge() -> [Effect] {
        // Counting reads every issue row (tens of thousands at city scale): only when the board, the day, what was
        // seen or the account changed, not after every cursor move.
        let key = UrgeBadge.Key(revision: data.board.revision, today: data.today, seen: urgesSeen, person: me?.id)
        if urgeBadge?.key != key { urgeBadge = UrgeBadge(key: key, unseen: UrgeCommand.unseen(me, data, seen: urgesSeen)) }
        let unseen = urgeBadge?.unseen ?? []
        unseenUrges = unseen.count
        guard !unseen.isEmpty, screen == .tab(.mine), let newest = unseen.max(by: { $0.at.seconds < $1.at.seconds }) else { return [] }
        urgesSeen = newest.at
        unseenUrges = 0
        return [.seen(.urges(newest.at))]
    }
}

/// The 催办 not yet seen, as counted for one state of the board (`AppState.updateUrgeBadge`).
struct UrgeBadge {
    struct Key: Equatable {
        var revision: Int
        var today: Day
        var seen: Timestamp?
        var person: String?
    }

    let key: Key
    let unseen: [HandlingLogEntry]
}
