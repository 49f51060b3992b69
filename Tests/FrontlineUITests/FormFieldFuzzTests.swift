import FrontlineCore
import Testing

@testable import FrontlineUI

/// Every kind of form field reads hostile typed text without trapping, and what it accepts is within the
/// limits a record may hold (issue 10 item 6, the board's side: forms read dates and numbers through the
/// core's `DayInput` and `NumberInput`).
struct FormFieldFuzzTests {
    static let texts: [String] = {
        var texts = [
            "+9223372036854775807", "-9223372036854775808", "+99999999999999999999", "9223372036854775807", "-0", "+0", "2026-02-30",
            "0001-01-01", "9999-12-31", "2199-12-31", "1e400", "9999999999.99", "10000000000", "999999999999999.99", "\u{1B}[2J", "明天",
            "", " ", "+", "-", "١٢", "７", String(repeating: "9", count: 400),
        ]
        var state: UInt64 = 2026
        for _ in 0..<300 {
            state &+= 0x9E37_79B9_7F4A_7C15
            let n = state >> UInt64(state % 60)
            texts.append(["+", "-", ""][Int(state % 3)] + String(n))
        }
        return texts
    }()

    static let kinds: [InputKind] = [
        .date, .money, .percent, .integer(Limits.extensionDays), .text, .reference(.person), .choice(Choice(Urgency.self)),
    ]

    @Test func noTypedTextTrapsAndWhatIsAcceptedIsWithinLimits() {
        let index = BoardIndex(SampleState.board)
        for kind in Self.kinds {
            for text in Self.texts {
                let field = FormField("f", "f", kind, value: text)
                guard case .success(let json) = field.parse(today: SampleState.today, index: index, lang: .zh), json != .null else { continue }
                switch kind {
                case .date: #expect(json.stringValue.flatMap { Day(iso: $0) }.map { Limits.dates.contains($0) } == true, "\(text)")
                case .money: #expect((try? Money(json: json)) != nil, "\(text)")
                case .integer(let range): #expect(json.intValue.map(range.contains) == true, "\(text)")
                default: break
                }
            }
        }
    }
}
