import Testing

@testable import FrontlineCore

/// Every field holds only values in its `Limits` range, wherever the value comes from: the loader,
/// the journal, an edit, an import all set fields through `Record.set` (issue 9 items 5 and 7).
struct LimitsTests {
    @Test(
        "whole-number fields refuse values outside their range",
        arguments: [
            ("progressPct", "9223372036854775807"), ("progressPct", "101"), ("progressPct", "-1"),
        ])
    func projectFields(_ field: String, _ number: String) {
        var project = Project(id: "P-001")
        #expect(throws: RecordError.self) { try project.set(field, to: .number(number)) }
        #expect(project.progressPct == 0)
    }

    @Test func everyWholeNumberFieldHasARange() throws {
        var settings = Settings()
        for field in ["dueSoonDays", "visitDays", "startRedMonths", "scheduleYellowPoints", "weightSchedule", "laggingCount"] {
            #expect(throws: RecordError.self, "\(field)") { try settings.set(field, to: .number("9223372036854775807")) }
        }
        var issue = Issue(id: "I-1")
        for field in ["extensions", "returns", "reopens"] {
            #expect(throws: RecordError.self, "\(field)") { try issue.set(field, to: .int(-1)) }
        }
        var unit = Unit(id: "U-1")
        #expect(throws: RecordError.self) { try unit.set("sortOrder", to: .int(Int.max)) }
        try unit.set("sortOrder", to: .int(5))
        #expect(unit.sortOrder == 5)
    }

    @Test func datesMustBeWithinTheLimits() throws {
        var issue = Issue(id: "I-1")
        #expect(throws: RecordError.self) { try issue.set("due", to: .string("9999-12-31")) }
        #expect(throws: RecordError.self) { try issue.set("due", to: .string("0001-01-01")) }
        try issue.set("due", to: .string("2199-12-31"))
        var report = ProgressReport(id: "R-1")
        #expect(throws: RecordError.self) { try report.set("period", to: .string("9999-12-2")) }
    }

    @Test func amountsMustBeWithinTheLimits() throws {
        var project = Project(id: "P-001")
        #expect(throws: RecordError.self) { try project.set("total", to: .string("10000000000")) }
        #expect(throws: RecordError.self) { try project.set("total", to: .number("-999999999999999")) }
        try project.set("total", to: .string("9999999999.99"))
        #expect(project.total.hundredths == 999_999_999_999)
    }

    @Test func theMessageNamesTheRange() {
        var project = Project(id: "P-001")
        do {
            try project.set("progressPct", to: .number("9223372036854775807"))
            Issue.record("accepted")
        } catch {
            #expect(error.message(.en) == "project field 'progressPct': expected a whole number from 0 to 100")
            #expect(error.message(.zh) == "项目的“progressPct”应为介于 0 与 100 之间的整数")
        }
    }
}
