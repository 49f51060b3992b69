import FrontlineCore
import Testing

@testable import FrontlineUI

/// `:asof` reads its date with the core's `DayInput`: relative dates work, nothing out of range is taken.
struct AsOfCommandTests {
    @Test(arguments: [
        ("asof +3", "2026-11-30"), ("asof 2199-12-31", "2199-12-31"), ("asof 9999-12-31", nil), ("asof +9223372036854775807", nil),
        ("asof 明天", nil),
    ])
    func asOf(_ command: String, _ expected: String?) {
        var state = SampleState.make()
        state.press(.character(":"))
        state.type(command)
        state.press(.enter)
        if let expected {
            #expect(state.data.today.iso == expected)
        } else {
            #expect(state.data.today == SampleState.today)
            #expect(state.notice?.isError == true)
        }
    }
}
