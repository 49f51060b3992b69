import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The handling steps on the board (issue 13, item 4): entries of the `m` menu, with a form when they take more than
/// a note, and the 申延 mark in lists. On the sample, 贾俊 (jiajun) is an official of 经发局, which handles I-0065 and
/// I-0093 (whose 申请延期 to 2026-12-18 is pending); 高志远 (gaozhiyuan) leads I-0093's project; 郑海燕
/// (zhenghaiyan) leads the project of I-0105, closed today; the default account is an administrator.
@MainActor
struct HandlingBoardTests {
    /// Opens the menu on the issue and chooses `action` by its number; returns whether it was offered.
    @discardableResult
    static func choose(_ action: IssueAction, on issue: String, _ h: inout Harness) -> Bool {
        h.open(issue)
        h.press(.character("m"))
        guard case .menu(let menu)? = h.state.overlay, let i = menu.actions.firstIndex(of: action) else { return false }
        h.press(.character(Character(String(i + 1))))
        return true
    }

    @Test("the menu offers each role its steps: the unit asks and reports, the leader decides")
    func menus() throws {
        var unit = Harness.sample(login: "jiajun")
        unit.open("I-0065")
        unit.press(.character("m"))
        guard case .menu(let unitMenu)? = unit.state.overlay else { Issue.record("no menu"); return }
        #expect(unitMenu.actions == [.resolve, .requestExtension, .feedback])
        var pending = Harness.sample(login: "jiajun")
        pending.open("I-0093")
        pending.press(.character("m"))
        guard case .menu(let pendingMenu)? = pending.state.overlay else { Issue.record("no menu"); return }
        #expect(pendingMenu.actions == [.resolve, .feedback], "no second request while one is pending")
        var leader = Harness.sample(login: "gaozhiyuan")
        leader.open("I-0093")
        leader.press(.character("m"))
        guard case .menu(let leaderMenu)? = leader.state.overlay else { Issue.record("no menu"); return }
        #expect(leaderMenu.actions == [.cancel, .approveExtension, .refuseExtension, .transfer])
    }

    @Test("申请延期 from the menu: a date and a reason; the lists then mark the issue")
    func request() throws {
        var h = Harness.sample(login: "jiajun")
        #expect(Self.choose(.requestExtension, on: "I-0065", &h))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == ["due", "note"])
        #expect(form.fields[0].value == "2026-12-04", "a week after today, the current due date being past")
        h.press(.enter, .enter)
        #expect(h.state.overlay != nil, "a reason is required")
        h.type("专家评审排期至12月初")
        h.press(.enter)
        #expect(h.state.overlay == nil, "\(String(describing: h.state.notice))")
        let issue = try #require(h.board.issues[id: "I-0065"])
        #expect(issue.pendingExtensionRequest?.due == Day(2026, 12, 4)! && issue.due == Day(2026, 11, 26)!)
        h.press(.escape, .character("3"))
        #expect(h.screen.contains("申延 节能审查报告"), "\(h.screen)")
    }

    @Test("批准延期 from the menu is saved at once; 不予延期 asks why")
    func decide() throws {
        var h = Harness.sample(login: "gaozhiyuan")
        #expect(Self.choose(.approveExtension, on: "I-0093", &h))
        #expect(h.state.overlay == nil, "\(String(describing: h.state.overlay))")
        #expect(h.board.issues[id: "I-0093"]?.due == Day(2026, 12, 18)!)
        var refuse = Harness.sample(login: "gaozhiyuan")
        #expect(Self.choose(.refuseExtension, on: "I-0093", &refuse))
        guard case .form(let form)? = refuse.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == ["note"])
        refuse.type("按期办结")
        refuse.press(.enter)
        #expect(refuse.board.issues[id: "I-0093"]?.pendingExtensionRequest == nil)
        #expect(refuse.board.issues[id: "I-0093"]?.due == Day(2026, 11, 29)!)
    }

    @Test("转办 from the menu: the unit, and the new unit must sign")
    func transfer() throws {
        var h = Harness.sample()
        #expect(Self.choose(.transfer, on: "I-0065", &h))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == ["unit", "person", "note"])
        h.type("U-10")
        h.press(.enter, .enter)
        h.type("节能审查由住建部门牵头")
        h.press(.enter)
        #expect(h.state.overlay == nil, "\(String(describing: h.state.notice))")
        let issue = try #require(h.board.issues[id: "I-0065"])
        #expect(issue.unit == "U-10" && issue.status == .pendingAcceptance)
    }

    @Test("回访 from the menu: 不满意 needs a note and reopens the issue")
    func followUp() throws {
        var h = Harness.sample(login: "zhenghaiyan")
        #expect(Self.choose(.followUp, on: "I-0105", &h))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.map(\.key) == ["satisfaction", "note"] && form.fields[0].value == "满意")
        h.press(.character(" "), .character(" "))
        h.press(.enter, .enter)
        #expect(h.state.overlay != nil && h.board.issues[id: "I-0105"]?.status == .closed, "refused without a note")
        h.type("企业称问题未解决")
        h.press(.enter)
        let issue = try #require(h.board.issues[id: "I-0105"])
        #expect(issue.status == .inProgress && issue.dissatisfiedCount == 1, "\(String(describing: h.state.notice))")
    }

    @Test("进展反馈 is not offered to a leader, nor 回访 to a unit official")
    func withheld() {
        var leader = Harness.sample(login: "gaozhiyuan")
        #expect(!Self.choose(.feedback, on: "I-0093", &leader))
        var unit = Harness.sample(login: "jiajun")
        #expect(!Self.choose(.followUp, on: "I-0105", &unit))
    }
}
