/// ASCII stand-ins for the symbols and punctuation that `--ascii` replaces: box drawing and blocks, marks
/// (`●` `·` `→` `…` `‹›`), dashes and quotes, and full-width punctuation (`（）：；，。、`).
///
/// Text stays as it is: Chinese characters, letters, digits. What is replaced are the characters that
/// a terminal without the glyphs, or one that draws "ambiguous" characters two columns wide (GB18030 and
/// GBK terminals do, and glibc's `wcwidth` agrees there), would show wrongly or out of line.
public enum AsciiSymbols {
    /// The stand-in for one scalar, or nil when it stays as it is.
    public static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x80 { return nil }
        if let fixed = table[v] { return fixed }
        switch v {
        case 0x2500...0x257F: return boxDrawing(v)
        case 0x2580...0x259F: return (0x2591...0x2593).contains(v) ? "-" : "#"
        case 0x25A0...0x25FF: return "*" // geometric shapes: ● ○ ■ □ ◆ ◇ ▲ △ …
        case 0x2190...0x21FF: return arrow(v)
        case 0xFF01...0xFF5E: return String(Unicode.Scalar(v - 0xFEE0)!) // full-width forms: （ → (
        default: return nil
        }
    }

    static let table: [UInt32: String] = [
        0x00B7: "-", 0x2022: "*", 0x2027: "-", 0x30FB: "-", // middle dots, bullet
        0x2026: "~", 0x22EF: "~", // ellipsis (docs/board.md: `~` in ASCII mode)
        0x2013: "-", 0x2014: "--", 0x2015: "--", 0x2212: "-", // dashes, minus
        0x2018: "'", 0x2019: "'", 0x201C: "\"", 0x201D: "\"", // quotes
        0x2039: "<", 0x203A: ">", 0x00AB: "<<", 0x00BB: ">>",
        0x00D7: "x", 0x00F7: "/", 0x00B1: "+-", 0x00B0: "o", 0x00A5: "Y", 0xFFE5: "Y",
        0x2605: "*", 0x2606: "*", 0x2713: "v", 0x2714: "v", 0x2717: "x", 0x2718: "x",
        0x3000: "  ", // ideographic space: two columns, like the character
        0x3001: ",", 0x3002: ".", 0x3008: "<", 0x3009: ">", 0x300A: "<", 0x300B: ">",
        0x300C: "\"", 0x300D: "\"", 0x300E: "\"", 0x300F: "\"", 0x3010: "[", 0x3011: "]",
        0x3014: "[", 0x3015: "]", 0x301C: "~",
    ]

    private static func boxDrawing(_ v: UInt32) -> String {
        switch v {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E:
            "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F:
            "|"
        default:
            "+"
        }
    }

    private static func arrow(_ v: UInt32) -> String {
        switch v {
        case 0x2190, 0x21D0: "<-"
        case 0x2192, 0x21D2: "->"
        case 0x2191, 0x21D1: "^"
        case 0x2193, 0x21D3: "v"
        case 0x2194, 0x21D4: "<->"
        default: "->"
        }
    }
}
