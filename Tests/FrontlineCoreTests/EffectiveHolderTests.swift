import Testing

@testable import FrontlineCore

/// The effective holder (AB角): A, unless A is away, then B; both away → the unit head.
///
/// The roster of U-01 (head 周平 M-010): D-01 综合 A 刘洋 M-012 / B 陈静 M-011 (listed first),
/// D-02 项目服务 A 陈静 M-011 / B 刘洋 M-012.
struct EffectiveHolderTests {
    static let duty = Fixtures.duties[1] // D-02 项目服务 A M-011, B M-012
    static let aAway = Fixtures.absence("L-001", "M-011", "2026-11-20", "2026-11-25")
    static let bAway = Fixtures.absence("L-002", "M-012", "2026-11-24", "2026-11-30")

    struct HolderCase: Sendable, CustomTestStringConvertible {
        let day: String
        let absences: [Absence]
        let holder: Holder
        let why: String
        var testDescription: String { "\(day): \(why)" }
    }

    static let a = Holder(person: "M-011", via: .a, actingFor: nil)
    static let bForA = Holder(person: "M-012", via: .b, actingFor: "M-011")
    static let headForA = Holder(person: "M-010", via: .head, actingFor: "M-011")

    @Test(
        "holder(of:on:) around A's absence 2026-11-20 … 2026-11-25",
        arguments: [
            HolderCase(day: "2026-11-19", absences: [aAway], holder: a, why: "the day before → A"),
            HolderCase(day: "2026-11-20", absences: [aAway], holder: bForA, why: "first day away → B for A"),
            HolderCase(day: "2026-11-22", absences: [aAway], holder: bForA, why: "in the middle → B for A"),
            HolderCase(day: "2026-11-25", absences: [aAway], holder: bForA, why: "last day away → B for A"),
            HolderCase(day: "2026-11-26", absences: [aAway], holder: a, why: "the day after → A"),
            HolderCase(day: "2026-11-22", absences: [], holder: a, why: "nobody away → A"),
            HolderCase(day: "2026-11-22", absences: [bAway], holder: a, why: "only B away → A"),
            HolderCase(day: "2026-11-23", absences: [aAway, bAway], holder: bForA, why: "B not yet away → B for A"),
            HolderCase(day: "2026-11-24", absences: [aAway, bAway], holder: headForA, why: "both away → head for A"),
            HolderCase(day: "2026-11-25", absences: [aAway, bAway], holder: headForA, why: "both away, A's last day → head"),
            HolderCase(day: "2026-11-26", absences: [aAway, bAway], holder: a, why: "A back, B still away → A"),
        ])
    func holder(_ c: HolderCase) {
        var board = Fixtures.zone
        for absence in c.absences { board = board.with(absence) }
        let index = BoardIndex(board)
        #expect(index.holder(of: Self.duty, on: d(c.day)) == c.holder)
    }

    @Test(
        "isAbsent covers the first and the last day",
        arguments: [
            ("2026-11-19", false), ("2026-11-20", true), ("2026-11-25", true), ("2026-11-26", false),
        ])
    func isAbsent(day: String, absent: Bool) {
        let index = BoardIndex(Fixtures.zone.with(Self.aAway))
        #expect(index.isAbsent("M-011", on: d(day)) == absent)
        #expect(!index.isAbsent("M-012", on: d(day)))
    }

    struct IssueCase: Sendable, CustomTestStringConvertible {
        let why: String
        let unit: String
        let person: String?
        let absences: [Absence]
        let issueDuty: String
        let holder: Holder?
        var testDescription: String { why }
    }

    @Test(
        "responsible(for:on:) on 2026-11-22",
        arguments: [
            IssueCase(
                why: "no person → A of the unit's 项目服务 duty, not the first-listed 综合", unit: "U-01", person: nil,
                absences: [], issueDuty: "项目服务", holder: Holder(person: "M-011", via: .a, actingFor: nil)),
            IssueCase(
                why: "no person, 项目服务 A away → its B", unit: "U-01", person: nil,
                absences: [aAway], issueDuty: "项目服务", holder: Holder(person: "M-012", via: .b, actingFor: "M-011")),
            IssueCase(
                why: "no person, issue duty set to 综合 → 综合's A", unit: "U-01", person: nil,
                absences: [], issueDuty: "综合", holder: Holder(person: "M-012", via: .a, actingFor: nil)),
            IssueCase(
                why: "no person, unknown issue duty → the unit's first duty", unit: "U-01", person: nil,
                absences: [], issueDuty: "招商统计", holder: Holder(person: "M-012", via: .a, actingFor: nil)),
            // Was nobody (issue 11): docs/domain.md says the unit head holds what no A or B can.
            IssueCase(
                why: "no person, a unit with no roster → its head", unit: "U-03", person: nil,
                absences: [], issueDuty: "项目服务", holder: Holder(person: "M-030", via: .head, actingFor: nil)),
            IssueCase(
                why: "no person, a unit with neither roster nor head → nobody", unit: "U-99", person: nil,
                absences: [], issueDuty: "项目服务", holder: nil),
            IssueCase(
                why: "named person present → that person", unit: "U-01", person: "M-012",
                absences: [], issueDuty: "项目服务", holder: Holder(person: "M-012", via: .a, actingFor: nil)),
            IssueCase(
                why: "named person 陈静 away → her B 刘洋 from D-02 where she is A", unit: "U-01", person: "M-011",
                absences: [aAway], issueDuty: "项目服务", holder: Holder(person: "M-012", via: .b, actingFor: "M-011")),
            IssueCase(
                why: "named person and her B away → unit head", unit: "U-01", person: "M-011",
                absences: [aAway, Fixtures.absence("L-002", "M-012", "2026-11-22", "2026-11-22")], issueDuty: "项目服务",
                holder: Holder(person: "M-010", via: .head, actingFor: "M-011")),
            IssueCase(
                why: "named person 黄磊 away who is A of no duty → unit head for him", unit: "U-01", person: "M-013",
                absences: [Fixtures.absence("L-003", "M-013", "2026-11-22", "2026-11-22")], issueDuty: "项目服务",
                holder: Holder(person: "M-010", via: .head, actingFor: "M-013")),
            IssueCase(
                why: "U-02, no person → 何军, A of its 项目服务", unit: "U-02", person: nil,
                absences: [], issueDuty: "项目服务", holder: Holder(person: "M-021", via: .a, actingFor: nil)),
        ])
    func responsible(_ c: IssueCase) {
        var settings = Settings()
        settings.issueDuty = c.issueDuty
        let issue = Fixtures.issue {
            $0.unit = c.unit; $0.person = c.person
        }
        let huang = Fixtures.person("M-013", "黄磊", unit: "U-01", role: .unit, login: "huanglei")
        var board = Fixtures.zone.with(issue, settings, huang)
        for absence in c.absences { board = board.with(absence) }
        #expect(BoardIndex(board).responsible(for: issue, on: d("2026-11-22")) == c.holder)
    }

    @Test("a roster line outside its validity dates is not used for routing")
    func validity() {
        var expired = Fixtures.duties[1]
        expired.validTo = d("2026-10-31")
        var current = Fixtures.duty("D-09", unit: "U-01", "项目服务", a: "M-010", b: "M-012")
        current.validFrom = d("2026-11-01")
        let issue = Fixtures.issue { $0.person = nil }
        let index = BoardIndex(Fixtures.zone.with(expired, current, issue))
        #expect(index.responsible(for: issue, on: d("2026-11-22"))?.person == "M-010")
        #expect(index.responsible(for: issue, on: d("2026-10-31"))?.person == "M-011")
    }

    @Test("a unit whose every roster line is expired or not yet valid today: its head holds its issues")
    func noValidLineMeansTheHead() {
        var expired = Fixtures.duties[1]
        expired.validTo = d("2026-10-31")
        var future = Fixtures.duties[0]
        future.validFrom = d("2026-12-01")
        let issue = Fixtures.issue { $0.person = nil }
        let index = BoardIndex(Fixtures.zone.with(expired, future, issue))
        #expect(index.responsible(for: issue, on: d("2026-11-22")) == Holder(person: "M-010", via: .head, actingFor: nil))
        #expect(index.issueRow(issue, today: d("2026-11-22")).holder?.person == "M-010", "the issue list shows the head too")
    }

    @Test("the AB screen and `units` list only the lines in force today; all of them on request, marked")
    func linesNotInForceAreNotHeldToday() {
        var expired = Fixtures.duties[1]
        expired.validTo = d("2026-10-31")
        var future = Fixtures.duty("D-09", unit: "U-01", "招商统计", a: "M-010", b: "M-012")
        future.validFrom = d("2026-12-01")
        let index = BoardIndex(Fixtures.zone.with(expired, future))
        let today = d("2026-11-22")
        #expect(index.dutyRows(today: today, unit: "U-01").map(\.duty.id) == ["D-01"])
        let all = index.dutyRows(today: today, unit: "U-01", includeInactive: true)
        #expect(all.map(\.duty.id) == ["D-01", "D-02", "D-09"])
        #expect(all.map(\.inForce) == [true, false, false])
    }

    @Test("the AB screen shows today's holder and the absences behind it")
    func dutyRows() {
        let index = BoardIndex(Fixtures.zone.with(Self.aAway))
        let rows = index.dutyRows(today: d("2026-11-22"), unit: "U-01")
        #expect(rows.map(\.duty.id) == ["D-01", "D-02"])
        #expect(rows[1].holder == Self.bForA)
        #expect(rows[1].aAbsence == Self.aAway)
        #expect(rows[1].bAbsence == nil)
        #expect(rows[0].holder == Holder(person: "M-012", via: .a, actingFor: nil))
    }
}
