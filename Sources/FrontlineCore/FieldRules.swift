/// Who may set which field (docs/domain.md, Access): the part of the access rules below the record.
///
/// `Access` decides whether a person may touch a record at all; these rules decide which of its fields
/// they may give a new value. They apply to every way a value is set — an edit, a new record, a raised
/// issue — on the command line, on the board and in an import, because all of them ask `Access`.
///
/// | record | field | who may set it |
/// |---|---|---|
/// | project | 帮包领导 leader, 帮包单位 unit, 所属园区 area, 协办单位 coUnits, 级别 level, 年度类型 annualType, 总投资 total, 年度计划 plan, 计划产值 outputPlan, 计划税收 taxPlan, 计划就业 jobsPlan, 计划开工 planStart, 计划竣工 planFinish, 人工灯色 lightOverride and its reason | 管理员 only: who answers for a project and what it must achieve are the performance office's decision |
/// | project | 专班 taskForce, 帮包干部 cadres | 管理员, or the project's 领导 |
/// | issue | 责任领导 responsibleLeader | 管理员 to anyone; a 领导 only to themselves or to nobody; a 单位 never |
/// | issue | 所属项目 project, 责任单位 unit (of an existing issue) | 管理员 or a 领导 who leads it; a 单位 hands an issue back with 拒签 instead |
/// | issue | 责任人 person | anyone who may change the issue, but only to a person of the issue's unit (管理员: anyone) |
/// | roster | A角 a, B角 b | anyone who may change the roster line, but only to people of its unit (管理员: anyone) |
///
/// Every other field may be set by whoever may change the record.
public enum FieldRules {
    /// One restricted field.
    struct Rule: Sendable {
        let kind: RecordKind
        let field: String
        /// The field's name in the rule's message (`帮包领导`).
        let name: TextKey
        /// Who may, for the message: `只有管理员可以设定` / `only an administrator may set it`.
        let who: TextKey
        /// Whether `person` may give the field the value it has in `after` (`before` nil: a new record).
        let allows: @Sendable (_ person: Person, _ before: (any Record)?, _ after: any Record, _ board: Board) -> Bool
        /// Whether some value of the field may be theirs to set (the board offers the field when so); nil:
        /// as `allows` with the record as it is.
        var offered: (@Sendable (_ person: Person) -> Bool)? = nil
    }

    static let adminOnly: @Sendable (Person, (any Record)?, any Record, Board) -> Bool = { person, _, _, _ in person.role == .admin }

    static func projectAssignment(_ field: String, _ name: TextKey) -> Rule {
        Rule(kind: .project, field: field, name: name, who: .fieldRuleWhoAdmin, allows: adminOnly)
    }

    static let rules: [Rule] = [
        projectAssignment("leader", .fieldRuleProjectLeader),
        projectAssignment("unit", .fieldRuleProjectUnit),
        projectAssignment("area", .fieldRuleProjectArea),
        projectAssignment("coUnits", .fieldRuleProjectCoUnits),
        projectAssignment("level", .fieldRuleProjectLevel),
        projectAssignment("annualType", .fieldRuleProjectAnnualType),
        projectAssignment("total", .fieldRuleProjectTotal),
        projectAssignment("plan", .fieldRuleProjectPlan),
        projectAssignment("outputPlan", .fieldRuleProjectOutputPlan),
        projectAssignment("taxPlan", .fieldRuleProjectTaxPlan),
        projectAssignment("jobsPlan", .fieldRuleProjectJobsPlan),
        projectAssignment("planStart", .fieldRuleProjectPlanStart),
        projectAssignment("planFinish", .fieldRuleProjectPlanFinish),
        projectAssignment("lightOverride", .fieldRuleProjectLightOverride),
        projectAssignment("lightOverrideReason", .fieldRuleProjectLightOverrideReason),
        Rule(
            kind: .project, field: "taskForce", name: .fieldRuleProjectTaskForce,
            who: .fieldRuleWhoAdminOrProjectLeader,
            allows: { person, _, after, _ in person.role == .admin || (after as? Project)?.leader == person.id }),
        Rule(
            kind: .project, field: "cadres", name: .fieldRuleProjectCadres,
            who: .fieldRuleWhoAdminOrProjectLeader,
            allows: { person, _, after, _ in person.role == .admin || (after as? Project)?.leader == person.id }),
        Rule(
            kind: .issue, field: "responsibleLeader", name: .fieldRuleIssueResponsibleLeader,
            who: .fieldRuleWhoResponsibleLeader,
            allows: { person, _, after, _ in
                let value = (after as? Issue)?.responsibleLeader
                switch person.role {
                case .admin: return true
                case .leader: return value == nil || value == person.id
                case .unit, .readOnly: return false
                }
            }, offered: { $0.role == .admin || $0.role == .leader }),
        Rule(
            kind: .issue, field: "project", name: .fieldRuleIssueProject,
            who: .fieldRuleWhoAdminOrLeaderChange,
            allows: { person, before, _, _ in before == nil || person.role == .admin || person.role == .leader }),
        Rule(
            kind: .issue, field: "unit", name: .fieldRuleIssueUnit,
            who: .fieldRuleWhoAdminOrLeaderReassign,
            allows: { person, before, _, _ in before == nil || person.role == .admin || person.role == .leader }),
        Rule(
            kind: .issue, field: "person", name: .fieldRuleIssuePerson,
            who: .fieldRuleWhoIssueUnitPerson,
            allows: { person, _, after, board in
                guard person.role != .admin, let issue = after as? Issue, let named = issue.person else { return true }
                return board.people[id: named]?.unit == issue.unit
            }, offered: { _ in true }),
        Rule(
            kind: .duty, field: "a", name: .fieldRuleDutyA,
            who: .fieldRuleWhoRosterUnitPerson,
            allows: { person, _, after, board in
                guard person.role != .admin, let duty = after as? Duty else { return true }
                return board.people[id: duty.a]?.unit == duty.unit
            }, offered: { _ in true }),
        Rule(
            kind: .duty, field: "b", name: .fieldRuleDutyB,
            who: .fieldRuleWhoRosterUnitPerson,
            allows: { person, _, after, board in
                guard person.role != .admin, let duty = after as? Duty else { return true }
                return board.people[id: duty.b]?.unit == duty.unit
            }, offered: { _ in true }),
    ]

    static let byField: [RecordKind: [String: Rule]] = {
        var table: [RecordKind: [String: Rule]] = [:]
        for rule in rules { table[rule.kind, default: [:]][rule.field] = rule }
        return table
    }()

    /// The first field that `person` may not give its value in `after`, among those that differ from
    /// `before` (for a new record, from a blank one); nil when every change is theirs to make.
    static func refusal(_ person: Person, before: (any Record)?, after: any Record, board: Board) -> Denial? {
        let kind = type(of: after).kind
        guard byField[kind] != nil else { return nil }
        let blank = Planner.blank(kind, id: after.id)
        for rule in rules where rule.kind == kind {
            let field = rule.field
            let old = (before ?? blank).value(of: field) ?? .null
            guard old != after.value(of: field), !rule.allows(person, before, after, board) else { continue }
            return .field(person.name, person.role, kind: kind, field: field, rule: Phrase(.fieldRuleRefusal, .key(rule.name), .key(rule.who)))
        }
        return nil
    }

    /// Whether `actor` may change `field` of `record` at all: false only when their role alone rules it
    /// out (a unit and a project's leader); a rule about the value is checked when the change is saved.
    /// The board offers a field in its edit form only when this is true.
    public static func mayEdit(_ field: String, of record: any Record, by actor: Actor, on board: Board) -> Bool {
        guard let person = actor.person else { return false }
        guard let rule = byField[type(of: record).kind]?[field] else { return true }
        return rule.offered?(person) ?? rule.allows(person, record, record, board)
    }
}
