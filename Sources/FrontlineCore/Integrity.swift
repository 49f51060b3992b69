/// A record that loads but does not make sense with the rest: a dangling reference, a roster
/// naming someone of another unit, an issue whose status disagrees with its log.
public struct IntegrityProblem: Hashable, Sendable {
    public var kind: RecordKind
    public var id: String
    public var field: String
    /// What is wrong: a catalog text.
    public var problem: Phrase

    public func message(_ lang: Lang) -> String { problem.text(lang) }
}

/// The cross-record checks of `frontline check`.
public enum Integrity {
    public static func problems(in board: Board) -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        func report(_ kind: RecordKind, _ id: String, _ field: String, _ problem: Phrase) {
            problems.append(IntegrityProblem(kind: kind, id: id, field: field, problem: problem))
        }
        func reference(_ kind: RecordKind, _ id: String, _ field: String, _ target: RecordKind, _ value: String?) {
            guard let value, !value.isEmpty, !board.contains(target, id: value) else { return }
            report(kind, id, field, Phrase(.integrityDanglingReference, "\(field)", .key(target.labelKey), "\(value)"))
        }
        // Saving through the product refuses thresholds out of order; a hand-edited store is caught here.
        if let problem = board.settings.escalationProblem {
            report(.settings, board.settings.id, "escalationYellowDays", problem)
        }
        // 手续: the same for a template written by hand, and steps naming a unit or an issue that does not exist.
        if let problem = ProcedureTemplate.parse(board.settings.procedureTemplate ?? "", units: Set(board.units.map(\.id))).problems.first {
            report(.settings, board.settings.id, "procedureTemplate", problem.phrase)
        }
        for project in board.projects {
            for step in project.procedures {
                reference(.project, project.id, "procedures", .unit, step.unit)
                reference(.project, project.id, "procedures", .issue, step.issue)
            }
        }
        var logins: [String: String] = [:]
        for person in board.people {
            reference(.person, person.id, "unit", .unit, person.unit)
            if let login = person.login, !login.isEmpty {
                if let other = logins[login] {
                    report(.person, person.id, "login", Phrase(.integrityLoginShared, "\(login)", "\(other)"))
                }
                logins[login] = person.id
            }
        }
        for unit in board.units {
            reference(.unit, unit.id, "head", .person, unit.head)
            if let head = unit.head.flatMap({ board.people[id: $0] }), head.unit != unit.id {
                report(.unit, unit.id, "head", Phrase(.integrityHeadNotOfUnit, "\(head.id)"))
            }
            reference(.unit, unit.id, "supervisingLeader", .person, unit.supervisingLeader)
            reference(.unit, unit.id, "liaison", .person, unit.liaison)
        }
        for duty in board.duties {
            reference(.duty, duty.id, "unit", .unit, duty.unit)
            for (field, person) in [("a", duty.a), ("b", duty.b)] {
                reference(.duty, duty.id, field, .person, person)
                if let p = board.people[id: person], p.unit != duty.unit {
                    report(.duty, duty.id, field, Phrase(.integrityDutyPersonNotOfUnit, "\(field.uppercased())", "\(p.id)", "\(duty.unit)"))
                }
            }
            if duty.a == duty.b { report(.duty, duty.id, "b", Phrase(.integrityDutySamePerson)) }
        }
        for absence in board.absences {
            reference(.absence, absence.id, "person", .person, absence.person)
            if absence.to < absence.from { report(.absence, absence.id, "to", Phrase(.integrityAbsenceEndsBeforeStart)) }
        }
        for project in board.projects {
            reference(.project, project.id, "leader", .person, project.leader)
            reference(.project, project.id, "unit", .unit, project.unit)
            reference(.project, project.id, "area", .unit, project.area)
            for unit in project.coUnits { reference(.project, project.id, "coUnits", .unit, unit) }
            for person in project.taskForce { reference(.project, project.id, "taskForce", .person, person) }
            for person in project.cadres { reference(.project, project.id, "cadres", .person, person) }
            if let problem = project.overrideProblem {
                report(.project, project.id, "lightOverrideReason", problem)
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
                report(.issue, issue.id, "status", Phrase(.integrityStatusDisagreesWithLog, .label(issue.status), .label(last.status)))
            }
            if issue.due < issue.originalDue {
                report(.issue, issue.id, "due", Phrase(.integrityDueBeforeOriginal))
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
        for squad in board.squads {
            reference(.squad, squad.id, "unit", .unit, squad.unit)
            reference(.squad, squad.id, "leader", .person, squad.leader)
            for person in squad.members { reference(.squad, squad.id, "members", .person, person) }
        }
        for lead in board.leads {
            reference(.lead, lead.id, "unit", .unit, lead.unit)
            reference(.lead, lead.id, "squad", .squad, lead.squad)
            reference(.lead, lead.id, "project", .project, lead.project)
        }
        for bulletin in board.bulletins {
            reference(.bulletin, bulletin.id, "unit", .unit, bulletin.unit)
            reference(.bulletin, bulletin.id, "issuer", .person, bulletin.issuer)
        }
        return problems
    }
}
