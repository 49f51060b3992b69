/// A board with the history it keeps, shown as it stood at the end of any day: the one way every
/// figure for a date (lights, overdue lists, the ranking, every section of a 半月报) gets its data, so
/// that all of them agree and none counts what happened later (docs/domain-rules.md, "As of a date").
///
/// Two kinds of history are used, newest first:
/// 1. the journal since the snapshot: entries written after the day are taken back exactly;
/// 2. the records' own dates: handling logs, closing and resolving dates, visit dates and progress
///    reports, for what the snapshot already holds (the bundled sample, imported ledgers, compacted
///    journals).
public struct BoardTimeline: Sendable {
    public let board: Board
    /// Journal entries since the snapshot, oldest first.
    public let journal: [Entry]
    /// Today for the store: on this day and after, the board is shown as it is.
    public let present: Day

    /// The lookups of the board as it is, when the caller has them already.
    private let current: BoardIndex?

    public init(board: Board, journal: [Entry] = [], present: Day) {
        self.board = board
        self.journal = journal
        self.present = present
        current = nil
    }

    /// A timeline over a board whose lookups are built already (the board's screens keep them).
    public init(index: BoardIndex, journal: [Entry] = [], present: Day) {
        board = index.board
        self.journal = journal
        self.present = present
        current = index
    }

    /// The board as it stood at the end of `day`.
    public func board(asOf day: Day) -> Board {
        guard day < present else { return board }
        var past = board
        // The journal is kept in order: everything from the first entry written after the day goes.
        if let first = journal.firstIndex(where: { $0.at.day > day }) { past.revert(journal[first...]) }
        return past.asOfRecords(day)
    }

    /// The lookups of the board as it stood at the end of `day`.
    public func index(asOf day: Day) -> BoardIndex {
        day < present ? BoardIndex(board(asOf: day)) : current ?? BoardIndex(board)
    }
}
