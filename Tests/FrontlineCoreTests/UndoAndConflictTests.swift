import Testing

@testable import FrontlineCore

/// Field-level conflicts between colleagues, and undo of one's own last change.
///
/// "Me" is 王敏 (M-001), "them" is 吴刚 (M-004); both are administrators so access never interferes.
/// Journal entries are written at 10:01, 10:02 … on 2026-11-27.
struct UndoAndConflictTests {
    static let me = "M-001", them = "M-004"
    static let originalName = "高端装备产业园"

    static func at(_ minute: Int) -> Timestamp { t("2026-11-27T10:0\(minute):00+08:00") }

    static func text(_ name: String, _ old: String, _ new: String) -> FieldChange {
        FieldChange(name, old: .string(old), new: .string(new))
    }

    static func edit(_ fields: FieldChange..., id: String = "P-001", base: Int = 0) -> Intent {
        .edit(RecordEdit(kind: .project, id: id, base: base, fields: fields))
    }

    // MARK: Edit

    @Test("editing a field they changed since I looked is a conflict with base, theirs and mine")
    func sameField() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "高端装备产业园一期")), as: Self.them)
        let mine = Self.edit(Self.text("name", Self.originalName, "高端装备产业园（二期）"), base: 0)
        #expect(
            throws: DomainError.conflicts([
                Conflict(
                    recordKind: .project, id: "P-001", kind: .field("name"), base: .string(Self.originalName),
                    theirs: .string("高端装备产业园一期"), mine: .string("高端装备产业园（二期）"),
                    theirsBy: Self.them, theirsAt: Self.at(1))
            ])
        ) {
            try journal.plan(mine, as: Self.me)
        }
    }

    @Test("editing a different field than they did is fine, and only my field is written")
    func differentFields() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "高端装备产业园一期")), as: Self.them)
        let mine = Self.edit(Self.text("remark", "", "列入省重点"), base: 0)
        let plan = try journal.plan(mine, as: Self.me)
        #expect(
            plan.changes == [
                RecordChange(
                    kind: .project, id: "P-001", op: .update, base: 0,
                    fields: [Self.text("remark", "", "列入省重点")])
            ])
        try journal.run(mine, as: Self.me)
        #expect(journal.board.projects[id: "P-001"]?.name == "高端装备产业园一期")
        #expect(journal.board.projects[id: "P-001"]?.remark == "列入省重点")
    }

    @Test("setting the value they already set is no conflict; with nothing else left it is 'nothing changed'")
    func sameValue() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "高端装备产业园一期")), as: Self.them)
        let sameOnly = Self.edit(Self.text("name", Self.originalName, "高端装备产业园一期"), base: 0)
        #expect(throws: DomainError.nothingChanged) { try journal.plan(sameOnly, as: Self.me) }
        let sameAndMore = Self.edit(
            Self.text("name", Self.originalName, "高端装备产业园一期"),
            Self.text("owner", "", "某装备制造有限公司"), base: 0)
        let plan = try journal.plan(sameAndMore, as: Self.me)
        #expect(plan.changes.first?.fields == [Self.text("owner", "", "某装备制造有限公司")])
    }

    @Test("an edit that changes nothing is 'nothing changed'")
    func nothingChanged() {
        #expect(throws: DomainError.nothingChanged) {
            try Fixtures.plan(Self.edit(Self.text("name", Self.originalName, Self.originalName)), on: Fixtures.zone)
        }
    }

    @Test("lifecycle fields of an issue cannot be edited directly", arguments: FrontlineCore.Issue.managedFields.sorted())
    func managedField(field: String) {
        let intent = Intent.edit(
            RecordEdit(
                kind: .issue, id: "I-0001", base: 0,
                fields: [FieldChange(field, old: .null, new: .string("x"))]))
        #expect(throws: DomainError.notEditable(.issue, field)) {
            try Fixtures.plan(intent, on: Fixtures.zone.with(Fixtures.issue()))
        }
    }

    @Test("an unknown field cannot be edited")
    func unknownField() {
        #expect(throws: DomainError.notEditable(.project, "colour")) {
            try Fixtures.plan(Self.edit(FieldChange("colour", old: .null, new: .string("红"))), on: Fixtures.zone)
        }
    }

    @Test("an ordinary issue field can be edited and the edit is logged")
    func issueEdit() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.issue()))
        let intent = Intent.edit(
            RecordEdit(
                kind: .issue, id: "I-0001", base: 0,
                fields: [Self.text("title", "施工用电未接入", "施工临时用电未接入")]))
        try journal.run(intent, as: Self.me)
        let issue = try #require(journal.board.issues[id: "I-0001"])
        #expect(issue.title == "施工临时用电未接入")
        #expect(
            issue.log.last
                == HandlingLogEntry(
                    at: Fixtures.now, by: Self.me, actingFor: nil, action: "编辑",
                    note: "title", status: .inProgress))
    }

    // MARK: Delete

    @Test("deleting a record they changed since I looked is a conflict")
    func deleteChanged() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("remark", "", "暂缓")), as: Self.them)
        #expect(
            throws: DomainError.conflicts([
                Conflict(
                    recordKind: .project, id: "P-001", kind: .changedByThem,
                    theirsBy: Self.them, theirsAt: Self.at(1))
            ])
        ) {
            try journal.plan(.delete(.project, id: "P-001", base: 0), as: Self.me)
        }
        let plan = try journal.plan(.delete(.project, id: "P-001", base: 1), as: Self.me)
        #expect(plan.changes.map(\.op) == [.delete])
        #expect(plan.changes.first?.fields.contains(Self.text("remark", "暂缓", "").with(new: .null)) == true)
    }

    @Test("editing a record they deleted since I looked is a conflict; a record that never was is not found")
    func editDeleted() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(.delete(.project, id: "P-002", base: 0), as: Self.them)
        #expect(
            throws: DomainError.conflicts([
                Conflict(
                    recordKind: .project, id: "P-002", kind: .deletedByThem,
                    theirsBy: Self.them, theirsAt: Self.at(1))
            ])
        ) {
            try journal.plan(Self.edit(Self.text("remark", "", "恢复"), id: "P-002", base: 0), as: Self.me)
        }
        #expect(throws: DomainError.notFound(.project, "P-404")) {
            try journal.plan(Self.edit(Self.text("remark", "", "恢复"), id: "P-404", base: 0), as: Self.me)
        }
    }

    // MARK: Undo

    @Test("nothing to undo when I have no entries", arguments: [false, true])
    func nothingToUndo(othersHaveEntries: Bool) throws {
        var journal = Journal(Fixtures.zone)
        if othersHaveEntries { try journal.run(Self.edit(Self.text("remark", "", "暂缓")), as: Self.them) }
        #expect(throws: DomainError.nothingToUndo) { try journal.plan(.undo, as: Self.me) }
    }

    @Test("undo reverts my last entry, leaving their later changes to other fields")
    func undoMine() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "高端装备产业园一期")), as: Self.me)
        try journal.run(Self.edit(Self.text("remark", "", "暂缓"), base: 1), as: Self.them)
        let plan = try journal.plan(.undo, as: Self.me)
        #expect(plan.action == "undo")
        #expect(plan.undoes == 1)
        #expect(plan.summary == "撤回 #1：P-001 修改：name")
        #expect(
            plan.changes == [
                RecordChange(
                    kind: .project, id: "P-001", op: .update, base: 2,
                    fields: [Self.text("name", "高端装备产业园一期", Self.originalName)])
            ])
        try journal.run(.undo, as: Self.me)
        #expect(journal.board.projects[id: "P-001"]?.name == Self.originalName)
        #expect(journal.board.projects[id: "P-001"]?.remark == "暂缓")
        #expect(throws: DomainError.nothingToUndo) { try journal.plan(.undo, as: Self.me) }
    }

    @Test("undo takes only my latest entry")
    func undoLatestOnly() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "一期")), as: Self.me)
        try journal.run(Self.edit(Self.text("owner", "", "某公司"), base: 1), as: Self.me)
        try journal.run(.undo, as: Self.me)
        #expect(journal.board.projects[id: "P-001"]?.owner == "")
        #expect(journal.board.projects[id: "P-001"]?.name == "一期")
        try journal.run(.undo, as: Self.me) // then the one before
        #expect(journal.board.projects[id: "P-001"]?.name == Self.originalName)
    }

    @Test("undo refuses when they changed the same field since")
    func undoConflict() throws {
        var journal = Journal(Fixtures.zone)
        try journal.run(Self.edit(Self.text("name", Self.originalName, "一期")), as: Self.me)
        try journal.run(Self.edit(Self.text("name", "一期", "二期"), base: 1), as: Self.them)
        #expect(
            throws: DomainError.conflicts([
                Conflict(
                    recordKind: .project, id: "P-001", kind: .field("name"), base: .string("一期"), theirs: .string("二期"),
                    mine: .string(Self.originalName), theirsBy: Self.them, theirsAt: Self.at(2))
            ])
        ) {
            try journal.plan(.undo, as: Self.me)
        }
    }

    @Test("undo of a raised issue deletes it")
    func undoRaise() throws {
        var journal = Journal(Fixtures.zone)
        let draft = IssueDraft(project: "P-001", title: "施工用电未接入", unit: "U-01", due: d("2026-12-10"))
        try journal.run(.raiseIssue(draft), as: Self.me)
        let plan = try journal.plan(.undo, as: Self.me)
        #expect(plan.changes.map { "\($0.kind) \($0.id) \($0.op)" } == ["issue I-9001 delete"])
        try journal.run(.undo, as: Self.me)
        #expect(journal.board.issues[id: "I-9001"] == nil)
    }

    @Test("undo of a lifecycle move restores the state and logs 撤回")
    func undoMove() throws {
        let issue = Fixtures.issue(status: .pendingVerification) { $0.resolvedOn = d("2026-11-20") }
        var journal = Journal(Fixtures.zone.with(issue))
        try journal.run(.moveIssue(IssueMove(issue: "I-0001", action: .close)), as: "M-002")
        #expect(journal.board.issues[id: "I-0001"]?.status == .closed)
        try journal.run(.undo, as: "M-002")
        let after = try #require(journal.board.issues[id: "I-0001"])
        #expect(after.status == .pendingVerification)
        #expect(after.closedOn == nil && after.closedBy == nil)
        #expect(after.log.map(\.action) == ["新建", "核验通过", "撤回"])
        #expect(after.log.last?.status == .pendingVerification)
    }
}

extension FieldChange {
    fileprivate func with(new value: JSONValue) -> FieldChange { FieldChange(name, old: old, new: value) }
}
