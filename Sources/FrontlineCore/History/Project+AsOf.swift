extension ProgressReport {
    /// Whether the report was part of the record by the end of `day`: filed by then, or about a period
    /// that had ended by then (a report filed a day late still describes its period).
    public func isKnown(on day: Day) -> Bool { reportedOn <= day || period.last <= day }
}

extension Project {
    /// The project as it stood at the end of `day`, told from its progress reports: `known` are those
    /// known by then and `later` the rest, each in period order. Without later reports only the actual
    /// start and finish dates are checked (a date after `day` had not happened yet).
    ///
    /// Investment, 形象进度, next steps and stage come from the last known report; before the first
    /// report the investment is what that report started from (its ytd less what it added). A stage
    /// that no known report tells is inferred from the actual start and finish dates (docs/domain-rules.md).
    public func asOf(_ day: Day, known: [ProgressReport], later: [ProgressReport]) -> Project {
        var project = self
        if let start = actualStart, start > day { project.actualStart = nil }
        if let finish = actualFinish, finish > day { project.actualFinish = nil }
        guard let firstLater = later.first else { return project }
        if let last = known.last {
            project.ytd = last.ytd
            project.progressPct = last.progressPct
            project.progressText = last.progressText
        } else {
            project.ytd = firstLater.ytd - firstLater.periodDone
        }
        if later.contains(where: { !$0.nextSteps.isEmpty }) {
            project.nextSteps = known.last { !$0.nextSteps.isEmpty }?.nextSteps ?? ""
        }
        if later.contains(where: { $0.stage != nil }) {
            project.stage = known.last { $0.stage != nil }?.stage ?? project.inferredStage
        }
        return project
    }

    /// The stage a project's dates say it had: finished construction (竣工) once it has an actual
    /// finish, under construction (在建) once it started, else the stage before 开工 it still has (签约
    /// when its stage says otherwise).
    var inferredStage: Stage {
        if actualFinish != nil { return .completed }
        if actualStart != nil { return .building }
        return [.planning, .negotiating, .signed].contains(stage) ? stage : .signed
    }
}
