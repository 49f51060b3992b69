import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 督办 on the board (issue 13, item 3): the level before the title wherever the issue's light is shown, the rule on
/// its detail, and `E` for administrators. On the sample (2026-11-27) I-0045 is 挂牌督办 (34 days overdue), I-0067 红牌,
/// I-0081 黄牌; the 绩考办's run of that morning recorded them all.
@MainActor
struct EscalateBoardTests {
    @Test("lists mark the level before the title; the detail gives the rule; English and ASCII use a bracket")
    func shownWhereTheLightIs() throws {
        var h = Harness.sample(width: 120, height: 40)
        h.press(.character("3"))
        #expect(h.screen.contains("I-0045  挂牌 项目备案信息需变更"), "\(h.screen)")
        #expect(h.screen.contains("I-0067  红牌 省级重点项目专项资金申报"), "\(h.screen)")
        #expect(h.screen.contains("I-0081  黄牌 环评批复尚未取得"), "\(h.screen)")
        #expect(h.screen.contains("I-0055  挂牌 催1 周边群众"), "the level before the 催办 mark: \(h.screen)")
        h.open("I-0045")
        #expect(h.screen.contains("督办"), "\(h.screen)")
        #expect(h.screen.contains("挂牌督办：逾期 34 天（≥ 30 天）"), "\(h.screen)")
        #expect(h.screen.contains("范立成 挂牌督办 → 办理中  督办规则：逾期 34 天（≥ 30 天）"), "the recorded line: \(h.screen)")
        h.open("P-009")
        #expect(h.screen.contains("挂牌 项目备案信息需变更"), "the project's issues: \(h.screen)")
        var english = SampleState.make(width: 120, height: 40, lang: .en)
        english.press(.character("3"))
        #expect(english.render().text.contains("I-0045  [listed] "), "\(english.render().text)")
        var ascii = SampleState.make(width: 120, height: 40, ascii: true)
        ascii.press(.character("3"))
        #expect(ascii.render().text.contains("I-0045  [listed] "), "\(ascii.render().text)")
    }

    @Test("E with every level already recorded says so, without an error, and writes nothing")
    func nothingToRecord() {
        var h = Harness.sample()
        h.press(.character("E"))
        #expect(h.board.revision == 0)
        #expect(h.state.notice?.text == "没有需要记录的督办：各问题已达到的督办级别均已记录", "\(String(describing: h.state.notice))")
        #expect(h.state.notice?.isError == false)
    }

    @Test("E records the levels reached since: after the red threshold is lowered, I-0081 gets its 红牌 line")
    func records() throws {
        var board = SampleState.board
        board.settings.escalationRedDays = 5
        var h = Harness.on(InMemoryStore(board: board), login: "demo")
        h.open("I-0081")
        h.press(.character("E"))
        #expect(h.board.revision == 1, "\(String(describing: h.state.notice))")
        #expect(h.state.notice?.text.contains("督办：I-0081") == true, "\(String(describing: h.state.notice))")
        let line = try #require(h.board.issues[id: "I-0081"]?.log.last)
        #expect(line.action == "红牌督办" && line.note == "督办规则：逾期 6 天（≥ 5 天）")
        #expect(h.screen.contains("红牌督办：逾期 6 天（≥ 5 天）"), "the detail follows: \(h.screen)")
    }

    @Test("E is refused, with the reason, to everyone but administrators", arguments: ["hanliqun", "jiajun"])
    func refused(login: String) {
        var h = Harness.sample(login: login)
        #expect(!h.state.isAvailable(.escalate))
        h.press(.character("E"))
        #expect(h.board.revision == 0)
        #expect(h.state.notice?.text.contains("无权进行此操作") == true, "\(String(describing: h.state.notice))")
    }
}
