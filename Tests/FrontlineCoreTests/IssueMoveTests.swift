import Testing

@testable import FrontlineCore

/// Lifecycle actions through the planner: one record change per legal move, one log line, clear errors.
struct IssueMoveTests {
    /// I-0001 in `status`, with the dates a real issue in that state would have, and every counter at 1.
    static func issue(in status: IssueStatus, for action: IssueAction? = nil) -> FrontlineCore.Issue {
        Fixtures.issue(status: status) {
            if action == .approveExtension || action == .refuseExtension {
                // A decision needs a request to decide (HandlingTests covers the issue without one).
                $0.log.append(HandlingTests.requestLine)
            }
            $0.extensions = 1
            $0.returns = 1
            $0.reopens = 1
            if status == .pendingVerification || status == .closed {
                $0.resolvedOn = d("2026-11-20")
                $0.resolution = "已协调供电公司"
            }
            if status == .closed {
                $0.closedOn = d("2026-11-21")
                $0.closedBy = "M-002"
            }
        }
    }

    /// The fields each action changes on the issue above (the log is appended, never a field change).
    static let changedFields: [IssueAction: Set<String>] = [
        .assign: ["status"],
        .accept: ["status"],
        .decline: ["status"],
        .resolve: ["status", "resolvedOn", "resolution"],
        .close: ["status", "closedOn", "closedBy"],
        .return: ["status", "resolvedOn", "resolution", "returns"],
        .extend: ["due", "extensions"],
        .reopen: ["status", "resolvedOn", "resolution", "closedOn", "closedBy", "reopens"],
        .cancel: ["status"],
        .requestExtension: [],
        .approveExtension: ["due", "extensions"],
        .refuseExtension: [],
        .transfer: ["status", "unit"],
        .feedback: [],
        .followUp: [],
    ]

    static func move(
        _ action: IssueAction, note: String = "已说明情况", newDue: Day? = nil, extendDays: Int? = nil,
        seen: IssueStatus? = nil
    ) -> Intent {
        let due = newDue ?? ((action == .extend && extendDays == nil) || action == .requestExtension ? d("2026-12-20") : nil)
        return .moveIssue(
            IssueMove(
                issue: "I-0001", action: action, note: note, newDue: due, extendDays: extendDays,
                unit: action == .transfer ? "U-04" : nil, satisfaction: action == .followUp ? .satisfied : nil,
                seenStatus: seen))
    }

    /// Plans a move as `person` and returns the issue as it is after the entry is applied.
    static func moved(_ issue: FrontlineCore.Issue, _ intent: Intent, as person: String = "M-001") throws -> (Plan, FrontlineCore.Issue) {
        var board = Fixtures.zone.with(issue)
        let plan = try Fixtures.plan(intent, on: board, as: person)
        try board.apply(plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor(person), prev: ""))
        return (plan, try #require(board.issues[id: issue.id]))
    }

    @Test("every action from every state through the planner", arguments: IssueStatus.allCases, IssueAction.allCases)
    func everyMove(status: IssueStatus, action: IssueAction) throws {
        let before = Self.issue(in: status, for: action)
        let board = Fixtures.zone.with(before)
        guard let target = LifecycleTable.target(action, from: status) else {
            #expect(throws: DomainError.illegalAction(id: "I-0001", status: status, action: action)) {
                try Fixtures.plan(Self.move(action), on: board)
            }
            return
        }
        let (plan, after) = try Self.moved(before, Self.move(action))
        #expect(plan.action == "issue.move")
        #expect(plan.changes.count == 1)
        let change = try #require(plan.changes.first)
        #expect(change.kind == .issue && change.id == "I-0001" && change.op == .update && change.base == 0)
        #expect(Set(change.fields.map(\.name)) == Self.changedFields[action]?.filter { $0 != "status" || status != target })
        let statusChange = change.fields.first { $0.name == "status" }
        if target == status {
            #expect(statusChange == nil)
        } else {
            #expect(statusChange == FieldChange("status", old: status.json, new: target.json))
        }
        let line = try #require(change.appendLog)
        // A 延期 or 批准延期 line carries the due date it set, so the due date on any earlier day can be told from the
        // log; a 申请延期 the date asked for; a 转办 the units; a 回访 the satisfaction.
        let setsDue = action == .extend || action == .approveExtension
        #expect(
            line
                == HandlingLogEntry(
                    at: Fixtures.now, by: "M-001", actingFor: nil, action: action.rawValue,
                    note: "已说明情况", status: target,
                    due: setsDue ? after.due : action == .requestExtension ? d("2026-12-20") : nil,
                    unit: action == .transfer ? "U-04" : nil, fromUnit: action == .transfer ? "U-01" : nil,
                    satisfaction: action == .followUp ? .satisfied : nil))
        #expect(after.status == target)
        #expect(after.log.count == before.log.count + 1)
        #expect(after.log.last == line)
    }

    @Test("an unknown issue is not found")
    func unknownIssue() {
        let intent = Intent.moveIssue(IssueMove(issue: "I-7777", action: .assign))
        #expect(throws: DomainError.notFound(.issue, "I-7777")) { try Fixtures.plan(intent, on: Fixtures.zone) }
    }

    @Test("the illegal-action message names the current state and the legal actions")
    func illegalMessage() {
        let error = DomainError.illegalAction(id: "I-0001", status: .pendingAcceptance, action: .close)
        #expect(error.message(.zh) == "问题 I-0001 当前状态为“待签收”，不能“核验通过”；可用操作：签收、拒签、撤销、转办")
    }

    @Test(
        "actions that must say why refuse an empty or blank note",
        arguments: IssueAction.allCases.filter(\.needsNote), ["", "  ", "\u{3000}\t"])
    func noteRequired(action: IssueAction, note: String) {
        let board = Fixtures.zone.with(Self.issue(in: LifecycleTable.stateAllowing(action)))
        #expect(throws: DomainError.noteRequired(action)) {
            try Fixtures.plan(Self.move(action, note: note), on: board)
        }
    }

    @Test("交办, 签收 and 核验通过 need no note", arguments: [IssueAction.assign, .accept, .close])
    func noNoteNeeded(action: IssueAction) throws {
        let status = LifecycleTable.stateAllowing(action)
        let (_, after) = try Self.moved(Self.issue(in: status), Self.move(action, note: ""))
        #expect(after.status == LifecycleTable.target(action, from: status))
        #expect(after.log.last?.note == "")
    }

    @Test("申请办结 records today and the (trimmed) note as the resolution")
    func resolve() throws {
        let (_, after) = try Self.moved(Self.issue(in: .inProgress), Self.move(.resolve, note: "  已协调供电公司接入  "))
        #expect(after.status == .pendingVerification)
        #expect(after.resolvedOn == Fixtures.today)
        #expect(after.resolution == "已协调供电公司接入")
        #expect(after.log.last?.note == "已协调供电公司接入")
    }

    @Test("核验通过 records today and who closed it")
    func close() throws {
        let (_, after) = try Self.moved(Self.issue(in: .pendingVerification), Self.move(.close, note: ""), as: "M-002")
        #expect(after.status == .closed)
        #expect(after.closedOn == Fixtures.today)
        #expect(after.closedBy == "M-002")
        #expect(after.log.last?.by == "M-002")
    }

    @Test("退回 counts the return and clears the resolution date")
    func returnToUnit() throws {
        let (_, after) = try Self.moved(Self.issue(in: .pendingVerification), Self.move(.return, note: "现场未通电"))
        #expect(after.status == .inProgress)
        #expect(after.returns == 2)
        #expect(after.resolvedOn == nil)
    }

    @Test("重新打开 counts the reopen and clears the closing")
    func reopen() throws {
        let (_, after) = try Self.moved(Self.issue(in: .closed), Self.move(.reopen, note: "企业再次反映"))
        #expect(after.status == .inProgress)
        #expect(after.reopens == 2)
        #expect(after.closedOn == nil)
        #expect(after.closedBy == nil)
        #expect(after.resolvedOn == nil)
    }

    struct ExtendCase: Sendable, CustomTestStringConvertible {
        let newDue: String?
        let extendDays: Int?
        /// The due date after the move, or nil when the planner must refuse it (field "due", or "days" for a
        /// day count outside `Limits.extensionDays`).
        let due: String?
        var testDescription: String {
            let ask = newDue.map { "to \($0)" } ?? extendDays.map { "by \($0) days" } ?? "with no date"
            return "延期 from 2026-12-10 \(ask) → \(due ?? "refused")"
        }
    }

    @Test(
        "延期 needs a later due date and keeps the original one",
        arguments: [
            ExtendCase(newDue: "2026-12-20", extendDays: nil, due: "2026-12-20"),
            ExtendCase(newDue: "2026-12-11", extendDays: nil, due: "2026-12-11"),
            ExtendCase(newDue: nil, extendDays: 5, due: "2026-12-15"),
            ExtendCase(newDue: "2026-12-10", extendDays: nil, due: nil),
            ExtendCase(newDue: "2026-12-09", extendDays: nil, due: nil),
            ExtendCase(newDue: nil, extendDays: 0, due: nil),
            ExtendCase(newDue: nil, extendDays: -3, due: nil),
            ExtendCase(newDue: nil, extendDays: 366, due: nil),
            ExtendCase(newDue: nil, extendDays: Int.max, due: nil),
            ExtendCase(newDue: "2200-01-01", extendDays: nil, due: nil),
        ])
    func extend(_ c: ExtendCase) throws {
        let issue = Self.issue(in: .inProgress)
        let intent = Intent.moveIssue(
            IssueMove(
                issue: "I-0001", action: .extend, note: "等待供电方案批复",
                newDue: c.newDue.map(d), extendDays: c.extendDays))
        guard let due = c.due else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(intent, on: Fixtures.zone.with(issue)) }
            #expect(invalidField(error) == (c.extendDays.map { Limits.extensionDays.contains($0) } == false ? "days" : "due"))
            return
        }
        let (plan, after) = try Self.moved(issue, intent)
        #expect(
            plan.changes.first?.fields == [
                FieldChange("due", old: .string("2026-12-10"), new: .string(due)),
                FieldChange("extensions", old: .int(1), new: .int(2)),
            ])
        #expect(after.due == d(due))
        #expect(after.originalDue == d("2026-12-10"))
        #expect(after.extensions == 2)
        #expect(after.status == .inProgress)
    }

    @Test("延期 with neither a date nor a number of days is refused")
    func extendWithoutDate() {
        let intent = Intent.moveIssue(IssueMove(issue: "I-0001", action: .extend, note: "等待批复"))
        let error = #expect(throws: DomainError.self) {
            try Fixtures.plan(intent, on: Fixtures.zone.with(Self.issue(in: .inProgress)))
        }
        #expect(invalidField(error) == "due")
    }

    @Test("a status changed since the user looked is a conflict on the status field")
    func seenStatusConflict() {
        var issue = Self.issue(in: .inProgress)
        issue.meta = RecordMeta(rev: 3, updatedAt: t("2026-11-27T09:30:00+08:00"), updatedBy: "M-011")
        let expected = Conflict(
            recordKind: .issue, id: "I-0001", kind: .field("status"),
            base: .string("待签收"), theirs: .string("办理中"), mine: .string("办理中"),
            theirsBy: "M-011", theirsAt: t("2026-11-27T09:30:00+08:00"))
        // 签收 is illegal from 办理中, but the user is told what changed rather than that 签收 is impossible.
        #expect(throws: DomainError.conflicts([expected])) {
            try Fixtures.plan(Self.move(.accept, note: "", seen: .pendingAcceptance), on: Fixtures.zone.with(issue))
        }
    }

    @Test("the status the user saw, when still current, is no conflict")
    func seenStatusCurrent() throws {
        let (_, after) = try Self.moved(Self.issue(in: .inProgress), Self.move(.resolve, seen: .inProgress))
        #expect(after.status == .pendingVerification)
    }

    struct CoverCase: Sendable, CustomTestStringConvertible {
        let absences: [Absence]
        let actor: String
        let actingFor: String?
        let why: String
        var testDescription: String { why }
    }

    /// I-0001 names no person, so U-01's 项目服务 holder (A 陈静 M-011, B 刘洋 M-012) is responsible.
    @Test(
        "a B who acts while A is away records actingFor A in the plan and in the log",
        arguments: [
            CoverCase(
                absences: [Fixtures.absence("L-001", "M-011", "2026-11-25", "2026-11-30")], actor: "M-012",
                actingFor: "M-011", why: "A 陈静 away, B 刘洋 签收 → acting for 陈静"),
            CoverCase(absences: [], actor: "M-012", actingFor: nil, why: "A present, B 刘洋 签收 → acting for nobody"),
            CoverCase(absences: [], actor: "M-011", actingFor: nil, why: "A 陈静 签收 herself"),
            CoverCase(
                absences: [
                    Fixtures.absence("L-001", "M-011", "2026-11-25", "2026-11-30"),
                    Fixtures.absence("L-002", "M-012", "2026-11-27", "2026-11-27"),
                ],
                actor: "M-010", actingFor: "M-011", why: "A and B away, head 周平 签收 → acting for 陈静"),
        ])
    func actingFor(_ c: CoverCase) throws {
        var board = Fixtures.zone.with(Self.issue(in: .pendingAcceptance))
        for absence in c.absences { board = board.with(absence) }
        let plan = try Fixtures.plan(Self.move(.accept, note: ""), on: board, as: c.actor)
        #expect(plan.actingFor == c.actingFor)
        #expect(plan.changes.first?.appendLog?.actingFor == c.actingFor)
        #expect(plan.changes.first?.appendLog?.by == c.actor)
    }
}
