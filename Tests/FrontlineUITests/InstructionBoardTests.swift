import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// 领导批示 on the board (issue 14, item 2), on the sample of 2026-11-27: B-001 (韩立群's, recorded by the 绩考办) on P-001
/// waits for 清池街道, whose response 秦凯 (qinkai) holds, 7 days overdue; B-002 (高志远's, gaozhiyuan) on I-0055 was
/// answered by 董晓宇 and waits for his 已落实.
@MainActor
struct InstructionBoardTests {
    static func state(login: String, width: Int = 100, height: Int = 30) -> AppState {
        AppState(
            board: SampleState.board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: login, width: width, height: height)
    }

    static func open(_ id: String, _ state: inout AppState) {
        state.press(.character(":"))
        state.type(id)
        state.press(.enter)
    }

    @Test("a project's detail lists its instructions after its issues, with light, state and due date; Enter opens the project")
    func projectDetail() throws {
        var state = Self.state(login: "hanliqun")
        Self.open("P-001", &state)
        let lines = state.page.lines
        let heading = try #require(lines.firstIndex { $0.search.contains("领导批示（1）") }, "\(lines.map(\.search))")
        #expect(lines[heading + 1].search.contains("b-001  待反馈  逾期 7 天  反馈时限 2026-11-20   韩立群：柏年城康复理疗中心"), "\(lines[heading + 1].search)")
        #expect(lines[heading + 1].target == .instruction("B-001"), "the line is the instruction's (f and l act on it)")
        while state.cursor.target != .instruction("B-001") { state.press(.down) }
        state.press(.enter)
        #expect(state.screen == .detail(.project("P-001")), "Enter opens what it is on")
        #expect(heading > (lines.firstIndex { $0.search.contains("问题（") } ?? .max), "after the issues")
    }

    @Test("an issue's detail lists its instruction and the response under it")
    func issueDetail() throws {
        var state = Self.state(login: "gaozhiyuan", height: 40)
        Self.open("I-0055", &state)
        let lines = state.page.lines.map(\.search)
        let heading = try #require(lines.firstIndex { $0.contains("领导批示（1）") }, "\(lines)")
        #expect(lines[heading + 1].contains("b-002  已反馈  已反馈，待领导确认落实  反馈时限 2026-11-25   高志远：夜间施工噪声投诉反复出现"))
        #expect(lines[heading + 2].contains("反馈 董晓宇：已会同城管中队"))
        state.press(.end)
        Snapshot.check(state.render(), "instructions-issue-I-0055-100x40")
    }

    @Test("我的: the unit's holder sees the instruction waiting for his response")
    func mineOfTheHolder() throws {
        var state = Self.state(login: "qinkai")
        state.press(.character(Character(String(state.screens.number(of: .mine)))))
        let lines = state.page.lines.map(\.search)
        let heading = try #require(lines.firstIndex { $0.contains("待我反馈的领导批示（1）") }, "\(lines)")
        #expect(lines[heading + 1].contains("b-001  待反馈  逾期 7 天"))
        #expect(!lines.contains { $0.contains("在办领导批示") }, "only administrators see every open one")
        Snapshot.check(state.render(), "instructions-mine-qinkai-100x30")
    }

    @Test("我的: the leader sees the response waiting for his 已落实; another leader sees nothing of it")
    func mineOfTheLeader() throws {
        var state = Self.state(login: "gaozhiyuan")
        state.press(.character(Character(String(state.screens.number(of: .mine)))))
        let lines = state.page.lines.map(\.search)
        let heading = try #require(lines.firstIndex { $0.contains("待我确认落实的批示反馈（1）") }, "\(lines)")
        #expect(lines[heading + 1].contains("b-002"))
        var other = Self.state(login: "sunwenbo")
        other.press(.character(Character(String(other.screens.number(of: .mine)))))
        #expect(!other.page.lines.contains { $0.search.contains("批示") })
    }
}
