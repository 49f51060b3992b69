import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// S4: two sessions edit the same record. Different fields merge; the same field, and delete against
/// edit, are conflicts that name base, theirs, mine and who changed it.
struct TwoSessionTests {
    let dir = TempDirectory()

    /// Session A and session B open the same store, as two officials in two SSH sessions would.
    func sessions() throws -> (FileStore, FileStore) {
        let a = try TestBoard.store(in: dir)
        return (a, try FileStore(directory: a.directory))
    }

    /// An edit made from what `store` shows now (the form's base), to be saved later.
    func edit(_ store: FileStore, _ field: String, to value: String, kind: RecordKind = .issue, id: String = "I-0001") -> Intent {
        let snapshot = store.board.snapshot(of: kind, id: id)!
        return .edit(
            RecordEdit(
                kind: kind, id: id, base: snapshot.meta.rev,
                fields: [FieldChange(field, old: snapshot.fields[field]!, new: .string(value))]))
    }

    func save(_ store: FileStore, _ intent: Intent, as login: String = "admin") throws {
        try store.perform(intent, login: login, uid: 1000, today: TestBoard.today, now: TestBoard.now)
    }

    @Test func differentFieldsMerge() throws {
        let (a, b) = try sessions()
        let mine = edit(b, "description", to: "需迁移绿植约 40 株")
        try save(a, edit(a, "title", to: "渤海路出入口：路面材质与绿植迁移"))
        try save(b, mine)
        let issue = try FileStore(directory: a.directory).board.issues[id: "I-0001"]!
        #expect(issue.title == "渤海路出入口：路面材质与绿植迁移")
        #expect(issue.description == "需迁移绿植约 40 株")
    }

    @Test func sameFieldIsAConflictWithBaseTheirsMineAndWho() throws {
        let (a, b) = try sessions()
        let mine = edit(b, "title", to: "B 的标题")
        let before = Files.bytes(b.journalPath)
        try save(a, edit(a, "title", to: "A 的标题"), as: "street")
        let afterA = Files.bytes(b.journalPath)
        #expect(afterA != before)
        #expect {
            try save(b, mine)
        } throws: { error in
            guard case .conflicts(let conflicts) = error as? DomainError, let c = conflicts.first, conflicts.count == 1 else { return false }
            return c.field == "title" && c.base == .string("渤海路侧出入口沥青路面材质不一致")
                && c.theirs == .string("A 的标题") && c.mine == .string("B 的标题")
                && c.theirsBy == "M-003" && c.theirsAt == TestBoard.now
        }
        #expect(Files.bytes(b.journalPath) == afterA, "a conflict writes nothing")
        #expect(b.board.issues[id: "I-0001"]?.title == "A 的标题", "B now sees A's value")
    }

    @Test func deleteAgainstEditIsAConflictBothWays() throws {
        let (a, b) = try sessions()
        try save(a, .logVisit(VisitDraft(project: "P-001", date: TestBoard.today, note: "现场查看")))
        _ = try b.refresh()
        let visitRev = b.board.visits[id: "V-0001"]!.meta.rev

        // A edits the visit; B, who opened it before, deletes it: conflict.
        let bDeletes = Intent.delete(.visit, id: "V-0001", base: visitRev)
        try save(a, edit(a, "note", to: "现场查看，约定下周复查", kind: .visit, id: "V-0001"))
        #expect {
            try save(b, bDeletes)
        } throws: { error in
            guard case .conflicts(let c) = error as? DomainError else { return false }
            return c.first?.kind == .changedByThem
        }

        // B deletes it (now from the latest revision); A, who opened it before, edits it: conflict.
        let aEdits = edit(a, "note", to: "再改一次", kind: .visit, id: "V-0001")
        try save(b, .delete(.visit, id: "V-0001", base: b.board.visits[id: "V-0001"]!.meta.rev))
        #expect {
            try save(a, aEdits)
        } throws: { error in
            guard case .conflicts(let c) = error as? DomainError else { return false }
            return c.first?.kind == .deletedByThem && c.first?.theirsBy == "M-001"
        }
    }

    @Test func aSessionSeesWhatAnotherAppendedWithoutReloadingEverything() throws {
        let (a, b) = try sessions()
        #expect(try b.refresh() == false)
        try save(a, .moveIssue(IssueMove(issue: "I-0001", action: .resolve, note: "办结")))
        #expect(try b.refresh() == true)
        #expect(b.board.issues[id: "I-0001"]?.status == .pendingVerification)
        try a.compact(login: "admin", uid: 0, now: TestBoard.now)
        try save(a, .moveIssue(IssueMove(issue: "I-0001", action: .close)))
        #expect(try b.refresh() == true)
        #expect(b.board.issues[id: "I-0001"]?.status == .closed)
        #expect(b.board.revision == 3, "the change, the compaction's line, the change")
    }
}
