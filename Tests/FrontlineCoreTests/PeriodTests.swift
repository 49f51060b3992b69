import Testing

@testable import FrontlineCore

/// Half-month reporting periods: days 1–15 and 16–end of month.
struct PeriodTests {
    struct ContainingCase: Sendable, CustomTestStringConvertible {
        let day: String
        let period: String
        let first: String
        let last: String
        var testDescription: String { "\(day) ∈ \(period) [\(first) … \(last)]" }
    }

    @Test(
        "Period(containing:) and its first and last day",
        arguments: [
            ContainingCase(day: "2026-11-01", period: "2026-11-1", first: "2026-11-01", last: "2026-11-15"),
            ContainingCase(day: "2026-11-15", period: "2026-11-1", first: "2026-11-01", last: "2026-11-15"),
            ContainingCase(day: "2026-11-16", period: "2026-11-2", first: "2026-11-16", last: "2026-11-30"),
            ContainingCase(day: "2026-11-30", period: "2026-11-2", first: "2026-11-16", last: "2026-11-30"),
            ContainingCase(day: "2026-12-15", period: "2026-12-1", first: "2026-12-01", last: "2026-12-15"),
            ContainingCase(day: "2026-12-16", period: "2026-12-2", first: "2026-12-16", last: "2026-12-31"),
            ContainingCase(day: "2026-12-31", period: "2026-12-2", first: "2026-12-16", last: "2026-12-31"),
            ContainingCase(day: "2026-02-28", period: "2026-02-2", first: "2026-02-16", last: "2026-02-28"),
            ContainingCase(day: "2028-02-28", period: "2028-02-2", first: "2028-02-16", last: "2028-02-29"),
            ContainingCase(day: "2028-02-29", period: "2028-02-2", first: "2028-02-16", last: "2028-02-29"),
        ])
    func containing(_ c: ContainingCase) {
        let period = Period(containing: d(c.day))
        #expect(period.text == c.period)
        #expect(period.first.iso == c.first)
        #expect(period.last.iso == c.last)
        #expect(period.contains(d(c.day)))
        #expect(!period.contains(d(c.first).adding(days: -1)))
        #expect(!period.contains(d(c.last).adding(days: 1)))
    }

    struct StepCase: Sendable, CustomTestStringConvertible {
        let period: String
        let next: String
        let previous: String
        var testDescription: String { "\(previous) ← \(period) → \(next)" }
    }

    @Test(
        "next and previous across month and year boundaries",
        arguments: [
            StepCase(period: "2026-11-1", next: "2026-11-2", previous: "2026-10-2"),
            StepCase(period: "2026-11-2", next: "2026-12-1", previous: "2026-11-1"),
            StepCase(period: "2026-12-2", next: "2027-01-1", previous: "2026-12-1"),
            StepCase(period: "2027-01-1", next: "2027-01-2", previous: "2026-12-2"),
            StepCase(period: "2028-03-1", next: "2028-03-2", previous: "2028-02-2"),
            StepCase(period: "2028-02-2", next: "2028-03-1", previous: "2028-02-1"),
        ])
    func steps(_ c: StepCase) throws {
        let period = try #require(Period(text: c.period))
        #expect(period.next.text == c.next)
        #expect(period.previous.text == c.previous)
        #expect(period.next.previous == period)
        #expect(period.previous < period && period < period.next)
    }

    @Test("the period before 2028-03-1 ends on the leap day")
    func previousOfMarch2028() throws {
        let previous = try #require(Period(text: "2028-03-1")).previous
        #expect(previous == Period(year: 2028, month: 2, half: 2))
        #expect(previous.last == d("2028-02-29"))
    }

    @Test(
        "Period(text:) parses YYYY-MM-1 and YYYY-MM-2",
        arguments: [
            ("2026-11-1", 2026, 11, 1), ("2026-11-2", 2026, 11, 2), ("2027-01-1", 2027, 1, 1), ("9999-12-2", 9999, 12, 2),
        ])
    func parses(text: String, year: Int, month: Int, half: Int) throws {
        let period = try #require(Period(text: text))
        #expect(period == Period(year: year, month: month, half: half))
        #expect(period.text == text)
    }

    @Test(
        "Period(text:) rejects",
        arguments: [
            "2026-13-1", "2026-00-1", "2026-11-3", "2026-11-0", "2026-1-1", "26-11-1", "2026-11", "2026-11-1-1",
            "2026-11-1x", "2026/11/1", "abc", "", "2026--1",
        ])
    func rejects(text: String) {
        #expect(Period(text: text) == nil)
    }

    @Test("labels in both languages")
    func labels() {
        #expect(Period(year: 2026, month: 11, half: 2).label(.zh) == "2026年11月下半月")
        #expect(Period(year: 2026, month: 1, half: 1).label(.en) == "1st half of 2026-01")
    }
}
