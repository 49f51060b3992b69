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

    /// Creates a store with `make(admin:)` in a new directory inside `directory`.
    @discardableResult
    public static func store(in directory: TempDirectory, admin: String = "admin", name: String = "store") throws -> FileStore {
        try FileStore.create(at: directory.at(name), board: make(admin: admin))
    }
}
