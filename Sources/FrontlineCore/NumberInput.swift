/// The one reader of numbers people type: day counts, percentages, amounts, counts. Each comes with
/// its range (`Limits`), and anything outside it or not a number is refused with a message saying
/// what was expected and what was typed. Never traps, whatever the text.
public enum NumberInput {
    /// A whole number (ASCII digits, optionally signed) within `range`.
    public static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, InputProblem> {
        let trimmed = text.trimmingSpaces
        let expected = InputProblem(Phrase(.inputWholeNumber, "\(range.lowerBound)", "\(range.upperBound)"), typed: trimmed)
        var digits = Substring(trimmed)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return .failure(expected) }
        let significant = digits.drop { $0 == "0" }
        // Anything longer than 18 digits is out of every range (and would not fit in Int).
        guard significant.count <= 18, let magnitude = Int(significant.isEmpty ? "0" : significant) else { return .failure(expected) }
        let value = negative ? -magnitude : magnitude
        return range.contains(value) ? .success(value) : .failure(expected)
    }

    /// An amount in 万元 (`1234.50`, `1,234.5`, `-3`) within `Limits.moneyHundredths`.
    public static func money(_ text: String) -> Result<Money, InputProblem> {
        let trimmed = text.trimmingSpaces
        guard let money = Money(trimmed) else {
            return .failure(InputProblem(Phrase(.inputMoney), typed: trimmed))
        }
        guard money.isWithinLimits else {
            return .failure(InputProblem(Phrase(.inputMoneyOutOfRange), typed: trimmed))
        }
        return .success(money)
    }
}
