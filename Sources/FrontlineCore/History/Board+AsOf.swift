extension Board {
    /// The board as its records say it stood at the end of `day` (valid time): issues raised later,
    /// visits made later and progress reports not yet known are left out; each issue is taken back along
    /// its handling log and each project along its progress reports (`Issue.asOf`, `Project.asOf`).
    ///
    /// A board whose records all date from `day` or before is returned as it is. Rosters, absences,
    /// units and people carry their own validity dates and stay; settings stay.
    public func asOfRecords(_ day: Day) -> Board {
        var board = self
        board.issues = Table(issues.rows.compactMap { $0.raisedOn <= day ? $0.asOf(day) : nil })
        board.visits = Table(visits.rows.filter { $0.date <= day })
        board.instructions = Table(instructions.rows.compactMap { $0.asOf(day) })
        var known: [String: [ProgressReport]] = [:], later: [String: [ProgressReport]] = [:]
        for report in progress.rows.sorted(by: { ($0.period, $0.reportedOn, $0.id) < ($1.period, $1.reportedOn, $1.id) }) {
            if report.isKnown(on: day) {
                known[report.project, default: []].append(report)
            } else {
                later[report.project, default: []].append(report)
            }
        }
        board.progress = Table(progress.rows.filter { $0.isKnown(on: day) })
        board.projects = Table(projects.rows.map { $0.asOf(day, known: known[$0.id] ?? [], later: later[$0.id] ?? []) })
        return board
    }
}
