import FrontlineCore

/// Why a workbook cannot be read, written in the reader's language (`message(_:)`), naming the sheet and cell where there is one.
public enum XLSXError: Error, Equatable, Sendable {
    /// Not a zip container, or a part missing that every workbook has.
    case notAWorkbook
    /// A part that is not well-formed XML.
    case unreadable(part: String)
    /// `--sheet` names no sheet of the workbook.
    case noSuchSheet(String, available: [String])
    /// A formula whose result the file does not hold (written by a program that does not calculate).
    case formulaWithoutValue(sheet: String, cell: String)

    /// Why, in `lang`: the catalog's words with the sheet, cell or part named.
    public func message(_ lang: Lang) -> String {
        switch self {
        case .notAWorkbook: lang.text(.xlsxNotAWorkbook)
        case .unreadable(let part): lang.text(.xlsxUnreadable, part)
        case .noSuchSheet(let name, let available): lang.text(.xlsxNoSuchSheet, name, available.joined(separator: lang[.listSeparator]))
        case .formulaWithoutValue(let sheet, let cell): lang.text(.xlsxFormulaWithoutValue, sheet, cell)
        }
    }
}
