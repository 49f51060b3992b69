import Testing

@testable import FrontlineCore

/// 招商 (issue 16, item 2; docs/domain-rules.md, "招商"): squads led by a 班子成员, leads moved 线索 → 洽谈 → 签约 and
/// landed as a key project, who may do what, bad input in both languages changing nothing, the monthly results on a
/// hand-worked example, publishing and freezing them on both sides of the month's end, and the ranking's part.
///
/// The zone of `Fixtures`: M-001 王敏 管理员, M-002 李强 and M-003 赵磊 领导, M-010…M-012 of 经发局 (U-01), M-020 and
/// M-021 of 高新街道 (U-02), M-030 of 创新园区 (U-03), M-040 of 城管中心 (U-04), M-099 钱进 只读.
struct AttractionTests {
    static func context(_ person: String, today: Day = Fixtures.today) -> PlanContext {
        PlanContext(actor: Fixtures.actor(person), today: today, now: Fixtures.now, ids: .sequential)
    }

    @discardableResult
    static func run(_ intent: Intent, on board: inout Board, as person: String, today: Day = Fixtures.today) throws -> Entry {
        let plan = try Planner.plan(intent, on: board, context: context(person, today: today))
        let entry = plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor(person), prev: "")
        try board.apply(entry)
        return entry
    }

    static var squadDraft: SquadDraft {
        var draft = SquadDraft(name: "新能源产业招商小分队", unit: "U-01", leader: "M-002")
        draft.members = ["M-020", "M-030", "M-002", "M-020"]
        draft.focus = "长三角 新能源电池材料"
        return draft
    }

    static var leadDraft: LeadDraft {
        var draft = LeadDraft(name: "年产2万吨锂电池正极材料项目", squad: "SQ-01")
        draft.investor = "宁波某新能源材料股份有限公司"
        draft.region = "长三角"
        draft.industry = "新能源电池材料"
        draft.investment = Money("32000")!
        draft.output = Money("150000")!
        draft.tax = Money("6800")!
        draft.jobs = 520
        return draft
    }

    /// SQ-01 led by 李强 with 孙丽 (U-02) and 郑伟 (U-03), for 经发局; ZS-001 found by 孙丽 on 11-20.
    static func withLead() throws -> Board {
        var board = Fixtures.zone
        try run(.recordSquad(squadDraft), on: &board, as: "M-002")
        try run(.recordLead(leadDraft), on: &board, as: "M-020", today: d("2026-11-20"))
        return board
    }

    @Test("a leader forms a squad: members once each, not the leader twice; the lead takes the squad's unit")
    func squadAndLead() throws {
        var board = Fixtures.zone
        let entry = try Self.run(.recordSquad(Self.squadDraft), on: &board, as: "M-002")
        #expect(entry.action == "squad.new" && entry.summary == "SQ-01 招商小分队：新能源产业招商小分队")
        let squad = try #require(board.squads[id: "SQ-01"])
        #expect(
            squad.unit == "U-01" && squad.leader == "M-002" && squad.members == ["M-020", "M-030"] && squad.everyone == ["M-002", "M-020", "M-030"])
        let lead = try Self.run(.recordLead(Self.leadDraft), on: &board, as: "M-020", today: d("2026-11-20"))
        #expect(lead.action == "lead.new" && lead.summary == "ZS-001 招商线索：年产2万吨锂电池正极材料项目")
        let stored = try #require(board.leads[id: "ZS-001"])
        #expect(stored.unit == "U-01" && stored.squad == "SQ-01" && stored.stage == .lead && stored.foundOn == d("2026-11-20"))
        #expect(stored.investment == Money("32000")! && stored.output == Money("150000")! && stored.tax == Money("6800")! && stored.jobs == 520)
        #expect(Integrity.problems(in: board).isEmpty)
    }

    @Test("线索 → 洽谈 → 签约 by the squad's members and the unit, each dated; 落地 by the 绩考办 adds the key project, linked both ways")
    func legalMoves() throws {
        var board = try Self.withLead()
        let talks = try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .talks)), on: &board, as: "M-030", today: d("2026-11-23"))
        #expect(talks.action == "lead.move" && talks.summary == "ZS-001 洽谈")
        try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .signed, date: d("2026-11-24"))), on: &board, as: "M-011")
        var lead = try #require(board.leads[id: "ZS-001"])
        #expect(lead.stage == .signed && lead.talksOn == d("2026-11-23") && lead.signedOn == d("2026-11-24") && lead.landedOn == nil)
        let land = try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .landed)), on: &board, as: "M-001")
        #expect(land.action == "lead.land" && land.summary == "ZS-001 落地 → P-003")
        #expect(land.changes.map(\.kind) == [.project, .lead], "one change: the project and the lead")
        lead = try #require(board.leads[id: "ZS-001"])
        #expect(lead.stage == .landed && lead.landedOn == Fixtures.today && lead.project == "P-003")
        let project = try #require(board.projects[id: "P-003"])
        #expect(project.name == "年产2万吨锂电池正极材料项目" && project.owner == "宁波某新能源材料股份有限公司")
        #expect(project.unit == "U-01" && project.leader == "M-002" && project.total == Money("32000")! && project.stage == .planning)
        #expect(board.lead(landedAs: "P-003")?.id == "ZS-001")
        #expect(Integrity.problems(in: board).isEmpty)
    }

    @Test("落地 may link a key project already on the list instead of adding one; never one another lead landed as")
    func landOnExistingProject() throws {
        var board = try Self.withLead()
        try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .talks)), on: &board, as: "M-020")
        try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .signed)), on: &board, as: "M-020")
        let entry = try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: .landed, project: "P-002")), on: &board, as: "M-001")
        #expect(entry.changes.map(\.kind) == [.lead] && board.projects.count == 2 && board.leads[id: "ZS-001"]?.project == "P-002")
        try Self.run(.recordLead(Self.leadDraft), on: &board, as: "M-020")
        try Self.run(.moveLead(LeadMove(lead: "ZS-002", to: .talks)), on: &board, as: "M-020")
        try Self.run(.moveLead(LeadMove(lead: "ZS-002", to: .signed)), on: &board, as: "M-020")
        let before = board
        #expect(throws: DomainError.self) {
            try Self.run(.moveLead(LeadMove(lead: "ZS-002", to: .landed, project: "P-002")), on: &board, as: "M-001")
        }
        #expect(board == before)
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        let why: String
        /// Steps taken first (each as 孙丽, a member), then the refused intent, by `person`.
        let first: [LeadStage]
        let intent: Intent
        let person: String
        let zh: String
        let en: String
        var testDescription: String { why }
    }

    static let bad: [BadRow] = {
        func move(_ to: LeadStage, date: Day? = nil) -> Intent { .moveLead(LeadMove(lead: "ZS-001", to: to, date: date)) }
        func squad(_ change: (inout SquadDraft) -> Void) -> Intent {
            var draft = AttractionTests.squadDraft
            draft.name = "智能制造招商小分队"
            change(&draft)
            return .recordSquad(draft)
        }
        func lead(_ change: (inout LeadDraft) -> Void) -> Intent {
            var draft = AttractionTests.leadDraft
            change(&draft)
            return .recordLead(draft)
        }
        return [
            BadRow(
                why: "线索 straight to 签约", first: [], intent: move(.signed), person: "M-020",
                zh: "ZS-001 现为“线索”，下一阶段是“洽谈”，不能直接到“签约”", en: "ZS-001 is at lead: the next stage is talks, not signed"),
            BadRow(
                why: "线索 to 线索", first: [], intent: move(.lead), person: "M-020",
                zh: "ZS-001 现为“线索”，不能退回或停留在“线索”", en: "ZS-001 is at lead: it cannot go back to or stay at lead"),
            BadRow(
                why: "洽谈 back to 线索", first: [.talks], intent: move(.lead), person: "M-020",
                zh: "不能退回或停留在“线索”", en: "cannot go back to or stay at lead"),
            BadRow(
                why: "落地 from 洽谈", first: [.talks], intent: move(.landed), person: "M-001",
                zh: "下一阶段是“签约”，不能直接到“落地”", en: "the next stage is signed, not landed"),
            BadRow(
                why: "a move after 落地", first: [.talks, .signed, .landed], intent: move(.landed), person: "M-001",
                zh: "ZS-001 已落地为 P-003，不能再变更阶段", en: "ZS-001 has landed as P-003: its stage no longer changes"),
            BadRow(
                why: "落地 by a member (not the 绩考办)", first: [.talks, .signed], intent: move(.landed), person: "M-020",
                zh: "孙丽", en: "孙丽"),
            BadRow(
                why: "a move by someone of neither the squad nor the unit", first: [], intent: move(.talks), person: "M-040",
                zh: "马超", en: "马超"),
            BadRow(why: "a move by a read-only account", first: [], intent: move(.talks), person: "M-099", zh: "钱进", en: "钱进"),
            BadRow(
                why: "a stage dated after today", first: [], intent: move(.talks, date: d("2026-11-28")), person: "M-020",
                zh: "日期 2026-11-28 晚于今天 2026-11-27", en: "the date 2026-11-28 is after today 2026-11-27"),
            BadRow(
                why: "a stage dated before the stage before", first: [], intent: move(.talks, date: d("2026-11-19")), person: "M-020",
                zh: "日期 2026-11-19 早于上一阶段（线索）的 2026-11-20", en: "the date 2026-11-19 is before that of the stage before (lead), 2026-11-20"),
            BadRow(
                why: "a move of no lead", first: [], intent: .moveLead(LeadMove(lead: "ZS-404", to: .talks)), person: "M-020",
                zh: "ZS-404", en: "ZS-404"),
            BadRow(
                why: "a squad led by a unit official", first: [], intent: squad { $0.leader = "M-010" }, person: "M-010",
                zh: "小分队须由班子成员带队：周平（M-010）不是领导", en: "a squad is led by a 班子成员: 周平 (M-010) is not a leader"),
            BadRow(why: "a squad of another leader", first: [], intent: squad { $0.leader = "M-003" }, person: "M-002", zh: "李强", en: "李强"),
            BadRow(
                why: "a squad with a name taken", first: [], intent: squad { $0.name = "新能源产业招商小分队" }, person: "M-002",
                zh: "已有名为“新能源产业招商小分队”的小分队", en: "there is already a squad named '新能源产业招商小分队'"),
            BadRow(
                why: "a squad with an unknown member", first: [], intent: squad { $0.members = ["M-404"] }, person: "M-002", zh: "M-404", en: "M-404"),
            BadRow(
                why: "a lead with a blank name", first: [], intent: lead { $0.name = " " }, person: "M-020",
                zh: "name：不能为空", en: "name: must not be empty"),
            BadRow(why: "a lead of an unknown squad", first: [], intent: lead { $0.squad = "SQ-404" }, person: "M-020", zh: "SQ-404", en: "SQ-404"),
            BadRow(
                why: "a lead with a negative investment", first: [], intent: lead { $0.investment = Money("-1")! }, person: "M-020",
                zh: "investment：不能为负", en: "investment: cannot be negative"),
            BadRow(
                why: "a lead found after today", first: [], intent: lead { $0.foundOn = d("2026-11-28") }, person: "M-020",
                zh: "线索日期 2026-11-28 晚于今天 2026-11-27", en: "the day found 2026-11-28 is after today 2026-11-27"),
            BadRow(
                why: "a lead of another unit by a unit official outside the squad", first: [],
                intent: lead {
                    $0.squad = nil; $0.unit = "U-04"
                }, person: "M-010", zh: "周平", en: "周平"),
        ]
    }()

    @Test("illegal moves and bad input are refused with a clear error in Chinese and English, and change nothing", arguments: bad)
    func badInput(row: BadRow) throws {
        var board = try Self.withLead()
        for stage in row.first {
            try Self.run(.moveLead(LeadMove(lead: "ZS-001", to: stage)), on: &board, as: stage == .landed ? "M-001" : "M-020")
        }
        let before = board
        do {
            try Self.run(row.intent, on: &board, as: row.person)
            Issue.record("\(row.why) was accepted")
        } catch let error as DomainError {
            #expect(error.message(.zh).contains(row.zh), "\(error.message(.zh))")
            #expect(error.message(.en).contains(row.en), "\(error.message(.en))")
        }
        #expect(board == before)
        var copy = before
        #expect(throws: DomainError.self) { try Planner.plan(row.intent, applyingTo: &copy, context: Self.context(row.person)) }
        #expect(copy == before, "a refused plan leaves the board as it was")
    }

    // MARK: The monthly results

    static func lead(_ id: String, unit: String, investment: String, signed: String?, landed: String? = nil) -> Lead {
        var lead = Lead(id: id)
        lead.name = "线索 \(id)"
        lead.unit = unit
        lead.investment = Money(investment)!
        lead.foundOn = d("2026-09-01")
        lead.talksOn = d("2026-09-10")
        lead.signedOn = signed.map(d)
        lead.landedOn = landed.map(d)
        lead.stage = landed != nil ? .landed : signed != nil ? .signed : .talks
        return lead
    }

    /// Annual plans: 经发局 1200.00 (100.00 a month), 高新街道 1000.00 (83.33), 创新园区 500.05 (41.67). Leads: A 经发局
    /// signed on 10-31 (60.00); B 经发局 signed on 11-01 (40.00, November's); C 高新街道 signed on 10-01 and landed on 10-20
    /// (90.00); D 经发局 signed on 09-30 and landed on 10-05 (500.00: landed in October, signed in September).
    static var monthBoard: Board {
        var board = Fixtures.zone
        for (id, plan) in [("U-01", "1200.00"), ("U-02", "1000.00"), ("U-03", "500.05")] {
            var unit = board.units[id: id]!
            unit.attractionPlan = Money(plan)!
            board.units.upsert(unit)
        }
        board.leads.upsert(lead("ZS-001", unit: "U-01", investment: "60.00", signed: "2026-10-31"))
        board.leads.upsert(lead("ZS-002", unit: "U-01", investment: "40.00", signed: "2026-11-01"))
        board.leads.upsert(lead("ZS-003", unit: "U-02", investment: "90.00", signed: "2026-10-01", landed: "2026-10-20"))
        board.leads.upsert(lead("ZS-004", unit: "U-01", investment: "500.00", signed: "2026-09-30", landed: "2026-10-05"))
        return board
    }

    @Test("October's results, worked by hand: a twelfth of the plan, signed investment in the month, signed and landed counts")
    func monthlyTable() {
        let results = AttractionResults.live(AttractionMonth(year: 2026, month: 10), board: Self.monthBoard)
        #expect(
            results.rows == [
                AttractionRow(unit: "U-01", plan: Money("100.00")!, done: Money("60.00")!, signed: 1, landed: 1, leads: ["ZS-001", "ZS-004"]),
                AttractionRow(unit: "U-02", plan: Money("83.33")!, done: Money("90.00")!, signed: 1, landed: 1, leads: ["ZS-003"]),
                AttractionRow(unit: "U-03", plan: Money("41.67")!, done: .zero, signed: 0, landed: 0, leads: []),
            ], "U-00 and U-04 have neither a plan nor a lead in the month")
        #expect(
            results.totalPlan == Money("225.00")! && results.totalDone == Money("150.00")! && results.totalSigned == 2 && results.totalLanded == 2)
        #expect(percentText(results.rows[0].rate) == "60.0%" && percentText(results.rows[1].rate) == "108.0%")
        let november = AttractionResults.live(AttractionMonth(year: 2026, month: 11), board: Self.monthBoard)
        #expect(november.rows.first { $0.unit == "U-01" }?.done == Money("40.00")!)
        let markdown = results.markdown(board: Self.monthBoard, .zh)
        #expect(markdown.contains("| 经济发展局 | 100.00 | 60.00 | 60.0% | 1 | 1 |"), "\(markdown)")
        #expect(markdown.contains("| 合计 | 225.00 | 150.00 | 66.7% | 2 | 2 |"), "\(markdown)")
    }

    @Test("a month is a calendar month: its text, first and last day, and whether it has ended")
    func month() {
        let october = AttractionMonth(text: "2026-10")!
        #expect(october.first == d("2026-10-01") && october.last == d("2026-10-31") && october.text == "2026-10")
        #expect(!october.hasEnded(by: d("2026-10-31")) && october.hasEnded(by: d("2026-11-01")))
        #expect(AttractionMonth(text: "2024-02")!.last == d("2024-02-29"))
        #expect(AttractionMonth(containing: d("2026-01-15")).previous.text == "2025-12")
        for bad in ["2026-13", "2026-1", "2026-10-1", "26-10", "二〇二六-10", ""] { #expect(AttractionMonth(text: bad) == nil, "\(bad)") }
        #expect(october.label(.zh) == "2026年10月" && october.label(.en) == "2026-10")
    }

    static func publish(_ month: String, on board: inout Board, as person: String = "M-001", today: String) throws {
        let results = AttractionResults.live(AttractionMonth(text: month)!, board: board)
        let record = results.published(board: board, lang: .zh, asOf: d(today), footer: [])
        try run(.publishReport(record), on: &board, as: person, today: d(today))
    }

    @Test("a month is published only after it ends: refused on its last day, accepted the day after; once, by the 绩考办")
    func publishingBoundary() throws {
        var board = Self.monthBoard
        let before = board
        do {
            try Self.publish("2026-10", on: &board, today: "2026-10-31")
            Issue.record("published on the month's last day")
        } catch let error as DomainError {
            #expect(error.message(.zh).contains("2026-10 尚未结束（截至 2026-10-31），月末之后才能发布招商引资成绩"), "\(error.message(.zh))")
            #expect(error.message(.en).contains("2026-10 has not ended (it runs to 2026-10-31)"), "\(error.message(.en))")
        }
        #expect(board == before)
        #expect(throws: DomainError.self) { try Self.publish("2026-10", on: &board, as: "M-002", today: "2026-11-01") }
        #expect(board == before, "a leader may not publish")
        try Self.publish("2026-10", on: &board, today: "2026-11-01")
        let published = try #require(board.reports[id: "2026-10"])
        #expect(published.attraction?.count == 3 && published.markdown.contains("2026年10月"))
        do {
            try Self.publish("2026-10", on: &board, today: "2026-11-02")
            Issue.record("published twice")
        } catch let error as DomainError {
            // Said of the attraction results, on the form's month (not the 半月报's period).
            guard case .invalid(let field, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(field == "month")
            #expect(reason.text(.zh) == "2026-10 的招商引资成绩已发布，发布后不再改动")
            #expect(reason.text(.en) == "the attraction results for 2026-10 are already published and frozen")
        }
    }

    @Test("frozen: a lead signed afterwards in the published month changes neither the table nor the ranking; withdrawn, it does")
    func freezing() throws {
        var board = Self.monthBoard
        try Self.publish("2026-10", on: &board, today: "2026-11-01")
        let october = AttractionMonth(text: "2026-10")!
        let frozen = AttractionResults.of(october, board: board)
        let rankingBefore = Ranking.scores(BoardIndex(board).unitStats(today: Fixtures.today), settings: board.settings)
        board.leads.upsert(Self.lead("ZS-005", unit: "U-01", investment: "40.00", signed: "2026-10-15"))
        #expect(AttractionResults.of(october, board: board).rows == frozen.rows)
        #expect(AttractionResults.live(october, board: board).rows[0].done == Money("100.00")!, "live, the late lead counts")
        #expect(Ranking.scores(BoardIndex(board).unitStats(today: Fixtures.today), settings: board.settings) == rankingBefore)
        // Stale figures are refused: the board's rows must be the ones published.
        var stale = PublishedReport(id: "2026-09")
        stale.asOf = Fixtures.today
        stale.markdown = "x"
        stale.attraction = []
        var withSeptember = board
        withSeptember.leads.upsert(Self.lead("ZS-006", unit: "U-01", investment: "1.00", signed: "2026-09-15"))
        #expect(throws: DomainError.self) { try Self.run(.publishReport(stale), on: &withSeptember, as: "M-001") }
        try Self.run(.withdrawReport(period: "2026-10", reason: "ZS-005 漏报"), on: &board, as: "M-001")
        #expect(AttractionResults.of(october, board: board).rows[0].done == Money("100.00")!)
    }

    @Test("the ranking's attraction part: done over plan of the published months of the year, capped; none published scores in full")
    func rankingPart() throws {
        var board = Self.monthBoard
        func scores(_ today: Day) -> [String: UnitScore] {
            Dictionary(
                uniqueKeysWithValues: Ranking.scores(BoardIndex(board).unitStats(today: today), settings: board.settings).map {
                    ($0.stats.unit.id, $0)
                })
        }
        #expect(scores(Fixtures.today)["U-01"]?.attraction == 1000, "nothing published: the full 10 points")
        try Self.publish("2026-10", on: &board, today: "2026-11-01")
        let after = scores(Fixtures.today)
        #expect(after["U-01"]?.attraction == 600, "60.00 / 100.00 × 10 = 6.00")
        #expect(after["U-02"]?.attraction == 1000, "90.00 / 83.33 is over 100%: capped at 10")
        #expect(after["U-03"]?.attraction == 0, "nothing signed: 0")
        #expect(after["U-04"]?.attraction == 1000, "no plan, no row: nothing to measure")
        let stats = BoardIndex(board).unitStats(today: Fixtures.today).first { $0.unit.id == "U-01" }!
        #expect(
            stats.attraction.map(\.month.text) == ["2026-10"] && stats.attractionPlan == Money("100.00")! && stats.attractionDone == Money("60.00")!)
        // A month of another year does not count in this year's ranking.
        #expect(scores(d("2027-01-15"))["U-01"]?.attraction == 1000)
        let explanation = try #require(BoardIndex(board).scoreExplanation(ofUnit: "U-01", today: Fixtures.today, lang: .zh))
        let part = try #require(explanation.parts.first { $0.title.hasPrefix("招商引资") })
        #expect(part.points == "6.00" && part.formula.hasPrefix("已发布月份 2026-10：计划 100.00 万元，完成 60.00 万元 = 60.00%"), "\(part.formula)")
        #expect(part.lines.map(\.text) == ["2026年10月：计划 100.00 万元，完成 60.00 万元（签约 1 个，落地 1 个）"])
    }
}
