import FrontlineCore
import FrontlineStore

/// The briefing for scripts (`frontline brief --format json`): one object with stable English keys, every part in
/// full (docs/command-line.md, "brief").
struct BriefJSON {
    let brief: Brief
    let index: BoardIndex
    let since: Timestamp

    var value: JSONValue {
        let b = brief
        return .object([
            JSONMember("person", .string(b.person.id)),
            JSONMember("name", .string(b.person.name)),
            JSONMember("date", .string(b.today.iso)),
            JSONMember("since", .string(since.iso)),
            JSONMember(
                "urged",
                .array(
                    b.urged.map { item in
                        issue(
                            item.row,
                            extra: [
                                JSONMember("new", .bool(item.isNew)),
                                JSONMember("urges", .array(item.urges.map(line))),
                            ])
                    })),
            JSONMember("escalated", .array(b.escalated.map { issue($0) })),
            JSONMember("overdue", .array(b.overdue.map { issue($0) })),
            JSONMember("dueSoon", .array(b.dueSoon.map { issue($0) })),
            JSONMember("toSign", .array(b.toSign.map { issue($0) })),
            JSONMember("toVerify", .array(b.toVerify.map { issue($0) })),
            JSONMember(
                "toApprove",
                .array(
                    b.toApprove.map { row in
                        issue(
                            row,
                            extra: [
                                JSONMember(
                                    "request",
                                    row.issue.pendingExtensionRequest.map { line in
                                        .object(members(of: line) + [JSONMember("askedDue", line.due.map { .string($0.iso) } ?? .null)])
                                    } ?? .null)
                            ])
                    })),
            JSONMember("covering", .array(b.covering.map(cover))),
            JSONMember("unvisited", .array(b.unvisited.map(project))),
            JSONMember(
                "cadreVisits",
                .array(
                    b.cadreDue.map { item in
                        .object([
                            JSONMember("id", .string(item.project.id)),
                            JSONMember("name", .string(item.project.name)),
                            JSONMember("week", .string(item.week.monday.iso)),
                            JSONMember("missedLastWeek", .bool(item.missedLastWeek)),
                        ])
                    })),
            JSONMember("instructionsToRespond", .array(b.instructionsToRespond.map(instruction))),
            JSONMember("instructionResponses", .array(b.instructionResponses.map(instruction))),
            JSONMember(
                "lateProcedureSteps",
                .array(
                    b.lateSteps.map { item in
                        .object([
                            JSONMember("project", .string(item.project.id)),
                            JSONMember("name", .string(item.project.name)),
                            JSONMember("step", .string(item.step.name)),
                            JSONMember("unit", .string(index.unitName(item.step.unit))),
                            JSONMember("planned", item.step.planned.map { .string($0.iso) } ?? .null),
                            JSONMember("daysLate", .int(item.step.daysLate)),
                            JSONMember("issue", item.step.issue.map(JSONValue.string) ?? .null),
                        ])
                    })),
            JSONMember("changes", .array(b.changes.map { .object([JSONMember("issue", .string($0.issue.id))] + members(of: $0.line)) })),
        ])
    }

    private func issue(_ row: IssueRow, extra: [JSONMember] = []) -> JSONValue {
        .object(
            [
                JSONMember("id", .string(row.issue.id)),
                JSONMember("title", .string(row.issue.title)),
                JSONMember("project", row.issue.project.map(JSONValue.string) ?? .null),
                JSONMember("unit", .string(index.unitName(row.issue.unit))),
                JSONMember("status", .string(row.issue.status.rawValue)),
                JSONMember("light", .string(row.light.light.english)),
                JSONMember("due", .string(row.issue.due.iso)),
                JSONMember("daysOverdue", .int(row.daysOverdue)),
                JSONMember("holder", row.holder.map { .string(index.personName($0.person)) } ?? .null),
                JSONMember("urgeCount", .int(row.issue.urgeCount)),
                JSONMember("escalation", row.escalation.map { .string($0.level.english) } ?? .null),
                JSONMember("escalationReason", row.escalation.map { .string($0.reason.ruleText(.en)) } ?? .null),
            ] + extra)
    }

    private func instruction(_ item: Instruction) -> JSONValue {
        .object([
            JSONMember("id", .string(item.id)),
            JSONMember("text", .string(item.text)),
            JSONMember("project", item.project.map(JSONValue.string) ?? .null),
            JSONMember("issue", item.issue.map(JSONValue.string) ?? .null),
            JSONMember("leader", .string(index.personName(item.leader))),
            JSONMember("date", .string(item.date.iso)),
            JSONMember("unit", .string(index.unitName(item.unit))),
            JSONMember("due", .string(item.due.iso)),
            JSONMember("status", .string(item.status.rawValue)),
            JSONMember("light", .string(item.light(today: brief.today, settings: index.board.settings).english)),
            JSONMember("daysOverdue", .int(item.daysOverdue(today: brief.today))),
            JSONMember("response", item.response.map(JSONValue.string) ?? .null),
            JSONMember("respondedBy", item.respondedBy.map { .string(index.personName($0)) } ?? .null),
            JSONMember("respondedAt", item.respondedAt.map { .string($0.iso) } ?? .null),
        ])
    }

    private func members(of line: HandlingLogEntry) -> [JSONMember] {
        [
            JSONMember("at", .string(line.at.iso)),
            JSONMember("by", .string(index.personName(line.by))),
            JSONMember("actingFor", line.actingFor.map { .string(index.personName($0)) } ?? .null),
            JSONMember("action", .string(line.action)),
            JSONMember("note", .string(line.note)),
            JSONMember("status", .string(line.status.rawValue)),
        ]
    }

    private func line(_ line: HandlingLogEntry) -> JSONValue { .object(members(of: line)) }

    private func cover(_ item: Brief.Cover) -> JSONValue {
        .object([
            JSONMember("unit", .string(index.unitName(item.row.duty.unit))),
            JSONMember("duty", .string(item.row.duty.duty)),
            JSONMember("for", .string(index.personName(item.row.duty.a))),
            JSONMember("reason", item.absence.map { .string($0.reason.rawValue) } ?? .null),
            JSONMember("until", item.absence.map { .string($0.to.iso) } ?? .null),
            JSONMember("handover", item.absence.map { .string($0.handover) } ?? .null),
        ])
    }

    private func project(_ row: ProjectRow) -> JSONValue {
        .object([
            JSONMember("id", .string(row.project.id)),
            JSONMember("name", .string(row.project.name)),
            JSONMember("daysSinceVisit", row.daysSinceVisit.map(JSONValue.int) ?? .null),
        ])
    }
}
