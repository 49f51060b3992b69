import FrontlineUI
import Testing

@testable import CursesTerminal

/// First-day issue, item 9: keys whose sequences terminfo does not list (Home as `ESC [ 1 ~` under PuTTY,
/// screen and tmux) must arrive as those keys, not as Esc (which offered to discard a form) plus `[1~`.
@Suite("Escape sequences")
struct EscapeSequenceTests {
    @Test(
        "sequences after ESC",
        arguments: [
            ("[1~", EscapeSequence.Result.key(.home)), ("[7~", .key(.home)), ("[H", .key(.home)), ("OH", .key(.home)), ("[1;5H", .key(.home)),
            ("[4~", .key(.end)), ("[8~", .key(.end)), ("[F", .key(.end)), ("OF", .key(.end)),
            ("[3~", .key(.delete)), ("[2~", .key(.insert)), ("[5~", .key(.pageUp)), ("[6~", .key(.pageDown)),
            ("[A", .key(.up)), ("OB", .key(.down)), ("[C", .key(.right)), ("OD", .key(.left)), ("[Z", .key(.backTab)),
            ("OP", .key(.function(1))), ("[11~", .key(.function(1))), ("[15~", .key(.function(5))), ("[21~", .key(.function(10))),
            ("[24~", .key(.function(12))),
            ("[", .incomplete), ("[1", .incomplete), ("[1;5", .incomplete), ("O", .incomplete), ("", .incomplete),
            ("[99~", .unknown), ("[1;5X", .unknown), ("Ox", .unknown), ("OM", .key(.enter)), ("[M", .unknown), ("OZ", .unknown),
            ("j", .notASequence), ("高", .notASequence),
        ])
    func parse(_ after: String, _ expected: EscapeSequence.Result) {
        #expect(EscapeSequence.parse(after.unicodeScalars.map(\.value)) == expected)
    }

    @MainActor
    @Test("through the curses terminal: Home, an unknown sequence, and a lone Esc")
    func throughCurses() throws {
        let terminal = try CursesTerminal(testingWidth: 20, height: 5)
        defer { terminal.close() }
        // ncurses hands back pushed characters last in, first out: push each sequence backwards.
        func push(_ text: String) { for scalar in text.unicodeScalars.reversed() { terminal.pushCharacter(scalar.value) } }
        push("\u{1B}[1~x")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.home))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("x")), "what follows is typed as usual")
        push("\u{1B}[99~y")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .idle, "an unknown sequence is dropped whole")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("y")))
        push("\u{1B}")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.escape), "Esc alone is Esc")
        push("\u{1B}j")
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.escape))
        #expect(terminal.nextEvent(timeoutMilliseconds: 0) == .key(.character("j")))
    }
}
