import FrontlineRandom
import Testing

@testable import FrontlineCore

/// `Sanitizer`: one case per dangerous class, ASCII mode, line splitting and a property test.
struct SanitizerTests {
    /// Input and the exact expected `Sanitizer.display` output in UTF-8 mode.
    @Test(
        "display escapes every dangerous class",
        arguments: [
            // C0 controls and DEL: caret notation.
            ("\u{1B}[2J\u{1B}]0;title\u{07}", "^[[2J^[]0;title^G"),
            ("a\rb", "a^Mb"),
            ("a\u{8}b", "a^Hb"),
            ("line1\nline2", "line1^Jline2"),
            ("col\tcol", "col^Icol"),
            ("\u{0}\u{1F}", "^@^_"),
            ("x\u{7F}", "x^?"),
            // C1 controls.
            ("a\u{85}b\u{9B}c", "a<U+0085>b<U+009B>c"),
            ("\u{80}\u{9F}", "<U+0080><U+009F>"),
            // Bidi controls, with Chinese around them.
            ("会议\u{202E}室名", "会议<U+202E>室名"),
            ("\u{202A}\u{202B}\u{202C}\u{202D}", "<U+202A><U+202B><U+202C><U+202D>"),
            ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
            ("\u{2067}\u{2068}", "<U+2067><U+2068>"),
            ("\u{61C}\u{200E}\u{200F}", "<U+061C><U+200E><U+200F>"),
            // Zero-width and invisible formatting.
            ("a\u{200B}b\u{200C}c", "a<U+200B>b<U+200C>c"),
            ("👨\u{200D}👩\u{200D}👧", "👨<U+200D>👩<U+200D>👧"),
            ("\u{2060}\u{2064}", "<U+2060><U+2064>"),
            ("\u{FEFF}标题", "<U+FEFF>标题"),
            ("🏴\u{E0067}\u{E007F}", "🏴<U+E0067><U+E007F>"),
            // Line and paragraph separators.
            ("a\u{2028}b\u{2029}c", "a<U+2028>b<U+2029>c"),
            // Anything else glibc calls -1: unassigned, noncharacters.
            ("\u{378}", "<U+0378>"),
            ("\u{FFFF}\u{10FFFF}", "<U+FFFF><U+10FFFF>"),
            ("\u{3FFFD}", "<U+3FFFD>"),
            // Variation selectors are dropped.
            ("❤\u{FE0F}", "❤"),
            ("☺\u{FE0E}x", "☺x"),
            // Skin-tone modifiers are dropped too.
            ("👍\u{1F3FD}好", "👍好"),
            // Regional indicators: pairs and lone ones.
            ("🇨🇳", "[CN]"),
            ("中国🇨🇳队", "中国[CN]队"),
            ("🇨🇳🇺🇸", "[CN][US]"),
            ("\u{1F1E8}", "[C]"),
            ("🇨🇳\u{1F1FA}", "[CN][U]"),
            // Things that stay as they are.
            ("e\u{301}", "e\u{301}"),
            ("高创·柏年城", "高创·柏年城"),
            ("中文 Ａ 😀 ─│┌ …", "中文 Ａ 😀 ─│┌ …"),
            ("\u{E000}\u{AD}", "\u{E000}\u{AD}"), // private use and soft hyphen are width 1
            ("", ""),
            // A leading orphan combining mark gets a dotted-circle base.
            ("\u{301}x", "\u{25CC}\u{301}x"),
        ] as [(Shown, Shown)])
    func displayCases(input: Shown, expected: Shown) {
        let output = Sanitizer.display(input.value)
        #expect(Shown(output) == expected)
        #expect(Sanitizer.isSafe(output))
        #expect(Shown(Sanitizer.display(output)) == Shown(output), "idempotent")
    }

    /// Input and expected output with `ascii: true` (first-day issue, item 12): text stays, Chinese included;
    /// box drawing, marks and full-width punctuation become ASCII.
    @Test(
        "display in ASCII mode keeps the text and replaces the symbols",
        arguments: [
            ("中文", "中文"),
            ("高创·柏年城", "高创-柏年城"),
            ("e\u{301}", "e\u{301}"),
            ("café", "café"),
            ("\u{1B}[1m中", "^[[1m中"),
            ("会议\u{202E}室", "会议<U+202E>室"),
            ("🇨🇳", "[CN]"),
            ("●红 逾期", "*红 逾期"),
            ("交办 → 待签收", "交办 -> 待签收"),
            ("未结 16 · 黄 4", "未结 16 - 黄 4"),
            ("（代 李强）：已办；是。", "(代 李强):已办;是."),
            ("“引号”、书名《规划》", "\"引号\",书名<规划>"),
            ("┌─┐│└┘", "+-+|++"),
            ("[██░░]", "[##--]"),
            ("Ａ…", "A~"),
            ("‹ 现场 ›", "< 现场 >"),
            ("plain ascii", "plain ascii"),
        ] as [(Shown, Shown)])
    func asciiCases(input: Shown, expected: Shown) {
        let output = Sanitizer.display(input.value, ascii: true)
        #expect(Shown(output) == expected)
        #expect(output.unicodeScalars.allSatisfy { AsciiSymbols.replacement(for: $0) == nil }, "nothing left to replace")
        #expect(Sanitizer.display(output, ascii: true) == output, "idempotent")
    }

    /// `lines` splits on every line break form, then sanitizes each line.
    @Test(
        "lines splits and sanitizes",
        arguments: [
            ("", [""]),
            ("one", ["one"]),
            ("a\nb", ["a", "b"]),
            ("a\r\nb", ["a", "b"]),
            ("a\rb", ["a", "b"]),
            ("a\u{2028}b\u{2029}c", ["a", "b", "c"]),
            ("a\n\nb", ["a", "", "b"]),
            ("a\r\n\r\nb", ["a", "", "b"]),
            ("a\n\rb", ["a", "", "b"]),
            ("a\n", ["a", ""]),
            ("标题\n\u{1B}[31m红\tX", ["标题", "^[[31m红^IX"]),
            ("\u{202E}右\r\n左", ["<U+202E>右", "左"]),
        ] as [(Shown, [Shown])])
    func linesCases(input: Shown, expected: [Shown]) {
        #expect(Sanitizer.lines(input.value).map { Shown($0) } == expected)
    }

    /// `lines` passes `ascii` through.
    @Test("lines in ASCII mode")
    func linesAscii() {
        #expect(Sanitizer.lines("中·\n文…", ascii: true) == ["中-", "文~"])
    }

    /// `isSafe` is true exactly for text that `display` leaves alone.
    @Test(
        "isSafe",
        arguments: [
            ("中文", true), ("e\u{301}", true), ("a\u{1B}", false), ("\u{202E}", false),
            ("🇨🇳", false), ("❤\u{FE0F}", false), ("^[", true),
        ] as [(Shown, Bool)])
    func isSafeCases(input: Shown, safe: Bool) {
        #expect(Sanitizer.isSafe(input.value) == safe)
    }

    /// Thousands of random strings drawn from a deliberately nasty alphabet:
    /// every output scalar has a width >= 0 and is in none of the dangerous sets.
    @Test("Property: output never contains dangerous scalars", arguments: [false, true])
    func randomStrings(ascii: Bool) {
        var random = SplitMix64(seed: ascii ? 0xA5C1_1000 : 0x5EED_2024)
        var failures: [String] = []
        for _ in 0..<4000 {
            let input = Self.randomString(using: &random)
            let output = Sanitizer.display(input, ascii: ascii)
            for scalar in output.unicodeScalars where Self.isForbidden(scalar) {
                failures.append("\(Shown(input).testDescription) -> U+\(String(scalar.value, radix: 16))")
            }
            if ascii, output.unicodeScalars.contains(where: { AsciiSymbols.replacement(for: $0) != nil }) {
                failures.append("a symbol left in ASCII mode for \(Shown(input).testDescription)")
            }
            if let first = output.unicodeScalars.first, DisplayWidth.of(first) == 0 {
                failures.append("orphan zero-width start for \(Shown(input).testDescription)")
            }
            if output != Sanitizer.display(output, ascii: ascii) {
                failures.append("not idempotent for \(Shown(input).testDescription)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }

    /// Scalars that must never reach the terminal.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if DisplayWidth.of(scalar) < 0 { return true }
        switch value {
        case 0x00...0x1F, 0x7F...0x9F,
            0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069,
            0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x2028, 0x2029,
            0xFE0E, 0xFE0F, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F:
            return true
        default:
            return false
        }
    }

    /// Pieces the random strings are built from: the dangerous, the awkward and the ordinary.
    static let alphabet: [ClosedRange<UInt32>] = [
        0x00...0x1F, 0x20...0x7E, 0x7F...0x9F, 0xA0...0x2FF, 0x300...0x36F,
        0x0600...0x06FF, 0x1100...0x11FF, 0x2000...0x206F, 0x2500...0x257F,
        0x3000...0x303F, 0x4E00...0x4FFF, 0xE000...0xE0FF, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
        0xFF00...0xFFFF, 0x1F1E6...0x1F1FF, 0x1F300...0x1F6FF, 0x1F3FB...0x1F3FF, 0x1FA00...0x1FFFF,
        0x20000...0x200FF, 0xE0000...0xE01FF, 0xF0000...0xF00FF, 0x10FFF0...0x10FFFF,
    ]

    /// A random string of 0–24 scalars, each from a random piece of the alphabet.
    static func randomString(using random: inout SplitMix64) -> String {
        var scalars = String.UnicodeScalarView()
        let count = Int.random(in: 0...24, using: &random)
        for _ in 0..<count {
            let range = alphabet.randomElement(using: &random)!
            let value = UInt32.random(in: range, using: &random)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
