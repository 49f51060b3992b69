import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// What listings write when the data holds characters a terminal acts on (issue 9 item 16): JSON escapes
/// C1, bidi and invisible characters (the table and CSV showed them escaped already); CSV carries no bare
/// CR that would send the cursor back over what was printed.
struct ListingOutputTests {
    static let name = "万声\u{202E}岛\u{200D}\u{85}工场\rX"

    static func store() throws -> (TempDirectory, String) {
        let dir = TempDirectory()
        var board = TestBoard.make()
        var project = board.projects[id: "P-001"]!
        project.name = name
        board.projects.upsert(project)
        let store = try FileStore.create(at: dir.at("store"), board: board)
        return (dir, store.directory)
    }

    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { Sanitizer.isControlOrInvisible($0.value) && $0 != "\n" && $0 != "\r" }.map { String($0.value, radix: 16) }
    }

    @Test(arguments: [["projects"], ["show", "P-001"], ["issues", "--all"]])
    func jsonEscapesButKeepsTheText(_ command: [String]) throws {
        let (dir, store) = try Self.store()
        defer { withExtendedLifetime(dir) {} }
        let result = cli(command + ["--format", "json", "--data", store])
        #expect(result.code == 0, "\(result)")
        #expect(Self.unsafe(result.out).isEmpty, "\(Self.unsafe(result.out))")
        #expect(!result.out.contains("\r"))
        if command == ["projects"] {
            let parsed = try JSONValue.parse(Array(result.out.utf8))
            guard case .array(let rows) = parsed else { Issue.record("not an array"); return }
            #expect(rows.first?["name"] == .string(Self.name))
        }
    }

    @Test func csvHasNoBareCarriageReturn() throws {
        let (dir, store) = try Self.store()
        defer { withExtendedLifetime(dir) {} }
        let result = cli(["projects", "--format", "csv", "--data", store])
        #expect(result.code == 0)
        let bytes = Array(result.out.utf8)
        let bare = bytes.indices.filter { bytes[$0] == 0x0D && ($0 + 1 == bytes.count || bytes[$0 + 1] != 0x0A) }
        #expect(bare.isEmpty)
        #expect(result.out.contains("工场\nX"))
        #expect(Self.unsafe(String(result.out.unicodeScalars.dropFirst())).isEmpty, "nothing but the leading BOM")
    }
}
