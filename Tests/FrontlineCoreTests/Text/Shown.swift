import Testing

/// A string test argument that test logs show with invisible and control scalars escaped.
///
/// Swift Testing prints arguments and failed values verbatim, so a raw
/// `"\u{1B}[2J"` argument would clear the terminal of whoever runs
/// `swift test`. Wrapping such strings in `Shown` prints `\u{1B}[2J` instead.
struct Shown: ExpressibleByStringLiteral, CustomTestStringConvertible, CustomDebugStringConvertible, Equatable,
    Sendable
{
    /// The wrapped string.
    let value: String

    /// Wraps `value`.
    init(_ value: String) {
        self.value = value
    }

    /// Wraps a literal.
    init(stringLiteral value: String) {
        self.value = value
    }

    /// The first scalar of the string, for scalar-valued test arguments.
    var scalar: Unicode.Scalar {
        value.unicodeScalars.first!
    }

    /// The string in quotes, with every scalar that is not plainly visible written as `\u{X}`.
    var testDescription: String {
        var out = "\""
        for scalar in value.unicodeScalars {
            let value = scalar.value
            let plain =
                (0x21...0x7E).contains(value) && value != 0x22 && value != 0x5C
                || value == 0x20
                || (value > 0xA0 && GlibcWidth.of(value) > 0 && !SanitizerTests.isForbidden(scalar)
                    && scalar.properties.generalCategory != .format
                    && !(0xE000...0xF8FF).contains(value) && value < 0xF0000)
            out += plain ? String(scalar) : "\\u{\(String(value, radix: 16, uppercase: true))}"
        }
        return out + "\""
    }

    /// Same as `testDescription`, so arrays of `Shown` print escaped too.
    var debugDescription: String {
        testDescription
    }
}
