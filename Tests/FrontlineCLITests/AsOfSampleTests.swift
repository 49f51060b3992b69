import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Issue 11 item 1 on the bundled sample, through the real binary: the ranking and the report of a
/// past day count only what was true on it, and agree with each other and with a count made here from
/// the handling logs alone.
struct AsOfSampleTests {
    static let board = try! FileStore(directory: Repository.sample).board

    /// Per unit: issues closed by the end of `day` (the last log line by then says 已销号) and how many of
    /// them were closed by their original due date (the day of that closing line).
    static func closures(by day: Day) -> [String: (closed: Int, onTime: Int)] {
        var counts: [String: (closed: Int, onTime: Int)] = [:]
        for issue in board.issues.rows {
            let lines = issue.log.filter { $0.at.day <= day }
            guard lines.last?.status == .closed, let closing = lines.last(where: { $0.action == "核验通过" }) else { continue }
            var count = counts[issue.unit] ?? (0, 0)
            count.closed += 1
            if closing.at.day <= issue.originalDue { count.onTime += 1 }
            counts[issue.unit] = count
        }
        return counts
    }

    /// 20 × onTime / closed in hundredths of a point, rounded half up, in integers.
    static func points(_ count: (closed: Int, onTime: Int)?) -> String {
        guard let count, count.closed > 0 else { return "20.00" }
        let hundredths = (2 * 2000 * count.onTime + count.closed) / (2 * count.closed)
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    @Test(arguments: ["2026-02-28", "2026-06-30", "2026-11-15"])
    func rankingAndReportCountOnlyWhatWasTrueThen(_ iso: String) throws {
        let day = try #require(Day(iso: iso))
        let counts = Self.closures(by: day)
        let rank = Binary.run(["rank", "--as-of", iso, "--format", "json", "--data", Repository.sample])
        #expect(rank.code == 0, "\(rank)")
        guard case .array(let rows) = try JSONValue.parse(Array(rank.out.utf8)) else { Issue.record("no ranking"); return }
        let period = Period(containing: day)
        let report = Binary.run(["report", "half-month", "--period", period.text, "--as-of", iso, "--lang", "zh", "--data", Repository.sample])
        #expect(report.code == 0, "\(report)")
        for unit in Self.board.units.rows {
            let row = try #require(rows.first { $0["unit"]?.stringValue == unit.displayName })
            #expect(row["issues"] == .number(Self.points(counts[unit.id])), "\(unit.displayName) as of \(iso)")
            if let count = counts[unit.id], count.closed > 0, report.out.contains("| \(unit.displayName) |") {
                let rate = percentText(Ratio.share(count.onTime, of: count.closed))
                #expect(
                    report.out.contains(" | \(rate) |\n")
                        && report.out.split(separator: "\n").contains { $0.hasPrefix("| \(unit.displayName) |") && $0.hasSuffix("| \(rate) |") },
                    "\(unit.displayName): \(rate) in section 三 as of \(iso)")
            }
        }
    }

    @Test func aReportForAPastPeriodTakesEverySectionFromItsLastDay() {
        let report = Binary.run(["report", "half-month", "--period", "2026-11-1", "--lang", "zh", "--data", Repository.sample])
        #expect(report.out.contains("截至 2026-11-15"))
        let rank = Binary.run(["rank", "--period", "2026-11-1", "--lang", "zh", "--data", Repository.sample])
        // The lagging units the report names are the bottom three of the ranking for the same day.
        let lagging = rank.out.split(separator: "\n").dropFirst(2).filter { $0.hasSuffix("后进") }.map {
            $0.split(separator: " ", omittingEmptySubsequences: true)[1]
        }
        #expect(lagging.count == 3)
        for unit in lagging { #expect(report.out.contains("\(unit)（第 "), "\(unit)") }
    }
}
