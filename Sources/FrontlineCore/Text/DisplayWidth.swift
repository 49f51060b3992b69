/// Terminal column widths that agree exactly with glibc's `wcwidth` under a UTF-8 locale.
///
/// ncursesw measures and draws text with the C library's `wcwidth`, so the UI
/// must count columns the same way or cells drift. The answers come from the
/// generated table in `DisplayWidth+Tables.swift` (made by
/// `scripts/gen-width-tables.py` from glibc 2.36 in `C.UTF-8`), so they do not
/// depend on the process locale and cost no C call.
///
/// Notable glibc 2.36 answers: U+00B7 `·`, U+2026 `…`, box drawing and
/// regional indicators are 1; CJK, fullwidth forms and emoji-presentation
/// emoji (U+1F600) are 2; U+FE0F, U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
/// U+FEFF, combining marks and Hangul medial/final jamo are 0; U+0000 is 0;
/// other C0/C1 controls, DEL, U+2028/U+2029, noncharacters and unassigned code
/// points are -1; private use (U+E000–U+F8FF, planes 15–16) is 1.
public enum DisplayWidth {
    /// The `wcwidth` of `scalar` in glibc 2.36's C.UTF-8 locale: -1, 0, 1 or 2.
    ///
    /// -1 means "not printable" (controls, unassigned code points, ...).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F {
            if value >= 0x20 { return 1 }
            return value == 0 ? 0 : -1
        }
        if cjkFastPath.contains(value) || hangulFastPath.contains(value) { return 2 }
        if latinFastPath.contains(value) { return 1 }
        return lookUp(value)
    }

    /// The number of columns `text` occupies: the sum of its scalars' widths.
    ///
    /// Meant for text that went through `Sanitizer`, which never contains
    /// scalars of width -1; should one appear anyway it counts as 0 (like
    /// `wcswidth` failing, it has no meaningful width).
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += max(0, of(scalar))
        }
        return total
    }

    /// The number of columns one grapheme cluster occupies (same rules as for text).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += max(0, of(scalar))
        }
        return total
    }

    /// Binary search in `widthRuns` for the run containing `value`.
    private static func lookUp(_ value: UInt32) -> Int {
        let runs = widthRuns
        let key = value << 4 | 0xF
        // Find the last entry whose start is <= value: entries compare by
        // start first, and `key` is the largest possible entry for `value`.
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid] <= key {
                low = mid + 1
            } else {
                high = mid
            }
        }
        let nibble = runs[low - 1] & 0xF
        return nibble == 0xF ? -1 : Int(nibble)
    }
}
