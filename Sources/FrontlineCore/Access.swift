/// What a role may change (docs/domain.md, Access). The board and the command line both ask here.
///
/// | role | may change |
/// |---|---|
/// | 管理员 (the 绩考办) | everything, 催办, attachments, recording 督办 (`issue escalate`) and 调度会 included |
/// | 领导 | 调度会 and their decisions (`meeting new`, `meeting decide`, editing a meeting); projects they lead and those projects' issues (and issues naming them as responsible leader): raise, 交办, 核验, 退回, 延期, 批准延期, 不予延期, 转办, 回访, 重新打开, 撤销, 催办, edit, visits, progress |
/// | 单位 | projects their unit is responsible for, co-serves or hosts; issues their unit handles: raise, 签收, 拒签, 申请办结, 申请延期, 进展反馈, edit, visits, progress; their unit's roster and absences |
/// | 只读, unknown account | nothing |
///
/// 招商: a squad (小分队) is recorded by the 班子成员 who leads it or by an official of the unit that answers for it; a
/// lead (线索) is added, edited and moved (洽谈, 签约) by the members of its squad (the leader included) and by the
/// officials of its unit; 落地 adds a key project, so it is the administrators' (as `createProject`); publishing the
/// month's 招商引资成绩 is the administrators' (as the 半月报, `publishReport`).
///
/// 领导批示: a leader gives their own instructions (on any project or issue) and marks them 已落实; the unit named
/// responds; administrators record an instruction on a leader's behalf, and may respond or mark done for them.
///
/// 通报: praising or criticising a unit (`bulletin new`) is the administrators' (the 绩考办), as publishing is.
///
/// Anyone with a role other than 只读 may record their own absence. Attaching a file (附件) to a visit or an issue is
/// allowed to whoever may change that record.
///
/// Which fields of a record they may set, and to what, is `FieldRules` (asked through `.setFields`).
public enum Access {
    /// What the user wants to do, with the records it touches.
    public enum Request: Sendable {
        case moveIssue(Issue, IssueAction)
        /// 催办: a leader who leads the issue, or an administrator (the 绩考办).
        case urgeIssue(Issue)
        case raiseIssue(project: Project?, unit: String)
        /// Attach a file to a record that carries attachments (`Attachment.carriers`): whoever may change the
        /// record (a visit: the project's leader and units; an issue: its leaders and its unit), and administrators.
        case attach(any Record)
        /// Create, edit or delete a record (for a create, the record as it would be).
        case change(any Record)
        /// Give fields new values: `after` is the record with them, `before` as it is stored (nil for a new
        /// record). Allowed when the person may change the record both before and after, and `FieldRules`
        /// allows every field that differs.
        case setFields(before: (any Record)?, after: any Record)
        /// Adding a key project to the list is the performance office's decision.
        case createProject
        case compact
        case importLedger
        case publishReport
        /// 领导批示: a leader gives their own instruction; an administrator records one on a leader's behalf.
        case giveInstruction(leader: Person)
        /// The response (反馈): the unit that must respond, or an administrator for it.
        case respondToInstruction(Instruction)
        /// 已落实: the leader who gave the instruction, or an administrator.
        case completeInstruction(Instruction)
        /// Recording a 调度会 or one of its decisions (a decision that becomes an issue 交办 it on the meeting's
        /// authority, whoever leads its project): administrators and leaders.
        case recordMeeting
        /// 手续: recording a step's dates and 批复文号: an official of the step's responsible unit or of the project's
        /// 帮包单位, or an administrator (docs/domain-rules.md, "手续").
        case recordProcedure(Project, stepUnit: String)
        /// 手续: naming or changing a step's responsible unit: the project's 帮包单位 or an administrator.
        case assignProcedure(Project)
        /// Recording the 督办 levels the rules reached (`frontline issue escalate`): the 绩考办's act.
        case escalateIssues
        /// 通报: issuing a praise or criticism of a unit, the 绩考办's (docs/domain-rules.md, "通报").
        case issueBulletin
    }

    /// Why the request is refused, or nil when it is allowed.
    public static func denial(_ request: Request, by actor: Actor, on board: Board) -> Denial? {
        guard let person = actor.person else { return .unknownAccount(actor.login) }
        let role = person.role
        if role == .admin {
            // Administrators may change everything, but values still follow the rules that bind everyone.
            if case .setFields(let before, let after) = request { return FieldRules.refusal(person, before: before, after: after, board: board) }
            return nil
        }
        if role == .readOnly { return .readOnly(person.name) }
        let allowed: Bool
        switch request {
        case .moveIssue(let issue, let action):
            switch action {
            case .accept, .decline, .resolve, .requestExtension, .feedback: allowed = role == .unit && issue.unit == person.unit
            case .assign, .close, .return, .extend, .reopen, .cancel, .approveExtension, .refuseExtension, .transfer, .followUp:
                allowed = role == .leader && leads(issue, person, board)
            }
        case .urgeIssue(let issue):
            allowed = role == .leader && leads(issue, person, board)
        case .raiseIssue(let project, let unit):
            if let project {
                allowed = inScope(project, person)
            } else {
                allowed = role == .leader || unit == person.unit
            }
        case .change(let record), .attach(let record):
            allowed = mayChange(record, person, board)
        case .setFields(let before, let after):
            // The field's own rule first: it says more than "outside their role" when a change would take
            // the record out of their hands (a leader handing his project to another leader).
            guard before.map({ mayChange($0, person, board) }) ?? true else { return .role(person.name, role) }
            if let refusal = FieldRules.refusal(person, before: before, after: after, board: board) { return refusal }
            allowed = mayChange(after, person, board)
        case .giveInstruction(let leader):
            allowed = role == .leader && leader.id == person.id
        case .respondToInstruction(let instruction):
            allowed = role == .unit && instruction.unit == person.unit
        case .completeInstruction(let instruction):
            allowed = role == .leader && instruction.leader == person.id
        case .recordMeeting:
            allowed = role == .leader
        case .recordProcedure(let project, let stepUnit):
            allowed = role == .unit && (person.unit == stepUnit || person.unit == project.unit)
        case .assignProcedure(let project):
            allowed = role == .unit && person.unit == project.unit
        case .createProject, .compact, .importLedger, .publishReport, .escalateIssues, .issueBulletin:
            allowed = false
        }
        return allowed ? nil : .role(person.name, role)
    }

    private static func mayChange(_ record: any Record, _ person: Person, _ board: Board) -> Bool {
        switch record {
        case let duty as Duty:
            return person.role == .unit && duty.unit == person.unit
        case let absence as Absence:
            return absence.person == person.id || (person.role == .unit && board.people[id: absence.person]?.unit == person.unit)
        case let project as Project:
            return inScope(project, person)
        case let issue as Issue:
            return person.role == .leader ? leads(issue, person, board) : issue.unit == person.unit
        case let visit as Visit:
            return board.projects[id: visit.project].map { inScope($0, person) } ?? false
        case let instruction as Instruction:
            // The leader who gave it and the unit that must respond: evidence attached with the response, and `undo` of
            // one's own step. Its fields are all managed, so no plain edit changes it.
            return (person.role == .leader && instruction.leader == person.id) || (person.role == .unit && instruction.unit == person.unit)
        case is Meeting:
            return person.role == .leader
        case let squad as Squad:
            return (person.role == .leader && squad.leader == person.id) || (person.role == .unit && squad.unit == person.unit)
        case let lead as Lead:
            if person.role == .unit && lead.unit == person.unit { return true }
            return lead.squad.flatMap { board.squads[id: $0] }?.everyone.contains(person.id) ?? false
        case let report as ProgressReport:
            return board.projects[id: report.project].map { inScope($0, person) } ?? false
        default:
            return false
        }
    }

    /// A leader leads the project; a unit is responsible for it, co-serves it or hosts it.
    static func inScope(_ project: Project, _ person: Person) -> Bool {
        switch person.role {
        case .admin: true
        case .leader: project.leader == person.id
        case .unit: project.unit == person.unit || project.area == person.unit || project.coUnits.contains(person.unit)
        case .readOnly: false
        }
    }

    static func leads(_ issue: Issue, _ person: Person, _ board: Board) -> Bool {
        issue.responsibleLeader == person.id || issue.project.flatMap { board.projects[id: $0] }?.leader == person.id
    }
}

/// Why a change is refused.
public enum Denial: Hashable, Sendable {
    case unknownAccount(String)
    case readOnly(String)
    case role(String, Role)
    /// A field the person may not set (to this value): their name and role, the record kind, the field,
    /// and the rule (`责任领导：单位不能设定`).
    case field(String, Role, kind: RecordKind, field: String, rule: Phrase)

    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// The message before it is written in a language.
    public var phrase: Phrase {
        switch self {
        case .unknownAccount(let login):
            Phrase(.accountIsNotRegisteredAsPerson, "\(login)")
        case .readOnly(let name):
            Phrase(.readOnlyRoleMayNotChange, "\(name)")
        case .role(let name, let role):
            Phrase(.roleMayNotDoThis, "\(name)", .label(role))
        case .field(let name, let role, let kind, let field, let rule):
            Phrase(.deniedField, "\(name)", .label(role), .key(kind.labelKey), "\(field)", .phrase(rule))
        }
    }
}
