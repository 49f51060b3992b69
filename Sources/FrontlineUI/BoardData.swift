import FrontlineCore

/// Everything derived from one board revision and one "today", computed once when the data changes.
public struct BoardData: Sendable {
    /// The board as it is now: records to open and edit, names.
    public let index: BoardIndex
    public let today: Day
    /// The board with its history: for a `today` before the store's present (`:asof`), the lists,
    /// lights and figures below show the board as it stood then.
    public let timeline: BoardTimeline
    /// The board as it stood at the end of `today` (the same as `index` on the present day and after).
    public let asOfIndex: BoardIndex
    public let projectRows: [ProjectRow]
    /// Open issues, most overdue first.
    public let issueRows: [IssueRow]
    public let dutyRows: [DutyRow]
    public let unitStats: [UnitStats]

    public var board: Board { index.board }
    public var present: Day { timeline.present }

    public init(board: Board, today: Day, present: Day? = nil, journal: [Entry] = []) {
        index = BoardIndex(board)
        self.today = today
        timeline = BoardTimeline(index: index, journal: journal, present: present ?? today)
        let asOf = today < timeline.present ? timeline.index(asOf: today) : index
        asOfIndex = asOf
        projectRows = asOf.projectRows(today: today)
        issueRows = asOf.issueRows(today: today)
        dutyRows = asOf.dutyRows(today: today)
        unitStats = asOf.unitStats(today: today)
    }
}
