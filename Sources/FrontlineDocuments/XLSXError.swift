/// Why a workbook cannot be read, in both languages, naming the sheet and cell where there is one.
public enum XLSXError: Error, Equatable, Sendable {
    /// Not a zip container, or a part missing that every workbook has.
    case notAWorkbook
    /// A part that is not well-formed XML.
    case unreadable(part: String)
    /// `--sheet` names no sheet of the workbook.
    case noSuchSheet(String, available: [String])
    /// A formula whose result the file does not hold (written by a program that does not calculate).
    case formulaWithoutValue(sheet: String, cell: String)

    public var zh: String {
        switch self {
        case .notAWorkbook: "不是 Excel 工作簿（.xlsx）"
        case .unreadable(let part): "工作簿已损坏：\(part) 无法读取"
        case .noSuchSheet(let name, let available): "没有名为“\(name)”的工作表；有：\(available.joined(separator: "、"))"
        case .formulaWithoutValue(let sheet, let cell): "\(sheet)!\(cell)：公式没有计算结果；请在 Excel 中打开并保存后再导入"
        }
    }

    public var en: String {
        switch self {
        case .notAWorkbook: "not an Excel workbook (.xlsx)"
        case .unreadable(let part): "the workbook is damaged: \(part) cannot be read"
        case .noSuchSheet(let name, let available): "no sheet named '\(name)'; there are: \(available.joined(separator: ", "))"
        case .formulaWithoutValue(let sheet, let cell):
            "\(sheet)!\(cell): the formula has no calculated value; open and save the file in Excel, then import it"
        }
    }
}
