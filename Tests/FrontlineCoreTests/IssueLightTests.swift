import Testing

@testable import FrontlineCore

/// Issue lights: 红 overdue, 黄 due within `dueSoonDays`, 绿 otherwise, 灰 when closed or cancelled.
struct IssueLightTests {
    static let today = d("2026-11-27")

    struct DueCase: Sendable, CustomTestStringConvertible {
        let dueSoonDays: Int
        /// due − today.
        let daysLeft: Int
        let light: Light
        let rule: LightReason.Rule
        let zh: String
        var testDescription: String { "due − today = \(daysLeft) (dueSoonDays \(dueSoonDays)) → \(light.rawValue) \(zh)" }
    }

    @Test(
        "open issues on both sides of every threshold",
        arguments: [
            DueCase(dueSoonDays: 3, daysLeft: -30, light: .red, rule: .overdue(days: 30), zh: "逾期 30 天"),
            DueCase(dueSoonDays: 3, daysLeft: -1, light: .red, rule: .overdue(days: 1), zh: "逾期 1 天"),
            DueCase(dueSoonDays: 3, daysLeft: 0, light: .yellow, rule: .dueSoon(days: 0), zh: "今天到期"),
            DueCase(dueSoonDays: 3, daysLeft: 1, light: .yellow, rule: .dueSoon(days: 1), zh: "1 天内到期"),
            DueCase(dueSoonDays: 3, daysLeft: 3, light: .yellow, rule: .dueSoon(days: 3), zh: "3 天内到期"),
            DueCase(dueSoonDays: 3, daysLeft: 4, light: .green, rule: .onTrack(daysLeft: 4), zh: "剩余 4 天"),
            DueCase(dueSoonDays: 3, daysLeft: 60, light: .green, rule: .onTrack(daysLeft: 60), zh: "剩余 60 天"),
            DueCase(dueSoonDays: 7, daysLeft: 7, light: .yellow, rule: .dueSoon(days: 7), zh: "7 天内到期"),
            DueCase(dueSoonDays: 7, daysLeft: 8, light: .green, rule: .onTrack(daysLeft: 8), zh: "剩余 8 天"),
            DueCase(dueSoonDays: 7, daysLeft: -1, light: .red, rule: .overdue(days: 1), zh: "逾期 1 天"),
            DueCase(dueSoonDays: 0, daysLeft: 0, light: .yellow, rule: .dueSoon(days: 0), zh: "今天到期"),
            DueCase(dueSoonDays: 0, daysLeft: 1, light: .green, rule: .onTrack(daysLeft: 1), zh: "剩余 1 天"),
        ])
    func openIssue(_ c: DueCase) {
        var settings = Settings()
        settings.dueSoonDays = c.dueSoonDays
        for status in IssueStatus.allCases where status.isOpen {
            let issue = Fixtures.issue(status: status) { $0.due = Self.today.adding(days: c.daysLeft) }
            let result = Lights.issue(issue, today: Self.today, settings: settings)
            #expect(result == LightResult(light: c.light, reasons: [LightReason(c.light, c.rule)]), "\(status.rawValue)")
            #expect(result.reasons.first?.text(.zh) == c.zh)
            #expect(Lights.isOverdue(issue, today: Self.today) == (c.daysLeft < 0))
        }
    }

    @Test("the current due date counts, not the original one")
    func extendedDueCounts() {
        let issue = Fixtures.issue {
            $0.originalDue = d("2026-11-20"); $0.due = d("2026-12-20")
        }
        #expect(Lights.issue(issue, today: Self.today, settings: Settings()).light == .green)
        #expect(!Lights.isOverdue(issue, today: Self.today))
    }

    struct ClosedCase: Sendable, CustomTestStringConvertible {
        let closedOn: String?
        let late: Bool
        let zh: String
        var testDescription: String { "closed on \(closedOn ?? "–"), original due 2026-11-20 → \(zh)" }
    }

    /// Lateness compares with the original due date, even when the issue was extended.
    @Test(
        "closed issues are grey, flagged late when closed after the original due date",
        arguments: [
            ClosedCase(closedOn: "2026-11-19", late: false, zh: "已销号"),
            ClosedCase(closedOn: "2026-11-20", late: false, zh: "已销号"),
            ClosedCase(closedOn: "2026-11-21", late: true, zh: "已销号（逾期办结）"),
            ClosedCase(closedOn: nil, late: false, zh: "已销号"),
        ])
    func closed(_ c: ClosedCase) {
        let issue = Fixtures.issue(status: .closed) {
            $0.originalDue = d("2026-11-20")
            $0.due = d("2026-11-25")
            $0.closedOn = c.closedOn.map(d)
        }
        // Long after it was closed: a closed issue is never red.
        let result = Lights.issue(issue, today: d("2027-03-01"), settings: Settings())
        #expect(result == LightResult(light: .gray, reasons: [LightReason(.gray, .closed(late: c.late))]))
        #expect(result.reasons.first?.text(.zh) == c.zh)
        #expect(!Lights.isOverdue(issue, today: d("2027-03-01")))
    }

    @Test("cancelled issues are grey, whatever their due date")
    func cancelled() {
        let issue = Fixtures.issue(status: .cancelled) { $0.due = d("2026-11-01") }
        let result = Lights.issue(issue, today: Self.today, settings: Settings())
        #expect(result == LightResult(light: .gray, reasons: [LightReason(.gray, .cancelled)]))
        #expect(result.reasons.first?.text(.en) == "cancelled")
        #expect(!Lights.isOverdue(issue, today: Self.today))
    }

    @Test("the board index uses the store's dueSoonDays")
    func indexUsesSettings() {
        var settings = Settings()
        settings.dueSoonDays = 10
        let issue = Fixtures.issue { $0.due = d("2026-12-05") } // 8 days left
        let index = BoardIndex(Fixtures.zone.with(issue, settings))
        #expect(index.light(of: issue, today: Self.today).light == .yellow)
        #expect(BoardIndex(Fixtures.zone.with(issue)).light(of: issue, today: Self.today).light == .green)
    }

    @Test("severity order: grey < green < yellow < red")
    func severity() {
        #expect(Light.gray < .green && Light.green < .yellow && Light.yellow < .red)
        #expect([Light.yellow, .red, .gray, .green].max() == .red)
    }
}
