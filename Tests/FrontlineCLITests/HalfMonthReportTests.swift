import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The 半月报 of the sample as of 2026-11-27 (period 2026-11-2), every number recomputed here from the
/// data with plain loops and compared with what `frontline report half-month` prints; and publishing.
struct HalfMonthReportTests {
    static let board = try! FileStore(directory: Repository.sample).board
    static let today = Day(2026, 11, 27)!
    static let first = Day(2026, 11, 16)!

    static func money(_ hundredths: Int64) -> String { Money(hundredths: hundredths).text }

    static func rate(_ part: Int64, _ whole: Int64) -> String {
        whole == 0 ? "—" : percentText(Int(part * 10_000 / whole))
    }

    @Test func everyNumberMatchesAnIndependentCount() throws {
        let result = Binary.run(["report", "half-month", "--data", Repository.sample, "--lang", "zh"])
        #expect(result.code == 0, "\(result)")
        let text = result.out
        let board = Self.board, today = Self.today
        let projects = board.projects.rows.filter { $0.stage != .terminated }

        // 一、总体情况
        #expect(text.contains("纳入监测的重点项目 \(projects.count) 个"))
        for type in AnnualType.allCases {
            #expect(text.contains("\(type.rawValue) \(projects.filter { $0.annualType == type }.count)"))
        }
        let total = projects.reduce(Int64(0)) { $0 + $1.total.hundredths }
        let plan = projects.reduce(Int64(0)) { $0 + $1.plan.hundredths }
        let ytd = projects.reduce(Int64(0)) { $0 + $1.ytd.hundredths }
        // 2026-11-27 is day 331 of 365. The target is the plan's share, rounded half up to the fen once
        // (it was rounded down per project); the rate is done against the exact target.
        let target = (plan * 331 * 2 + 365) / (365 * 2)
        #expect(text.contains("总投资 \(Self.money(total)) 万元"))
        #expect(text.contains("年度计划投资 \(Self.money(plan)) 万元"))
        #expect(text.contains("本年累计完成 \(Self.money(ytd)) 万元，占年度计划的 \(Self.rate(ytd, plan))"))
        #expect(text.contains("按序时进度应完成 \(Self.money(target)) 万元，完成序时进度的 \(Self.rate(ytd * 365, plan * 331))"))
        let periodDone = board.progress.rows.filter { $0.period.text == "2026-11-2" && projects.map(\.id).contains($0.project) }
            .reduce(Int64(0)) { $0 + $1.periodDone.hundredths }
        #expect(text.contains("本期完成投资 \(Self.money(periodDone)) 万元"))
        let due = projects.filter { $0.annualType == .new && ($0.planStart.map { $0 <= today } ?? false) }
        let started = due.filter { $0.actualStart.map { $0 <= today } ?? false }
        #expect(text.contains("新开工项目应开工 \(due.count) 个，已开工 \(started.count) 个，开工率 \(Self.rate(Int64(started.count), Int64(due.count)))"))

        // 灯色: against the project list the CLI prints.
        let listed = try JSONValue.parse(Array(Binary.run(["projects", "--format", "json", "--data", Repository.sample]).out.utf8))
        guard case .array(let rows) = listed else { Issue.record("no project list"); return }
        let supervised = rows.filter { row in projects.contains { $0.id == row["id"]?.stringValue } }
        func count(_ light: String) -> Int { supervised.filter { $0["light"] == .string(light) }.count }
        #expect(text.contains("红灯 \(count("red")) 个，黄灯 \(count("yellow")) 个，绿灯 \(count("green")) 个，灰灯 \(count("gray")) 个"))
        #expect(text.contains("### 红灯项目（\(count("red"))）") && text.contains("### 黄灯项目（\(count("yellow"))）"))
        for row in supervised where row["light"] == .string("red") || row["light"] == .string("yellow") {
            #expect(text.contains("| \(row["id"]!.stringValue!) \(row["name"]!.stringValue!) |"))
        }

        // 三、问题办理: per unit, counted here.
        var totals = [0, 0, 0, 0], onTime = 0, closedTotal = 0
        for unit in board.units.rows.sorted(by: { $0.sortOrder < $1.sortOrder }) {
            let issues = board.issues.rows.filter { $0.unit == unit.id && $0.raisedOn <= today && $0.status != .cancelled }
            guard !issues.isEmpty else { continue }
            let new = issues.filter { $0.raisedOn >= Self.first }.count
            let resolved = issues.filter { $0.resolvedOn.map { $0 >= Self.first && $0 <= today } ?? false }.count
            let closed = issues.filter { $0.closedOn.map { $0 >= Self.first && $0 <= today } ?? false }.count
            let overdue = issues.filter { ($0.status.isOpen || ($0.closedOn.map { $0 > today } ?? false)) && $0.due < today }.count
            let closedByNow = issues.filter { $0.closedOn.map { $0 <= today } ?? false }
            let inTime = closedByNow.filter { $0.closedOn! <= $0.originalDue }.count
            let line =
                "| \(unit.displayName) | \(new) | \(resolved) | \(closed) | \(overdue) | \(Self.rate(Int64(inTime), Int64(closedByNow.count))) |"
            #expect(text.contains(line), "\(line)")
            totals = [totals[0] + new, totals[1] + resolved, totals[2] + closed, totals[3] + overdue]
            onTime += inTime
            closedTotal += closedByNow.count
        }
        #expect(text.contains("| 合计 | \(totals[0]) | \(totals[1]) | \(totals[2]) | \(totals[3]) | \(Self.rate(Int64(onTime), Int64(closedTotal))) |"))
        #expect(totals[3] == 12, "the sample's 12 overdue issues (I-0088 among them since its 不满意 回访 reopened it)")

        // 四、下步工作: every supervised project with next steps.
        for project in projects where !project.nextSteps.isEmpty {
            #expect(text.contains("- \(project.id) \(project.name)：\(project.nextSteps)"))
        }

        // 滞后单位: the three lowest of `frontline rank`.
        let rank = try JSONValue.parse(Array(Binary.run(["rank", "--format", "json", "--data", Repository.sample]).out.utf8))
        guard case .array(let scores) = rank else { Issue.record("no ranking"); return }
        let lagging = scores.filter { $0["lagging"] == .bool(true) }.compactMap { $0["unit"]?.stringValue }
        #expect(lagging.count == 3)
        for unit in lagging { #expect(text.contains("\(unit)（第 ")) }
    }

    /// The CSV is the Markdown's tables for Excel (issue 10 item 22): numbers without units in the cells.
    @Test func csvHasTheSameFiguresWithABOM() {
        let result = Binary.run(["report", "half-month", "--data", Repository.sample, "--lang", "zh", "--format", "csv"])
        #expect(Array(result.out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let projects = Self.board.projects.rows.filter { $0.stage != .terminated }
        #expect(result.out.contains("\r\n纳入监测的重点项目（个）,\(projects.count),"))
        #expect(
            result.out.split(separator: "\r\n").contains {
                $0.hasPrefix("合计,") && $0.split(separator: ",", omittingEmptySubsequences: false)[4] == "12"
            },
            "section 三's total row: 11 overdue")
    }

    @Test func aPublishedReportStaysByteIdenticalAfterLaterEdits() throws {
        let dir = TempDirectory()
        let store = dir.at("store")
        #expect(Binary.run(["init", store, "--sample"]).code == 0)
        let published = Binary.run(["report", "half-month", "--publish", "--data", store, "--lang", "zh"])
        #expect(published.code == 0, "\(published)")
        let publishedCSV = Binary.run(["report", "half-month", "--period", "2026-11-2", "--format", "csv", "--data", store, "--lang", "zh"])

        for edit in [
            ["issue", "move", "I-0067", "申请办结", "--note", "已办结"],
            ["progress", "P-002", "--ytd", "14000", "--pct", "60", "--note", "气膜充气成型"],
            ["edit", "P-001", "nextSteps=改写的下步工作"],
            ["issue", "new", "--project", "P-002", "--title", "新问题", "--unit", "城管中心", "--due", "+3"],
        ] {
            #expect(Binary.run(edit + ["--data", store]).code == 0, "\(edit)")
        }
        #expect(Binary.run(["compact", "--data", store]).code == 0)

        let again = Binary.run(["report", "half-month", "--period", "2026-11-2", "--data", store, "--lang", "en"])
        #expect(again.out == published.out, "the frozen text, whatever changed and whatever the language asked")
        #expect(Binary.run(["report", "half-month", "--period", "2026-11-2", "--format", "csv", "--data", store]).out == publishedCSV.out)
        // The figures themselves have moved on: the live report of the same data differs.
        let live = HalfMonthReport(period: Period(text: "2026-11-2")!, today: Self.today, index: BoardIndex(try FileStore(directory: store).board))
        #expect(live.markdown(.zh) != published.out)
        #expect(live.markdown(.zh).contains("改写的下步工作"))

        // Its footer pins the history it was made from: still in the chain after the edits and the compaction.
        let footer = try #require(published.out.split(separator: "\n").first { $0.hasPrefix("日志链头 ") })
        let head = try #require(footer.dropFirst(5).split(separator: "（").first)
        #expect(ChainHead(text: String(head)) != nil, "\(head)")
        #expect(Binary.run(["log", "--verify", "--anchor", String(head), "--data", store]).code == 0)

        let republish = Binary.run(["report", "half-month", "--publish", "--data", store])
        #expect(republish.code == 1 && republish.err.contains("frozen"))
        let log = Binary.run(["log", "--data", store]).out
        #expect(log.contains("发布半月报 2026-11-2"))
    }

    @Test func onlyAdministratorsPublish() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let result = cli(["report", "half-month", "--publish", "--data", store.directory], login: "leader")
        #expect(result.code == 77)
        #expect(cli(["report", "half-month", "--data", store.directory], login: "leader").code == 0, "anyone may read it")
    }

    @Test func aBadPeriodIsAUsageError() {
        let result = Binary.run(["report", "half-month", "--period", "2026-11-3", "--data", Repository.sample])
        #expect(result.code == 64 && result.err.contains("YYYY-MM-1"))
    }
}
