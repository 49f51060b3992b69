import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// First-day issue, done-when: the README's sample screen is what `frontline demo --lang zh` shows at 80×24.
struct ReadmeScreenTests {
    /// The rows of the README's code block under "The dashboard of the sample", trailing blanks trimmed.
    static func readmeScreen() throws -> [String] {
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let marker = try #require(readme.range(of: "The dashboard of the sample (`frontline demo --lang zh`, 80×24):\n\n```\n"))
        let body = readme[marker.upperBound...]
        let end = try #require(body.range(of: "```"))
        return body[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    @Test func theReadmeShowsTheDemoDashboard() throws {
        // `demo` labels the store 示例（临时副本） and makes the caller the sample's 周明远.
        let state = AppState(
            board: SampleState.board, today: SampleState.today, lang: .zh, theme: Theme(color: true, ascii: false),
            storeLabel: "示例（临时副本）", login: "demo", width: 80, height: 24)
        let grid = state.render()
        let shown = (0..<grid.height).map { String(grid.row($0).reversed().drop { $0 == " " }.reversed()) }
        #expect(try Self.readmeScreen() == shown, "README differs from the board:\n\(shown.joined(separator: "\n"))")
    }
}
