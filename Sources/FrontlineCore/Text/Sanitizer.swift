/// Makes arbitrary strings from data safe and honest to draw in one terminal line.
///
/// `display(_:ascii:)` replaces every scalar that could move the cursor, change
/// terminal state, reorder or hide text, or has no defined width, with a
/// visible ASCII escape, so what the official sees is what the data contains:
///
/// | Input                                                 | Output            |
/// |-------------------------------------------------------|-------------------|
/// | C0 controls U+0000–U+001F (TAB, CR, LF, BS, ESC, ...)  | `^@` … `^_`       |
/// | DEL U+007F                                            | `^?`              |
/// | C1 controls U+0080–U+009F                             | `<U+0085>`        |
/// | bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `<U+202E>` |
/// | invisible format characters U+180E, U+200B–U+200D, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, U+E0001, U+E0020–U+E007F | `<U+200D>` |
/// | line/paragraph separators U+2028, U+2029              | `<U+2028>`        |
/// | anything else glibc `wcwidth` calls -1 (unassigned, noncharacters) | `<U+0378>` |
///
/// Hex is uppercase with at least four digits. Two further decisions:
///
/// - Variation selectors U+FE0E and U+FE0F are dropped silently. glibc gives
///   them width 0, but terminals disagree about whether VS16 widens the
///   preceding character to two columns; dropping them keeps our column
///   arithmetic and the terminal's in agreement.
/// - Emoji skin-tone modifiers U+1F3FB–U+1F3FF are dropped silently for the
///   same reason: glibc counts 👍🏽 as 2 + 2 columns while most terminals
///   draw one two-column glyph. The base emoji stays.
/// - Regional indicators U+1F1E6–U+1F1FF have width 1 each in glibc, but tmux
///   and most terminals draw a pair (a flag such as 🇨🇳) as one two-column
///   cluster, which desynchronises columns. Each adjacent pair is therefore
///   replaced by its letters in brackets (`[CN]`) and a lone indicator by
///   `[C]`.
///
/// Emoji ZWJ sequences are not special-cased: the ZWJ is escaped like any
/// other invisible character, so 👨‍👩‍👧 becomes `👨<U+200D>👩<U+200D>👧`, which
/// every terminal lays out the same way.
///
/// Finally, if the result would begin with a zero-width scalar (a combining
/// mark with nothing to combine with), U+25CC `◌` is put in front of it, the
/// conventional base for showing a lone mark, so it cannot attach itself to
/// whatever was drawn in the column to the left.
///
/// With `ascii: true` (`--ascii`, and terminals set to GB18030 or GBK), after
/// all of the above the symbols and punctuation of `AsciiSymbols` (box drawing,
/// `●` `·` `→` `…`, full-width punctuation) become their ASCII stand-ins; text
/// (Chinese included) stays. Widths can change (`（` is two columns, `(` one),
/// so callers measure the result, never the input.
public enum Sanitizer {
    /// The sanitized, single-line version of `s` (see the type's documentation).
    public static func display(_ s: String, ascii: Bool = false) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            index += 1
            if value < 0x20 {
                output.append("^")
                output.append(Unicode.Scalar(UInt8(value + 0x40)))
            } else if value == 0x7F {
                output.append(contentsOf: "^?".unicodeScalars)
            } else if value < 0x7F {
                output.append(scalar)
            } else if value == 0xFE0E || value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) {
                continue
            } else if let letter = regionalIndicatorLetter(value) {
                output.append("[")
                output.append(letter)
                if index < scalars.count, let second = regionalIndicatorLetter(scalars[index].value) {
                    output.append(second)
                    index += 1
                }
                output.append("]")
            } else if (0x80...0x9F).contains(value) || isBidiControl(value)
                || isInvisibleFormat(value) || value == 0x2028 || value == 0x2029
                || DisplayWidth.of(scalar) < 0
            {
                output.append(contentsOf: escape(value).unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        if let first = output.first, DisplayWidth.of(first) == 0 {
            output.insert("\u{25CC}", at: output.startIndex)
        }
        if ascii {
            var narrowed = String.UnicodeScalarView()
            for scalar in output {
                if let replacement = AsciiSymbols.replacement(for: scalar) {
                    narrowed.append(contentsOf: replacement.unicodeScalars)
                } else {
                    narrowed.append(scalar)
                }
            }
            output = narrowed
        }
        return String(output)
    }

    /// Splits `s` into lines at LF, CRLF, CR, U+2028 and U+2029, then sanitizes each line.
    ///
    /// Splitting behaves like `split(omittingEmptySubsequences: false)`: the
    /// empty string gives `[""]` and a trailing line break gives a trailing
    /// empty line. Use it for multi-line descriptions in detail views; feed
    /// each line to `TextLayout.wrap(_:columns:)`.
    public static func lines(_ s: String, ascii: Bool = false) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x0A where previousWasCR:
                previousWasCR = false // second half of CRLF: the break already happened
                continue
            case 0x0A, 0x0D, 0x2028, 0x2029:
                result.append(display(String(current), ascii: ascii))
                current = String.UnicodeScalarView()
                previousWasCR = scalar.value == 0x0D
            default:
                current.append(scalar)
                previousWasCR = false
            }
        }
        result.append(display(String(current), ascii: ascii))
        return result
    }

    /// Whether a scalar is a control, bidi or invisible formatting character or a line/paragraph
    /// separator: what can move the cursor, change terminal state, or reorder or hide text. Writers of
    /// formats that keep data exactly (JSON listings) escape these instead of showing `<U+…>`.
    public static func isControlOrInvisible(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || isBidiControl(value) || isInvisibleFormat(value)
            || value == 0x2028 || value == 0x2029
    }

    /// Whether `s` is already safe to draw, i.e. `display(s) == s`.
    public static func isSafe(_ s: String) -> Bool {
        display(s) == s
    }

    /// `<U+XXXX>`: the code point in uppercase hex, at least four digits.
    private static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// The letter A–Z a regional indicator stands for, or nil for other scalars.
    private static func regionalIndicatorLetter(_ value: UInt32) -> Unicode.Scalar? {
        guard (0x1F1E6...0x1F1FF).contains(value) else { return nil }
        return Unicode.Scalar(UInt8(value - 0x1F1E6) + UInt8(ascii: "A"))
    }

    /// Bidirectional formatting characters that can reorder what is displayed.
    private static func isBidiControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Invisible formatting characters: zero-width spaces and joiners, word
    /// joiner and invisible operators, deprecated format controls, BOM,
    /// interlinear annotation controls and tag characters.
    private static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0x206A...0x206F, 0xFEFF,
            0xFFF9...0xFFFB, 0xE0001, 0xE0020...0xE007F:
            true
        default: false
        }
    }
}
