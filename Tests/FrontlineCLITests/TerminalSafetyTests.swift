import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Every message that reaches the terminal goes through the sanitizer, errors included: store data quoted in an
/// error (an unknown key, an id, a field name, a person's name) must not carry ESC, OSC 52, CR or BS to the screen.
struct TerminalSafetyTests {
    let dir = TempDirectory()
    static let hostile = "\u{1B}]52;c;cm0gLXJmIH4K\u{07}\u{1B}[2J\r\u{08}"

    func expectClean(_ outcome: Outcome, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.code != 0, "\(what): \(outcome)", sourceLocation: sourceLocation)
        #expect(!outcome.err.isEmpty, "\(what) says what is wrong", sourceLocation: sourceLocation)
        #expect(
            Faults.controlCharacters(in: outcome.err + outcome.out).isEmpty, "\(what): \(outcome.err.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test func idsAndFieldNamesFromArgumentsAreShownEscaped() throws {
        let store = try TestBoard.store(in: dir)
        let data = ["--data", store.directory]
        expectClean(cli(["show", "I-" + Self.hostile] + data), "show")
        expectClean(cli(["edit", "I-0001", Self.hostile + "=1"] + data), "edit with a hostile field name")
        expectClean(cli(["issue", "move", "I-0001", Self.hostile] + data), "a hostile action")
        expectClean(cli(["projects", "--unit", Self.hostile] + data), "a hostile unit")
    }

    @Test func anUnknownKeyInTheSnapshotIsShownEscaped() throws {
        let store = try TestBoard.store(in: dir)
        let path = store.directory + "/board.json"
        let text = Files.text(path)!
        let escaped = Self.hostile.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
        Files.write(text.replacingOccurrences(of: "\"settings\": {", with: "\"settings\": {\"\(escaped)\": 1, "), to: path)
        expectClean(cli(["check", "--data", store.directory]), "check")
        expectClean(cli(["projects", "--data", store.directory]), "projects")
    }

    @Test func aPersonsNameInARefusalIsShownEscaped() throws {
        var board = TestBoard.make()
        board.people.upsert(
            {
                var p = board.people[id: "M-006"]!; p.name = "观察" + Self.hostile; return p
            }())
        let store = try FileStore.create(at: dir.at("store"), board: board)
        expectClean(cli(["visit", "P-001", "--note", "x", "--data", store.directory], login: "viewer"), "a read-only person's refusal")
    }
}
