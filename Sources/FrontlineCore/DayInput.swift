/// The one reader of dates people type: on the command line (`--due +7`, `--from 2026-12-01`,
/// `log --since -30`) and in the board's forms.
///
/// Accepts `YYYY-MM-DD`, or `+N` / `-N` days from today (N in ASCII digits). Refuses, with a message
/// saying what was expected, anything else: a date that is not on the calendar, a relative date more
/// than `Limits.relativeDays` away, and any date outside the range the caller allows (by default
/// `Limits.dates`, what a record may hold). Never traps, whatever the text.
public enum DayInput {
    /// The date `text` names, counted from `today` when relative.
    public static func parse(_ text: String, today: Day, within range: ClosedRange<Day> = Limits.dates) -> Result<Day, InputProblem> {
        let trimmed = text.trimmingSpaces
        let day: Day
        if let sign = trimmed.first, sign == "+" || sign == "-" {
            let digits = trimmed.dropFirst()
            guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return .failure(malformed(trimmed)) }
            let bound = sign == "+" ? Limits.relativeDays.upperBound : -Limits.relativeDays.lowerBound
            // More digits than any allowed offset has is too far, however many there are (no Int overflow).
            let significant = digits.drop { $0 == "0" }
            guard significant.count <= String(bound).count, let magnitude = Int(significant.isEmpty ? "0" : significant), magnitude <= bound,
                let target = today.offset(by: sign == "+" ? magnitude : -magnitude, within: Day.first...Day.last)
            else {
                return .failure(InputProblem(Phrase(.inputRelativeDateTooFar, "\(Limits.relativeDays.upperBound)"), typed: trimmed))
            }
            day = target
        } else if let parsed = Day(iso: trimmed) {
            day = parsed
        } else if isDateShaped(trimmed) {
            return .failure(InputProblem(Phrase(.inputNotACalendarDay), typed: trimmed))
        } else {
            return .failure(malformed(trimmed))
        }
        guard range.contains(day) else {
            let relative = trimmed.first == "+" || trimmed.first == "-"
            let bounds: [Phrase.Value] = [.plain(range.lowerBound.iso), .plain(range.upperBound.iso)]
            return .failure(
                InputProblem(
                    relative
                        ? Phrase(.inputRelativeDateOutOfRange, values: bounds + [.plain(day.iso)])
                        : Phrase(.inputDateOutOfRange, values: bounds), typed: trimmed))
        }
        return .success(day)
    }

    private static func malformed(_ typed: String) -> InputProblem {
        InputProblem(Phrase(.inputDateMalformed), typed: typed)
    }

    /// `dddd-dd-dd`: typed as a date, but not a real one (2026-02-30, 2026-13-01).
    private static func isDateShaped(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { i, b in i == 4 || i == 7 ? b == UInt8(ascii: "-") : (0x30...0x39).contains(b) }
    }
}
