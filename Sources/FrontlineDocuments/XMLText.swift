/// Text made safe for an XML element or attribute: the five special characters escaped, and the characters XML 1.0
/// cannot hold at all (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) left out.
func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
        default:
            let v = scalar.value
            guard v >= 0x20, v != 0xFFFE, v != 0xFFFF else { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
