/// How to put a board back as it was before a plan was applied to it: each changed record's earlier
/// value (nil for a record the plan created), undone in reverse order.
public struct Rollback: Sendable {
    public struct Step: Sendable {
        var kind: RecordKind
        var id: String
        var record: (any Record)?
    }

    var steps: [Step]
}

extension Board {
    /// Puts back every record a plan changed, created or deleted.
    public mutating func rollBack(_ rollback: Rollback) {
        for step in rollback.steps.reversed() { restore(step.kind, step.id, step.record) }
    }

    private mutating func restore(_ kind: RecordKind, _ id: String, _ record: (any Record)?) {
        func put<R: Record>(_ table: inout Table<R>) {
            if let record = record as? R { table.upsert(record) } else { table.remove(id: id) }
        }
        switch kind {
        case .settings: if let record = record as? Settings { settings = record }
        case .unit: put(&units)
        case .person: put(&people)
        case .duty: put(&duties)
        case .absence: put(&absences)
        case .project: put(&projects)
        case .issue: put(&issues)
        case .visit: put(&visits)
        case .progress: put(&progress)
        case .report: put(&reports)
        case .instruction: put(&instructions)
        case .meeting: put(&meetings)
        case .squad: put(&squads)
        case .lead: put(&leads)
        case .bulletin: put(&bulletins)
        }
    }
}
