import Testing

@testable import FrontlineCore

/// Who may do what (Access.denial), as a role × request table over the fixture zone.
///
/// P-001: leader 李强 M-002, unit U-01 经发局, area U-02 高新街道, co-unit U-03 创新园区.
/// P-002: leader 赵磊 M-003, unit U-04 城管中心.
struct AccessTests {
    static let index = BoardIndex(Fixtures.zone)

    /// An issue of `project` handled by `unit`.
    static func issue(_ project: String?, unit: String, leader: String? = nil) -> FrontlineCore.Issue {
        Fixtures.issue {
            $0.project = project; $0.unit = unit; $0.responsibleLeader = leader
        }
    }

    static let p1Issue = issue("P-001", unit: "U-01")
    static let p2Issue = issue("P-002", unit: "U-02")
    static let p1 = Fixtures.projects[0], p2 = Fixtures.projects[1]

    static func visit(_ project: String) -> Access.Request { .change(Fixtures.visit("V-1", project: project, "2026-11-27")) }
    static func progress(_ project: String) -> Access.Request {
        var report = ProgressReport(id: "R-1")
        report.project = project
        return .change(report)
    }
    static func absence(of person: String) -> Access.Request {
        .change(Fixtures.absence("L-1", person, "2026-11-30", "2026-12-01"))
    }
    static func duty(of unit: String) -> Access.Request {
        .change(Fixtures.duty("D-9", unit: unit, "项目服务", a: "M-011", b: "M-012"))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let who: String
        let what: String
        let request: Access.Request
        let allowed: Bool
        var testDescription: String { "\(who) \(what) → \(allowed ? "allowed" : "denied")" }
    }

    static func cases(_ who: String, _ rows: [(String, Access.Request, Bool)]) -> [Case] {
        rows.map { Case(who: who, what: $0.0, request: $0.1, allowed: $0.2) }
    }

    static let leaderActions: [IssueAction] = [.assign, .close, .return, .extend, .reopen, .cancel]
    static let unitActions: [IssueAction] = [.accept, .decline, .resolve]

    static let admin = cases(
        "M-001",
        IssueAction.allCases.map { ("\($0.rawValue) any issue", .moveIssue(p2Issue, $0), true) } + [
            ("raise on any project", .raiseIssue(project: p2, unit: "U-04"), true),
            ("visit any project", visit("P-002"), true),
            ("edit a unit", .change(Fixtures.units[1]), true),
            ("edit a person", .change(Fixtures.people[5]), true),
            ("edit settings", .change(Settings()), true),
            ("edit any roster", duty(of: "U-02"), true),
            ("record anyone's absence", absence(of: "M-021"), true),
            ("compact", .compact, true),
            ("import", .importLedger, true),
            ("publish", .publishReport, true),
        ])

    static let leader = cases(
        "M-002",
        leaderActions.map { ("\($0.rawValue) an issue of his project", .moveIssue(p1Issue, $0), true) }
            + unitActions.map { ("\($0.rawValue) an issue of his project", .moveIssue(p1Issue, $0), false) }
            + IssueAction.allCases.map { ("\($0.rawValue) an issue of 赵磊's project", .moveIssue(p2Issue, $0), false) }
            + [
                ("交办 an issue naming him responsible leader", .moveIssue(issue("P-002", unit: "U-04", leader: "M-002"), .assign), true),
                ("raise on his project", .raiseIssue(project: p1, unit: "U-01"), true),
                ("raise on 赵磊's project", .raiseIssue(project: p2, unit: "U-04"), false),
                ("edit his project", .change(p1), true),
                ("edit 赵磊's project", .change(p2), false),
                ("edit an issue of his project", .change(p1Issue), true),
                ("edit an issue of 赵磊's project", .change(p2Issue), false),
                ("visit his project", visit("P-001"), true),
                ("visit 赵磊's project", visit("P-002"), false),
                ("post progress on his project", progress("P-001"), true),
                ("post progress on 赵磊's project", progress("P-002"), false),
                ("edit a roster", duty(of: "U-01"), false),
                ("record his own absence", absence(of: "M-002"), true),
                ("record 陈静's absence", absence(of: "M-011"), false),
                ("edit a unit", .change(Fixtures.units[1]), false),
                ("compact", .compact, false),
                ("import", .importLedger, false),
                ("publish", .publishReport, false),
            ])

    static let unitStaff = cases(
        "M-011",
        unitActions.map { ("\($0.rawValue) an issue of her unit", .moveIssue(p1Issue, $0), true) }
            + leaderActions.map { ("\($0.rawValue) an issue of her unit", .moveIssue(p1Issue, $0), false) }
            + unitActions.map { ("\($0.rawValue) an issue of another unit", .moveIssue(p2Issue, $0), false) }
            + [
                ("visit P-001 (her unit is responsible)", visit("P-001"), true),
                ("post progress on P-001", progress("P-001"), true),
                ("visit P-002 (not hers)", visit("P-002"), false),
                ("post progress on P-002", progress("P-002"), false),
                ("raise on P-001", .raiseIssue(project: p1, unit: "U-01"), true),
                ("raise on P-002", .raiseIssue(project: p2, unit: "U-04"), false),
                ("raise a unit-level item for her unit", .raiseIssue(project: nil, unit: "U-01"), true),
                ("raise a unit-level item for another unit", .raiseIssue(project: nil, unit: "U-02"), false),
                ("edit an issue of her unit", .change(p1Issue), true),
                ("edit an issue of another unit", .change(p2Issue), false),
                ("edit her unit's roster", duty(of: "U-01"), true),
                ("edit another unit's roster", duty(of: "U-02"), false),
                ("record her own absence", absence(of: "M-011"), true),
                ("record a colleague's absence", absence(of: "M-012"), true),
                ("record another unit's absence", absence(of: "M-021"), false),
                ("edit a unit", .change(Fixtures.units[1]), false),
                ("compact", .compact, false),
                ("import", .importLedger, false),
                ("publish", .publishReport, false),
            ])

    static let otherUnits =
        cases(
            "M-020",
            [
                ("(高新街道, P-001's area) visit P-001", visit("P-001"), true),
                ("(高新街道, P-001's area) post progress on P-001", progress("P-001"), true),
                ("(高新街道) 签收 an issue of 经发局", .moveIssue(p1Issue, .accept), false),
                ("(高新街道) 签收 an issue of 高新街道", .moveIssue(p2Issue, .accept), true),
            ])
        + cases(
            "M-030",
            [
                ("(创新园区, P-001's co-unit) visit P-001", visit("P-001"), true),
                ("(创新园区, P-001's co-unit) post progress on P-001", progress("P-001"), true),
                ("(创新园区, P-001's co-unit) edit P-001", .change(p1), true),
            ])
        + cases(
            "M-040",
            [
                ("(城管中心, unrelated to P-001) visit P-001", visit("P-001"), false),
                ("(城管中心, P-002's unit) visit P-002", visit("P-002"), true),
            ])

    @Test("管理员 may do everything", arguments: admin)
    func admins(_ c: Case) { Self.check(c) }

    @Test("领导: their projects' issues (not 签收/拒签/申请办结), nothing of other leaders'", arguments: leader)
    func leaders(_ c: Case) { Self.check(c) }

    @Test("单位: their unit's issues, projects they serve, roster and absences", arguments: unitStaff + otherUnits)
    func units(_ c: Case) { Self.check(c) }

    static func check(_ c: Case) {
        let actor = Fixtures.actor(c.who)
        let denial = Access.denial(c.request, by: actor, on: Self.index.board)
        if c.allowed {
            #expect(denial == nil)
        } else {
            let person = actor.person!
            #expect(denial == .role(person.name, person.role))
        }
    }

    static let everything: [(String, Access.Request)] =
        IssueAction.allCases.map { ("\($0.rawValue)", .moveIssue(p1Issue, $0)) } + [
            ("raise", .raiseIssue(project: p1, unit: "U-01")),
            ("raise a unit-level item", .raiseIssue(project: nil, unit: "U-00")),
            ("visit", visit("P-001")),
            ("progress", progress("P-001")),
            ("edit project", .change(p1)),
            ("roster", duty(of: "U-00")),
            ("own absence", absence(of: "M-099")),
            ("compact", .compact),
            ("import", .importLedger),
            ("publish", .publishReport),
        ]

    @Test("只读 may change nothing, not even their own absence", arguments: everything.map(\.1))
    func readOnly(_ request: Access.Request) {
        #expect(Access.denial(request, by: Fixtures.actor("M-099"), on: Self.index.board) == .readOnly("钱进"))
    }

    @Test("an unknown account may change nothing", arguments: everything.map(\.1))
    func unknownAccount(_ request: Access.Request) {
        #expect(Access.denial(request, by: Fixtures.unknownActor, on: Self.index.board) == .unknownAccount("nobody"))
    }

    @Test(
        "anyone with a role other than 只读 may record their own absence",
        arguments: ["M-001", "M-002", "M-003", "M-010", "M-011", "M-021", "M-030", "M-040"])
    func ownAbsence(person: String) {
        #expect(Access.denial(Self.absence(of: person), by: Fixtures.actor(person), on: Self.index.board) == nil)
    }

    @Test(
        "an account maps to its person by login",
        arguments: [
            ("chenjing", "M-011" as String?), ("liqiang", "M-002"), ("nobody", nil), ("", nil),
        ])
    func actorMapping(login: String, person: String?) {
        #expect(Actor(login: login, uid: 1000, board: Fixtures.zone).person?.id == person)
        #expect(Self.index.person(login: login)?.id == person)
    }

    @Test("denial messages say who and why")
    func messages() {
        #expect(Denial.readOnly("钱进").message(.zh) == "钱进 的角色为“只读”，不能修改")
        #expect(Denial.role("李强", .leader).message(.en) == "李强 (leader) may not do this: it is outside their role")
        #expect(Denial.unknownAccount("nobody").message(.zh).hasPrefix("账号 nobody 未登记为人员"))
    }

    @Test("the planner enforces access: a 领导 cannot 签收")
    func plannerDenies() {
        let board = Fixtures.zone.with(Self.issue("P-001", unit: "U-01").withStatus(.pendingAcceptance))
        #expect(throws: DomainError.denied(.role("李强", .leader))) {
            try Fixtures.plan(.moveIssue(IssueMove(issue: "I-0001", action: .accept)), on: board, as: "M-002")
        }
    }
}

extension FrontlineCore.Issue {
    fileprivate func withStatus(_ status: IssueStatus) -> Self {
        var copy = self
        copy.status = status
        return copy
    }
}
