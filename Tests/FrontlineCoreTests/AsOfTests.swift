import Testing

@testable import FrontlineCore

/// The board as it stood on a day, told from the records' own history (issue 11 item 1).
struct AsOfTests {
    static func line(_ at: String, _ action: String, _ status: IssueStatus, due: String? = nil) -> HandlingLogEntry {
        HandlingLogEntry(
            at: t(at + "T10:00:00+08:00"), by: "M-001", actingFor: nil, action: action, note: action == "新建" ? "" : "说明",
            status: status, due: due.map(d))
    }

    /// Raised 11-01, resolved 11-05, closed 11-06, reopened 11-10, resolved 11-12, closed 11-14.
    static let reopened = Fixtures.issue(status: .closed) {
        $0.log = [
            line("2026-11-01", "新建", .pendingAssignment), line("2026-11-02", "交办", .pendingAcceptance),
            line("2026-11-03", "签收", .inProgress), line("2026-11-05", "申请办结", .pendingVerification),
            line("2026-11-06", "核验通过", .closed), line("2026-11-10", "重新打开", .inProgress),
            line("2026-11-12", "申请办结", .pendingVerification), line("2026-11-14", "核验通过", .closed),
        ]
        $0.resolvedOn = d("2026-11-12")
        $0.closedOn = d("2026-11-14")
        $0.closedBy = "M-001"
        $0.reopens = 1
    }

    struct Step: Sendable, CustomTestStringConvertible {
        let day: String
        let status: IssueStatus
        let resolved: String?
        let closed: String?
        let reopens: Int
        var testDescription: String { "\(day): \(status.rawValue)" }
    }

    @Test(
        "closures and reopens after the day do not count",
        arguments: [
            Step(day: "2026-11-04", status: .inProgress, resolved: nil, closed: nil, reopens: 0),
            Step(day: "2026-11-05", status: .pendingVerification, resolved: "2026-11-05", closed: nil, reopens: 0),
            Step(day: "2026-11-08", status: .closed, resolved: "2026-11-05", closed: "2026-11-06", reopens: 0),
            Step(day: "2026-11-11", status: .inProgress, resolved: nil, closed: nil, reopens: 1),
            Step(day: "2026-11-13", status: .pendingVerification, resolved: "2026-11-12", closed: nil, reopens: 1),
            Step(day: "2026-11-14", status: .closed, resolved: "2026-11-12", closed: "2026-11-14", reopens: 1),
        ])
    func reopenedIssue(_ c: Step) {
        let then = Self.reopened.asOf(d(c.day))
        #expect(then.status == c.status)
        #expect(then.resolvedOn == c.resolved.map(d))
        #expect(then.closedOn == c.closed.map(d))
        #expect(then.reopens == c.reopens)
        #expect(then.log.allSatisfy { $0.at.day <= d(c.day) })
    }

    @Test("an issue with nothing after the day is returned as it is")
    func nothingLater() {
        #expect(Self.reopened.asOf(d("2026-11-30")) == Self.reopened)
    }

    @Test("extensions after the day are taken back to the due date the log says was in force")
    func extensions() {
        let issue = Fixtures.issue {
            $0.originalDue = d("2026-11-10")
            $0.due = d("2026-11-30")
            $0.extensions = 2
            $0.log = [
                Self.line("2026-11-01", "新建", .inProgress), Self.line("2026-11-08", "延期", .inProgress, due: "2026-11-20"),
                Self.line("2026-11-18", "延期", .inProgress, due: "2026-11-30"),
            ]
        }
        #expect(issue.asOf(d("2026-11-05")).due == d("2026-11-10"))
        #expect(issue.asOf(d("2026-11-05")).extensions == 0)
        #expect(issue.asOf(d("2026-11-12")).due == d("2026-11-20"))
        #expect(issue.asOf(d("2026-11-12")).extensions == 1)
        // The light follows the due date then in force: due in 3 days as of 11-07 (the original 11-10); as of
        // 11-11 not overdue, because the first extension had moved it to 11-20.
        #expect(Lights.issue(issue.asOf(d("2026-11-07")), today: d("2026-11-07"), settings: Settings()).light == .yellow)
        #expect(Lights.issue(issue.asOf(d("2026-11-11")), today: d("2026-11-11"), settings: Settings()).light == .green)
    }

    @Test("an imported issue whose log starts later is clamped by its dates")
    func importedIssueClampedByDates() {
        let issue = Fixtures.issue(status: .closed) {
            $0.raisedOn = d("2026-02-01")
            $0.resolvedOn = d("2026-03-01")
            $0.closedOn = d("2026-03-05")
            $0.log = [Self.line("2026-11-01", "导入", .closed)]
        }
        #expect(issue.asOf(d("2026-02-15")).status == .inProgress)
        #expect(issue.asOf(d("2026-03-02")).status == .pendingVerification)
        #expect(issue.asOf(d("2026-03-10")).status == .closed && issue.asOf(d("2026-03-10")).closedOn == d("2026-03-05"))
    }

    @Test("a project's investment, stage and start come from the progress reports known by the day")
    func projectFromReports() {
        func report(_ id: String, _ period: String, on day: String, done: String, ytd: String, stage: Stage?) -> ProgressReport {
            var r = ProgressReport(id: id)
            r.project = "P-001"
            r.period = Period(text: period)!
            r.reportedOn = d(day)
            r.periodDone = Money(done)!
            r.ytd = Money(ytd)!
            r.stage = stage
            r.nextSteps = "下步 \(id)"
            return r
        }
        let project = Fixtures.project("P-001") {
            $0.stage = .building
            $0.actualStart = d("2026-10-20")
            $0.ytd = Money("300")!
            $0.nextSteps = "下步 R-2"
        }
        let r1 = report("R-1", "2026-10-1", on: "2026-10-15", done: "100", ytd: "100", stage: nil)
        let r2 = report("R-2", "2026-10-2", on: "2026-10-20", done: "200", ytd: "300", stage: .building)
        let board = Fixtures.zone.with(project, r1, r2)
        let before = board.asOfRecords(d("2026-10-05")).projects[id: "P-001"]!
        #expect(before.ytd == .zero, "what the first report started from")
        #expect(before.actualStart == nil && before.stage == .signed && !before.hasStarted(on: d("2026-10-05")))
        #expect(before.nextSteps == "")
        let middle = board.asOfRecords(d("2026-10-16")).projects[id: "P-001"]!
        #expect(middle.ytd == Money("100")! && middle.nextSteps == "下步 R-1" && middle.stage == .signed)
        // A report filed a day late still describes its period: as of the period's end it is known.
        let late = board.with(report("R-2", "2026-10-2", on: "2026-11-01", done: "200", ytd: "300", stage: .building))
        #expect(late.asOfRecords(d("2026-10-31")).projects[id: "P-001"]!.ytd == Money("300")!)
        #expect(board.asOfRecords(d("2026-11-27")).projects[id: "P-001"]! == project)
    }

    @Test("visits and issues from after the day are not there; rosters and absences keep their own dates")
    func laterRecordsLeaveOut() {
        let board = Fixtures.zone.with(
            Fixtures.visit("V-1", "2026-11-01"), Fixtures.visit("V-2", "2026-11-20"),
            Fixtures.issue("I-1") { $0.raisedOn = d("2026-11-21") },
            Fixtures.absence("L-1", "M-011", "2026-11-25", "2026-11-30"))
        let then = board.asOfRecords(d("2026-11-10"))
        #expect(then.visits.map(\.id) == ["V-1"])
        #expect(then.issues.isEmpty)
        #expect(then.absences.count == 1 && then.duties.count == board.duties.count)
    }

    @Test("the timeline takes back journal entries written after the day, exactly, edits included")
    func journalRewind() throws {
        var journal = Journal(Fixtures.zone.with(Fixtures.issue()))
        let base = journal.board
        try journal.run(
            .edit(RecordEdit(kind: .unit, id: "U-01", base: 0, fields: [FieldChange("sortOrder", old: .int(0), new: .int(7))])), as: "M-001")
        try journal.run(.moveIssue(IssueMove(issue: "I-0001", action: .resolve, note: "已解决")), as: "M-001")
        // Fixtures' journal writes every entry on 2026-11-27.
        let timeline = BoardTimeline(board: journal.board, journal: journal.history, present: d("2026-11-28"))
        let then = timeline.board(asOf: d("2026-11-26"))
        #expect(then.units[id: "U-01"]?.sortOrder == 0)
        #expect(then.issues[id: "I-0001"]?.status == .inProgress)
        #expect(then.issues[id: "I-0001"]?.log == base.issues[id: "I-0001"]?.log)
        #expect(timeline.board(asOf: d("2026-11-27")).issues[id: "I-0001"]?.status == .pendingVerification)
        #expect(timeline.board(asOf: d("2026-11-28")).revision == journal.board.revision, "on the present day nothing is taken back")
    }
}
