import Testing

@testable import FrontlineCore

/// Attachments (issue 14, item 3): the record's list, who may attach to what, and the checks of the planner.
///
/// I-0001 is an issue of P-001 (leader 李强 M-002, unit 经发局 U-01, area 高新街道 U-02, co-unit 创新园区 U-03)
/// handled by U-01; V-0001 a visit to P-001. 赵磊 M-003 leads P-002; M-001 is an administrator; M-099 read-only.
struct AttachmentTests {
    static let digest = String(repeating: "ab", count: 32)
    static let otherDigest = String(repeating: "cd", count: 32)

    static func attach(
        _ id: String = "I-0001", kind: RecordKind = .issue, name: String = "施工许可证.pdf", size: Int = 2048,
        sha256: String = digest
    ) -> Intent {
        .attach(AttachmentDraft(kind: kind, id: id, name: name, size: size, sha256: sha256))
    }

    static var board: Board { Fixtures.zone.with(Fixtures.issue(), Fixtures.visit("V-0001", "2026-11-20")) }

    @Test("attaching appends to the record's list: name, size, SHA-256, media type, who and when; one journal change")
    func recordsTheList() throws {
        var board = Self.board
        let context = Fixtures.context("M-010")
        let (plan, _) = try Planner.plan(Self.attach(), applyingTo: &board, context: context)
        #expect(plan.action == "attachment.add")
        #expect(plan.summary.hasPrefix("I-0001 附件：施工许可证.pdf（2048 字节"))
        let attachment = Attachment(name: "施工许可证.pdf", size: 2048, sha256: Self.digest, type: "application/pdf", by: "M-010", at: Fixtures.now)
        #expect(board.issues[id: "I-0001"]?.attachments.items == [attachment])
        #expect(plan.changes.count == 1)
        let change = try #require(plan.changes.first)
        #expect(change.kind == .issue && change.op == .update && change.fields.map(\.name) == ["attachments"])
        #expect(change.fields[0].old == .null)
        #expect(change.appendLog == nil, "the handling log is the lifecycle's; the list is the record of attachments")

        let (second, _) = try Planner.plan(
            Self.attach(name: "现场照片.JPG", sha256: Self.otherDigest), applyingTo: &board, context: Fixtures.context("M-002"))
        #expect(board.issues[id: "I-0001"]?.attachments.map(\.name) == ["施工许可证.pdf", "现场照片.JPG"])
        #expect(board.issues[id: "I-0001"]?.attachments.last?.type == "image/jpeg")
        #expect(second.changes[0].fields[0].old == [attachment].json)

        _ = try Planner.plan(Self.attach("V-0001", kind: .visit, name: "基坑.png"), applyingTo: &board, context: Fixtures.context("M-020"))
        #expect(board.visits[id: "V-0001"]?.attachments.first?.by == "M-020")
        #expect(board.allAttachments.map(\.id) == ["V-0001", "I-0001", "I-0001"])
    }

    struct Row: Sendable, CustomTestStringConvertible {
        let who: String
        let kind: RecordKind
        let allowed: Bool
        let why: String
        var testDescription: String { "\(who) on a \(kind.rawValue): \(why) → \(allowed ? "may attach" : "may not")" }
    }

    /// Who may attach: whoever may change the record (docs/domain.md, "Access").
    static let matrix: [Row] = [
        Row(who: "M-001", kind: .issue, allowed: true, why: "administrator"),
        Row(who: "M-002", kind: .issue, allowed: true, why: "leader of the issue's project"),
        Row(who: "M-003", kind: .issue, allowed: false, why: "leader of another project"),
        Row(who: "M-010", kind: .issue, allowed: true, why: "official of the unit handling it"),
        Row(who: "M-020", kind: .issue, allowed: false, why: "official of the project's area, not handling the issue"),
        Row(who: "M-040", kind: .issue, allowed: false, why: "official of another unit"),
        Row(who: "M-099", kind: .issue, allowed: false, why: "read-only"),
        Row(who: "M-001", kind: .visit, allowed: true, why: "administrator"),
        Row(who: "M-002", kind: .visit, allowed: true, why: "leader of the visited project"),
        Row(who: "M-003", kind: .visit, allowed: false, why: "leader of another project"),
        Row(who: "M-010", kind: .visit, allowed: true, why: "official of the project's unit"),
        Row(who: "M-020", kind: .visit, allowed: true, why: "official of the project's area"),
        Row(who: "M-030", kind: .visit, allowed: true, why: "official of a co-unit"),
        Row(who: "M-040", kind: .visit, allowed: false, why: "official of another unit"),
        Row(who: "M-099", kind: .visit, allowed: false, why: "read-only"),
    ]

    @Test("the role matrix of attaching", arguments: matrix)
    func whoMayAttach(row: Row) throws {
        let intent = row.kind == .issue ? Self.attach() : Self.attach("V-0001", kind: .visit)
        if row.allowed {
            #expect(try Fixtures.plan(intent, on: Self.board, as: row.who).action == Attachment.journalAction)
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(intent, on: Self.board, as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
    }

    @Test(
        "refused: a name already on the record, a blank name, over the store's limit, empty, a bad digest, a record that carries none, no such record"
    )
    func refusals() throws {
        var board = Self.board
        _ = try Planner.plan(Self.attach(), applyingTo: &board, context: Fixtures.context())
        func refused(_ intent: Intent, _ field: String, on board: Board = board, sourceLocation: SourceLocation = #_sourceLocation) {
            let error = #expect(throws: DomainError.self, sourceLocation: sourceLocation) { try Fixtures.plan(intent, on: board) }
            guard case .invalid(let got, _)? = error else { Issue.record("\(String(describing: error))", sourceLocation: sourceLocation); return }
            #expect(got == field, sourceLocation: sourceLocation)
        }
        refused(Self.attach(sha256: Self.otherDigest), "name")
        refused(Self.attach(name: "  "), "name")
        refused(Self.attach(name: String(repeating: "长", count: 86)), "name")
        refused(Self.attach(name: "大文件.tif", size: 20 * 1024 * 1024 + 1), "size")
        refused(Self.attach(name: "空.txt", size: 0), "size")
        refused(Self.attach(name: "x.pdf", sha256: "ABC"), "sha256")
        refused(Self.attach("P-001", kind: .project), "attachments")
        #expect(throws: DomainError.notFound(.issue, "I-0404")) { try Fixtures.plan(Self.attach("I-0404"), on: board) }
        // Exactly at the limit is accepted; a store may set its own limit.
        #expect(throws: Never.self) { try Fixtures.plan(Self.attach(name: "刚好.tif", size: 20 * 1024 * 1024), on: board) }
        var small = board
        small.settings.attachmentLimitMB = 1
        refused(Self.attach(name: "两兆.tif", size: 2 * 1024 * 1024), "size", on: small)
        // Not in a batch, and not undone: evidence on file.
        refused(.batch([Self.attach(name: "批量.pdf")]), "batch")
    }

    @Test("an attachment is not undone")
    func notUndone() throws {
        var board = Self.board
        let (plan, _) = try Planner.plan(Self.attach(), applyingTo: &board, context: Fixtures.context("M-010"))
        let entry = plan.entry(after: 0, at: Fixtures.now, actor: Fixtures.actor("M-010"), prev: String(repeating: "0", count: 64))
        let error = #expect(throws: DomainError.self) { try Fixtures.plan(.undo, on: board, as: "M-010", history: [entry]) }
        guard case .invalid(let field, let reason)? = error else { Issue.record("\(String(describing: error))"); return }
        #expect(field == "undo" && reason.text(.en).contains("attachments are evidence on file"))
    }

    @Test("the size limit is a setting: default 20 MB, 1–1024 MB, an edit outside is refused")
    func limitSetting() throws {
        #expect(Settings().attachmentLimitBytes == 20 * 1024 * 1024)
        #expect(Settings().storedFields.contains { $0.name == "attachmentLimitMB" } == false, "left out while it is the default")
        var settings = Settings()
        try settings.set("attachmentLimitMB", to: .int(50))
        #expect(settings.attachmentLimitBytes == 50 * 1024 * 1024)
        for bad: JSONValue in [.int(0), .int(1025), .string("20")] {
            #expect(throws: RecordError.self) { try settings.set("attachmentLimitMB", to: bad) }
        }
        let edit = Intent.edit(
            RecordEdit(
                kind: .settings, id: Settings.singletonId, base: 0,
                fields: [FieldChange("attachmentLimitMB", old: .null, new: .int(0))]))
        #expect(throws: DomainError.self) { try Fixtures.plan(edit, on: Self.board) }
    }

    @Test("a record without attachments stores no attachments field, and reads back with none")
    func storedOnlyWhenThere() throws {
        let issue = Fixtures.issue()
        #expect(!issue.storedFields.contains { $0.name == "attachments" })
        #expect(!Fixtures.visit("V-0001", "2026-11-20").storedFields.contains { $0.name == "attachments" })
        var read = FrontlineCore.Issue(id: "I-0001")
        try read.set("attachments", to: .null)
        #expect(read.attachments.isEmpty)
        let one = Attachment(name: "a.pdf", size: 1, sha256: Self.digest, type: "application/pdf", by: "M-001", at: Fixtures.now)
        try read.set("attachments", to: [one].json)
        #expect(read.attachments.items == [one])
        // Two of one name, an unknown member, a bad digest: refused as the loader refuses any bad value.
        #expect(throws: RecordError.self) { try read.set("attachments", to: [one, one].json) }
        #expect(throws: RecordError.self) { try read.set("attachments", to: .array([.object([JSONMember("name", .string("a"))])])) }
        var bad = one
        bad.sha256 = "xyz"
        #expect(throws: RecordError.self) { try read.set("attachments", to: [bad].json) }
        // A plain edit cannot change the list.
        #expect(FrontlineCore.Issue.managedFields.contains("attachments"))
        #expect(Visit.managedFields.contains("attachments"))
    }

    @Test("media types from the name; sizes for people; finding by name or hash prefix")
    func details() {
        #expect(Attachment.mediaType(forName: "现场.JPEG") == "image/jpeg")
        #expect(Attachment.mediaType(forName: "批复.pdf") == "application/pdf")
        #expect(Attachment.mediaType(forName: "台账.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        #expect(Attachment.mediaType(forName: "README") == "application/octet-stream")
        #expect(Attachment.mediaType(forName: ".png") == "application/octet-stream")
        #expect(Attachment.mediaType(forName: "x.exe") == "application/octet-stream")
        func size(_ n: Int) -> String { Attachment(name: "a", size: n, sha256: Self.digest, type: "", by: "", at: Fixtures.now).sizeText }
        #expect(size(836) == "836 B" && size(1024) == "1.0 KB" && size(12_700) == "12.4 KB" && size(3_250_586) == "3.1 MB")
        let a = Attachment(name: "a.pdf", size: 1, sha256: Self.digest, type: "", by: "", at: Fixtures.now)
        let b = Attachment(name: "b.pdf", size: 1, sha256: Self.otherDigest, type: "", by: "", at: Fixtures.now)
        let list = Attachments([a, b])
        #expect(list.find("b.pdf") == b)
        #expect(list.find(String(Self.otherDigest.prefix(8))) == b)
        #expect(list.find(String(Self.otherDigest.prefix(7))) == nil, "too short a prefix")
        #expect(list.find("ABABABAB") == a, "hex in capitals")
        #expect(list.find("c.pdf") == nil)
    }
}
