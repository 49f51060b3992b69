/// Reading and writing the text of ledger cells: the forms Excel writes, and what export must guard.
public enum LedgerCell {
    // MARK: Import

    /// A date as Excel writes it: `2026-11-27`, `2026/11/27`, `2026.11.27` (month and day with one or two
    /// digits), `2026年11月27日`, or `20261127`.
    public static func day(_ text: String) -> Day? {
        let s = text.trimmingSpaces
        if let day = Day(iso: s) { return day }
        var parts: [Int] = []
        var number: Int?, digits = 0
        var separators: [Character] = []
        for character in s {
            if let value = character.wholeNumberValue, character.isASCII {
                number = (number ?? 0) * 10 + value
                digits += 1
                guard digits <= 8 else { return nil }
            } else {
                guard let n = number else { return nil }
                parts.append(n)
                separators.append(character)
                number = nil
                digits = 0
            }
        }
        if let number { parts.append(number) }
        if parts.count == 1 && separators.isEmpty && s.count == 8 {
            return Day(parts[0] / 10000, parts[0] / 100 % 100, parts[0] % 100)
        }
        guard parts.count == 3, s.prefix(4).allSatisfy(\.isASCII), s.prefix(4).allSatisfy({ $0.isNumber }) else { return nil }
        let plain = separators.count == 2 && separators[0] == separators[1] && "-/.".contains(separators[0])
        let chinese = separators == ["年", "月", "日"]
        guard plain || chinese, parts[1] < 100, parts[2] < 100 else { return nil }
        return Day(parts[0], parts[1], parts[2])
    }

    /// The items of a list cell (帮包干部): separated by 、 , ， ; or ；, each trimmed, empty ones left out.
    public static func listItems(_ text: String) -> [String] {
        text.split(whereSeparator: { "、,，;；".contains($0) }).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// An amount in 万元: `1234.50`, `1,234.5`, `-3`; nil otherwise.
    public static func money(_ text: String) -> Money? { Money(text.trimmingSpaces) }

    /// An integer, optionally signed.
    public static func integer(_ text: String) -> Int? {
        let s = text.trimmingSpaces
        guard !s.isEmpty, s.count <= 18 else { return nil }
        return Int(s)
    }

    /// A percentage 0–100, with or without `%` (`80`, `80%`).
    public static func percent(_ text: String) -> Int? {
        var s = text.trimmingSpaces
        if s.hasSuffix("%") || s.hasSuffix("％") { s = String(s.dropLast()).trimmingSpaces }
        guard let n = integer(s), (0...100).contains(n) else { return nil }
        return n
    }

    /// Free text as read: surrounding spaces and line breaks trimmed, and the apostrophe that export puts
    /// before a would-be formula taken off again (`'=SUM(A1)` → `=SUM(A1)`).
    public static func text(_ cell: String) -> String {
        unguarded(cell.trimmingSpaces)
    }

    /// Mobile numbers that Excel turned into scientific notation (`1.38E+10`) when it opened the CSV.
    static func looksLikeScientificNotation(_ text: String) -> Bool {
        let upper = text.uppercased()
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e], exponent = upper[upper.index(after: e)...]
        return !mantissa.isEmpty && mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
            && exponent.hasPrefix("+") && exponent.dropFirst().allSatisfy { $0.isASCII && $0.isNumber } && exponent.count > 1
    }

    // MARK: Export

    /// The characters a spreadsheet reads as the start of a formula (OWASP "CSV injection").
    static func isFormulaStart(_ character: Character) -> Bool {
        character == "=" || character == "+" || character == "-" || character == "@"
    }

    /// Free text with a leading apostrophe when it would otherwise start a formula; also when it already
    /// starts with apostrophes followed by such a character, so that `unguarded` restores it exactly.
    public static func guarded(_ text: String) -> String {
        guard let first = text.first(where: { $0 != "'" }), isFormulaStart(first) else { return text }
        return "'" + text
    }

    /// The inverse of `guarded`: one apostrophe less when apostrophes lead up to a formula character.
    public static func unguarded(_ text: String) -> String {
        guard text.first == "'", let first = text.first(where: { $0 != "'" }), isFormulaStart(first) else { return text }
        return String(text.dropFirst())
    }

    /// Text safe to show in a terminal and a spreadsheet: line breaks and tabs stay (CSV quotes them);
    /// other control characters, bidi controls, zero-width and other invisible characters become the
    /// visible escapes of `Sanitizer` (`^[`, `<U+202E>`). Such data does not survive a round trip: the
    /// escape is imported as the text it shows.
    public static func visible(_ text: String) -> String {
        func plain(_ scalar: Unicode.Scalar) -> Bool {
            let v = scalar.value
            return (v >= 0x20 && v < 0x7F) || v == 0x0A || v == 0x0D || v == 0x09 || (v >= 0x4E00 && v <= 0x9FEF)
        }
        if text.unicodeScalars.allSatisfy(plain) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if plain(scalar) {
                out.append(scalar)
                continue
            }
            let shown = Sanitizer.display(String(scalar))
            // Keep what Sanitizer only reshapes for column arithmetic (variation selectors, flags, lone
            // combining marks); take its escapes for what could move the cursor or hide and reorder text.
            if shown.hasPrefix("^") || shown.hasPrefix("<U+") {
                out.append(contentsOf: shown.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A cell as export writes it: free text made visible and guarded against formulas; other cells as they are.
    public static func exported(_ text: String, _ column: LedgerColumn) -> String {
        column.isFreeText ? guarded(visible(text)) : text
    }

    /// A free-text cell of a listing or report as a spreadsheet should get it: visible escapes for
    /// control characters, and the formula guard (numbers stay as they are).
    public static func exportedText(_ text: String) -> String {
        Double(text) != nil ? text : guarded(visible(text))
    }
}
