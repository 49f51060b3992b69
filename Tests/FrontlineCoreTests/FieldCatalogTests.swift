import Testing

@testable import FrontlineCore

/// The field catalog (docs/architecture.md, "Adding a field"): what a plain edit accepts, the ledgers' columns and the
/// detail's facts all come from the fields declared in a record's schema.
struct FieldCatalogTests {
    static let records: [(RecordKind, String)] = [(.unit, "U-01"), (.person, "M-011"), (.duty, "D-01"), (.project, "P-001"), (.issue, "I-0001")]
    static let board = Fixtures.zone.with(Fixtures.issue())

    @Test("a plain edit refuses exactly the fields the catalog marks managed", arguments: records.map(\.0))
    func editAcceptsTheCatalogsEditableFields(kind: RecordKind) throws {
        let id = try #require(Self.records.first { $0.0 == kind }?.1)
        let record = try #require(Self.board.snapshot(of: kind, id: id))
        #expect(Set(record.fields.keys) == Set(kind.fields.map(\.name)), "every stored field has a descriptor, and every descriptor a stored field")
        for field in kind.fields {
            let old = record.fields[field.name] ?? .null
            let edit = Intent.edit(RecordEdit(kind: kind, id: id, base: 0, fields: [FieldChange(field.name, old: old, new: .string("改"))]))
            var refusal: DomainError?
            do { _ = try Fixtures.plan(edit, on: Self.board) } catch { refusal = error }
            #expect((refusal == .notEditable(kind, field.name)) == field.isManaged, "\(kind).\(field.name)")
        }
        #expect(kind.editableFields.allSatisfy { !$0.isManaged })
    }

    @Test("the managed fields of an issue are the lifecycle's, its attachments and the meeting decision it came from")
    func managedFields() {
        #expect(
            Issue.managedFields == [
                "status", "due", "originalDue", "raisedOn", "raisedBy", "resolvedOn", "closedOn", "closedBy",
                "extensions", "returns", "reopens", "log", "attachments", "meeting", "decision",
            ])
        #expect(Project.managedFields == ["procedures"], "手续 change only through procedure set|done|raise")
    }

    @Test("a ledger's columns are its id and the fields declared inLedger, in stored order, typed as the field", arguments: LedgerKind.allCases)
    func ledgerColumnsComeFromTheCatalog(kind: LedgerKind) {
        let fields = kind.recordKind.fields.filter { $0.ledger != nil }
        #expect(kind.columns.dropFirst().map(\.key) == fields.map(\.name))
        #expect(kind.columns.dropFirst().map(\.input) == fields.map(\.input))
        #expect(fields.allSatisfy { $0.label != nil && $0.input != nil }, "a ledger column reads its cells by the field's kind of input")
    }

    @Test("the projects ledger keeps the headers of docs/command-line.md")
    func projectHeaders() {
        #expect(
            LedgerKind.projects.columns.map(\.zh) == [
                "项目编号", "项目名称", "建设单位", "所属园区", "阶段", "总投资", "年度计划投资", "本年累计完成",
                "计划开工", "实际开工", "计划竣工", "形象进度", "进度", "帮包领导", "帮包单位", "帮包干部", "备注",
                "计划产值", "实际产值", "计划税收", "实际税收", "计划就业", "实际就业",
            ])
        #expect(LedgerKind.issues.columns.map(\.key) == ["code", "project", "title", "category", "raisedOn", "unit", "person", "due", "status"])
    }

    @Test("the board's edit forms offer labelled, typed, editable fields")
    func editForms() {
        for kind in RecordKind.allCases {
            #expect(kind.editForm.allSatisfy { $0.label != nil && $0.input != nil && !$0.isManaged }, "\(kind)")
        }
        #expect(
            RecordKind.issue.editForm.map(\.name) == ["title", "description", "unit", "person", "responsibleLeader", "category", "source", "urgency"])
        #expect(RecordKind.issue.label(of: "status", .zh) == "状态" && RecordKind.issue.label(of: "colour", .en) == "colour")
    }

    // MARK: Adding a field

    /// A record as docs/architecture.md's worked example declares one: a stored property and its field, nothing else.
    struct Meeting: Record {
        static let kind = RecordKind.visit
        var id: String
        var meta = RecordMeta()
        var room = ""
        var budget = Money.zero
        var agenda: String?

        init(id: String) { self.id = id }

        static let schema = FieldTable<Meeting>(
            [
                Field("room", \.room, required: true).labelled("会议室", "Room", as: .text).inLedger("会议室", aliases: ["地点"]),
                Field("budget", \.budget).labelled("预算", "Budget", as: .money).inLedger("预算"),
                Field("agenda", \.agenda).labelled("议程", "Agenda", as: .text).onDetail,
            ], editForm: ["room", "agenda"])
    }

    @Test("a field declared once is stored, read back, in its ledger with its header and on the detail")
    func addingAField() throws {
        var meeting = Meeting(id: "V-0001")
        try meeting.set("budget", to: .string("12.50"))
        try meeting.set("agenda", to: .string("协调用地"))
        #expect(meeting.budget == Money("12.50") && meeting.storedFields.map(\.name) == ["room", "budget", "agenda"])
        let columns = Meeting.schema.descriptors.compactMap(\.ledger)
        #expect(columns.map(\.zh) == ["会议室", "预算"] && columns.map(\.input) == [.text, .money])
        #expect(columns[0].matches(header: "地点") && columns[0].matches(header: "ROOM") && columns[1].matches(header: "预算（万元）"))
        let facts = BoardIndex(Self.board).detailFacts(of: meeting, lang: .en)
        #expect(facts == [Fact("Agenda", "协调用地")])
        #expect(Meeting.managedFields.isEmpty && Meeting.schema.editForm == ["room", "agenda"])
    }
}
