import Testing

@testable import FrontlineCore

/// The planner's operations that create records: raise an issue, log a visit, post progress, record an absence.
///
/// Every plan runs with today 2026-11-27, now 10:00 +08:00 and ids `I-9001`, `V-9001`, `R-9001`, `L-9001`.
struct PlannerTests {
    static func draft(
        title: String = "施工用电未接入", unit: String = "U-01", project: String? = "P-001",
        due: String = "2026-12-10"
    ) -> IssueDraft {
        IssueDraft(project: project, title: title, unit: unit, due: d(due))
    }

    // MARK: Raise

    @Test("raising an issue creates it 待交办 with today, the actor and one 新建 log line")
    func raise() throws {
        var journal = Journal(Fixtures.zone)
        var draft = Self.draft(title: "  施工用电未接入  ")
        draft.urgency = .urgent
        let plan = try journal.plan(.raiseIssue(draft), as: "M-011")
        #expect(plan.action == "issue.new")
        #expect(plan.changes.map(\.op) == [.create])
        try journal.run(.raiseIssue(draft), as: "M-011")
        let issue = try #require(journal.board.issues[id: "I-9001"])
        #expect(issue.title == "施工用电未接入")
        #expect(issue.status == .pendingAssignment)
        #expect(issue.project == "P-001" && issue.unit == "U-01")
        #expect(issue.raisedOn == Fixtures.today && issue.raisedBy == "M-011")
        #expect(issue.due == d("2026-12-10") && issue.originalDue == d("2026-12-10"))
        #expect(issue.urgency == .urgent)
        #expect(
            issue.log == [
                HandlingLogEntry(
                    at: Fixtures.now, by: "M-011", actingFor: nil, action: "新建", note: "",
                    status: .pendingAssignment)
            ])
    }

    @Test("a due date of today is accepted")
    func dueToday() throws {
        let plan = try Fixtures.plan(.raiseIssue(Self.draft(due: "2026-11-27")), on: Fixtures.zone)
        #expect(plan.summary == "I-9001 新建：施工用电未接入")
        #expect(plan.changes.first?.fields.contains(FieldChange("due", old: .null, new: .string("2026-11-27"))) == true)
    }

    struct RejectCase: Sendable, CustomTestStringConvertible {
        let why: String
        let draft: IssueDraft
        let error: DomainError?
        let field: String?
        var testDescription: String { why }
    }

    @Test(
        "raising refuses",
        arguments: [
            RejectCase(why: "a due date before today", draft: draft(due: "2026-11-26"), error: nil, field: "due"),
            RejectCase(why: "an empty title", draft: draft(title: ""), error: nil, field: "title"),
            RejectCase(why: "a blank title", draft: draft(title: " \u{3000} "), error: nil, field: "title"),
            RejectCase(why: "an unknown unit", draft: draft(unit: "U-99"), error: .notFound(.unit, "U-99"), field: nil),
            RejectCase(
                why: "an unknown project", draft: draft(project: "P-404"), error: .notFound(.project, "P-404"),
                field: nil),
        ])
    func raiseRejects(_ c: RejectCase) {
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.raiseIssue(c.draft), on: Fixtures.zone) }
        if let expected = c.error {
            #expect(error == expected)
        } else {
            #expect(invalidField(error) == c.field)
        }
    }

    @Test("an unknown account cannot plan anything")
    func unknownAccount() {
        let context = PlanContext(
            actor: Fixtures.unknownActor, today: Fixtures.today, now: Fixtures.now,
            ids: Fixtures.fixedIds)
        #expect(throws: DomainError.denied(.unknownAccount("nobody"))) {
            try Planner.plan(.raiseIssue(Self.draft()), on: Fixtures.zone, context: context)
        }
    }

    // MARK: Visit

    @Test(
        "a visit is recorded for today or an earlier day, with the actor as visitor by default",
        arguments: ["2026-11-27", "2026-11-20"])
    func visit(date: String) throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(.logVisit(VisitDraft(project: "P-001", date: d(date), note: "施工进度正常")), as: "M-011")
        let visit = try #require(journal.board.visits[id: "V-9001"])
        #expect(visit.date == d(date) && visit.mode == .onSite && visit.visitors == ["M-011"])
        #expect(visit.note == "施工进度正常")
    }

    @Test("a visit dated after today is refused (field date)")
    func futureVisit() {
        let error = #expect(throws: DomainError.self) {
            try Fixtures.plan(.logVisit(VisitDraft(project: "P-001", date: d("2026-11-28"), note: "走访")), on: Fixtures.zone)
        }
        #expect(invalidField(error) == "date")
    }

    @Test("a visit needs a note and a known project")
    func visitChecks() {
        let noNote = #expect(throws: DomainError.self) {
            try Fixtures.plan(.logVisit(VisitDraft(project: "P-001", date: Fixtures.today, note: " ")), on: Fixtures.zone)
        }
        #expect(invalidField(noNote) == "note")
        #expect(throws: DomainError.notFound(.project, "P-404")) {
            try Fixtures.plan(.logVisit(VisitDraft(project: "P-404", date: Fixtures.today, note: "走访")), on: Fixtures.zone)
        }
    }

    @Test("issues found on a visit are raised with source 走访发现 and listed on the visit")
    func visitRaises() throws {
        var draft = VisitDraft(project: "P-001", date: Fixtures.today, note: "企业反映用电问题")
        draft.raise = [IssueDraft(project: nil, title: "施工用电未接入", unit: "U-01", due: d("2026-12-10"))]
        var journal = Journal(Fixtures.zone)
        try journal.run(.logVisit(draft), as: "M-011")
        #expect(journal.board.visits[id: "V-9001"]?.issues == ["I-9001"])
        let issue = try #require(journal.board.issues[id: "I-9001"])
        #expect(issue.source == .visit && issue.project == "P-001")
        #expect(issue.log.first?.note == "走访 V-9001 发现")
    }

    // MARK: Progress

    @Test("progress: the first post creates the period's report, the second updates the same one")
    func progress() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.project("P-001") { $0.ytd = Money("100")! }))
        var first = ProgressDraft(project: "P-001", note: "主体施工")
        first.ytd = Money("150")
        let firstPlan = try journal.plan(.postProgress(first), as: "M-011")
        #expect(firstPlan.summary == "P-001 进展填报 2026-11-2")
        #expect(firstPlan.changes.map { "\($0.kind) \($0.id) \($0.op)" } == ["project P-001 update", "progress R-9001 create"])
        try journal.run(.postProgress(first), as: "M-011")
        let created = try #require(journal.board.progress[id: "R-9001"])
        #expect(created.period == Period(containing: Fixtures.today))
        #expect(created.period.text == "2026-11-2")
        #expect(created.periodDone == Money("50")!)
        #expect(created.ytd == Money("150")!)
        #expect(created.reportedOn == Fixtures.today && created.reportedBy == "M-011")

        var second = ProgressDraft(project: "P-001", note: "主体封顶")
        second.ytd = Money("180.50")
        let secondPlan = try journal.plan(.postProgress(second), as: "M-012")
        #expect(secondPlan.changes.map { "\($0.kind) \($0.id) \($0.op)" } == ["project P-001 update", "progress R-9001 update"])
        try journal.run(.postProgress(second), as: "M-012")
        #expect(journal.board.progress.count == 1)
        let updated = try #require(journal.board.progress[id: "R-9001"])
        #expect(updated.periodDone == Money("80.50")!)
        #expect(updated.ytd == Money("180.50")!)
        #expect(updated.text == "主体封顶" && updated.reportedBy == "M-012")
        #expect(journal.board.projects[id: "P-001"]?.ytd == Money("180.50")!)
    }

    @Test("progress in the next half month makes a new report")
    func progressNextPeriod() throws {
        var old = ProgressReport(id: "R-0001")
        old.project = "P-001"
        old.period = Period(year: 2026, month: 11, half: 1)
        let board = Fixtures.zone.with(old)
        let plan = try Fixtures.plan(.postProgress(ProgressDraft(project: "P-001", note: "进展")), on: board)
        #expect(plan.changes.map(\.op) == [.create])
        #expect(plan.changes.first?.fields.contains(FieldChange("period", old: .null, new: .string("2026-11-2"))) == true)
    }

    @Test("progress filed late describes its own period: the report for it is made or replaced, dated today")
    func progressFiledLate() throws {
        var current = ProgressReport(id: "R-0001")
        current.project = "P-001"
        current.period = Period(containing: Fixtures.today)
        var journal = Journal(Fixtures.zone.with(Fixtures.project("P-001") { $0.ytd = Money("100")! }).with(current))
        var late = ProgressDraft(project: "P-001", note: "上半月进展")
        late.period = Period(year: 2026, month: 11, half: 1)
        late.ytd = Money("140")
        let plan = try journal.plan(.postProgress(late), as: "M-011")
        #expect(plan.summary == "P-001 进展填报 2026-11-1")
        #expect(plan.changes.map { "\($0.kind) \($0.id) \($0.op)" } == ["project P-001 update", "progress R-9001 create"])
        try journal.run(.postProgress(late), as: "M-011")
        let report = try #require(journal.board.progress[id: "R-9001"])
        #expect(report.period.text == "2026-11-1" && report.reportedOn == Fixtures.today)
        #expect(report.periodDone == Money("40")!)
        #expect(journal.board.projects[id: "P-001"]?.ytd == Money("140")!)
        // A second late report for that period replaces it; today's period keeps its own.
        late.note = "上半月进展（更正）"
        try journal.run(.postProgress(late), as: "M-011")
        #expect(journal.board.progress.map(\.id) == ["R-0001", "R-9001"])
        #expect(journal.board.progress[id: "R-9001"]?.text == "上半月进展（更正）")
    }

    @Test("progress for a half-month that has not begun is refused")
    func progressForTheFuture() {
        var draft = ProgressDraft(project: "P-001", note: "下月进展")
        draft.period = Period(year: 2026, month: 12, half: 1)
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.postProgress(draft), on: Fixtures.zone) }
        #expect(
            isInvalid(
                error, field: "period", zh: "2026年12月上半月尚未开始，不能填报",
                en: "1st half of 2026-12 has not begun: it cannot be reported yet"))
    }

    @Test(
        "progress: reaching 开工 sets the actual start to today, once",
        arguments: [
            (nil as String?, "2026-11-27"), ("2026-10-08", "2026-10-08"),
        ])
    func actualStart(existing: String?, expected: String) throws {
        let project = Fixtures.project("P-001") {
            $0.stage = .signed; $0.actualStart = existing.map(d)
        }
        var journal = Journal(Fixtures.zone.with(project))
        var draft = ProgressDraft(project: "P-001", note: "正式开工")
        draft.stage = .started
        try journal.run(.postProgress(draft), as: "M-011")
        let after = try #require(journal.board.projects[id: "P-001"])
        #expect(after.stage == .started)
        #expect(after.actualStart == d(expected))
        #expect(journal.board.progress[id: "R-9001"]?.stage == .started)
    }

    @Test(
        "progress refuses a percentage outside 0…100 and a negative year-to-date",
        arguments: [
            (101 as Int?, nil as String?, "pct"), (-1, nil, "pct"), (nil, "-0.01", "ytd"),
        ])
    func progressRejects(pct: Int?, ytd: String?, field: String) {
        var draft = ProgressDraft(project: "P-001", note: "进展")
        draft.pct = pct
        draft.ytd = ytd.flatMap { Money($0) }
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.postProgress(draft), on: Fixtures.zone) }
        #expect(invalidField(error) == field)
    }

    // MARK: Absence

    @Test("an absence may be one day long", arguments: [("2026-11-30", "2026-11-30"), ("2026-11-30", "2026-12-04")])
    func absence(from: String, to: String) throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(.recordAbsence(AbsenceDraft(person: "M-011", from: d(from), to: d(to), reason: .study)), as: "M-011")
        let absence = try #require(journal.board.absences[id: "L-9001"])
        #expect(absence.person == "M-011" && absence.from == d(from) && absence.to == d(to) && absence.reason == .study)
    }

    @Test("an absence ending before it starts is refused (field to)")
    func absenceBackwards() {
        let draft = AbsenceDraft(person: "M-011", from: d("2026-11-30"), to: d("2026-11-29"), reason: .leave)
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.recordAbsence(draft), on: Fixtures.zone) }
        #expect(invalidField(error) == "to")
    }

    @Test("an absence of an unknown person is not found")
    func absenceUnknownPerson() {
        let draft = AbsenceDraft(person: "M-404", from: d("2026-11-30"), to: d("2026-11-30"), reason: .leave)
        #expect(throws: DomainError.notFound(.person, "M-404")) {
            try Fixtures.plan(.recordAbsence(draft), on: Fixtures.zone)
        }
    }

    // MARK: Ids

    @Test(
        "sequential ids: one more than the highest number with the kind's prefix, zero-padded",
        arguments: [
            (RecordKind.issue, ["I-0120", "I-0009", "X-0500", "I-abc"], "I-0121"),
            (.issue, [], "I-0001"),
            (.project, ["P-017"], "P-018"),
            (.visit, ["V-9999"], "V-10000"),
        ])
    func sequentialIds(kind: RecordKind, existing: [String], expected: String) {
        var board = Board()
        for id in existing { board.issues.upsert(FrontlineCore.Issue(id: id)) }
        for id in existing { board.projects.upsert(Project(id: id)) }
        for id in existing { board.visits.upsert(Visit(id: id)) }
        #expect(IdSource.sequential.next(kind, board) == expected)
    }
}

/// Issue 11 item 4: one rule for a light set by hand, whichever way the project is changed.
struct LightOverrideRuleTests {
    @Test("a light set by hand needs a reason that is not blank: edit, create and progress alike", arguments: [nil, "", "   "] as [String?])
    func refusedWithoutAReason(_ reason: String?) {
        var fields = [FieldChange("lightOverride", old: .null, new: .string("红"))]
        if let reason { fields.append(FieldChange("lightOverrideReason", old: .null, new: .string(reason))) }
        let edit = Intent.edit(RecordEdit(kind: .project, id: "P-001", base: 0, fields: fields))
        #expect(invalidField(Self.error(edit, Fixtures.zone)) == "lightOverrideReason")
        var created: [String: JSONValue] = [
            "name": .string("新项目"), "leader": .string("M-002"), "unit": .string("U-01"), "lightOverride": .string("黄"),
        ]
        if let reason { created["lightOverrideReason"] = .string(reason) }
        #expect(invalidField(Self.error(.create(.project, id: nil, fields: created), Fixtures.zone)) == "lightOverrideReason")
    }

    @Test("with a reason it is saved; other edits of a project never trip over the rule")
    func savedWithAReason() throws {
        let edit = Intent.edit(
            RecordEdit(
                kind: .project, id: "P-001", base: 0,
                fields: [
                    FieldChange("lightOverride", old: .null, new: .string("红")),
                    FieldChange("lightOverrideReason", old: .null, new: .string("企业拟撤资")),
                ]))
        #expect(try Fixtures.plan(edit, on: Fixtures.zone).changes.count == 1)
        let rename = Intent.edit(
            RecordEdit(kind: .project, id: "P-001", base: 0, fields: [FieldChange("remark", old: .string(""), new: .string("备注"))]))
        #expect(throws: Never.self) { try Fixtures.plan(rename, on: Fixtures.zone) }
    }

    static func error(_ intent: Intent, _ board: Board) -> DomainError? {
        do throws(DomainError) {
            _ = try Fixtures.plan(intent, on: board)
            return nil
        } catch {
            return error
        }
    }
}
