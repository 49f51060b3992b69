import Testing

@testable import FrontlineCore

/// The weekly visit of each 帮包干部 (docs/domain-rules.md, "Per-cadre visits"): weeks run Monday to Sunday; a cadre
/// keeps a week with a 现场 visit naming them in it; a week is missed only once it is over; an absence of every working
/// day excuses it; and what follows in the ranking, the briefing and the half-month report. November 2026: Monday the
/// 16th, Sunday the 22nd, Monday the 23rd, Friday the 27th (the fixtures' today), Sunday the 29th.
struct CadreVisitTests {
    /// The zone with P-001's 帮包干部 陈静 (M-011) and 刘洋 (M-012), and these visits.
    static func board(_ visits: [Visit] = [], absences: [Absence] = []) -> Board {
        var board = Fixtures.zone
        var project = board.projects[id: "P-001"]!
        project.cadres = ["M-011", "M-012"]
        board.projects.upsert(project)
        for visit in visits { board.visits.upsert(visit) }
        for absence in absences { board.absences.upsert(absence) }
        return board
    }

    static func visit(_ id: String, _ date: String, _ visitors: [String], mode: VisitMode = .onSite, project: String = "P-001") -> Visit {
        var visit = Fixtures.visit(id, project: project, date, mode: mode)
        visit.visitors = visitors
        return visit
    }

    // MARK: Weeks

    @Test(
        "a week runs Monday to Sunday, across months and years",
        arguments: [
            ("2026-11-16", "2026-11-16", "2026-11-22"), // Monday
            ("2026-11-22", "2026-11-16", "2026-11-22"), // Sunday: still the same week
            ("2026-11-23", "2026-11-23", "2026-11-29"), // the next Monday: the next week
            ("2026-12-31", "2026-12-28", "2027-01-03"), // a week across the year's end
            ("1970-01-01", "1969-12-29", "1970-01-04"), // ordinal 0 was a Thursday
            ("1969-12-28", "1969-12-22", "1969-12-28"), // a negative ordinal
        ])
    func weekBounds(day: String, monday: String, sunday: String) {
        let week = Week(containing: d(day))
        #expect(week.monday == d(monday))
        #expect(week.sunday == d(sunday))
        #expect(week.contains(d(day)) && !week.contains(d(monday).adding(days: -1)) && !week.contains(d(sunday).adding(days: 1)))
    }

    @Test(
        "the last week over is the week of a Sunday, else the week before",
        arguments: [
            ("2026-11-21", "2026-11-09"), // Saturday: this week is still running
            ("2026-11-22", "2026-11-16"), // Sunday: it is over at the end of the day
            ("2026-11-23", "2026-11-16"), // Monday
            ("2026-11-27", "2026-11-16"), // Friday
        ])
    func lastEnded(day: String, monday: String) {
        #expect(Week.lastEnded(by: d(day)).monday == d(monday))
    }

    @Test("the label names both ends, the Sunday without its year unless the year changes")
    func label() {
        #expect(Week(containing: d("2026-11-18")).label == "2026-11-16～11-22")
        #expect(Week(containing: d("2026-12-31")).label == "2026-12-28～2027-01-03")
    }

    // MARK: One cadre, one week

    enum Expected: Equatable { case visited(String), missed, away, pending }

    struct Case: CustomTestStringConvertible, Sendable {
        var why: String
        var visits: [Visit] = []
        var absences: [Absence] = []
        var today: String
        var expected: Expected
        var testDescription: String { why }
    }

    /// 陈静 (M-011) in the week of 2026-11-16.
    static let cases: [Case] = [
        Case(
            why: "a visit on the Monday counts", visits: [visit("V-1", "2026-11-16", ["M-011"])], today: "2026-11-27",
            expected: .visited("2026-11-16")),
        Case(
            why: "a visit on the Sunday counts", visits: [visit("V-1", "2026-11-22", ["M-011"])], today: "2026-11-22",
            expected: .visited("2026-11-22")),
        Case(
            why: "the Sunday before belongs to the week before", visits: [visit("V-1", "2026-11-15", ["M-011"])], today: "2026-11-27",
            expected: .missed),
        Case(
            why: "the Monday after belongs to the week after", visits: [visit("V-1", "2026-11-23", ["M-011"])], today: "2026-11-27", expected: .missed
        ),
        Case(
            why: "the first of two visits is named",
            visits: [visit("V-1", "2026-11-20", ["M-011"]), visit("V-2", "2026-11-17", ["M-012", "M-011"])],
            today: "2026-11-27", expected: .visited("2026-11-17")),
        Case(
            why: "a telephone call does not count", visits: [visit("V-1", "2026-11-18", ["M-011"], mode: .phone)], today: "2026-11-27",
            expected: .missed),
        Case(why: "a colleague's visit does not count", visits: [visit("V-1", "2026-11-18", ["M-012"])], today: "2026-11-27", expected: .missed),
        Case(
            why: "a visit to another project does not count", visits: [visit("V-1", "2026-11-18", ["M-011"], project: "P-002")], today: "2026-11-27",
            expected: .missed),
        Case(why: "on the Saturday the week is still running", today: "2026-11-21", expected: .pending),
        Case(why: "at the end of the Sunday it is over", today: "2026-11-22", expected: .missed),
        Case(
            why: "as of a day before the visit it had not happened", visits: [visit("V-1", "2026-11-20", ["M-011"])], today: "2026-11-19",
            expected: .pending),
        Case(
            why: "away every working day excuses the week", absences: [Fixtures.absence("L-1", "M-011", "2026-11-16", "2026-11-20")],
            today: "2026-11-27", expected: .away),
        Case(
            why: "away four working days of five does not", absences: [Fixtures.absence("L-1", "M-011", "2026-11-16", "2026-11-19")],
            today: "2026-11-27", expected: .missed),
        Case(
            why: "a visit counts even in an absence", visits: [visit("V-1", "2026-11-18", ["M-011"])],
            absences: [Fixtures.absence("L-1", "M-011", "2026-11-16", "2026-11-20")], today: "2026-11-27", expected: .visited("2026-11-18")),
    ]

    @Test("a cadre's week", arguments: cases)
    func cadreWeek(_ c: Case) {
        let index = BoardIndex(Self.board(c.visits, absences: c.absences))
        let check = index.cadreCheck("M-011", project: "P-001", week: Week(containing: d("2026-11-16")), today: d(c.today))
        let expected: CadreVisitCheck.Outcome =
            switch c.expected {
            case .visited(let day): .visited(d(day))
            case .missed: .missed
            case .away: .away
            case .pending: .pending
            }
        #expect(check.outcome == expected)
        #expect(check.outcome.isMiss == (c.expected == .missed))
    }

    @Test("every cadre of every supervised project is checked; a project in production or terminated is not")
    func supervisedOnly() {
        var board = Self.board([Self.visit("V-1", "2026-11-17", ["M-011"])])
        var other = board.projects[id: "P-002"]!
        other.cadres = ["M-021"]
        board.projects.upsert(other)
        let week = Week(containing: d("2026-11-16"))
        var checks = BoardIndex(board).cadreChecks(week: week, today: Fixtures.today)
        #expect(checks.map { "\($0.project) \($0.cadre) \($0.outcome.key)" } == ["P-001 M-011 visited", "P-001 M-012 missed", "P-002 M-021 missed"])
        #expect(BoardIndex(board).cadreProjects(of: "M-021").map(\.id) == ["P-002"])
        other.stage = .operating
        board.projects.upsert(other)
        checks = BoardIndex(board).cadreChecks(week: week, today: Fixtures.today)
        #expect(checks.map(\.project) == ["P-001", "P-001"])
        #expect(BoardIndex(board).cadreProjects(of: "M-021").isEmpty)
        #expect(BoardIndex(board).cadres().map(\.id) == ["M-011", "M-012"])
    }

    @Test("a cadre's row: this week, the last week over, and the weeks missed of the last four")
    func rows() {
        // 陈静 went in the weeks of 11-02 and 11-16 and this week; 刘洋 only in the week of 11-09.
        let board = Self.board([
            Self.visit("V-1", "2026-11-03", ["M-011"]), Self.visit("V-2", "2026-11-12", ["M-012"]),
            Self.visit("V-3", "2026-11-19", ["M-011"]), Self.visit("V-4", "2026-11-24", ["M-011"]),
        ])
        let rows = BoardIndex(board).cadreRows(today: Fixtures.today)
        #expect(rows.map(\.cadre.id) == ["M-011", "M-012"])
        #expect(rows[0].thisWeek.outcome == .visited(d("2026-11-24")) && rows[0].lastWeek.outcome == .visited(d("2026-11-19")))
        #expect(rows[0].missedWeeks == 2) // 10-26 and 11-09
        #expect(rows[1].thisWeek.outcome == .pending && rows[1].lastWeek.outcome == .missed)
        #expect(rows[1].missedWeeks == 3) // 10-26, 11-02 and 11-16
        #expect(BoardIndex(board).cadreRows(today: Fixtures.today, weeks: 1).map(\.missedWeeks) == [0, 1])
    }

    // MARK: The ranking, the briefing and the report

    @Test("a project whose cadre missed the last week over does not count in the unit's visit part, whatever its last visit")
    func ranking() throws {
        func stats(_ board: Board, _ today: String) throws -> UnitStats {
            try #require(BoardIndex(board).unitStats(today: d(today), evidence: true).first { $0.unit.id == "U-01" })
        }
        // Both went in the week of 11-16: the project counts.
        var s = try stats(
            Self.board([Self.visit("V-1", "2026-11-18", ["M-011", "M-012"]), Self.visit("V-2", "2026-11-24", ["M-011"])]), "2026-11-27")
        #expect(s.activeProjects == 1 && s.visitedProjects == 1)
        #expect(s.evidence?.visits.first?.missedBy == [])
        // 刘洋 did not: it does not, though it was visited three days ago.
        s = try stats(Self.board([Self.visit("V-1", "2026-11-18", ["M-011"]), Self.visit("V-2", "2026-11-24", ["M-011"])]), "2026-11-27")
        #expect(s.activeProjects == 1 && s.visitedProjects == 0)
        #expect(s.evidence?.visits.first?.missedBy == ["M-012"])
        // On the Sunday of the week 11-23 that week is the last one over, and 刘洋 missed it too.
        s = try stats(Self.board([Self.visit("V-1", "2026-11-18", ["M-011", "M-012"]), Self.visit("V-2", "2026-11-24", ["M-011"])]), "2026-11-29")
        #expect(s.visitedProjects == 0 && s.evidence?.visits.first?.missedBy == ["M-012"])
        // On the Saturday before, the week of 11-16 was the last one over, and it was kept.
        s = try stats(Self.board([Self.visit("V-1", "2026-11-18", ["M-011", "M-012"]), Self.visit("V-2", "2026-11-24", ["M-011"])]), "2026-11-28")
        #expect(s.visitedProjects == 1)
        // The explanation names the cadre and the week.
        let board = Self.board([Self.visit("V-1", "2026-11-18", ["M-011"]), Self.visit("V-2", "2026-11-24", ["M-011"])])
        let index = BoardIndex(board)
        let score = try #require(
            Ranking.scores(index.unitStats(today: Fixtures.today, evidence: true), settings: board.settings).first { $0.stats.unit.id == "U-01" })
        let explained = ScoreExplanation(score, ranked: 1, settings: board.settings, index: index, lang: .zh)
        let lines = explained.parts.flatMap(\.lines).map(\.text)
        #expect(lines.contains { $0.contains("帮包干部刘洋在2026-11-16～11-22未现场走访") && $0.contains("未达标") })
    }

    @Test("the briefing tells a cadre of each project not visited on site this week, and whether last week was missed too")
    func brief() throws {
        let person = try #require(Fixtures.people.first { $0.id == "M-012" })
        func brief(_ board: Board, _ today: String) -> Brief {
            Brief(person: person, index: BoardIndex(board), today: d(today), since: Fixtures.now)
        }
        var b = brief(Self.board([Self.visit("V-1", "2026-11-18", ["M-011"])]), "2026-11-27")
        #expect(b.cadreDue.map(\.project.id) == ["P-001"])
        #expect(b.cadreDue.first?.missedLastWeek == true && b.cadreDue.first?.week.monday == d("2026-11-23"))
        #expect(!b.isEmpty)
        b = brief(Self.board([Self.visit("V-1", "2026-11-18", ["M-012"])]), "2026-11-27")
        #expect(b.cadreDue.first?.missedLastWeek == false)
        // A visit this week, even by telephone, is not enough: only on site.
        b = brief(Self.board([Self.visit("V-1", "2026-11-24", ["M-012"], mode: .phone)]), "2026-11-27")
        #expect(b.cadreDue.map(\.project.id) == ["P-001"])
        b = brief(Self.board([Self.visit("V-1", "2026-11-24", ["M-012"])]), "2026-11-27")
        #expect(b.cadreDue.isEmpty)
        // On Monday a new week starts: last Tuesday's visit no longer covers it.
        b = brief(Self.board([Self.visit("V-1", "2026-11-24", ["M-012"])]), "2026-11-30")
        #expect(b.cadreDue.map(\.project.id) == ["P-001"] && b.cadreDue.first?.missedLastWeek == false)
        // Someone who is no cadre is told nothing of it.
        let other = try #require(Fixtures.people.first { $0.id == "M-021" })
        #expect(Brief(person: other, index: BoardIndex(Self.board()), today: Fixtures.today, since: Fixtures.now).cadreDue.isEmpty)
    }

    @Test("the half-month report lists the weeks over in the period with every miss, and nothing without cadres")
    func report() {
        // Period 2026-11-16…30 as of 11-27: only the week of 11-16 is over in it (the week of 11-09 ended before it).
        let board = Self.board(
            [Self.visit("V-1", "2026-11-18", ["M-011"]), Self.visit("V-2", "2026-11-10", ["M-011"])],
            absences: [])
        let report = HalfMonthReport(period: Period(year: 2026, month: 11, half: 2), today: Fixtures.today, index: BoardIndex(board))
        #expect(report.cadreWeeks.weeks.map(\.monday) == [d("2026-11-16")])
        #expect(report.cadreWeeks.due == 2 && report.cadreWeeks.visited == 1 && report.cadreWeeks.away == 0)
        #expect(report.cadreWeeks.misses.map(\.cadre) == ["刘洋"])
        let zh = report.markdown(.zh), en = report.markdown(.en)
        #expect(zh.contains("### 帮包干部每周走访（未走访 1 人次）"))
        #expect(zh.contains("应走访 2 人次，已走访 1 人次，离岗 0 人次，未走访 1 人次"))
        #expect(zh.contains("| 刘洋 | 经济发展局 | P-001 | 高端装备产业园 | 2026-11-16～11-22 |"))
        #expect(en.contains("### Cadres' weekly visits (1 missed)"))
        let csv = report.csv(.zh)
        #expect(csv.contains("刘洋,经济发展局,P-001,高端装备产业园,2026-11-16～11-22"))
        // As of the period's last day (a Monday), the week of 11-23 is over too.
        let later = HalfMonthReport(period: Period(year: 2026, month: 11, half: 2), today: d("2026-12-05"), index: BoardIndex(board))
        #expect(later.cadreWeeks.weeks.map(\.monday) == [d("2026-11-16"), d("2026-11-23")])
        #expect(later.cadreWeeks.misses.count == 3)
        // Without cadres the part is left out.
        let none = HalfMonthReport(period: Period(year: 2026, month: 11, half: 2), today: Fixtures.today, index: BoardIndex(Fixtures.zone))
        #expect(none.cadreWeeks.weeks.isEmpty)
        #expect(!none.markdown(.zh).contains("帮包干部") && !none.csv(.zh).contains("帮包干部"))
    }

    // MARK: The field

    @Test("cadres are imported from the projects ledger by name or id, and exported by name")
    func ledger() throws {
        let planned = try LedgerPlannerTests.plan(
            .projects,
            """
            项目编号,帮包干部
            P-001,"陈静、M-012"
            P-002,何军
            """)
        let board = try LedgerPlannerTests.apply(planned, to: Fixtures.zone)
        #expect(board.projects[id: "P-001"]?.cadres == ["M-011", "M-012"])
        #expect(board.projects[id: "P-002"]?.cadres == ["M-021"])
        let cells = LedgerExport.cells(.projects, of: board)
        let column = try #require(LedgerKind.projects.columns.firstIndex { $0.zh == "帮包干部" })
        #expect(cells.map { $0[column] } == ["陈静、刘洋", "何军"])
        // An empty cell clears them.
        let cleared = try LedgerPlannerTests.apply(try LedgerPlannerTests.plan(.projects, "项目编号,帮包干部\nP-001,\n", on: board), to: board)
        #expect(cleared.projects[id: "P-001"]?.cadres == [])
    }

    @Test("an unknown or repeated cadre refuses the ledger with its row and column")
    func badLedger() throws {
        var problems = try LedgerPlannerTests.problems(.projects, "项目编号,帮包干部\nP-001,陈静、查无此人\n")
        #expect(problems.count == 1)
        #expect(problems.first?.text(.zh).contains("找不到人员“查无此人”") == true)
        #expect(problems.first?.text(.en).contains("no person with id or name '查无此人'") == true)
        problems = try LedgerPlannerTests.problems(.projects, "项目编号,帮包干部\nP-001,\"陈静,M-011\"\n")
        #expect(problems.first?.text(.zh).contains("重复") == true)
    }
}

extension CadreVisitTests {
    @Test("an edit of the cadres names people of the board, each once; the project's leader may make it, a unit may not")
    func edit() throws {
        func edit(_ value: JSONValue, as person: String = "M-002") throws -> Plan {
            try Fixtures.plan(
                .edit(RecordEdit(kind: .project, id: "P-001", base: 0, fields: [FieldChange("cadres", old: .array([]), new: value)])),
                on: Fixtures.zone, as: person)
        }
        let plan = try edit(.array([.string("M-011"), .string("M-012")]))
        #expect(plan.changes.first?.fields.first?.new == .array([.string("M-011"), .string("M-012")]))
        #expect(throws: DomainError.notFound(.person, "M-999")) { try edit(.array([.string("M-011"), .string("M-999")])) }
        let twice = #expect(throws: DomainError.self) { try edit(.array([.string("M-011"), .string("M-011")])) }
        #expect(isInvalid(twice, field: "cadres", zh: "“M-011”重复", en: "'M-011' is named twice"))
        #expect(throws: DomainError.self) { try edit(.array([.string("M-011")]), as: "M-011") }
    }
}

extension CadreVisitTests {
    @Test("frontline check names a cadre who is no person of the board")
    func integrity() {
        var board = Self.board()
        var project = board.projects[id: "P-001"]!
        project.cadres = ["M-011", "M-999"]
        board.projects.upsert(project)
        let problems = Integrity.problems(in: board)
        #expect(problems.map { "\($0.id) \($0.field)" } == ["P-001 cadres"])
        #expect(problems.first?.message(.zh).contains("M-999") == true && problems.first?.message(.en).contains("M-999") == true)
        #expect(Integrity.problems(in: Self.board()).isEmpty)
    }
}
