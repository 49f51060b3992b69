import FrontlineCore

/// A colleague's change that concerns me (issue 13, item 6; docs/board.md, "Changes that concern me"): a line a
/// colleague's save appended to the handling log of an issue that is mine (`MyItems.concerns`: I hold it today or
/// lead it) — assigned to my duty, urged, resolved for my verification, extended, returned …
public struct NewsItem: Hashable, Sendable {
    public var issue: String
    public var title: String
    public var line: HandlingLogEntry
}

extension AppState {
    /// Takes in what colleagues' entries after `revision` wrote on my issues: says so once in the notice line (the
    /// cursor stays where it is; not when `announce` is false) and keeps it for 我的 until I have looked there.
    mutating func hearNews(after revision: Int, in journal: [Entry], announce: Bool = true) {
        guard let me else { return }
        var fresh: [NewsItem] = []
        for entry in journal where entry.seq > revision && entry.person != me.id {
            for change in entry.changes where change.kind == .issue {
                guard let line = change.appendLog, let issue = data.board.issues[id: change.id] else { continue }
                let holder = issue.status.isOpen ? data.index.responsible(for: issue, on: data.today) : nil
                if MyItems.concerns(issue, holder: holder, person: me, board: data.board) {
                    fresh.append(NewsItem(issue: issue.id, title: issue.title, line: line))
                }
            }
        }
        guard let first = fresh.first else { return }
        news += fresh
        guard announce else { return }
        let more = fresh.count > 1 ? lang.text(.newsMore, fresh.count - 1) : ""
        notice = Notice(
            text: lang[.newsConcernsMe] + "\(first.issue) " + data.index.text(of: first.line, lang: lang) + more,
            isError: false)
    }

    /// 我的 shows the news; once I leave it after that, they are no longer new. True when the list changed.
    mutating func updateNewsSeen() -> Bool {
        if screen == .tab(.mine) {
            newsShown = !news.isEmpty
            return false
        }
        guard newsShown else { return false }
        newsShown = false
        news = []
        return true
    }

    /// 我的's part for the news, newest first, or nothing.
    func newsLines() -> [Line] {
        guard !news.isEmpty else { return [] }
        var lines: [Line] = [.blank, .heading(lang.text(.newsHeading, news.count))]
        for item in news.reversed() {
            lines.append(
                .text("\(item.issue) \(item.title)  " + data.index.text(of: item.line, lang: lang), .light(.yellow), target: .issue(item.issue)))
        }
        return lines
    }
}
