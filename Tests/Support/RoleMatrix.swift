import FrontlineCore

/// Who may do what (docs/domain.md, Access), as one table that the command-line tests and the board
/// tests both run, on the small `TestBoard` (P-001 led by 领导乙, responsible unit 新城街道 U-02;
/// I-0001 of P-001 in progress at U-02), with the handling issues of `TestBoard.withHandling` (I-0002 with a
/// 申请延期 pending, I-0003 closed).
public enum RoleMatrix {
    public enum Operation: String, CaseIterable, Sendable {
        case resolve, extend, cancel, raise, visit, progress, absence, editIssue, editProject, newProject
        /// 催办 of I-0001 with a note (issue 13, item 2).
        case urge
        /// Attach a file to I-0001 (issue 14, item 3): whoever may change the issue.
        case attach
        /// The handling steps (issue 13, item 4): 申请延期 of I-0001, 批准延期 and 不予延期 of I-0002's request, 转办 of
        /// I-0001 to 城管中心, 进展反馈 on I-0001, 回访 of I-0003.
        case requestExtension, approveExtension, refuseExtension, transfer, feedback, followUp
        /// Recording the 督办 levels reached (issue 13, item 3), on a board where I-0001 is overdue (`board(for:)`).
        case escalate
        /// Who answers for a project or an issue (FieldRules): 帮包领导, 责任领导 (someone else, or oneself), 责任单位,
        /// 责任人 of another unit, and a raised issue naming a responsible leader.
        case setProjectLeader, setIssueLeader, setIssueLeaderToSelf, reassignIssue, setIssuePersonOfOtherUnit, raiseNamingLeader
        /// A project's 帮包干部 (issue 13, item 5): an administrator or the project's leader.
        case setProjectCadres
        /// 领导批示 (issue 14, item 2), on the board of `board(for:)`: an instruction given on P-001 naming 领导乙 as its
        /// leader (he himself, or the 绩考办 for him), the response to B-001 (新城街道's), 已落实 of B-002 (领导乙's).
        case giveInstruction, respondToInstruction, completeInstruction
        /// 调度会 (issue 14, item 1): record a meeting, and a decision 交办 as an issue on MT-001 (`board(for:)`):
        /// administrators and leaders.
        case recordMeeting, decideMeeting
        /// 手续 (issue 16, item 1), on the board of `board(for:)` (template `立项 > 用地 > 图审@U-03 + 施工许可 > 竣工验收`, P-001's
        /// 用地 10 days late): 图审 recorded done (its unit 城管中心, the project's unit 新城街道, administrators), and an
        /// issue raised from the late 用地 (whoever may raise an issue on P-001).
        case recordProcedure, raiseProcedure
        /// 招商 (issue 16, item 2), on the board of `board(for:)` (SQ-01 of 新城街道 led by 领导乙; ZS-001 at 洽谈 and ZS-002 at
        /// 签约, both of SQ-01): form a squad, record a lead, sign ZS-001 (the squad's members and its unit), land ZS-002 as a
        /// key project and publish last month's results (the 绩考办).
        case newSquad, newLead, moveLead, landLead, publishAttraction
        /// 通报 (issue 16, item 5): a criticism of 新城街道 for this month: the 绩考办's alone.
        case issueBulletin

        /// The field an edit operation changes, and its new value (nil for the other operations).
        public var edit: (kind: RecordKind, id: String, field: String, value: String)? {
            switch self {
            case .editIssue: (.issue, "I-0001", "title", "改后的标题")
            case .editProject: (.project, "P-001", "name", "改后的项目名")
            case .setProjectLeader: (.project, "P-001", "leader", "M-003")
            case .setProjectCadres: (.project, "P-001", "cadres", "M-005")
            case .setIssueLeader: (.issue, "I-0001", "responsibleLeader", "M-003")
            case .setIssueLeaderToSelf: (.issue, "I-0001", "responsibleLeader", "M-002")
            case .reassignIssue: (.issue, "I-0001", "unit", "U-03")
            case .setIssuePersonOfOtherUnit: (.issue, "I-0001", "person", "M-005")
            default: nil
            }
        }

        /// The move of a handling step, and the issue it is on (nil for the other operations).
        public var handling: IssueMove? {
            switch self {
            case .requestExtension: IssueMove(issue: "I-0001", action: .requestExtension, note: "等待批复", newDue: Day(2027, 1, 15)!)
            case .approveExtension: IssueMove(issue: "I-0002", action: .approveExtension)
            case .refuseExtension: IssueMove(issue: "I-0002", action: .refuseExtension, note: "须按期办结")
            case .transfer: IssueMove(issue: "I-0001", action: .transfer, note: "属城管职责", unit: "U-03")
            case .feedback: IssueMove(issue: "I-0001", action: .feedback, note: "已与市政对接")
            case .followUp: IssueMove(issue: "I-0003", action: .followUp, satisfaction: .satisfied)
            default: nil
            }
        }

        /// The same operation on the command line.
        public var arguments: [String] {
            switch self {
            case .resolve: ["issue", "move", "I-0001", "申请办结", "--note", "已办结"]
            case .extend: ["issue", "extend", "I-0001", "--days", "3", "--reason", "协调中"]
            case .cancel: ["issue", "move", "I-0001", "撤销", "--note", "重复"]
            case .urge: ["issue", "urge", "I-0001", "--note", "请本周内办结"]
            case .attach: ["attachment", "add", "I-0001", RoleMatrix.attachmentFile, "--name", "批复.pdf"]
            case .requestExtension: ["issue", "request-extension", "I-0001", "--due", "2027-01-15", "--reason", "等待批复"]
            case .approveExtension: ["issue", "approve-extension", "I-0002"]
            case .refuseExtension: ["issue", "refuse-extension", "I-0002", "--reason", "须按期办结"]
            case .transfer: ["issue", "transfer", "I-0001", "--unit", "U-03", "--reason", "属城管职责"]
            case .feedback: ["issue", "feedback", "I-0001", "--note", "已与市政对接"]
            case .followUp: ["issue", "follow-up", "I-0003", "--satisfaction", "满意"]
            case .escalate: ["issue", "escalate"]
            case .giveInstruction:
                ["instruction", "new", "--project", "P-001", "--text", "请本周内报送进展", "--unit", "U-02", "--due", "+5", "--leader", "M-002"]
            case .respondToInstruction: ["instruction", "respond", "B-001", "--text", "已报送"]
            case .completeInstruction: ["instruction", "done", "B-002"]
            case .recordMeeting: ["meeting", "new", "--kind", "周调度", "--title", "第48周项目调度会", "--chair", "M-002", "--project", "P-001"]
            case .decideMeeting: ["meeting", "decide", "MT-001", "--text", "协调施工用电", "--unit", "U-02", "--due", "+10"]
            case .recordProcedure: ["procedure", "done", "P-001", "图审", "--number", "图审〔2026〕1号"]
            case .raiseProcedure: ["procedure", "raise", "P-001", "用地"]
            case .newSquad: ["squad", "new", "--name", "智能制造招商小分队", "--unit", "U-02", "--leader", "M-002"]
            case .newLead: ["lead", "new", "--squad", "SQ-01", "--name", "新能源电池材料项目"]
            case .moveLead: ["lead", "move", "ZS-001", "签约"]
            case .landLead: ["lead", "land", "ZS-002"]
            case .publishAttraction: ["report", "attraction", "--month", AttractionMonth(containing: TestBoard.today).previous.text, "--publish"]
            case .issueBulletin:
                [
                    "bulletin", "new", "--unit", "U-02", "--kind", "批评", "--period", AttractionMonth(containing: TestBoard.today).text, "--reason",
                    "整改措施未按期报送",
                ]
            case .raise: ["issue", "new", "--project", "P-001", "--title", "新问题", "--unit", "U-02", "--due", "+5"]
            case .visit: ["visit", "P-001", "--note", "现场查看"]
            case .progress: ["progress", "P-001", "--pct", "50", "--note", "主体施工"]
            case .absence: ["absence", "M-003", "--from", "+1", "--to", "+2", "--reason", "出差"]
            case .newProject: ["project", "new", "--name", "新项目", "--leader", "M-002", "--unit", "U-02"]
            case .raiseNamingLeader:
                ["issue", "new", "--project", "P-001", "--title", "新问题", "--unit", "U-02", "--due", "+5", "--leader", "M-002"]
            default:
                edit.map { ["edit", $0.id, "\($0.field)=\($0.value)"] } ?? []
            }
        }

        /// The same operation as the board asks the store for it.
        public func intent(on board: Board, today: Day) -> Intent {
            switch self {
            case .resolve: return .moveIssue(IssueMove(issue: "I-0001", action: .resolve, note: "已办结", seenStatus: .inProgress))
            case .extend: return .moveIssue(IssueMove(issue: "I-0001", action: .extend, note: "协调中", extendDays: 3))
            case .cancel: return .moveIssue(IssueMove(issue: "I-0001", action: .cancel, note: "重复"))
            case .urge: return .urgeIssue(IssueUrge(issue: "I-0001", note: "请本周内办结"))
            case .attach:
                let content = RoleMatrix.attachmentContent
                return .attach(AttachmentDraft(kind: .issue, id: "I-0001", name: "批复.pdf", size: content.count, sha256: RoleMatrix.attachmentDigest))
            case .requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback, .followUp: return .moveIssue(handling!)
            case .escalate: return .escalateIssues(IssueEscalation())
            case .giveInstruction:
                return .instruct(InstructionDraft(project: "P-001", leader: "M-002", text: "请本周内报送进展", unit: "U-02", due: today.adding(days: 5)))
            case .respondToInstruction: return .stepInstruction(InstructionStep(instruction: "B-001", action: .respond, text: "已报送"))
            case .completeInstruction: return .stepInstruction(InstructionStep(instruction: "B-002", action: .done))
            case .recordMeeting:
                var draft = MeetingDraft(kind: .weekly, title: "第48周项目调度会", date: today, chair: "M-002")
                draft.projects = ["P-001"]
                return .recordMeeting(draft)
            case .decideMeeting:
                return .decide(
                    DecisionDraft(
                        meeting: "MT-001", text: "协调施工用电", issue: IssueDraft(project: nil, title: "", unit: "U-02", due: today.adding(days: 10))))
            case .newSquad: return .recordSquad(SquadDraft(name: "智能制造招商小分队", unit: "U-02", leader: "M-002"))
            case .newLead: return .recordLead(LeadDraft(name: "新能源电池材料项目", squad: "SQ-01"))
            case .moveLead: return .moveLead(LeadMove(lead: "ZS-001", to: .signed))
            case .landLead: return .moveLead(LeadMove(lead: "ZS-002", to: .landed))
            case .issueBulletin:
                return .issueBulletin(
                    BulletinDraft(verdict: .criticism, unit: "U-02", period: AttractionMonth(containing: today).text, reason: "整改措施未按期报送"))
            case .publishAttraction:
                let results = AttractionResults.live(AttractionMonth(containing: today).previous, board: board)
                return .publishReport(results.published(board: board, lang: .zh, asOf: today, footer: []))
            case .raise: return .raiseIssue(IssueDraft(project: "P-001", title: "新问题", unit: "U-02", due: today.adding(days: 5)))
            case .recordProcedure:
                return .recordProcedure(ProcedureUpdate(project: "P-001", step: "图审", done: .some(today), number: .some("图审〔2026〕1号")))
            case .raiseProcedure: return .raiseProcedureIssue(ProcedureRaise(project: "P-001", step: "用地"))
            case .visit: return .logVisit(VisitDraft(project: "P-001", date: today, note: "现场查看"))
            case .progress:
                var draft = ProgressDraft(project: "P-001", note: "主体施工")
                draft.pct = 50
                return .postProgress(draft)
            case .absence: return .recordAbsence(AbsenceDraft(person: "M-003", from: today.adding(days: 1), to: today.adding(days: 2), reason: .trip))
            case .newProject:
                return .create(.project, id: nil, fields: ["name": .string("新项目"), "leader": .string("M-002"), "unit": .string("U-02")])
            case .raiseNamingLeader:
                var draft = IssueDraft(project: "P-001", title: "新问题", unit: "U-02", due: today.adding(days: 5))
                draft.responsibleLeader = "M-002"
                return .raiseIssue(draft)
            default:
                let (kind, id, field, value) = edit!
                let record = board.snapshot(of: kind, id: id)!
                let old = record.fields[field] ?? .null
                let new: JSONValue = if case .array = old { .array(value.split(separator: ",").map { .string(String($0)) }) } else { .string(value) }
                return .edit(RecordEdit(kind: kind, id: id, base: record.meta.rev, fields: [FieldChange(field, old: old, new: new)]))
            }
        }
    }

    /// The command line's argument for the file `.attach` attaches: the CLI test writes `attachmentContent` to a file
    /// and puts its path there.
    public static let attachmentFile = "@ATTACHMENT"
    public static let attachmentContent = Array("批复文件扫描件".utf8)
    /// SHA-256 of `attachmentContent` (`printf 批复文件扫描件 | sha256sum`).
    public static let attachmentDigest = "a774b5c0ca7aa267498750a9344672892c345fa283bcfd9b57564465426d042a"

    /// The board an operation is tried on: TestBoard, with I-0001 overdue by 12 days (红牌 reached) for `.escalate`, so
    /// that there is a level to record, and a meeting MT-001 for `.decideMeeting`.
    public static func board(for operation: Operation, admin: String = "admin") -> Board {
        var board = TestBoard.withHandling(admin: admin)
        if operation == .escalate, var issue = board.issues[id: "I-0001"] {
            issue.due = TestBoard.today.adding(days: -12)
            issue.originalDue = issue.due
            board.issues.upsert(issue)
        }
        if [.respondToInstruction, .completeInstruction].contains(operation) {
            for (id, responded) in [("B-001", false), ("B-002", true)] {
                var instruction = Instruction(id: id)
                instruction.project = "P-001"
                instruction.leader = "M-002"
                instruction.date = TestBoard.today.adding(days: -3)
                instruction.text = "请协调解决施工用电"
                instruction.unit = "U-02"
                instruction.due = TestBoard.today.adding(days: 2)
                if responded {
                    instruction.response = "已协调供电公司"
                    instruction.respondedBy = "M-003"
                    instruction.respondedAt = TestBoard.now
                }
                board.instructions.upsert(instruction)
            }
        }
        if [.recordProcedure, .raiseProcedure].contains(operation), var project = board.projects[id: "P-001"] {
            board.settings.procedureTemplate = "立项 > 用地 > 图审@U-03 + 施工许可 > 竣工验收"
            project.procedures = ProcedureSteps([
                ProcedureStep(name: "立项", done: TestBoard.today.adding(days: -40)),
                ProcedureStep(name: "用地", planned: TestBoard.today.adding(days: -10)),
            ])
            board.projects.upsert(project)
        }
        if [.newLead, .moveLead, .landLead].contains(operation) {
            var squad = Squad(id: "SQ-01")
            squad.name = "新能源产业招商小分队"
            squad.unit = "U-02"
            squad.leader = "M-002"
            board.squads.upsert(squad)
            for (id, stage) in [("ZS-001", LeadStage.talks), ("ZS-002", .signed)] {
                var lead = Lead(id: id)
                lead.name = "线索 \(id)"
                lead.unit = "U-02"
                lead.squad = "SQ-01"
                lead.stage = stage
                lead.foundOn = TestBoard.today.adding(days: -30)
                lead.talksOn = TestBoard.today.adding(days: -20)
                lead.signedOn = stage == .signed ? TestBoard.today.adding(days: -10) : nil
                board.leads.upsert(lead)
            }
        }
        if operation == .decideMeeting {
            var meeting = Meeting(id: "MT-001")
            meeting.kind = .weekly
            meeting.title = "第47周项目调度会"
            meeting.date = TestBoard.today.adding(days: -7)
            meeting.chair = "M-002"
            board.meetings.upsert(meeting)
        }
        return board
    }

    /// Logins of TestBoard: 管理员, 领导 (leads P-001), 单位 of U-02 (responsible), 单位 of U-03 (not),
    /// 只读, and an account that maps to no person.
    public static let logins = ["admin", "leader", "street", "citymgmt", "viewer", "stranger"]

    /// Whether `login` may do `operation`: the expectation both tests check.
    public static func allowed(_ login: String, _ operation: Operation) -> Bool {
        switch login {
        case "admin": return true
        case "leader":
            return [
                .extend, .cancel, .urge, .raise, .visit, .progress, .editIssue, .editProject, .setIssueLeaderToSelf, .reassignIssue,
                .raiseNamingLeader, .setProjectCadres, .attach, .approveExtension, .refuseExtension, .transfer, .followUp,
                .giveInstruction, .completeInstruction, .recordMeeting, .decideMeeting, .raiseProcedure, .newSquad, .newLead,
                .moveLead,
            ].contains(operation)
        case "street":
            return [
                .resolve, .attach, .raise, .visit, .progress, .absence, .editIssue, .editProject, .requestExtension, .feedback,
                .respondToInstruction, .recordProcedure, .raiseProcedure, .newSquad, .newLead, .moveLead,
            ].contains(operation)
        case "citymgmt": return operation == .recordProcedure
        default: return false
        }
    }

    /// Whether the board offers the operation's key (and, for an edit, the field in its form): a field whose
    /// rule is about the value (责任领导 for a leader, 责任人) is offered and refused when saved.
    public static func offeredOnBoard(_ login: String, _ operation: Operation) -> Bool {
        switch (login, operation) {
        case ("leader", .setIssueLeader), ("leader", .setIssuePersonOfOtherUnit), ("street", .setIssuePersonOfOtherUnit): true
        // A squad's or lead's unit and members are in the form: the key is offered to every official, the save refused.
        case ("citymgmt", .newSquad), ("citymgmt", .newLead): true
        default: allowed(login, operation)
        }
    }

    public struct Case: Sendable, CustomStringConvertible {
        public var login: String
        public var operation: Operation
        public var allowed: Bool
        public var description: String { "\(login) \(operation) → \(allowed ? "allowed" : "refused")" }
    }

    public static let cases: [Case] = logins.flatMap { login in
        Operation.allCases.map { Case(login: login, operation: $0, allowed: allowed(login, $0)) }
    }
}
