import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 手续 on the board (issue 16, item 1), on the sample of 2026-11-27: P-002 ran 图审 and 施工许可 in parallel; P-008 is held up
/// at both, late 140 and 135 days; P-021 at 规划许可. 袁博 (yuanbo) is of P-008's unit, 雷鸣 (leiming) of P-021's, 薛建平
/// (xuejianping) of 城管中心, which has no step of P-021.
@MainActor
struct ProcedureBoardTests {
    static func state(login: String, width: Int, height: Int = 40) -> AppState {
        AppState(
            board: SampleState.board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: login, width: width, height: height)
    }

    @Test(
        "a project's page shows its chain as a timeline under the facts, parallel steps bracketed, at 80 and 120 columns",
        arguments: [80, 120])
    func timeline(width: Int) throws {
        var state = Self.state(login: "fanlicheng", width: width)
        InstructionBoardTests.open("P-008", &state)
        let lines = state.page.lines.map { $0.cells.map(\.text).joined() }
        let heading = try #require(lines.firstIndex { $0.contains("手续：已办结 3/6，在办 图审、施工许可，卡在 图审（逾期 140 天）、施工许可（逾期 135 天）") }, "\(lines)")
        #expect(lines[heading + 4].hasPrefix("┌ ● 图审") && lines[heading + 4].contains("逾期 140 天（计划 2026-07-10）"), "\(lines[heading + 4])")
        #expect(lines[heading + 5].hasPrefix("└ ● 施工许可"), "\(lines[heading + 5])")
        #expect(lines[heading + 6].contains("竣工验收") && lines[heading + 6].contains("等待：图审、施工许可"), "\(lines[heading + 6])")
        #expect(state.page.lines[heading + 4].cells[1].role == .light(.red))
        let screen = state.render().text
        #expect(screen.contains("┌ ● 图审"), "on screen at \(width) columns: \(screen)")
        Snapshot.check(state.render(), "procedures-P-008-\(width)x40")
    }

    @Test("h: the project's unit records a step done with its number from the form; the page shows it at once")
    func recordFromTheBoard() throws {
        var h = Harness.sample(login: "leiming", width: 100, height: 40)
        h.open("P-021")
        h.press(.character("h"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form: \(String(describing: h.state.notice))"); return }
        #expect(form.fields.map(\.key) == ["step", "planned", "done", "number", "unit"])
        #expect(form.fields[0].value == "规划许可", "the step the chain is at")
        h.press(.down, .down)
        h.type("2026-11-26")
        h.press(.down)
        h.type("建字第370705202600102号")
        h.press(.enter, .enter)
        #expect(h.state.overlay == nil, "\(String(describing: h.state.overlay))")
        let step = try #require(h.board.projects[id: "P-021"]?.procedures[name: "规划许可"])
        #expect(step.done == Day(iso: "2026-11-26") && step.number == "建字第370705202600102号" && step.planned == Day(iso: "2026-07-31"), "\(step)")
        #expect(
            h.state.page.lines.contains { line in
                let text = line.cells.map(\.text).joined()
                return text.contains("✓ 规划许可") && text.contains("建字第370705202600102号")
            })
    }

    @Test("H raises one issue from the latest step; the next H offers only the other late step")
    func raiseFromTheBoard() throws {
        var h = Harness.sample(login: "yuanbo", width: 100, height: 40)
        let before = h.board.issues.count
        h.open("P-008")
        h.press(.character("H"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form: \(String(describing: h.state.notice))"); return }
        #expect(form.fields[0].value == "图审")
        #expect(form.fields[1].value == "2026-12-04")
        h.press(.enter, .enter, .enter)
        #expect(h.state.overlay == nil, "\(String(describing: h.state.overlay))")
        #expect(h.board.issues.count == before + 1)
        #expect(h.board.projects[id: "P-008"]?.procedures[name: "图审"]?.issue == "I-0125")
        h.press(.character("H"))
        guard case .form(let second)? = h.state.overlay else { Issue.record("no second form"); return }
        if case .choice(let choice) = second.fields[0].kind { #expect(choice.values == ["施工许可"]) } else { Issue.record("not a choice") }
    }

    @Test("h and H are refused with the reason to a unit with no step of the project and to a leader")
    func refusals() {
        for login in ["xuejianping", "gaozhiyuan"] {
            var h = Harness.sample(login: login, width: 100, height: 40)
            h.open("P-021")
            h.press(.character("h"))
            #expect(h.state.overlay == nil, "\(login)")
            #expect(h.state.notice?.text.contains("无权") == true, "\(login): \(String(describing: h.state.notice))")
        }
        var h = Harness.sample(login: "fanlicheng", width: 100, height: 40)
        h.open("P-002")
        h.press(.character("H"))
        #expect(h.state.overlay == nil)
        #expect(h.state.notice?.text.contains("P-002 没有可提出问题的逾期手续步骤") == true, "\(String(describing: h.state.notice))")
    }
}
