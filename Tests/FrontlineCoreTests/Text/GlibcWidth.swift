import Glibc

/// glibc's `wcwidth`, which Swift's Glibc module does not export (`wchar_t` is `Int32` on Linux).
@_silgen_name("wcwidth")
func glibc_wcwidth(_ c: Int32) -> Int32

/// Access to the real glibc `wcwidth` in the C.UTF-8 locale, the oracle for `DisplayWidth`.
enum GlibcWidth {
    /// Whether `setlocale(LC_CTYPE, "C.UTF-8")` succeeded; evaluated once, thread-safely.
    static let localeIsSet: Bool = setlocale(LC_CTYPE, "C.UTF-8") != nil

    /// `wcwidth(value)` after making sure the UTF-8 locale is active.
    static func of(_ value: UInt32) -> Int {
        precondition(localeIsSet, "C.UTF-8 locale unavailable")
        return Int(glibc_wcwidth(Int32(bitPattern: value)))
    }
}
