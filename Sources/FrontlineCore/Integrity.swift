/// A record that loads but does not make sense with the rest: a dangling reference, a roster
/// naming someone of another unit, an issue whose status disagrees with its log.
public struct IntegrityProblem: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String
    public var field: String
    public var zh: String
    public var en: String

    public func message(_ lang: Lang) -> String { lang == .zh ? zh : en }
}

/// The cross-record checks of `frontline check`.
public enum Integrity {
    public static func problems(in board: Board) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func report(_ kind: RecordKind, _ id: String, _ field: String, _ zh: String, _ en: String) {
            problems.append(IntegrityProblem(kind: kind, id: id, field: field, zh: zh, en: en))
        }
        func reference(_ kind: RecordKind, _ id: String, _ field: String, _ target: RecordKind, _ value: String?) {
            guard let value, !value.isEmpty, !board.contains(target, id: value) else { return }
            report(kind, id, field, "“\(field)”引用的\(target.label(.zh)) \(value) 不存在",
                   "'\(field)' refers to \(target.label(.en)) \(value), which does not exist")
        }
        // Saving through the product refuses thresholds out of order; a hand-edited store is caught here.
        if let problem = board.settings.escalationProblem {
            report(.settings, board.settings.id, "escalationYellowDays", problem.zh, problem.en)
        }
        var logins: [String: String] = [:]
        for person in board.people {
            reference(.person, person.id, "unit", .unit, person.unit)
            if let login = person.login, !login.isEmpty {
                if let other = logins[login] {
                    report(.person, person.id, "login", "账号 \(login) 同时属于 \(other)", "login \(login) also belongs to \(other)")
                }
                logins[login] = person.id
            }
        }
        for unit in board.units {
            reference(.unit, unit.id, "head", .person, unit.head)
            if let head = unit.head.flatMap({ board.people[id: $0] }), head.unit != unit.id {
                report(.unit, unit.id, "head", "负责人 \(head.id) 不属于本单位", "head \(head.id) is not of this unit")
            }
            reference(.unit, unit.id, "supervisingLeader", .person, unit.supervisingLeader)
            reference(.unit, unit.id, "liaison", .person, unit.liaison)
        }
        for duty in board.duties {
            reference(.duty, duty.id, "unit", .unit, duty.unit)
            for (field, person) in [("a", duty.a), ("b", duty.b)] {
                reference(.duty, duty.id, field, .person, person)
                if let p = board.people[id: person], p.unit != duty.unit {
                    report(.duty, duty.id, field, "\(field.uppercased())角 \(p.id) 不属于 \(duty.unit)", "\(field.uppercased()) \(p.id) is not of unit \(duty.unit)")
                }
            }
            if duty.a == duty.b { report(.duty, duty.id, "b", "A角和B角是同一人", "A and B are the same person") }
        }
        for absence in board.absences {
            reference(.absence, absence.id, "person", .person, absence.person)
            if absence.to < absence.from { report(.absence, absence.id, "to", "结束日期早于开始日期", "ends before it starts") }
        }
        for project in board.projects {
            reference(.project, project.id, "leader", .person, project.leader)
            reference(.project, project.id, "unit", .unit, project.unit)
            reference(.project, project.id, "area", .unit, project.area)
            for unit in project.coUnits { reference(.project, project.id, "coUnits", .unit, unit) }
            for person in project.taskForce { reference(.project, project.id, "taskForce", .person, person) }
            for person in project.cadres { reference(.project, project.id, "cadres", .person, person) }
            if let problem = project.overrideProblem {
                report(.project, project.id, "lightOverrideReason", problem.zh, problem.en)
            }
        }
        for issue in board.issues {
            reference(.issue, issue.id, "project", .project, issue.project)
            reference(.issue, issue.id, "unit", .unit, issue.unit)
            reference(.issue, issue.id, "person", .person, issue.person)
            reference(.issue, issue.id, "responsibleLeader", .person, issue.responsibleLeader)
            for unit in issue.coUnits { reference(.issue, issue.id, "coUnits", .unit, unit) }
            reference(.issue, issue.id, "meeting", .meeting, issue.meeting)
            if let last = issue.log.last, last.status != issue.status {
                report(.issue, issue.id, "status", "状态“\(issue.status.rawValue)”与办理记录最后一条（\(last.status.rawValue)）不一致",
                       "status '\(issue.status.english)' disagrees with the last log line (\(last.status.english))")
            }
            if issue.due < issue.originalDue {
                report(.issue, issue.id, "due", "办结时限早于原定时限", "due date is before the original due date")
            }
        }
        for visit in board.visits {
            reference(.visit, visit.id, "project", .project, visit.project)
            for person in visit.visitors { reference(.visit, visit.id, "visitors", .person, person) }
            for issue in visit.issues { reference(.visit, visit.id, "issues", .issue, issue) }
        }
        for report in board.progress {
            reference(.progress, report.id, "project", .project, report.project)
        }
        for instruction in board.instructions {
            if let project = instruction.project { reference(.instruction, instruction.id, "project", .project, project) }
            if let issue = instruction.issue { reference(.instruction, instruction.id, "issue", .issue, issue) }
            reference(.instruction, instruction.id, "leader", .person, instruction.leader)
            reference(.instruction, instruction.id, "unit", .unit, instruction.unit)
        }
        for meeting in board.meetings {
            reference(.meeting, meeting.id, "chair", .person, meeting.chair)
            for person in meeting.attendees { reference(.meeting, meeting.id, "attendees", .person, person) }
            for project in meeting.projects { reference(.meeting, meeting.id, "projects", .project, project) }
            for decision in meeting.decisions {
                reference(.meeting, meeting.id, "decisions", .project, decision.project)
                reference(.meeting, meeting.id, "decisions", .issue, decision.issue)
            }
        }
        return problems
    }
}
