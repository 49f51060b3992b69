import Testing

@testable import FrontlineCore

/// `Money`: exact 万元 with two decimals, parsed and formatted without floating point.
struct MoneyTests {
    @Test(
        "parses",
        arguments: [
            ("1234", 123_400 as Int64),
            ("1234.5", 123_450),
            ("1234.50", 123_450),
            ("1,234.5", 123_450),
            ("1,234,567.89", 123_456_789),
            ("-0.25", -25),
            ("-12", -1_200),
            ("0", 0),
            ("0.05", 5),
            ("0.5", 50),
            ("007.10", 710),
        ])
    func parses(text: String, hundredths: Int64) throws {
        let money = try #require(Money(text))
        #expect(money.hundredths == hundredths)
    }

    @Test(
        "rejects",
        arguments: [
            "1.234", "abc", "", ".", "-", "-.", ",", "1.2.3", "1e3", " 1", "1 ", "+1", "--1", "1-", "１２", "¥12",
        ])
    func rejects(text: String) {
        #expect(Money(text) == nil)
    }

    @Test(
        "formats with exactly two decimals and no separators",
        arguments: [
            (0 as Int64, "0.00"),
            (5, "0.05"),
            (50, "0.50"),
            (-25, "-0.25"),
            (-100, "-1.00"),
            (123_450, "1234.50"),
            (123_456_789, "1234567.89"),
        ])
    func formats(hundredths: Int64, text: String) {
        #expect(Money(hundredths: hundredths).text == text)
        #expect(Money(hundredths: hundredths).description == text)
        #expect(Money(text)?.hundredths == hundredths) // what it writes, it reads back
    }

    @Test("arithmetic and ordering are exact")
    func arithmetic() throws {
        let a = try #require(Money("0.10")), b = try #require(Money("0.20"))
        #expect((a + b).text == "0.30")
        #expect((a - b).text == "-0.10")
        var sum = Money.zero
        for _ in 0..<10 { sum += a }
        #expect(sum.text == "1.00")
        #expect(a < b && !(b < a))
    }

    struct PercentCase: Sendable, CustomTestStringConvertible {
        let plan: String
        let part: String
        let percent: Int?
        var testDescription: String { "\(part) of \(plan) = \(percent.map(String.init) ?? "nil")" }
    }

    @Test(
        "percent(of:) in hundredths of a point, rounded down; nil for a plan that is not positive",
        arguments: [
            PercentCase(plan: "100.00", part: "12.34", percent: 1234),
            PercentCase(plan: "3.00", part: "1.00", percent: 3333),
            PercentCase(plan: "3.00", part: "2.00", percent: 6666),
            PercentCase(plan: "10000.00", part: "9001.00", percent: 9001),
            PercentCase(plan: "10000.00", part: "8999.99", percent: 8999),
            PercentCase(plan: "100.00", part: "150.00", percent: 15000),
            PercentCase(plan: "100.00", part: "0", percent: 0),
            PercentCase(plan: "0", part: "10.00", percent: nil),
            PercentCase(plan: "-5.00", part: "1.00", percent: nil),
        ])
    func percent(_ c: PercentCase) throws {
        let plan = try #require(Money(c.plan)), part = try #require(Money(c.part))
        #expect(plan.percent(of: part) == c.percent)
    }

    @Test("JSON: a decimal string, or an integer number of 万元")
    func json() throws {
        #expect(try Money(json: .string("1234.50")).hundredths == 123_450)
        #expect(try Money(json: .number("12")).hundredths == 1_200)
        #expect(Money(hundredths: -25).json == .string("-0.25"))
        #expect(throws: FieldError.self) { try Money(json: .string("1.234")) }
        #expect(throws: FieldError.self) { try Money(json: .number("1.5")) }
    }
}
