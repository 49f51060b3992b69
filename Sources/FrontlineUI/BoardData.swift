import FrontlineCore

/// Everything derived from one board revision and one "today", computed once when the data changes.
public struct BoardData: Sendable {
    public let index: BoardIndex
    public let today: Day
    public let projectRows: [ProjectRow]
    /// Open issues, most overdue first.
    public let issueRows: [IssueRow]
    public let dutyRows: [DutyRow]
    public let unitStats: [UnitStats]

    public var board: Board { index.board }

    public init(board: Board, today: Day) {
        index = BoardIndex(board)
        self.today = today
        projectRows = index.projectRows(today: today)
        issueRows = index.issueRows(today: today)
        dutyRows = index.dutyRows(today: today)
        unitStats = index.unitStats(today: today)
    }
}
