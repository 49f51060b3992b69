import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// Issue 11 item 4 on the board: the edit form refuses a light set by hand without a reason, with the
/// problem on the reason field, and saves nothing.
@MainActor
struct OverrideBoardTests {
    @Test func aLightByHandWithoutAReasonIsRefusedOnTheReasonField() {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("e"))
        guard case .form(let form)? = h.state.overlay,
            let field = form.fields.firstIndex(where: { $0.key == "lightOverride" })
        else { Issue.record("no edit form"); return }
        for _ in 0..<field { h.press(.tab) }
        h.press(.character(" "))
        guard case .form(let set)? = h.state.overlay else { Issue.record("the form closed"); return }
        #expect(set.fields[field].value == "红")
        h.press(.control("s"))
        guard case .form(let refused)? = h.state.overlay else { Issue.record("the form closed: saved without a reason"); return }
        #expect(refused.fields[refused.focus].key == "lightOverrideReason")
        #expect(refused.planProblems["lightOverrideReason"]?.contains("理由") == true)
        #expect(h.board.projects[id: "P-002"]?.lightOverride == nil && h.board.revision == 0)
    }
}
