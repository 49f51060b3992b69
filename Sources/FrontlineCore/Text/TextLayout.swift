/// Fits, pads and wraps text to terminal columns as measured by `DisplayWidth`.
///
/// Precondition for every function: the text has been through `Sanitizer`
/// (`Sanitizer.display` for one line, `Sanitizer.lines` for descriptions), so
/// it contains no controls, line breaks or scalars of width -1. Text is cut
/// only between grapheme clusters (`Character`s), so a double-width character
/// is never split and a combining mark never loses its base; a cluster's
/// width is the sum of its scalars' widths, exactly as ncursesw counts it.
public enum TextLayout {
    /// Where `pad(_:columns:alignment:ellipsis:)` puts the text inside its columns.
    public enum Alignment: Sendable, Hashable, CaseIterable {
        /// Text first, spaces after.
        case left
        /// Spaces first, text last.
        case right
        /// Text in the middle; an odd leftover space goes to the right.
        case center
    }

    /// `s` cut to at most `columns` columns, ending in `ellipsis` if anything was cut.
    ///
    /// Text that fits is returned unchanged. Otherwise as many whole
    /// characters as fit in `columns` minus the ellipsis width are kept and
    /// the ellipsis is appended. A character that would straddle the edge (a
    /// CJK character with one column left) is dropped, never split, so the
    /// result can be a column narrower than `columns`; `pad` fills the gap.
    /// `…` (U+2026) is one column in glibc; ASCII-only
    /// callers pass `"~"`. If the ellipsis itself is wider than `columns`, the
    /// text is cut without one. `columns <= 0` gives `""`.
    public static func fit(_ s: String, columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(s) <= columns { return s }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let marker = ellipsisWidth <= columns ? ellipsis : ""
        let budget = columns - (ellipsisWidth <= columns ? ellipsisWidth : 0)
        var result = ""
        var used = 0
        for character in s {
            let width = DisplayWidth.of(character)
            if used + width > budget { break }
            result.append(character)
            used += width
        }
        return result + marker
    }

    /// `s` fitted to `columns` and padded with spaces to exactly `columns` columns.
    ///
    /// The result's `DisplayWidth` is always exactly `max(columns, 0)`.
    public static func pad(
        _ s: String, columns: Int, alignment: Alignment = .left, ellipsis: String = "…"
    ) -> String {
        guard columns > 0 else { return "" }
        let fitted = fit(s, columns: columns, ellipsis: ellipsis)
        let spare = columns - DisplayWidth.of(fitted)
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: spare)
        case .right:
            return String(repeating: " ", count: spare) + fitted
        case .center:
            let before = spare / 2
            return String(repeating: " ", count: before) + fitted
                + String(repeating: " ", count: spare - before)
        }
    }

    /// `s` word-wrapped into lines of at most `columns` columns each.
    ///
    /// `s` is one sanitized line (split descriptions with `Sanitizer.lines`
    /// first). Rules, in order of preference:
    /// - Latin text breaks at spaces; the spaces at a break are dropped, and
    ///   leading spaces of the first line (indentation) are kept.
    /// - CJK and other double-width characters may break between any two
    ///   characters, and between them and adjacent Latin words.
    /// - Closing punctuation (`，。、；：！？）」』》】` …, and `,.;:!?)]}`) is
    ///   never moved to the start of a line, and opening brackets and quotes
    ///   (`（「『《【“‘` …) are never left at the end of one, as long as the
    ///   unit they form with their neighbour fits on a line.
    /// - A word wider than `columns` is broken between characters.
    /// - A single character wider than `columns` (a CJK character when
    ///   `columns == 1`) is shown as `fit(character, columns:)`, i.e. `…`.
    ///
    /// Every returned line is at most `columns` wide. `""` gives `[""]`;
    /// `columns <= 0` gives `[]`.
    public static func wrap(_ s: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        if DisplayWidth.of(s) <= columns { return [s] }

        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpaces = "" // spaces between the line's last unit and the next one
        var isFirstLine = true

        func finishLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            pendingSpaces = ""
            isFirstLine = false
        }

        for unit in units(of: s) {
            if unit.isSpace {
                if line.isEmpty && !isFirstLine { continue }
                if line.isEmpty {
                    // Indentation of the first line: keep what fits.
                    let kept = fit(unit.text, columns: columns, ellipsis: "")
                    line = kept
                    lineWidth = DisplayWidth.of(kept)
                } else {
                    pendingSpaces += unit.text
                }
                continue
            }
            let spacesWidth = DisplayWidth.of(pendingSpaces)
            if lineWidth + spacesWidth + unit.width <= columns {
                line += pendingSpaces + unit.text
                lineWidth += spacesWidth + unit.width
                pendingSpaces = ""
                continue
            }
            if !line.trimmingTrailingSpaces.isEmpty {
                line = line.trimmingTrailingSpaces
                finishLine()
            } else {
                // Only indentation so far: drop it rather than emit a blank line.
                line = ""
                lineWidth = 0
                pendingSpaces = ""
                isFirstLine = false
            }
            if unit.width <= columns {
                line = unit.text
                lineWidth = unit.width
                continue
            }
            // Hard-break a unit wider than a whole line.
            for character in unit.text {
                var text = String(character)
                var width = DisplayWidth.of(character)
                if width > columns {
                    text = fit(text, columns: columns)
                    width = DisplayWidth.of(text)
                }
                if lineWidth + width > columns { finishLine() }
                line += text
                lineWidth += width
            }
        }
        if !line.isEmpty || lines.isEmpty {
            lines.append(line)
        }
        return lines
    }

    /// A piece of text that wrapping keeps together.
    private struct Unit {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    /// Splits `s` into runs of spaces, Latin words, single wide characters,
    /// with closing punctuation glued to what precedes it and opening
    /// punctuation glued to what follows it.
    private static func units(of s: String) -> [Unit] {
        var units: [Unit] = []
        var gluePrefix = "" // opening punctuation waiting for the next unit

        func append(_ text: String, isSpace: Bool, joinable: Bool) {
            let combined = gluePrefix + text
            gluePrefix = ""
            if joinable, let last = units.last, !last.isSpace, !isSpace {
                units[units.count - 1].text += combined
                units[units.count - 1].width += DisplayWidth.of(combined)
            } else {
                units.append(Unit(text: combined, width: DisplayWidth.of(combined), isSpace: isSpace))
            }
        }

        var previousWasNarrowWord = false
        for character in s {
            if character == " " {
                if !gluePrefix.isEmpty {
                    // An opening bracket followed by a space: nothing to glue to.
                    append("", isSpace: false, joinable: false)
                }
                if let last = units.last, last.isSpace {
                    units[units.count - 1].text.append(character)
                    units[units.count - 1].width += 1
                } else {
                    units.append(Unit(text: " ", width: 1, isSpace: true))
                }
                previousWasNarrowWord = false
                continue
            }
            if openingPunctuation.contains(character) {
                gluePrefix.append(character)
                previousWasNarrowWord = false
                continue
            }
            let isWide = DisplayWidth.of(character) >= 2
            if closingPunctuation.contains(character) {
                append(String(character), isSpace: false, joinable: true)
                previousWasNarrowWord = !isWide
                continue
            }
            if isWide {
                append(String(character), isSpace: false, joinable: false)
                previousWasNarrowWord = false
            } else {
                // Narrow characters form words; a word continues a preceding word.
                append(String(character), isSpace: false, joinable: previousWasNarrowWord)
                previousWasNarrowWord = true
            }
        }
        if !gluePrefix.isEmpty {
            append("", isSpace: false, joinable: true)
        }
        return units
    }

    /// Punctuation that must not start a line.
    private static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "〉", "】", "〕",
        "〗", "〙", "”", "’", "…", "·", "．", "～", "%", "％",
        ",", ".", ";", ":", "!", "?", ")", "]", "}",
    ]

    /// Punctuation that must not end a line.
    private static let openingPunctuation: Set<Character> = [
        "（", "「", "『", "《", "〈", "【", "〔", "〖", "〘", "“", "‘", "(", "[", "{",
    ]
}

extension String {
    /// The string without trailing U+0020 spaces.
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
