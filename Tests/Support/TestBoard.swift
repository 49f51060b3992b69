import FrontlineCore
import FrontlineStore

/// A small board for tests: an administrator, a leader, two unit officials, a read-only viewer,
/// a project with an issue in progress, and a roster.
public enum TestBoard {
    public static let today = Day(2026, 11, 27)!
    public static let now = Timestamp(iso: "2026-11-27T10:00:00+08:00")!

    /// `admin` is the login of the administrator (tests pass their own account when they run the binary).
    public static func make(admin: String = "admin") -> Board {
        var board = Board()
        board.settings.zoneName = "测试区"
        board.settings.sampleDate = today
        func unit(_ id: String, _ name: String, head: String) {
            var u = Unit(id: id)
            u.name = name
            u.shortName = name
            u.head = head
            board.units.upsert(u)
        }
        unit("U-01", "绩效考核办公室", head: "M-001")
        unit("U-02", "新城街道", head: "M-003")
        unit("U-03", "城管中心", head: "M-005")
        func person(_ id: String, _ name: String, _ unit: String, _ role: Role, _ login: String?) {
            var p = Person(id: id)
            p.name = name
            p.unit = unit
            p.role = role
            p.login = login
            board.people.upsert(p)
        }
        person("M-001", "管理员甲", "U-01", .admin, admin)
        person("M-002", "领导乙", "U-01", .leader, "leader")
        person("M-003", "街道丙", "U-02", .unit, "street")
        person("M-004", "街道丁", "U-02", .unit, "street2")
        person("M-005", "城管戊", "U-03", .unit, "citymgmt")
        person("M-006", "观察己", "U-01", .readOnly, "viewer")
        var duty = Duty(id: "D-01")
        duty.unit = "U-02"
        duty.duty = "项目服务"
        duty.a = "M-003"
        duty.b = "M-004"
        board.duties.upsert(duty)
        var project = Project(id: "P-001")
        project.name = "万声健康工场浮空岛"
        project.leader = "M-002"
        project.unit = "U-02"
        project.stage = .building
        project.plan = Money("10000")!
        project.ytd = Money("9000")!
        board.projects.upsert(project)
        var issue = Issue(id: "I-0001")
        issue.project = "P-001"
        issue.title = "渤海路侧出入口沥青路面材质不一致"
        issue.unit = "U-02"
        issue.raisedOn = Day(2026, 11, 1)!
        issue.due = Day(2026, 12, 20)!
        issue.originalDue = issue.due
        issue.status = .inProgress
        issue.log = [HandlingLogEntry(at: now, by: "M-001", actingFor: nil, action: "新建", note: "", status: .inProgress)]
        board.issues.upsert(issue)
        return board
    }

    /// Creates a store with `make(admin:)` (or `board`) in a new directory inside `directory`.
    @discardableResult
    public static func store(in directory: TempDirectory, admin: String = "admin", name: String = "store", board: Board? = nil) throws -> FileStore {
        try FileStore.create(at: directory.at(name), board: board ?? make(admin: admin))
    }

    /// `make(admin:)` with two more issues of P-001 at U-02 for the handling steps (issue 13, item 4): I-0002 in
    /// progress with a 申请延期 to 2027-01-10 pending, I-0003 closed on 2026-11-25.
    public static func withHandling(admin: String = "admin") -> Board {
        var board = make(admin: admin)
        var requested = board.issues[id: "I-0001"]!
        requested.id = "I-0002"
        requested.title = "雨污管网接驳方案待市政审批"
        requested.log.append(
            HandlingLogEntry(
                at: now, by: "M-003", actingFor: nil, action: "申请延期", note: "待市政审批",
                status: .inProgress, due: Day(2027, 1, 10)!))
        board.issues.upsert(requested)
        var closed = board.issues[id: "I-0001"]!
        closed.id = "I-0003"
        closed.title = "施工临时用水接入"
        closed.status = .closed
        closed.resolvedOn = Day(2026, 11, 24)!
        closed.resolution = "已接通"
        closed.closedOn = Day(2026, 11, 25)!
        closed.closedBy = "M-002"
        closed.log.append(HandlingLogEntry(at: now, by: "M-002", actingFor: nil, action: "核验通过", note: "", status: .closed))
        board.issues.upsert(closed)
        return board
    }
}
