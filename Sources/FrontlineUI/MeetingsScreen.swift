import FrontlineCore

extension Tab {
    /// 调度会: the dispatch meetings and what became of their decisions.
    public static let meetings = Tab("meetings")
}

/// The 调度会 (7 调度会), newest first or by kind: each meeting with its decisions and how many of the issues they
/// became are still open, overdue or closed. Enter opens the meeting with its decisions (docs/domain-rules.md, "调度会").
struct MeetingsScreen: TabScreen {
    enum Sort: SortOrder {
        case newestFirst, byKind

        func title(_ lang: Lang) -> String {
            switch self {
            case .newestFirst: lang.text(.meetingSortNewest)
            case .byKind: lang.text(.meetingSortKind)
            }
        }
    }

    let tab = Tab.meetings

    func title(_ lang: Lang) -> String { lang.text(.tabMeetings) }

    func offers(in state: AppState) -> Set<Command> { [.newMeeting, .decide] }

    func page(_ state: AppState, sorted: Sort) -> Page {
        let lang = state.lang, data = state.data, index = data.index
        var rows = data.board.meetingRows(today: data.today)
        if sorted == .byKind {
            let order = Array(MeetingKind.allCases)
            rows.sort { (order.firstIndex(of: $0.meeting.kind)!, $1.meeting.date) < (order.firstIndex(of: $1.meeting.kind)!, $0.meeting.date) }
        }
        let columns = [
            Column(lang.text(.columnId), .fixed(6)),
            Column(lang.text(.columnMeetingDate), .fixed(10)),
            Column(lang.text(.columnMeetingKind), .fit(min: 4, max: 9)),
            Column(lang.text(.columnMeetingTitle), .flex(min: 12)),
            Column(lang.text(.columnChair), .fit(min: 4, max: 8), dropRank: 2),
            Column(lang.text(.columnDecisions), .fixed(4), .right),
            Column(lang.text(.columnOpenIssues), .fixed(6), .right),
            Column(lang.text(.columnOverdueIssues), .fixed(4), .right),
        ]
        let lines = rows.map { row in
            Line(
                cells: [
                    Span(row.meeting.id), Span(row.meeting.date.iso), Span(row.meeting.kind.label(lang)), Span(row.meeting.title),
                    Span(index.personName(row.meeting.chair), .dim), Span("\(row.decisions.count)"), Span("\(row.openIssues)"),
                    Span("\(row.overdueIssues)", row.overdueIssues > 0 ? .light(.red) : .normal),
                ],
                target: .meeting(row.meeting.id), keywords: [row.meeting.place, row.meeting.kind.rawValue])
        }
        return Page(
            title: lang.text(.headingWithCount, lang.text(.tabMeetings), lines.count), columns: columns,
            lines: lines.isEmpty ? [.text(lang.text(.noMeetings), .dim)] : lines)
    }
}
