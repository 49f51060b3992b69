import FrontlineCore

/// Everything derived from one board revision and one "today": what the lists show is computed once when the data
/// changes; what only some screens show (the roster's lines, the units' figures behind the ranking) is computed when
/// such a screen is first built for this revision (`keep`), so the first screen does not wait for it.
public struct BoardData: Sendable {
    /// A part of the data that is derived only for the screens that show it (`BoardScreen.derives`).
    public enum Part: Sendable, Hashable, CaseIterable {
        /// `dutyRows`: the roster lines in force with today's holders.
        case dutyRows
        /// `unitStats`: every unit's figures (lights of its projects, its issues' 督办), behind the ranking.
        case unitStats
    }

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
    private var keptDutyRows: [DutyRow]?
    private var keptUnitStats: [UnitStats]?

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
    }

    /// The roster lines in force today, by unit listing order, with today's holders (kept once derived by `keep`).
    public var dutyRows: [DutyRow] { keptDutyRows ?? asOfIndex.dutyRows(today: today) }

    /// Every unit's figures on `today` (kept once derived by `keep`).
    public var unitStats: [UnitStats] { keptUnitStats ?? asOfIndex.unitStats(today: today) }

    /// Whether a part is derived already, for this revision and day.
    public func holds(_ part: Part) -> Bool {
        switch part {
        case .dutyRows: keptDutyRows != nil
        case .unitStats: keptUnitStats != nil
        }
    }

    /// Derives the parts not derived yet and keeps them with this revision: the board calls it for the screen it is
    /// about to build; a new revision or day starts a new `BoardData` without them.
    public mutating func keep(_ parts: Set<Part>) {
        if parts.contains(.dutyRows) && keptDutyRows == nil { keptDutyRows = asOfIndex.dutyRows(today: today) }
        if parts.contains(.unitStats) && keptUnitStats == nil { keptUnitStats = asOfIndex.unitStats(today: today) }
    }
}
