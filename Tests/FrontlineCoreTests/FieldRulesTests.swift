import Testing

@testable import FrontlineCore

/// Who may set which field (issue 9 item 14: a unit set a project's leader and an issue's responsible
/// leader to anyone, itself included). P-001 is led by 李强 M-002 with unit U-01; M-011 陈静 is of U-01.
struct FieldRulesTests {
    static func edit(_ kind: RecordKind, _ id: String, _ field: String, to value: JSONValue, on board: Board = Fixtures.zone) -> Intent {
        let record = board.snapshot(of: kind, id: id)!
        return .edit(
            RecordEdit(
                kind: kind, id: id, base: record.meta.rev,
                fields: [FieldChange(field, old: record.fields[field] ?? .null, new: value)]))
    }

    static let board = Fixtures.zone.with(
        Fixtures.issue {
            $0.project = "P-001"; $0.unit = "U-01"
        })

    struct Case: Sendable, CustomTestStringConvertible {
        let who: String
        let kind: RecordKind
        let id: String
        let field: String
        let value: JSONValue
        let allowed: Bool
        var testDescription: String { "\(who) sets \(id).\(field) = \(value) → \(allowed ? "allowed" : "denied")" }
    }

    static let cases: [Case] = [
        Case(who: "M-011", kind: .project, id: "P-001", field: "leader", value: .string("M-011"), allowed: false),
        Case(who: "M-011", kind: .project, id: "P-001", field: "plan", value: .string("1.00"), allowed: false),
        Case(who: "M-011", kind: .project, id: "P-001", field: "lightOverride", value: .string("绿"), allowed: false),
        Case(who: "M-011", kind: .project, id: "P-001", field: "progressPct", value: .int(55), allowed: true),
        Case(who: "M-002", kind: .project, id: "P-001", field: "leader", value: .string("M-003"), allowed: false),
        Case(who: "M-002", kind: .project, id: "P-001", field: "taskForce", value: .array([.string("M-011")]), allowed: true),
        Case(who: "M-011", kind: .project, id: "P-001", field: "taskForce", value: .array([.string("M-011")]), allowed: false),
        Case(who: "M-002", kind: .project, id: "P-001", field: "cadres", value: .array([.string("M-011")]), allowed: true),
        Case(who: "M-011", kind: .project, id: "P-001", field: "cadres", value: .array([.string("M-011")]), allowed: false),
        Case(who: "M-001", kind: .project, id: "P-001", field: "leader", value: .string("M-003"), allowed: true),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "responsibleLeader", value: .string("M-011"), allowed: false),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "responsibleLeader", value: .string("M-002"), allowed: false),
        Case(who: "M-002", kind: .issue, id: "I-0001", field: "responsibleLeader", value: .string("M-002"), allowed: true),
        Case(who: "M-002", kind: .issue, id: "I-0001", field: "responsibleLeader", value: .string("M-003"), allowed: false),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "unit", value: .string("U-02"), allowed: false),
        Case(who: "M-002", kind: .issue, id: "I-0001", field: "unit", value: .string("U-02"), allowed: true),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "person", value: .string("M-012"), allowed: true),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "person", value: .string("M-021"), allowed: false),
        Case(who: "M-001", kind: .issue, id: "I-0001", field: "person", value: .string("M-021"), allowed: true),
        Case(who: "M-011", kind: .issue, id: "I-0001", field: "title", value: .string("新标题"), allowed: true),
        Case(who: "M-011", kind: .duty, id: "D-02", field: "b", value: .string("M-010"), allowed: true),
        Case(who: "M-011", kind: .duty, id: "D-02", field: "b", value: .string("M-021"), allowed: false),
    ]

    @Test(arguments: cases)
    func edits(_ c: Case) {
        let intent = Self.edit(c.kind, c.id, c.field, to: c.value, on: Self.board)
        do {
            _ = try Fixtures.plan(intent, on: Self.board, as: c.who)
            #expect(c.allowed)
        } catch {
            #expect(!c.allowed, "\(error.message(.en))")
            if case .denied(let denial) = error, case .field(_, _, _, let field, _) = denial {
                #expect(field == c.field)
            } else {
                #expect(Bool(false), "a field denial, not \(error)")
            }
        }
    }

    @Test func aUnitRaisingAnIssueCannotNameAResponsibleLeaderButALeaderCanNameHimself() throws {
        var draft = IssueDraft(project: "P-001", title: "围挡占道", unit: "U-01", due: Fixtures.today.adding(days: 7))
        draft.responsibleLeader = "M-002"
        #expect(throws: DomainError.self) { try Fixtures.plan(.raiseIssue(draft), on: Fixtures.zone, as: "M-011") }
        _ = try Fixtures.plan(.raiseIssue(draft), on: Fixtures.zone, as: "M-002")
        draft.responsibleLeader = nil
        draft.person = "M-021"
        #expect(throws: DomainError.self) { try Fixtures.plan(.raiseIssue(draft), on: Fixtures.zone, as: "M-011") }
    }

    @Test func theDenialNamesTheFieldAndWhoMaySetIt() {
        do {
            _ = try Fixtures.plan(Self.edit(.project, "P-001", "leader", to: .string("M-011")), on: Self.board, as: "M-011")
            Issue.record("allowed")
        } catch {
            #expect(error.message(.en) == "陈静 (unit) may not set the project's 'leader': leader: only an administrator may set it")
            #expect(error.message(.zh) == "陈静（单位）不能设定项目的“leader”——帮包领导：只有管理员可以设定")
        }
    }

    @Test func theBoardOffersOnlyWhatTheRoleMaySet() {
        let project = Self.board.projects[id: "P-001"]!, issue = Self.board.issues[id: "I-0001"]!
        let unit = Fixtures.actor("M-011"), leader = Fixtures.actor("M-002")
        #expect(!FieldRules.mayEdit("leader", of: project, by: unit, on: Self.board))
        #expect(FieldRules.mayEdit("progressPct", of: project, by: unit, on: Self.board))
        #expect(FieldRules.mayEdit("taskForce", of: project, by: leader, on: Self.board))
        #expect(!FieldRules.mayEdit("responsibleLeader", of: issue, by: unit, on: Self.board))
        #expect(FieldRules.mayEdit("responsibleLeader", of: issue, by: leader, on: Self.board))
        #expect(FieldRules.mayEdit("person", of: issue, by: unit, on: Self.board))
    }
}
