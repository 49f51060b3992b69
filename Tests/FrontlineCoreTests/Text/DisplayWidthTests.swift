import Testing

@testable import FrontlineCore

/// `DisplayWidth` against the real glibc `wcwidth` and against known answers.
struct DisplayWidthTests {
    /// Every code point of a plane (surrogates excluded) agrees with glibc's `wcwidth`.
    ///
    /// Planes 0–2 are what the brief requires; the others are cheap, so all 17 run.
    @Test("DisplayWidth.of(scalar) == glibc wcwidth for a whole plane", arguments: 0...16)
    func agreesWithGlibc(plane: Int) {
        #expect(GlibcWidth.localeIsSet)
        var mismatches: [String] = []
        let first = UInt32(plane) << 16
        for value in first...(first + 0xFFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue } // surrogates
            let ours = DisplayWidth.of(scalar)
            let glibc = GlibcWidth.of(value)
            if ours != glibc {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): ours \(ours), glibc \(glibc)")
            }
        }
        if !mismatches.isEmpty {
            print("plane \(plane): \(mismatches.count) mismatches; first 20:")
            for line in mismatches.prefix(20) { print("  " + line) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Widths worth knowing by heart, as glibc 2.36 gives them.
    @Test(
        "Known scalar widths",
        arguments: [
            ("a", 1), ("~", 1), (" ", 1),
            ("\u{0}", 0), ("\u{7}", -1), ("\u{1B}", -1), ("\u{7F}", -1), ("\u{85}", -1),
            ("\u{A0}", 1), ("\u{AD}", 1), ("·", 1), ("…", 1), ("─", 1), ("│", 1), ("┌", 1),
            ("中", 2), ("文", 2), ("　", 2), ("Ａ", 2), ("가", 2), ("𠀀", 2),
            ("😀", 2), ("☺", 1), ("\u{1F1E8}", 1),
            ("\u{301}", 0), ("\u{FE0F}", 0), ("\u{FE0E}", 0), ("\u{200B}", 0), ("\u{200D}", 0),
            ("\u{202E}", 0), ("\u{FEFF}", 0), ("\u{1160}", 0), ("\u{E0001}", 0),
            ("\u{2028}", -1), ("\u{2029}", -1), ("\u{378}", -1), ("\u{FFFF}", -1), ("\u{10FFFF}", -1),
            ("\u{E000}", 1), ("\u{F0000}", 1), ("\u{100000}", 1), ("\u{FFFD}", 1),
        ] as [(Shown, Int)])
    func knownWidths(scalar: Shown, width: Int) {
        #expect(DisplayWidth.of(scalar.scalar) == width)
    }

    /// Widths of whole strings: the sum of the scalar widths.
    @Test(
        "Text widths",
        arguments: [
            ("", 0), ("abc", 3), ("中文", 4), ("Ａ", 2), ("e\u{301}", 1), ("😀", 2), ("·", 1),
            ("─│┌", 3), ("高创·柏年城", 11), ("Room 3 会议室", 13), ("한국어", 6),
            ("\u{1100}\u{1161}\u{11A8}", 2), // conjoining jamo: 2 + 0 + 0
            ("a\u{7}b", 2), // -1 counts as 0 (unsanitized input)
        ] as [(Shown, Int)])
    func textWidths(text: Shown, width: Int) {
        #expect(DisplayWidth.of(text.value) == width)
        #expect(DisplayWidth.of(text.value[...]) == width) // Substring works too
    }

    /// A `Character` is as wide as the sum of its scalars.
    @Test("Character widths", arguments: [("中", 2), ("e\u{301}", 1), ("😀", 2), ("a", 1)] as [(Shown, Int)])
    func characterWidths(character: Shown, width: Int) {
        #expect(character.value.count == 1)
        #expect(DisplayWidth.of(character.value.first!) == width)
    }

    /// The generator-verified fast paths really are uniform in glibc.
    @Test("Fast-path ranges are uniform")
    func fastPaths() {
        for (range, width) in [
            (DisplayWidth.latinFastPath, 1), (DisplayWidth.cjkFastPath, 2), (DisplayWidth.hangulFastPath, 2),
        ] {
            #expect(range.allSatisfy { GlibcWidth.of($0) == width })
        }
    }

    /// The run table is sorted and every entry decodes to a valid width.
    @Test("Run table is well formed")
    func tableIsWellFormed() {
        let runs = DisplayWidth.widthRuns
        #expect(runs.first == 0)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { ($0 >> 4) < ($1 >> 4) })
        #expect(zip(runs, runs.dropFirst()).allSatisfy { ($0 & 0xF) != ($1 & 0xF) })
        #expect(runs.allSatisfy { [0, 1, 2, 0xF].contains($0 & 0xF) })
        #expect((runs.last ?? 0) >> 4 <= 0x10FFFF)
    }
}
