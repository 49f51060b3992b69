import Testing

@testable import FrontlineCore

/// `NumberInput`: the one reader of typed numbers, with the ranges of `Limits`.
struct NumberInputTests {
    @Test("integers within their range", arguments: [("7", 7), ("+7", 7), ("007", 7), (" 365 ", 365), ("1", 1)])
    func accepted(_ text: String, _ value: Int) throws {
        #expect(try NumberInput.integer(text, in: Limits.extensionDays).get() == value)
    }

    @Test(
        "refused, never trapping",
        arguments: [
            "0", "366", "-1", "9223372036854775807", "-9223372036854775808", "99999999999999999999999", "7.5", "七", "", "+", "1e3", "0x10", "７",
        ])
    func refused(_ text: String) {
        guard case .failure(let problem) = NumberInput.integer(text, in: Limits.extensionDays) else {
            Issue.record("\(text) accepted")
            return
        }
        #expect(problem.reason(.zh) == "应为 1–365 的整数")
        #expect(problem.reason(.en) == "expected a whole number from 1 to 365")
    }

    @Test func negativeRangesWork() throws {
        #expect(try NumberInput.integer("-1000000", in: Limits.sortOrder).get() == -1_000_000)
        #expect(throws: InputProblem.self) { try NumberInput.integer("-1000001", in: Limits.sortOrder).get() }
    }

    @Test("amounts within the limit", arguments: [("1234.50", Int64(123_450)), ("-3", -300), ("9999999999.99", 999_999_999_999)])
    func money(_ text: String, _ hundredths: Int64) throws {
        #expect(try NumberInput.money(text).get().hundredths == hundredths)
    }

    @Test("amounts beyond the limit or malformed", arguments: ["10000000000", "-10000000000", "999999999999999.99", "1.234", "abc", ""])
    func moneyRefused(_ text: String) {
        #expect(throws: InputProblem.self) { try NumberInput.money(text).get() }
    }

    // MARK: Money arithmetic never traps

    @Test func moneyArithmeticSaturates() {
        let huge = Money(hundredths: .max), tiny = Money(hundredths: .min)
        #expect((huge + huge).hundredths == .max)
        #expect((tiny + tiny).hundredths == .min)
        #expect((tiny - huge).hundredths == .min)
        #expect((huge - tiny).hundredths == .max)
        var sum = huge
        sum += Money(hundredths: 1)
        #expect(sum.hundredths == .max)
    }

    @Test func percentNeverTraps() {
        #expect(Money(hundredths: 1).percent(of: Money(hundredths: .max)) == .max)
        #expect(Money(hundredths: 1).percent(of: Money(hundredths: .min)) == .min)
        #expect(Money(hundredths: 200).percent(of: Money(hundredths: 50)) == 2500)
        #expect(Money(hundredths: .max).percent(of: Money(hundredths: .max)) == 10_000)
        #expect(Schedule.target(plan: Money(hundredths: .max), on: Day(2026, 12, 31)!).hundredths == .max)
    }
}
