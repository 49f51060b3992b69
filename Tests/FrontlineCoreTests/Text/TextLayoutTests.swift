import FrontlineRandom
import Testing

@testable import FrontlineCore

/// `TextLayout.fit`, `pad` and `wrap` on CJK, fullwidth, combining, emoji and box-drawing text.
struct TextLayoutTests {
    /// (input, columns, expected) for `fit` with the default `…` ellipsis.
    @Test(
        "fit truncates by display columns",
        arguments: [
            // Fits: unchanged.
            ("中文", 4, "中文"), ("中文", 10, "中文"), ("abc", 3, "abc"), ("", 3, ""),
            ("e\u{301}e\u{301}", 2, "e\u{301}e\u{301}"), ("😀", 2, "😀"), ("·", 1, "·"),
            ("─│┌", 3, "─│┌"), ("ＡＢ", 4, "ＡＢ"),
            // Nothing fits.
            ("中文", 0, ""), ("中文", -3, ""), ("abc", 0, ""),
            // Only the ellipsis fits.
            ("中文", 1, "…"), ("中文", 2, "…"), ("abc", 1, "…"),
            // Cutting in the middle of a wide character: it is dropped, never split.
            ("中文字", 3, "中…"), ("中文字", 4, "中…"), ("中文字", 5, "中文…"),
            ("高创·柏年城", 1, "…"), ("高创·柏年城", 2, "…"), ("高创·柏年城", 3, "高…"),
            ("高创·柏年城", 4, "高…"), ("高创·柏年城", 5, "高创…"), ("高创·柏年城", 6, "高创·…"),
            ("高创·柏年城", 7, "高创·…"), ("高创·柏年城", 8, "高创·柏…"), ("高创·柏年城", 9, "高创·柏…"),
            ("高创·柏年城", 10, "高创·柏年…"), ("高创·柏年城", 11, "高创·柏年城"),
            ("ＡＢＣ", 4, "Ａ…"), ("ＡＢＣ", 5, "ＡＢ…"), ("😀😀😀", 4, "😀…"),
            // Combining marks stay with their base.
            ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}…"),
            ("ae\u{301}x", 3, "ae\u{301}x"), ("ae\u{301}xy", 3, "ae\u{301}…"),
            // Mixed.
            ("┌─ 会议室 A ─┐", 8, "┌─ 会议…"), ("Room 会议室", 6, "Room …"), ("Room 会议室", 7, "Room …"),
            ("Room 会议室", 8, "Room 会…"),
        ] as [(Shown, Int, Shown)])
    func fitCases(input: Shown, columns: Int, expected: Shown) {
        let output = TextLayout.fit(input.value, columns: columns)
        #expect(Shown(output) == expected)
        #expect(DisplayWidth.of(output) <= max(columns, 0))
        if DisplayWidth.of(input.value) > columns, columns > 1 {
            #expect(DisplayWidth.of(output) >= columns - 1)
        }
    }

    /// `fit` with an ASCII ellipsis and with an ellipsis wider than the space.
    @Test(
        "fit with other ellipses",
        arguments: [
            ("中文字", 3, "~", "中~"), ("abcdef", 4, "~", "abc~"), ("abcdef", 4, "...", "a..."),
            ("abcdef", 2, "...", "ab"), ("中文字", 3, "...", "..."), ("abcdef", 3, "", "abc"),
        ] as [(Shown, Int, Shown, Shown)])
    func fitEllipsis(input: Shown, columns: Int, ellipsis: Shown, expected: Shown) {
        #expect(Shown(TextLayout.fit(input.value, columns: columns, ellipsis: ellipsis.value)) == expected)
    }

    /// (input, columns, alignment, expected) for `pad`.
    @Test(
        "pad gives exactly the requested width",
        arguments: [
            ("中文", 6, TextLayout.Alignment.left, "中文  "),
            ("中文", 6, .right, "  中文"),
            ("中文", 6, .center, " 中文 "),
            ("中文", 7, .center, " 中文  "),
            ("高创·柏年城", 4, .left, "高… "),
            ("高创·柏年城", 4, .right, " 高…"),
            ("高创·柏年城", 5, .left, "高创…"),
            ("e\u{301}", 3, .left, "e\u{301}  "),
            ("😀", 3, .right, " 😀"),
            ("·", 2, .center, "· "),
            ("", 3, .left, "   "),
            ("abc", 0, .left, ""),
            ("中", 1, .left, "…"),
        ] as [(Shown, Int, TextLayout.Alignment, Shown)])
    func padCases(input: Shown, columns: Int, alignment: TextLayout.Alignment, expected: Shown) {
        let output = TextLayout.pad(input.value, columns: columns, alignment: alignment)
        #expect(Shown(output) == expected)
        #expect(DisplayWidth.of(output) == max(columns, 0))
    }

    /// For many strings, widths and alignments, `pad` is exactly `columns` wide.
    @Test("pad width invariant", arguments: TextLayout.Alignment.allCases)
    func padInvariant(alignment: TextLayout.Alignment) {
        let samples = [
            "中文", "ＡＢＣ", "e\u{301}x", "😀a😀", "·", "─│┌", "高创·柏年城", "Room 3 会议室 (东)",
            "", "a", "ab\u{301}\u{302}c", "한국어", "…",
        ]
        for sample in samples {
            for columns in 0...14 {
                for ellipsis in ["…", "~", "...", ""] {
                    let output = TextLayout.pad(sample, columns: columns, alignment: alignment, ellipsis: ellipsis)
                    #expect(
                        DisplayWidth.of(output) == columns,
                        "\(sample.debugDescription) \(columns) \(ellipsis.debugDescription) -> \(output.debugDescription)")
                }
            }
        }
    }

    /// (input, columns, expected lines) for `wrap`.
    @Test(
        "wrap breaks CJK anywhere and Latin at spaces",
        arguments: [
            ("", 10, [""]),
            ("short", 10, ["short"]),
            ("abc", 0, []),
            ("the quick brown fox", 10, ["the quick", "brown fox"]),
            ("the quick brown fox", 5, ["the", "quick", "brown", "fox"]),
            ("a  b   c", 3, ["a", "b", "c"]),
            ("supercalifragilistic", 6, ["superc", "alifra", "gilist", "ic"]),
            ("中文字符测试", 4, ["中文", "字符", "测试"]),
            ("中文字符测试", 5, ["中文", "字符", "测试"]),
            ("中文字符测试", 7, ["中文字", "符测试"]),
            ("会议室Room 3", 8, ["会议室", "Room 3"]),
            ("Room会议室", 6, ["Room会", "议室"]),
            // Closing punctuation does not start a line, opening brackets do not end one.
            ("你好，世界。", 4, ["你", "好，", "世", "界。"]),
            ("说明（重要）内容", 6, ["说明", "（重", "要）内", "容"]),
            ("Hello, world!", 6, ["Hello,", "world!"]),
            // Combining marks stay with their base; width counts them as 0.
            ("e\u{301}e\u{301}e\u{301} e\u{301}", 3, ["e\u{301}e\u{301}e\u{301}", "e\u{301}"]),
            // Emoji and fullwidth forms are 2 columns.
            ("😀😀😀", 4, ["😀😀", "😀"]),
            ("ＡＢＣ", 3, ["Ａ", "Ｂ", "Ｃ"]),
            // Leading indentation of the first line is kept.
            ("  indented text", 10, ["  indented", "text"]),
            // A character wider than the line becomes an ellipsis.
            ("中文", 1, ["…", "…"]),
            ("高创·柏年城", 5, ["高创·", "柏年", "城"]),
            ("─│┌ box", 4, ["─│┌", "box"]),
        ] as [(Shown, Int, [Shown])])
    func wrapCases(input: Shown, columns: Int, expected: [Shown]) {
        let lines = TextLayout.wrap(input.value, columns: columns)
        #expect(lines.map { Shown($0) } == expected)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns })
    }

    /// Random sanitized text: every wrapped line fits, and no non-space character is lost.
    @Test("Property: wrap lines fit and keep the text", arguments: [1, 2, 3, 5, 8, 13, 21, 40])
    func wrapProperty(columns: Int) {
        var random = SplitMix64(seed: 0xC0FF_EE00 &+ UInt64(columns))
        let pieces = [
            "中", "文", "会议室", "，", "。", "（", "）", "Room", "a", "bb", "supercalifragilistic", " ", "  ",
            "e\u{301}", "😀", "Ａ", "·", "─", "│", "…", ",", "(", ")", "한국",
        ]
        var failures: [String] = []
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...20, using: &random))
                .map { _ in pieces.randomElement(using: &random)! }
                .joined()
            let lines = TextLayout.wrap(text, columns: columns)
            if let bad = lines.first(where: { DisplayWidth.of($0) > columns }) {
                failures.append("\(text.debugDescription) -> too wide \(bad.debugDescription)")
            }
            if lines.dropFirst().contains(where: { $0.first == " " }) {
                failures.append("\(text.debugDescription) -> continuation line starts with a space")
            }
            if lines.contains(where: { $0.unicodeScalars.first.map { DisplayWidth.of($0) == 0 } ?? false }) {
                failures.append("\(text.debugDescription) -> line starts with an orphan mark")
            }
            if columns >= 2 {
                let kept = lines.joined().filter { $0 != " " }
                let original = text.filter { $0 != " " }
                if kept != original {
                    failures.append("\(text.debugDescription) -> lost text: \(lines)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}
