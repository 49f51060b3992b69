@testable import FrontlineCore

/// A literal date: `d("2026-11-27")`. Crashes on a typo, which is what a fixture wants.
func d(_ iso: String) -> Day {
    guard let day = Day(iso: iso) else { preconditionFailure("bad fixture date \(iso)") }
    return day
}

/// A literal instant: `t("2026-11-27T10:00:00+08:00")`.
func t(_ iso: String) -> Timestamp {
    guard let stamp = Timestamp(iso: iso) else { preconditionFailure("bad fixture timestamp \(iso)") }
    return stamp
}

/// The small development zone every core test works in.
///
/// | unit | name | head | roster |
/// |---|---|---|---|
/// | U-00 | 绩效办 | M-001 | – |
/// | U-01 | 经发局 | M-010 | D-01 综合 A M-012 / B M-011 (listed first); D-02 项目服务 A M-011 / B M-012 |
/// | U-02 | 高新街道 | M-020 | D-03 项目服务 A M-021 / B M-020 |
/// | U-03 | 创新园区 | M-030 | – |
/// | U-04 | 城管中心 | M-040 | – |
///
/// People: M-001 王敏 and M-004 吴刚 管理员; M-002 李强 and M-003 赵磊 领导; M-010…M-040 单位;
/// M-099 钱进 只读. Projects: P-001 (leader M-002, unit U-01, area U-02, co-unit U-03, 在建) and
/// P-002 (leader M-003, unit U-04, 签约).
enum Fixtures {
    /// The default "today" of the planner tests: a Friday in the second half of November 2026.
    static let today = d("2026-11-27")
    static let now = t("2026-11-27T10:00:00+08:00")

    // MARK: Records

    static func unit(_ id: String, _ name: String, kind: UnitKind, head: String?) -> Unit {
        var unit = Unit(id: id)
        unit.name = name
        unit.unitKind = kind
        unit.head = head
        return unit
    }

    static func person(_ id: String, _ name: String, unit: String, role: Role, login: String?) -> Person {
        var person = Person(id: id)
        person.name = name
        person.unit = unit
        person.role = role
        person.login = login
        return person
    }

    static func duty(_ id: String, unit: String, _ name: String, a: String, b: String) -> Duty {
        var duty = Duty(id: id)
        duty.unit = unit
        duty.duty = name
        duty.a = a
        duty.b = b
        return duty
    }

    static func absence(_ id: String, _ person: String, _ from: String, _ to: String) -> Absence {
        var absence = Absence(id: id)
        absence.person = person
        absence.from = d(from)
        absence.to = d(to)
        absence.reason = .trip
        return absence
    }

    static func project(
        _ id: String, leader: String = "M-002", unit: String = "U-01",
        _ configure: (inout Project) -> Void = { _ in }
    ) -> Project {
        var project = Project(id: id)
        project.name = "项目 \(id)"
        project.leader = leader
        project.unit = unit
        project.stage = .building
        configure(&project)
        return project
    }

    /// An issue of P-001 handled by U-01, due 2026-12-10, with one 新建 line in its log.
    static func issue(
        _ id: String = "I-0001", status: IssueStatus = .inProgress,
        _ configure: (inout Issue) -> Void = { _ in }
    ) -> Issue {
        var issue = Issue(id: id)
        issue.project = "P-001"
        issue.title = "施工用电未接入"
        issue.raisedOn = d("2026-11-01")
        issue.raisedBy = "M-002"
        issue.unit = "U-01"
        issue.due = d("2026-12-10")
        issue.originalDue = d("2026-12-10")
        issue.status = status
        issue.log = [
            HandlingLogEntry(
                at: t("2026-11-01T09:00:00+08:00"), by: "M-002", actingFor: nil,
                action: "新建", note: "", status: .pendingAssignment)
        ]
        configure(&issue)
        return issue
    }

    static func visit(_ id: String, project: String = "P-001", _ date: String, mode: VisitMode = .onSite) -> Visit {
        var visit = Visit(id: id)
        visit.project = project
        visit.date = d(date)
        visit.mode = mode
        visit.visitors = ["M-011"]
        visit.note = "现场查看"
        return visit
    }

    // MARK: The zone

    static let units = [
        unit("U-00", "绩效考核办公室", kind: .functional, head: "M-001"),
        unit("U-01", "经济发展局", kind: .economic, head: "M-010"),
        unit("U-02", "高新街道", kind: .subdistrict, head: "M-020"),
        unit("U-03", "创新园区", kind: .park, head: "M-030"),
        unit("U-04", "城管中心", kind: .functional, head: "M-040"),
    ]

    static let people = [
        person("M-001", "王敏", unit: "U-00", role: .admin, login: "wangmin"),
        person("M-004", "吴刚", unit: "U-00", role: .admin, login: "wugang"),
        person("M-002", "李强", unit: "U-00", role: .leader, login: "liqiang"),
        person("M-003", "赵磊", unit: "U-00", role: .leader, login: "zhaolei"),
        person("M-010", "周平", unit: "U-01", role: .unit, login: "zhouping"),
        person("M-011", "陈静", unit: "U-01", role: .unit, login: "chenjing"),
        person("M-012", "刘洋", unit: "U-01", role: .unit, login: "liuyang"),
        person("M-020", "孙丽", unit: "U-02", role: .unit, login: "sunli"),
        person("M-021", "何军", unit: "U-02", role: .unit, login: "hejun"),
        person("M-030", "郑伟", unit: "U-03", role: .unit, login: "zhengwei"),
        person("M-040", "马超", unit: "U-04", role: .unit, login: "machao"),
        person("M-099", "钱进", unit: "U-00", role: .readOnly, login: "qianjin"),
    ]

    static let duties = [
        duty("D-01", unit: "U-01", "综合", a: "M-012", b: "M-011"),
        duty("D-02", unit: "U-01", "项目服务", a: "M-011", b: "M-012"),
        duty("D-03", unit: "U-02", "项目服务", a: "M-021", b: "M-020"),
    ]

    static let projects = [
        project("P-001", leader: "M-002", unit: "U-01") {
            $0.name = "高端装备产业园"
            $0.area = "U-02"
            $0.coUnits = ["U-03"]
        },
        project("P-002", leader: "M-003", unit: "U-04") {
            $0.name = "新材料中试基地"
            $0.stage = .signed
        },
    ]

    /// Units, people, roster and the two projects; no absences, issues or visits.
    static var zone: Board {
        var board = Board()
        for record in units { board.units.upsert(record) }
        for record in people { board.people.upsert(record) }
        for record in duties { board.duties.upsert(record) }
        for record in projects { board.projects.upsert(record) }
        return board
    }

    // MARK: Actors and planning

    /// The actor for a person of the zone, as the program would map their login.
    static func actor(_ personId: String) -> Actor {
        guard let person = people.first(where: { $0.id == personId }) else { preconditionFailure("no \(personId)") }
        return Actor(login: person.login ?? "", uid: 1000, person: person)
    }

    static let unknownActor = Actor(login: "nobody", uid: 4242, person: nil)

    /// Every new record of a kind gets the same id: `I-9001`, `V-9001`, `R-9001`, `L-9001` …
    static let fixedIds = IdSource { kind, _ in
        let letter = kind.idPrefix.letter.isEmpty ? "X" : kind.idPrefix.letter
        return "\(letter)-9001"
    }

    static func context(
        _ personId: String = "M-001", today: Day = Fixtures.today, now: Timestamp = Fixtures.now,
        history: [Entry] = []
    ) -> PlanContext {
        PlanContext(actor: actor(personId), today: today, now: now, ids: fixedIds, history: history)
    }

    static func plan(
        _ intent: Intent, on board: Board, as personId: String = "M-001", today: Day = Fixtures.today,
        history: [Entry] = []
    ) throws(DomainError) -> Plan {
        try Planner.plan(intent, on: board, context: context(personId, today: today, history: history))
    }
}

extension Board {
    /// A copy with these records added (or replaced when the id exists).
    func with(_ records: any Record...) -> Board {
        var board = self
        for record in records {
            switch record {
            case let r as Unit: board.units.upsert(r)
            case let r as Person: board.people.upsert(r)
            case let r as Duty: board.duties.upsert(r)
            case let r as Absence: board.absences.upsert(r)
            case let r as Project: board.projects.upsert(r)
            case let r as Issue: board.issues.upsert(r)
            case let r as Visit: board.visits.upsert(r)
            case let r as ProgressReport: board.progress.upsert(r)
            case let r as Settings: board.settings = r
            default: preconditionFailure("unknown record \(record)")
            }
        }
        return board
    }
}

/// A board and its journal since the snapshot, for tests that need history (undo, conflicts).
///
/// `run` plans an intent as a person, turns the plan into the next journal entry at a fixed
/// time (one minute per entry after 10:00) and folds it in, exactly as the store does.
struct Journal {
    var board: Board
    var history: [Entry] = []

    init(_ board: Board) { self.board = board }

    /// The time the next entry is written at.
    var nextTime: Timestamp {
        Timestamp(seconds: Fixtures.now.seconds + Int64(60 * (board.revision + 1)), utcOffset: Fixtures.now.utcOffset)
    }

    func plan(_ intent: Intent, as personId: String) throws(DomainError) -> Plan {
        try Fixtures.plan(intent, on: board, as: personId, history: history)
    }

    @discardableResult
    mutating func run(_ intent: Intent, as personId: String) throws -> Entry {
        let plan = try plan(intent, as: personId)
        let entry = plan.entry(after: board.revision, at: nextTime, actor: Fixtures.actor(personId), prev: "")
        try board.apply(entry)
        history.append(entry)
        return entry
    }
}

/// The field named by a `DomainError.invalid`, or nil for any other error.
func invalidField(_ error: DomainError?) -> String? {
    if case .invalid(let field, _)? = error { return field }
    return nil
}

/// Whether `error` refuses `field` for a reason that reads `zh` in Chinese and `en` in English.
func isInvalid(_ error: DomainError?, field: String, zh: String, en: String) -> Bool {
    guard case .invalid(let got, let reason)? = error else { return false }
    return got == field && reason.text(.zh) == zh && reason.text(.en) == en
}
