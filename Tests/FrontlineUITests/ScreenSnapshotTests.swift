import FrontlineCore
import FrontlineUI
import Testing

/// Every screen of the board as text, from the sample as of 2026-11-27, at 80×24 and 120×40.
@MainActor
struct ScreenSnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    @Test(arguments: ScreenRegistry.standard.allTabs)
    func everyTab(_ tab: Tab) {
        let number = ScreenRegistry.standard.number(of: tab)
        for (w, h) in Self.sizes {
            var state = SampleState.make(width: w, height: h)
            state.press(.character(Character(String(number))))
            Snapshot.check(state.render(), "tab\(number)-\(tab)-\(w)x\(h)")
        }
    }

    @Test func projectDetail() {
        for (w, h) in Self.sizes {
            var state = SampleState.make(width: w, height: h)
            state.press(.character(":"))
            state.type("P-002")
            state.press(.enter)
            Snapshot.check(state.render(), "project-detail-P-002-\(w)x\(h)")
        }
    }

    @Test func issueDetail() {
        for (w, h) in Self.sizes {
            var state = SampleState.make(width: w, height: h)
            state.press(.character(":"))
            state.type("I-0073")
            state.press(.enter)
            Snapshot.check(state.render(), "issue-detail-I-0073-\(w)x\(h)")
        }
    }

    @Test func help() {
        var state = SampleState.make()
        state.press(.character("?"))
        Snapshot.check(state.render(), "help-80x24")
    }

    @Test func tooSmall() {
        Snapshot.check(SampleState.make(width: 20, height: 5).render(), "too-small-20x5")
    }

    @Test func englishDashboard() {
        Snapshot.check(SampleState.make(lang: .en).render(), "dashboard-en-80x24")
    }

    @Test func asciiProjects() {
        var state = SampleState.make(ascii: true)
        state.press(.character("2"))
        Snapshot.check(state.render(), "projects-ascii-80x24")
    }

    @Test func chineseFilter() {
        var state = SampleState.make()
        state.press(.character("2"), .character("/"))
        state.type("生物")
        Snapshot.check(state.render(), "projects-filter-生物-80x24")
    }
}
