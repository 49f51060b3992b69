import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What the bundled sample promises (README, docs/architecture.md "The sample and the generator"), checked
/// on the shipped store with the product's own rules: lights, holders and figures come from the core.
struct SamplePromiseTests {
    let board: Board
    let index: BoardIndex
    let today: Day

    init() throws {
        board = try FileStore(directory: Repository.sample).board
        index = BoardIndex(board)
        today = try #require(board.settings.sampleDate)
    }

    @Test func theZoneItsDateAndItsSize() {
        #expect(board.settings.zoneName == "潍坊高新区")
        #expect(today == Day(2026, 11, 27)!)
        #expect(board.units.count == 12 && board.people.count == 56 && board.projects.count == 30 && board.issues.count == 124)
        #expect(board.visits.count >= 250 && board.progress.count >= 90)
        #expect(board.reports.map(\.id) == ["2026-10"], "only October's 招商引资成绩 is published")
        #expect(Integrity.problems(in: board).isEmpty)
    }

    @Test func theArticlesProjectsAndTheTwoProblemsOf万声() throws {
        let 柏年城 = try #require(board.projects.first { $0.name == "高创·柏年城" })
        #expect(柏年城.stage == .completed && 柏年城.actualFinish == Day(2026, 10, 28))
        let 万声 = try #require(board.projects.first { $0.name == "万声健康工场浮空岛" })
        let problems = index.issues(ofProject: 万声.id)
        let drawings = try #require(problems.first { $0.title == "新型气膜结构施工图审查缺乏先例" })
        #expect(drawings.status == .closed && drawings.unit == "U-10")
        let entrance = try #require(problems.first { $0.title.hasPrefix("渤海路侧出入口") })
        #expect(entrance.status == .inProgress && entrance.extensions == 1 && entrance.source == .visit)
        #expect(entrance.due == Day(2026, 12, 15) && entrance.originalDue == Day(2026, 11, 20))
        #expect(board.visits.contains { $0.issues.contains(entrance.id) && $0.project == 万声.id })
    }

    /// The dashboard of the README (`frontline demo`, checked screen by screen by ReadmeScreenTests).
    @Test func theFiguresOfTheREADMEsDashboard() {
        let projectLights = board.projects.map { index.light(of: $0, today: today).light }
        #expect([Light.red, .yellow, .green, .gray].map { light in projectLights.filter { $0 == light }.count } == [5, 14, 9, 2])
        let open = board.issues.filter(\.status.isOpen)
        #expect(open.count == 54)
        #expect(open.filter { Lights.isOverdue($0, today: today) }.count == 12, "I-0088 reopened by its 不满意 回访")
        #expect(open.filter { Lights.isDueWithin($0, days: board.settings.dueSoonDays, today: today) }.count == 9)
        #expect(open.filter { $0.status == .pendingVerification }.count == 8)
        let stages: [Stage: Int] = [
            .planning: 1, .negotiating: 1, .signed: 4, .started: 2, .building: 17, .completed: 2,
            .operating: 1, .suspended: 1, .terminated: 1,
        ]
        #expect(Dictionary(grouping: board.projects, by: \.stage).mapValues(\.count) == stages)
    }

    @Test func everyLightWithItsReasons() {
        let issueLights = board.issues.map { index.light(of: $0, today: today).light }
        for light in [Light.red, .yellow, .green, .gray] { #expect(issueLights.filter { $0 == light }.count >= 5, "\(light)") }
        let reds = board.projects.map { index.light(of: $0, today: today) }.filter { $0.light == .red }
        let redRules = reds.flatMap(\.reasons).filter { $0.light == .red }.map(\.rule)
        #expect(redRules.contains { if case .startLate = $0 { true } else { false } })
        #expect(redRules.contains { if case .behindSchedule = $0 { true } else { false } })
        #expect(redRules.contains { if case .override = $0 { true } else { false } })
        // Issues due today and within the window, and one closed after its original due date.
        #expect(board.issues.contains { $0.status.isOpen && $0.due == today })
        #expect(board.issues.contains { $0.status.isOpen && $0.due == today.adding(days: 3) })
        #expect(board.issues.contains { index.light(of: $0, today: today).reasons.contains(LightReason(.gray, .closed(late: true))) })
    }

    @Test func projectsNotVisitedForAWeekAndOneNeverVisited() {
        let supervised = board.projects.filter { !$0.stage.isFinished }
        let stale = supervised.filter { !index.isVisitCompliant($0, today: today) }
        #expect(stale.count >= 3)
        #expect(supervised.contains { index.lastOnSiteVisit(to: $0.id, onOrBefore: today) == nil })
        #expect(board.visits.allSatisfy { $0.date <= today && $0.date >= Day(2026, 10, 1)! })
        #expect(board.visits.allSatisfy { visit in visit.visitors.allSatisfy { !index.isAbsent($0, on: visit.date) } })
    }

    @Test func anAbsentACoveredByBAndADutyBothAreAwayFrom() {
        let holders = board.duties.map { ($0, index.holder(of: $0, on: today)) }
        #expect(holders.contains { $0.1.via == .b && $0.1.actingFor == $0.0.a })
        #expect(holders.contains { $0.1.via == .head && index.isAbsent($0.0.a, on: today) && index.isAbsent($0.0.b, on: today) })
        #expect(board.absences.contains { $0.to < today } && board.absences.contains { $0.from > today })
        // A B who acted for an A whose absence is still running today.
        let covering = board.absences.filter { $0.covers(today) }
        #expect(
            board.issues.contains { issue in
                issue.log.contains { line in covering.contains { $0.person == line.actingFor && $0.covers(line.at.day) } }
            })
    }

    @Test func everyStageStatusAndVocabularyOccurs() {
        #expect(VocabularyCoverage.missing(in: board).isEmpty, "\(VocabularyCoverage.missing(in: board))")
        #expect(board.issues.contains { $0.reopens > 0 } && board.issues.contains { $0.returns > 0 } && board.issues.contains { $0.extensions > 0 })
    }

    @Test func peopleAndLogins() throws {
        let logins = board.people.compactMap(\.login)
        #expect(Set(logins).count == logins.count)
        let demo = try #require(board.person(login: "demo"))
        #expect(demo.role == .admin && board.units[id: demo.unit]?.name == "绩效考核办公室")
        // Everyone in the sample is invented: none of the article's real people.
        #expect(board.people.allSatisfy { !["刘卫东", "张亚平", "石峻玮", "咸龙", "李争粉"].contains($0.name) })
    }

    @Test func progressReportsAddUpToEachProjectsInvestment() {
        for project in board.projects {
            let reports = index.progressReports(ofProject: project.id).sorted { $0.period < $1.period }
            guard let last = reports.last else { Testing.Issue.record("\(project.id) has no report"); continue }
            for (earlier, later) in zip(reports, reports.dropFirst()) {
                #expect(later.ytd == earlier.ytd + later.periodDone, "\(later.id)")
            }
            #expect(last.ytd == project.ytd && last.progressText == project.progressText && last.progressPct == project.progressPct)
        }
    }
}
