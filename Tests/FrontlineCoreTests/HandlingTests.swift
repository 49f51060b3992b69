import Testing

@testable import FrontlineCore

/// Handling that matches practice (issue 13, item 4; docs/domain-rules.md, "Handling"): 申请延期 and its decision,
/// 转办, 进展反馈, 回访. Every path legal and illegal, the roles allowed for each, what each records, bad input.
///
/// I-0001 is an issue of P-001 (leader 李强 M-002) handled by 经济发展局 U-01 (周平 M-010), due 2026-12-10. 赵磊 (M-003)
/// leads P-002; 王敏 (M-001) and 吴刚 (M-004) are administrators, the 绩考办; 孙丽 (M-020) is of 高新街道 U-02, 马超
/// (M-040) of 城管中心 U-04; 钱进 (M-099) is read-only. Today is 2026-11-27.
struct HandlingTests {
    static let requestLine = HandlingLogEntry(
        at: t("2026-11-20T09:00:00+08:00"), by: "M-010", actingFor: nil, action: "申请延期",
        note: "待市级部门批复", status: .inProgress, due: d("2026-12-20"))
    static let closeLine = HandlingLogEntry(
        at: t("2026-11-25T09:00:00+08:00"), by: "M-002", actingFor: nil, action: "核验通过",
        note: "", status: .closed)

    /// I-0001 in progress with a 申请延期 to 2026-12-20 pending.
    static func requested(_ configure: (inout FrontlineCore.Issue) -> Void = { _ in }) -> FrontlineCore.Issue {
        Fixtures.issue {
            $0.log.append(requestLine)
            configure(&$0)
        }
    }

    /// I-0001 closed on 2026-11-25.
    static func closed(_ configure: (inout FrontlineCore.Issue) -> Void = { _ in }) -> FrontlineCore.Issue {
        Fixtures.issue(status: .closed) {
            $0.resolvedOn = d("2026-11-24")
            $0.resolution = "已接入"
            $0.closedOn = d("2026-11-25")
            $0.closedBy = "M-002"
            $0.log.append(closeLine)
            configure(&$0)
        }
    }

    /// A sensible move of each handling step on I-0001.
    static func move(_ action: IssueAction) -> IssueMove {
        switch action {
        case .requestExtension: IssueMove(issue: "I-0001", action: action, note: "需等待市级批复", newDue: d("2026-12-24"))
        case .approveExtension: IssueMove(issue: "I-0001", action: action, note: "同意")
        case .refuseExtension: IssueMove(issue: "I-0001", action: action, note: "须按期办结")
        case .transfer: IssueMove(issue: "I-0001", action: action, note: "属城管职责", unit: "U-04")
        case .feedback: IssueMove(issue: "I-0001", action: action, note: "已与供电公司对接")
        case .followUp: IssueMove(issue: "I-0001", action: action, note: "企业认可", satisfaction: .satisfied)
        default: IssueMove(issue: "I-0001", action: action, note: "说明")
        }
    }

    static let handlingActions: [IssueAction] = [.requestExtension, .approveExtension, .refuseExtension, .transfer, .feedback, .followUp]

    /// The issue each step is tried on when its legality is not what is tested: one on which it is legal.
    static func issueAllowing(_ action: IssueAction) -> FrontlineCore.Issue {
        switch action {
        case .approveExtension, .refuseExtension: requested()
        case .followUp: closed()
        default: Fixtures.issue()
        }
    }

    // MARK: Legal and illegal paths

    struct Path: Sendable, CustomTestStringConvertible {
        let action: IssueAction
        let issue: FrontlineCore.Issue
        let why: String
        let legal: Bool
        var testDescription: String { "\(action.rawValue) on \(why) → \(legal ? "legal" : "illegal")" }
    }

    static let paths: [Path] = {
        var rows: [Path] = []
        for action in handlingActions {
            for status in IssueStatus.allCases {
                let legalByStatus = action.target(from: status) != nil
                // The log's own conditions: a request to decide, none to ask twice, no 回访 yet.
                let legal = legalByStatus && action != .approveExtension && action != .refuseExtension
                rows.append(Path(action: action, issue: Fixtures.issue(status: status), why: status.rawValue, legal: legal))
            }
        }
        rows += [
            Path(action: .approveExtension, issue: requested(), why: "办理中 with a request pending", legal: true),
            Path(action: .refuseExtension, issue: requested(), why: "办理中 with a request pending", legal: true),
            Path(action: .requestExtension, issue: requested(), why: "办理中 with a request pending", legal: false),
            Path(action: .feedback, issue: requested(), why: "办理中 with a request pending", legal: true),
            Path(action: .transfer, issue: requested(), why: "办理中 with a request pending", legal: true),
            Path(
                action: .approveExtension,
                issue: requested {
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-21T09:00:00+08:00"), by: "M-002",
                            actingFor: nil, action: "不予延期", note: "不同意", status: .inProgress))
                }, why: "a request already refused", legal: false),
            Path(
                action: .refuseExtension,
                issue: requested {
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-21T09:00:00+08:00"), by: "M-002",
                            actingFor: nil, action: "延期", note: "直接延期", status: .inProgress, due: d("2026-12-15")))
                }, why: "a request settled by a direct 延期",
                legal: false),
            Path(
                action: .approveExtension,
                issue: requested {
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-21T09:00:00+08:00"), by: "M-010",
                            actingFor: nil, action: "进展反馈", note: "进展", status: .inProgress))
                }, why: "a request followed by a 进展反馈", legal: true),
            Path(
                action: .followUp,
                issue: closed {
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-26T09:00:00+08:00"), by: "M-001",
                            actingFor: nil, action: "回访", note: "", status: .closed, satisfaction: .satisfied))
                }, why: "a closure already followed up",
                legal: false),
            Path(
                action: .followUp,
                issue: closed {
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-26T09:00:00+08:00"), by: "M-001",
                            actingFor: nil, action: "回访", note: "", status: .closed, satisfaction: .satisfied))
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-26T10:00:00+08:00"), by: "M-002", actingFor: nil, action: "重新打开", note: "再办",
                            status: .inProgress))
                    $0.log.append(
                        HandlingLogEntry(
                            at: t("2026-11-26T11:00:00+08:00"), by: "M-002", actingFor: nil, action: "核验通过", note: "",
                            status: .closed))
                }, why: "a new closure after a followed-up one", legal: true),
        ]
        return rows
    }()

    @Test("every handling step from every state, and what the log adds", arguments: paths)
    func path(_ path: Path) throws {
        #expect(path.issue.isLegal(path.action) == path.legal)
        let board = Fixtures.zone.with(path.issue)
        if path.legal {
            let plan = try Fixtures.plan(.moveIssue(Self.move(path.action)), on: board)
            #expect(plan.action == "issue.move")
            #expect(plan.changes.first?.appendLog?.action == path.action.rawValue)
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(.moveIssue(Self.move(path.action)), on: board) }
            if path.action.target(from: path.issue.status) == nil {
                #expect(error == .illegalAction(id: "I-0001", status: path.issue.status, action: path.action))
            } else {
                guard case .invalid(field: "action", let reason)? = error else { Issue.record("\(String(describing: error))"); return }
                #expect(!reason.text(.zh).isEmpty && !reason.text(.en).isEmpty)
            }
        }
    }

    // MARK: Roles

    struct Role: Sendable, CustomTestStringConvertible {
        let action: IssueAction
        let who: String
        let why: String
        let allowed: Bool
        var responsibleLeader: String? = nil
        var testDescription: String { "\(action.rawValue) by \(who) (\(why)) → \(allowed ? "allowed" : "refused")" }
    }

    static let roles: [Role] = handlingActions.flatMap { action -> [Role] in
        let unitSide = action == .requestExtension || action == .feedback
        return [
            Role(action: action, who: "M-001", why: "administrator (绩考办)", allowed: true),
            Role(action: action, who: "M-004", why: "another administrator", allowed: true),
            Role(action: action, who: "M-002", why: "leader of the project", allowed: !unitSide),
            Role(action: action, who: "M-003", why: "leader of another project", allowed: false),
            Role(action: action, who: "M-003", why: "named responsible leader", allowed: !unitSide, responsibleLeader: "M-003"),
            Role(action: action, who: "M-010", why: "official of the issue's unit", allowed: unitSide),
            Role(action: action, who: "M-011", why: "another official of the issue's unit", allowed: unitSide),
            Role(action: action, who: "M-020", why: "official of another unit", allowed: false),
            Role(action: action, who: "M-099", why: "read-only", allowed: false),
        ]
    }

    @Test("who may take each handling step", arguments: roles)
    func role(_ row: Role) throws {
        var issue = Self.issueAllowing(row.action)
        issue.responsibleLeader = row.responsibleLeader
        let board = Fixtures.zone.with(issue)
        let intent = Intent.moveIssue(Self.move(row.action))
        if row.allowed {
            _ = try Fixtures.plan(intent, on: board, as: row.who)
        } else {
            let error = #expect(throws: DomainError.self) { try Fixtures.plan(intent, on: board, as: row.who) }
            guard case .denied? = error else { Issue.record("not denied: \(String(describing: error))"); return }
        }
        #expect((Access.denial(.moveIssue(issue, row.action), by: Fixtures.actor(row.who), on: board) == nil) == row.allowed)
    }

    @Test("an account that is no person takes no handling step", arguments: handlingActions)
    func unknownAccount(_ action: IssueAction) {
        let board = Fixtures.zone.with(Self.issueAllowing(action))
        #expect(throws: DomainError.denied(.unknownAccount("nobody"))) {
            try Planner.plan(
                .moveIssue(Self.move(action)), on: board,
                context: PlanContext(actor: Fixtures.unknownActor, today: Fixtures.today, now: Fixtures.now))
        }
    }

    // MARK: What each step does

    static func apply(_ move: IssueMove, to board: inout Board, as who: String = "M-001", today: Day = Fixtures.today) throws -> Plan {
        try Planner.plan(.moveIssue(move), applyingTo: &board, context: Fixtures.context(who, today: today)).0
    }

    @Test("申请延期 then 批准延期: the due date becomes the one asked for, the original is kept")
    func requestThenApprove() throws {
        var board = Fixtures.zone.with(Fixtures.issue())
        let asked = try Self.apply(Self.move(.requestExtension), to: &board, as: "M-010")
        #expect(asked.summary == "I-0001 申请延期 → 2026-12-24")
        var issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.due == d("2026-12-10") && issue.extensions == 0, "asking changes no date")
        #expect(issue.pendingExtensionRequest?.due == d("2026-12-24"))
        #expect(asked.changes[0].fields.isEmpty, "a request is a log line only")
        let approved = try Self.apply(Self.move(.approveExtension), to: &board, as: "M-002")
        #expect(approved.summary == "I-0001 批准延期 → 2026-12-24")
        issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.due == d("2026-12-24") && issue.originalDue == d("2026-12-10") && issue.extensions == 1)
        #expect(issue.pendingExtensionRequest == nil && issue.status == .inProgress)
        #expect(issue.log.last?.due == d("2026-12-24"))
    }

    @Test("不予延期 needs a reason and leaves the due date")
    func refuse() throws {
        var board = Fixtures.zone.with(Self.requested())
        #expect(throws: DomainError.noteRequired(.refuseExtension)) {
            try Self.apply(IssueMove(issue: "I-0001", action: .refuseExtension, note: "  "), to: &board, as: "M-002")
        }
        _ = try Self.apply(Self.move(.refuseExtension), to: &board, as: "M-002")
        let issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.due == d("2026-12-10") && issue.extensions == 0 && issue.pendingExtensionRequest == nil)
        #expect(issue.isLegal(.requestExtension), "the unit may ask again")
    }

    @Test("a direct 延期 while a request is pending settles it")
    func directExtensionSettles() throws {
        var board = Fixtures.zone.with(Self.requested())
        _ = try Self.apply(IssueMove(issue: "I-0001", action: .extend, note: "会议决定", newDue: d("2026-12-31")), to: &board, as: "M-002")
        let issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.due == d("2026-12-31") && issue.pendingExtensionRequest == nil)
    }

    @Test(
        "bad extension requests are refused in both languages and change nothing",
        arguments: [
            (IssueMove(issue: "I-0001", action: .requestExtension, note: "理由"), "申请的办结时限", "due date asked for"),
            (IssueMove(issue: "I-0001", action: .requestExtension, note: "理由", newDue: d("2026-12-10")), "须晚于当前的", "must be after the current one"),
            (IssueMove(issue: "I-0001", action: .requestExtension, note: "", newDue: d("2026-12-20")), "需要填写", "needs a note"),
        ])
    func badRequest(move: IssueMove, zh: String, en: String) throws {
        var board = Fixtures.zone.with(Fixtures.issue())
        let before = board
        let error = #expect(throws: DomainError.self) { try Self.apply(move, to: &board, as: "M-010") }
        #expect(error?.message(.zh).contains(zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(en) == true, "\(String(describing: error?.message(.en)))")
        #expect(board == before)
    }

    @Test("a request whose date has passed by the decision cannot be approved")
    func approvePassedDate() throws {
        let board = Fixtures.zone.with(Self.requested())
        let error = #expect(throws: DomainError.self) {
            try Fixtures.plan(.moveIssue(Self.move(.approveExtension)), on: board, as: "M-002", today: d("2026-12-21"))
        }
        #expect(error?.message(.zh).contains("须晚于今天") == true)
    }

    @Test("转办: the new unit holds it and must sign again; the old unit no longer may")
    func transfer() throws {
        var board = Fixtures.zone.with(Fixtures.issue { $0.person = "M-010" })
        let plan = try Self.apply(Self.move(.transfer), to: &board, as: "M-002")
        #expect(plan.summary == "I-0001 转办 → U-04")
        let issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.unit == "U-04" && issue.person == nil && issue.status == .pendingAcceptance)
        let line = try #require(issue.log.last)
        #expect(line.unit == "U-04" && line.fromUnit == "U-01" && line.fromPerson == "M-010")
        #expect(throws: DomainError.self) { try Fixtures.plan(.moveIssue(IssueMove(issue: "I-0001", action: .accept)), on: board, as: "M-010") }
        _ = try Self.apply(IssueMove(issue: "I-0001", action: .accept), to: &board, as: "M-040")
        #expect(board.issues[id: "I-0001"]?.status == .inProgress)
    }

    @Test("转办 naming a person of the new unit")
    func transferToPerson() throws {
        var board = Fixtures.zone.with(Fixtures.issue())
        _ = try Self.apply(IssueMove(issue: "I-0001", action: .transfer, note: "属街道职责", unit: "U-02", person: "M-021"), to: &board)
        #expect(board.issues[id: "I-0001"]?.person == "M-021")
    }

    @Test(
        "bad transfers are refused in both languages and change nothing",
        arguments: [
            (IssueMove(issue: "I-0001", action: .transfer, note: "理由"), "接收单位", "the unit it goes to"),
            (IssueMove(issue: "I-0001", action: .transfer, note: "理由", unit: "U-01"), "转给另一个单位", "transfer it to another one"),
            (IssueMove(issue: "I-0001", action: .transfer, note: "理由", unit: "U-77"), "U-77", "U-77"),
            (IssueMove(issue: "I-0001", action: .transfer, note: "理由", unit: "U-02", person: "M-030"), "不是接收单位", "is not a person of"),
            (IssueMove(issue: "I-0001", action: .transfer, note: "", unit: "U-02"), "需要填写", "needs a note"),
        ])
    func badTransfer(move: IssueMove, zh: String, en: String) throws {
        var board = Fixtures.zone.with(Fixtures.issue())
        let before = board
        let error = #expect(throws: DomainError.self) { try Self.apply(move, to: &board) }
        #expect(error?.message(.zh).contains(zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(en) == true, "\(String(describing: error?.message(.en)))")
        #expect(board == before)
    }

    @Test("进展反馈 changes no field and keeps a pending request pending")
    func feedback() throws {
        var board = Fixtures.zone.with(Self.requested())
        let plan = try Self.apply(Self.move(.feedback), to: &board, as: "M-010")
        #expect(plan.changes[0].fields.isEmpty && plan.changes[0].appendLog?.status == .inProgress)
        #expect(board.issues[id: "I-0001"]?.pendingExtensionRequest != nil)
        #expect(throws: DomainError.noteRequired(.feedback)) {
            try Self.apply(IssueMove(issue: "I-0001", action: .feedback, note: ""), to: &board, as: "M-010")
        }
    }

    @Test("回访 满意 and 基本满意 keep the issue closed", arguments: [Satisfaction.satisfied, .fairlySatisfied])
    func satisfied(_ satisfaction: Satisfaction) throws {
        var board = Fixtures.zone.with(Self.closed())
        let plan = try Self.apply(IssueMove(issue: "I-0001", action: .followUp, satisfaction: satisfaction), to: &board)
        #expect(plan.summary == "I-0001 回访（\(satisfaction.rawValue)）")
        let issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.status == .closed && issue.closedOn == d("2026-11-25") && issue.reopens == 0)
        #expect(issue.followUpOfClosure?.satisfaction == satisfaction && !issue.isLegal(.followUp))
    }

    @Test("回访 不满意 reopens the issue: a reopening that counts against the unit")
    func dissatisfied() throws {
        var board = Fixtures.zone.with(Self.closed())
        _ = try Self.apply(IssueMove(issue: "I-0001", action: .followUp, note: "企业反映仍未通电", satisfaction: .dissatisfied), to: &board, as: "M-002")
        let issue = try #require(board.issues[id: "I-0001"])
        #expect(issue.status == .inProgress && issue.closedOn == nil && issue.resolvedOn == nil && issue.reopens == 1)
        #expect(issue.dissatisfiedCount == 1)
        let stats = try #require(BoardIndex(board).unitStats(today: Fixtures.today).first { $0.unit.id == "U-01" })
        #expect(stats.reopens == 1 && stats.dissatisfied == 1)
    }

    @Test(
        "bad follow-ups are refused in both languages and change nothing",
        arguments: [
            (IssueMove(issue: "I-0001", action: .followUp, note: "说明"), "满意度", "satisfaction"),
            (IssueMove(issue: "I-0001", action: .followUp, satisfaction: .dissatisfied), "不满意的原因", "why the enterprise is dissatisfied"),
        ])
    func badFollowUp(move: IssueMove, zh: String, en: String) throws {
        var board = Fixtures.zone.with(Self.closed())
        let before = board
        let error = #expect(throws: DomainError.self) { try Self.apply(move, to: &board) }
        #expect(error?.message(.zh).contains(zh) == true, "\(String(describing: error?.message(.zh)))")
        #expect(error?.message(.en).contains(en) == true, "\(String(describing: error?.message(.en)))")
        #expect(board == before)
    }

    // MARK: Undo

    @Test("undoing a request settles it; undoing an approval gives the due date back and the request stays settled")
    func undo() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.issue()))
        try journal.run(.moveIssue(Self.move(.requestExtension)), as: "M-010")
        try journal.run(.undo, as: "M-010")
        var issue = try #require(journal.board.issues[id: "I-0001"])
        #expect(issue.pendingExtensionRequest == nil && issue.log.last?.action == "撤回")
        try journal.run(.moveIssue(Self.move(.requestExtension)), as: "M-010")
        try journal.run(.moveIssue(Self.move(.approveExtension)), as: "M-002")
        try journal.run(.undo, as: "M-002")
        issue = try #require(journal.board.issues[id: "I-0001"])
        #expect(issue.due == d("2026-12-10") && issue.extensions == 0 && issue.pendingExtensionRequest == nil)
    }

    // MARK: As of an earlier day

    @Test("as of the day before, each step is taken back from the log")
    func asOf() throws {
        let signed = HandlingLogEntry(at: t("2026-11-02T09:00:00+08:00"), by: "M-010", actingFor: nil, action: "签收", note: "", status: .inProgress)
        var board = Fixtures.zone.with(
            Fixtures.issue {
                $0.person = "M-010"; $0.log.append(signed)
            }, Self.closed { $0.id = "I-0002" })
        _ = try Self.apply(Self.move(.requestExtension), to: &board, as: "M-010")
        _ = try Self.apply(Self.move(.approveExtension), to: &board, as: "M-002")
        _ = try Self.apply(Self.move(.transfer), to: &board, as: "M-002")
        _ = try Self.apply(IssueMove(issue: "I-0002", action: .followUp, note: "仍未解决", satisfaction: .dissatisfied), to: &board)
        let before = d("2026-11-26")
        let first = try #require(board.issues[id: "I-0001"]).asOf(before)
        #expect(first.due == d("2026-12-10") && first.extensions == 0 && first.unit == "U-01" && first.person == "M-010")
        #expect(first.status == .inProgress && first.pendingExtensionRequest == nil)
        let second = try #require(board.issues[id: "I-0002"]).asOf(before)
        #expect(second.status == .closed && second.closedOn == d("2026-11-25") && second.reopens == 0 && second.dissatisfiedCount == 0)
    }

    @Test("a log line of each step reads back from its JSON")
    func logLineRoundTrip() throws {
        let line = HandlingLogEntry(
            at: Fixtures.now, by: "M-002", actingFor: nil, action: "转办", note: "理由", status: .pendingAcceptance,
            unit: "U-04", fromUnit: "U-01", fromPerson: "M-010")
        #expect(try HandlingLogEntry(json: line.json) == line)
        let visit = HandlingLogEntry(
            at: Fixtures.now, by: "M-001", actingFor: nil, action: "回访", note: "", status: .closed, satisfaction: .fairlySatisfied)
        #expect(try HandlingLogEntry(json: visit.json) == visit)
    }
}
