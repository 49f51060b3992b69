import FrontlineCore
import Testing

@testable import FrontlineUI

/// What the board and the briefing derive is derived only where it is shown, and is the same as the full derivation:
/// the parts kept for a screen (`BoardData.keep`), the briefing's own issue rows (`MyItems.openIssues`), the issue
/// list's order (`BoardIndex.listedRows`), a project's issue counts (`BoardIndex.issueCounts`), and the filter's lowercase
/// text (`Line.lowercased`), each against the plain computation on the sample.
@Suite struct DerivedOnceTests {
    /// Rows compared by everything they hold (the rows are not `Equatable`: their description lists every field).
    private func same<T>(_ a: [T], _ b: [T]) -> Bool { a.count == b.count && zip(a, b).allSatisfy { "\($0)" == "\($1)" } }

    @Test("the first screen (总览) derives neither the roster lines nor the units' figures; their tabs do, once, the same")
    func partsAreDerivedForTheirScreens() {
        var state = SampleState.make(width: 120, height: 40)
        #expect(state.tab == .dashboard)
        #expect(!state.data.holds(.unitStats) && !state.data.holds(.dutyRows))
        state.press(.character("6"))
        #expect(state.tab == .reports)
        #expect(state.data.holds(.unitStats) && !state.data.holds(.dutyRows))
        state.press(.character("4"))
        #expect(state.tab == .roster)
        #expect(state.data.holds(.unitStats) && state.data.holds(.dutyRows))
        let index = BoardIndex(SampleState.board)
        #expect(state.data.unitStats == index.unitStats(today: SampleState.today))
        #expect(same(state.data.dutyRows, index.dutyRows(today: SampleState.today)))
    }

    @Test("kept or not, the parts are the full derivation, on the present day and as of an earlier one (:asof)")
    func keptPartsEqualTheFullDerivation() {
        for day in [SampleState.today, Day(2026, 11, 10)!, Day(2026, 10, 1)!] {
            var data = BoardData(board: SampleState.board, today: day, present: SampleState.today)
            let asOf = BoardTimeline(board: SampleState.board, present: SampleState.today).index(asOf: day)
            let stats = asOf.unitStats(today: day), duties = asOf.dutyRows(today: day)
            #expect(data.unitStats == stats)
            #expect(same(data.dutyRows, duties))
            data.keep(Set(BoardData.Part.allCases))
            #expect(data.holds(.unitStats) && data.holds(.dutyRows))
            #expect(data.unitStats == stats)
            #expect(same(data.dutyRows, duties))
            #expect(!stats.isEmpty && !duties.isEmpty)
        }
    }

    @Test("a project's detail shows its unit's roster lines: the same as the whole roster's lines of that unit")
    func oneUnitsDutyRowsAreTheWholeRostersOfThatUnit() {
        let index = BoardIndex(SampleState.board), today = SampleState.today
        let all = index.dutyRows(today: today)
        for unit in SampleState.board.units.rows {
            #expect(same(index.dutyRows(today: today, unit: unit.id), all.filter { $0.duty.unit == unit.id }))
        }
    }

    @Test("every person's open issues, derived alone, are the issue list's rows that concern them, in its order")
    func myOpenIssuesAreTheListFiltered() {
        let index = BoardIndex(SampleState.board)
        var found = 0
        for day in [SampleState.today, Day(2026, 12, 20)!] {
            let list = index.issueRows(today: day)
            for person in SampleState.board.people.rows {
                let expected = list.filter { MyItems.concerns($0.issue, holder: $0.holder, person: person, board: index.board) }
                let mine = MyItems.openIssues(of: person, index: index, today: day)
                #expect(same(mine, expected), "\(person.id) on \(day.iso)")
                #expect(same(MyItems(person: person, index: index, today: day).issues, expected))
                found += mine.count
            }
        }
        #expect(found > 0)
    }

    @Test("the issue list's order is most overdue first, then due date, then id, with closed issues too")
    func listedOrder() {
        let index = BoardIndex(SampleState.board)
        var filter = IssueFilter()
        filter.includeClosed = true
        let rows = index.issueRows(filter, today: SampleState.today)
        let expected = rows.sorted { a, b in
            if a.daysOverdue != b.daysOverdue { return a.daysOverdue > b.daysOverdue }
            if a.issue.due != b.issue.due { return a.issue.due < b.issue.due }
            return a.issue.id < b.issue.id
        }
        #expect(rows.count > 10 && rows.contains { $0.daysOverdue > 0 })
        #expect(same(rows, expected))
        #expect(rows.map(\.issue.id) != SampleState.board.issues.rows.map(\.id), "the order is the list's, not the table's")
    }

    @Test("a project's open and overdue counts, read in place, are those of its issues")
    func projectIssueCounts() {
        let index = BoardIndex(SampleState.board)
        for day in [SampleState.today, Day(2026, 6, 1)!, Day(2027, 3, 1)!] {
            for project in SampleState.board.projects.rows {
                let issues = index.issues(ofProject: project.id)
                let counts = index.issueCounts(ofProject: project.id, today: day)
                #expect(counts.open == issues.filter(\.status.isOpen).count)
                #expect(counts.overdue == issues.filter { Lights.isOverdue($0, today: day) }.count)
            }
        }
    }

    @Test("what belongs to a project or unit is what the tables hold for it, dangling references (an id no table holds) too")
    func groupsAreTheTablesFiltered() {
        var board = SampleState.board
        // A record that names a project or unit the store does not hold (what `check` reports) is still found by it.
        var issue = board.issues.rows[3], visit = board.visits.rows[5]
        issue.project = "P-GONE"
        issue.unit = "U-GONE"
        visit.project = "P-GONE"
        visit.mode = .onSite
        board.issues.upsert(issue)
        board.visits.upsert(visit)
        let index = BoardIndex(board)
        let projects = board.projects.rows.map(\.id) + ["P-GONE", "P-NONE"]
        for project in projects {
            #expect(index.issues(ofProject: project).map(\.id) == board.issues.rows.filter { $0.project == project }.map(\.id))
            #expect(index.visits(ofProject: project).map(\.id) == board.visits.rows.filter { $0.project == project }.map(\.id))
            #expect(
                index.progressReports(ofProject: project).map(\.id) == board.progress.rows.filter { $0.project == project }.map(\.id))
            for day in [SampleState.today, Day(2026, 9, 1)!] {
                let onSite = board.visits.rows.filter { $0.project == project && $0.mode == .onSite && $0.date <= day }.map(\.date)
                #expect(index.lastOnSiteVisit(to: project, onOrBefore: day) == onSite.max(), "\(project) \(day.iso)")
            }
        }
        for unit in board.units.rows.map(\.id) + ["U-GONE", "U-NONE"] {
            #expect(index.issues(ofUnit: unit).map(\.id) == board.issues.rows.filter { $0.unit == unit }.map(\.id))
        }
        #expect(index.issues(ofProject: "P-GONE").map(\.id) == [issue.id])
        #expect(index.lastOnSiteVisit(to: "P-GONE", onOrBefore: SampleState.today) == (visit.date <= SampleState.today ? visit.date : nil))
    }

    @Test("the filter's lowercase text is String.lowercased() for every character of the basic plane, and for mixed lines")
    func lowercasedIsTheStandardOne() {
        var differences: [UInt32] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if Line.lowercased(text) != text.lowercased() { differences.append(value) }
        }
        #expect(differences.isEmpty)
        for text in [
            "P-001 ● 园区ABC公司 · 逾期 12 天 — Overdue", "ÀÉÎ 办理中", "ＡＢＣ ａｂｃ", "Σ 希腊", "ǅ", "İstanbul 项目", "", "   ",
            "AB\u{301} 组合", "✓ ▲ → ①②", "Ⓐ 圈字",
        ] {
            #expect(Line.lowercased(text) == text.lowercased(), "\(text)")
        }
    }
}
