import Foundation
import FrontlineCore

/// One `c` element of a sheet as it is read: where it is, its type and style, and its text.
struct XLSXCell {
    var row = 1
    var column = 0
    /// `s` shared string, `inlineStr`, `str` a formula's text, `b` boolean, `e` error, `n` number.
    var type = "n"
    var style = 0
    var raw = ""
    var hasFormula = false

    /// `B12` as (12, 1).
    static func place(_ reference: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for character in reference {
            if let ascii = character.asciiValue, character.isLetter {
                column = column * 26 + Int(ascii & ~0x20) - 64
            } else {
                digits.append(character)
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row, column - 1)
    }

    var reference: String {
        var n = column + 1, letters = ""
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    /// The value as Excel shows it in a cell of general format, or a date.
    func value(sharedStrings: [String], isDate: Bool, dates1904: Bool) -> String {
        switch type {
        case "s": return Int(raw).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
        case "inlineStr", "str", "e": return raw
        case "b": return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw
        default:
            guard let number = Double(raw.trimmingCharacters(in: .whitespaces)) else { return raw }
            if isDate, let date = XLSXCell.date(serial: number, dates1904: dates1904) { return date }
            return XLSXCell.general(number) ?? raw
        }
    }

    /// A number with Excel's 15 significant digits (0.1 + 0.2 shows as 0.3), without an exponent; nil when it would
    /// need one.
    static func general(_ number: Double) -> String? {
        guard number.isFinite else { return nil }
        let text = String(format: "%.15g", number)
        return text.contains("e") ? nil : text
    }

    /// An Excel serial date as `YYYY-MM-DD` (with ` HH:MM` when it has a time of day), by arithmetic alone (no
    /// calendar, no time zone). Day 1 is 1900-01-01, and Excel counts a 1900-02-29 that never was (serial 60); in
    /// the 1904 system day 0 is 1904-01-01.
    static func date(serial: Double, dates1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if dates1904 {
            days += 1462
        } else if days < 61 {
            days += 1
        }
        // Serial 25569 is 1970-01-01, the core's day 0.
        let text = Day(ordinal: days - 25_569 + (seconds >= 86_400 ? 1 : 0)).iso
        let time = seconds % 86_400
        return time < 60 ? text : text + String(format: " %02d:%02d", time / 3600, time % 3600 / 60)
    }
}
