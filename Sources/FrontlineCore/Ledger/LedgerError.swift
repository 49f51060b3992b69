/// One thing wrong with a ledger file: where (Excel row and column) and why, written in the reader's language.
public struct LedgerProblem: Hashable, Sendable, Comparable {
    /// The row as Excel shows it (the header is row 1).
    public var row: Int
    /// The column's index in the file, from 0 (A), when the problem is in one cell.
    public var column: Int?
    /// The column's header as written in the file.
    public var header: String?
    /// Why: a catalog text.
    public var reason: Phrase

    public init(row: Int, column: Int?, header: String?, _ reason: Phrase) {
        self.row = row
        self.column = column
        self.header = header
        self.reason = reason
    }

    /// The reason in `lang`.
    public func text(_ lang: Lang) -> String { reason.text(lang) }

    /// The column as Excel names it: A … Z, AA, AB …
    public var letter: String? { column.map(LedgerProblem.letter) }

    public static func letter(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `file:row:column header: reason`, e.g. `projects.csv:3:B 项目名称：不能为空`; in a workbook's sheet, the cell as
    /// Excel names it: `台账.xlsx 项目!B3 项目名称：不能为空`.
    public func message(_ lang: Lang, file: String, sheet: String? = nil) -> String { phrase(file: file, sheet: sheet).text(lang) }

    /// `message` before it is written in a language.
    public func phrase(file: String, sheet: String? = nil) -> Phrase {
        var place = "\(file):\(row):"
        if let letter { place += letter }
        if let sheet { place = "\(file) \(LedgerProblem.quoted(sheet))!\(letter ?? "")\(row)" }
        if let header, !header.isEmpty { place += " " + header }
        return Phrase(.reasonAt, "\(place)", .phrase(reason))
    }

    /// A sheet's name as a formula names it: in single quotes when it has anything but letters, digits and `_`.
    static func quoted(_ sheet: String) -> String {
        sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? sheet : "'" + sheet.replacingAll("'", with: "''") + "'"
    }

    public static func < (a: LedgerProblem, b: LedgerProblem) -> Bool {
        (a.row, a.column ?? -1, a.text(.en)) < (b.row, b.column ?? -1, b.text(.en))
    }
}

/// Why a ledger import was refused as a whole; nothing is written.
public enum LedgerError: Error, Hashable, Sendable {
    /// Only administrators import ledgers.
    case denied(Denial)
    /// Every bad cell and row of the file.
    case problems([LedgerProblem])

    /// All lines of the message: a summary line, then one line per problem in file order.
    public func lines(_ lang: Lang, file: String, sheet: String? = nil) -> [String] {
        switch self {
        case .denied(let denial):
            return [denial.message(lang)]
        case .problems(let problems):
            return [file + lang.text(.labelSeparator) + summary(lang)] + problems.sorted().map { $0.message(lang, file: file, sheet: sheet) }
        }
    }

    public func message(_ lang: Lang, file: String) -> String { lines(lang, file: file).joined(separator: "\n") }

    /// One line per problem, in file order.
    private func problemLines(file: String) -> [Phrase.Value] {
        guard case .problems(let problems) = self else { return [] }
        return problems.sorted().map { .phrase($0.phrase(file: file)) }
    }

    /// `3 行有误（共 5 处），未导入任何数据`.
    func summary(_ lang: Lang) -> String { summary.text(lang) }

    /// `summary` before it is written in a language.
    var summary: Phrase {
        switch self {
        case .denied(let denial):
            return denial.phrase
        case .problems(let problems):
            let rows = Set(problems.map(\.row)).count
            return Phrase(
                .ledgerSummary, .phrase(Phrase(rows == 1 ? .ledgerBadRow : .ledgerBadRows, "\(rows)")),
                .phrase(Phrase(problems.count == 1 ? .ledgerProblem : .ledgerProblems, "\(problems.count)")))
        }
    }

    /// The same refusal as a planning error (for `Intent.importLedger` through the generic planner).
    public func domainError(file: String) -> DomainError {
        switch self {
        case .denied(let denial):
            .denied(denial)
        case .problems:
            .invalid(field: file, Phrase(.linesOfText, .list([.phrase(summary)] + problemLines(file: file), separator: .lineBreak)))
        }
    }
}
