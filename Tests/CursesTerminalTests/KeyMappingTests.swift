import FrontlineUI
import Testing

@testable import CursesTerminal

/// ncurses key codes, written out as the independent oracle (curses.h, octal).
private let keyCodes: [(code: Int32, key: Key)] =
    [
        (0o402, .down), (0o403, .up), (0o404, .left), (0o405, .right),
        (0o406, .home), (0o550, .end), (0o534, .home), (0o537, .end), // KEY_HOME, KEY_END, keypad A1, C1
        (0o552, .home), (0o601, .end), // KEY_FIND, KEY_SELECT (PuTTY's Home/End under TERM=xterm)
        (0o523, .pageUp), (0o522, .pageDown), (0o535, .pageUp), (0o540, .pageDown), // PPAGE, NPAGE, A3, C3
        (0o407, .backspace), (0o512, .delete), (0o513, .insert),
        (0o527, .enter), (0o541, .backTab),
    ] + (1...12).map { (Int32(0o410 + $0), Key.function($0)) }

@Suite("Key mapping")
struct KeyMappingTests {
    @Test("every function-key code maps to its key", arguments: keyCodes.indices)
    func keyCode(index: Int) {
        let (code, key) = keyCodes[index]
        #expect(KeyMapping.key(forKeyCode: code) == key)
    }

    @Test(
        "unused key codes map to nothing",
        arguments: [Int32]([0o410, 0o410 + 13, 0o410 + 24, 0o536 /* keypad centre */, 0o631 /* mouse */, 0o632 /* resize */, 0o777]))
    func unusedKeyCode(code: Int32) {
        #expect(KeyMapping.key(forKeyCode: code) == nil)
    }

    @Test(
        "special characters",
        arguments: [
            (UInt32(10), Key.enter), (13, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        ])
    func special(value: UInt32, key: Key) {
        #expect(KeyMapping.key(forCharacter: value) == key)
    }

    @Test("Ctrl-A … Ctrl-Z, except those that are Tab, Enter and Backspace")
    func controls() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for value in UInt32(1)...26 {
            let expected: Key
            switch value {
            case 8: expected = .backspace
            case 9: expected = .tab
            case 10, 13: expected = .enter
            default: expected = .control(letters[Int(value) - 1])
            }
            #expect(KeyMapping.key(forCharacter: value) == expected, "value \(value)")
        }
        #expect(KeyMapping.key(forCharacter: 12) == .control("l"))
        #expect(KeyMapping.key(forCharacter: 2) == .control("b"))
        #expect(KeyMapping.key(forCharacter: 6) == .control("f"))
    }

    @Test(
        "Ctrl-Space (NUL) and other unbindable controls map to nothing",
        arguments: [UInt32(0), 28, 29, 30, 31, 0x80, 0x85, 0x9F, 0xD800, 0x110000])
    func ignored(value: UInt32) {
        #expect(KeyMapping.key(forCharacter: value) == nil)
    }

    @Test(
        "printable characters, Chinese from an input method included",
        arguments: [
            (UInt32(0x61), Character("a")), (0x20, " "), (0x2F, "/"), (0x7E, "~"),
            (0x9AD8, "高"), (0x521B, "创"), (0xFF21, "Ａ"), (0xB7, "·"), (0x3000, "\u{3000}"), (0x1F600, "😀"),
        ])
    func printable(value: UInt32, character: Character) {
        #expect(KeyMapping.key(forCharacter: value) == .character(character))
    }

    @Test("an input method's phrase arrives as one key per character")
    func phrase() {
        let keys = "柏年城".unicodeScalars.map { KeyMapping.key(forCharacter: $0.value) }
        #expect(keys == [.character("柏"), .character("年"), .character("城")])
    }
}

@Suite("Input watch")
struct InputWatchTests {
    @Test("timeouts that run their course never count as a closed input")
    func ordinaryTimeouts() {
        var watch = InputWatch()
        var closed = false
        for _ in 0..<10 {
            closed = closed || watch.noteError(elapsedMilliseconds: 1000, timeoutMilliseconds: 1000)
            closed = closed || watch.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: 0)
        }
        #expect(!closed)
    }

    @Test("repeated immediate failures mean the input is gone; input in between resets")
    func earlyFailures() {
        var watch = InputWatch()
        var results: [Bool] = []
        results.append(watch.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: 1000))
        results.append(watch.noteError(elapsedMilliseconds: 1, timeoutMilliseconds: 1000))
        watch.noteInput()
        results.append(watch.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: 1000))
        results.append(watch.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: 1000))
        results.append(watch.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: 1000))
        #expect(results == [false, false, false, false, true])

        var blocking = InputWatch()
        let blocked = (0..<3).map { _ in blocking.noteError(elapsedMilliseconds: 0, timeoutMilliseconds: -1) }
        #expect(blocked == [false, false, true])
    }
}
