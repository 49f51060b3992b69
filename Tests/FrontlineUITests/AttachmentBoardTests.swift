import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// Attachments on the board (issue 14, item 3): the issue's detail lists them (name, size, who, when), a project's
/// detail lists its visits' under each visit; nothing of them is opened or rendered, and a hostile name is drawn
/// sanitised. On the sample, 韩立群 (hanliqun) leads P-029, whose I-0055 and visit V-0018 are his.
@MainActor
struct AttachmentBoardTests {
    static let hostile = "\u{1B}[2J\u{1B}]0;pwned\u{07}报告\u{202E}fdp.exe"

    /// The sample with two attachments on I-0055 (one with a hostile name) and one on V-0018, attached by 韩立群.
    static func board() throws -> Board {
        let store = InMemoryStore(board: SampleState.board)
        let now = try #require(Timestamp(iso: "2026-11-27T10:30:00+08:00"))
        for (kind, id, name, size) in [
            (RecordKind.issue, "I-0055", "夜间施工噪声监测报告.pdf", 1_342_177), (.issue, "I-0055", hostile, 836),
            (.visit, "V-0018", "基坑支护现场照片.jpg", 2_516_582),
        ] {
            let content = [UInt8](repeating: UInt8(size % 251), count: size)
            _ = try store.attach(
                AttachmentDraft(kind: kind, id: id, name: name, size: size, sha256: SHA256.hex(content)), content: content,
                login: "hanliqun", uid: 1000, today: SampleState.today, now: now)
        }
        return store.board
    }

    static func state(_ board: Board, width: Int = 100, height: Int = 40) -> AppState {
        AppState(
            board: board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: "hanliqun", width: width, height: height)
    }

    static func open(_ id: String, _ state: inout AppState) {
        state.press(.character(":"))
        state.type(id)
        state.press(.enter)
    }

    // `Line.search` is the line's text in lower case.
    @Test("the issue's detail lists its attachments after the handling log; a hostile name is drawn sanitised")
    func issueDetail() throws {
        var state = Self.state(try Self.board())
        Self.open("I-0055", &state)
        let lines = state.page.lines.map(\.search)
        let heading = try #require(lines.firstIndex { $0.contains("附件（2）") }, "\(lines)")
        #expect(lines[heading + 1].contains("夜间施工噪声监测报告.pdf  1.3 mb  韩立群  2026-11-27 10:30"), "\(lines[heading + 1])")
        #expect(lines[heading + 2].contains("836 b  韩立群"))
        #expect(heading > (lines.firstIndex { $0.contains("办理记录") } ?? .max), "after the handling log")
        state.press(.end)
        let grid = state.render()
        for raw in ["\u{1B}", "\u{07}", "\u{202E}"] { #expect(!grid.text.contains(raw)) }
        #expect(grid.text.contains("报告"))
        Snapshot.check(grid, "attachments-issue-I-0055-100x40")
    }

    @Test("a project's detail lists each visit's attachments under it")
    func visitsInProjectDetail() throws {
        var state = Self.state(try Self.board(), width: 120)
        Self.open("P-029", &state)
        let lines = state.page.lines.map(\.search)
        let visit = try #require(lines.firstIndex { $0.contains("2026-10-09") }, "\(lines)")
        #expect(lines[visit + 1].contains("附件：基坑支护现场照片.jpg  2.4 mb  韩立群  2026-11-27 10:30"), "\(lines[visit + 1])")
    }

    @Test("records without attachments show no attachment section")
    func noneShown() {
        var state = Self.state(SampleState.board)
        Self.open("I-0055", &state)
        #expect(!state.page.lines.contains { $0.search.contains("附件") })
    }
}
