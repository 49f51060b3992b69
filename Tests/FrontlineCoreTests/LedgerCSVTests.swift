import Testing

@testable import FrontlineCore

/// The RFC 4180 reader and writer under the ledgers: quoting, line ends, separators, positions of errors.
struct LedgerCSVTests {
    struct ReadCase: Sendable, CustomTestStringConvertible {
        let why: String
        let text: String
        let records: [[String]]
        var delimiter: CSVDelimiter = .comma
        var testDescription: String { why }
    }

    static let readCases: [ReadCase] = [
        ReadCase(why: "CRLF with a final line break", text: "a,b\r\n1,2\r\n", records: [["a", "b"], ["1", "2"]]),
        ReadCase(why: "LF without a final line break", text: "a,b\n1,2", records: [["a", "b"], ["1", "2"]]),
        ReadCase(why: "CR alone ends lines (old Mac Excel)", text: "a,b\r1,2\r", records: [["a", "b"], ["1", "2"]]),
        ReadCase(why: "a quoted comma", text: "名称,金额\n\"万达,广场\",12\n", records: [["名称", "金额"], ["万达,广场", "12"]]),
        ReadCase(why: "doubled quotes", text: "a\n\"他说\"\"好\"\"\"\n", records: [["a"], ["他说\"好\""]]),
        ReadCase(why: "a quoted LF stays in the field", text: "a,b\n\"第一行\n第二行\",x\n", records: [["a", "b"], ["第一行\n第二行", "x"]]),
        ReadCase(why: "a quoted CRLF stays in the field", text: "a,b\r\n\"1\r\n2\",x\r\n", records: [["a", "b"], ["1\r\n2", "x"]]),
        ReadCase(why: "empty fields in the middle and at the end", text: "a,b,c\n1,,\n", records: [["a", "b", "c"], ["1", "", ""]]),
        ReadCase(why: "a lone separator is two empty fields", text: "a,b\n,\n", records: [["a", "b"], ["", ""]]),
        ReadCase(why: "an empty quoted field", text: "a,b\n\"\",x\n", records: [["a", "b"], ["", "x"]]),
        ReadCase(why: "a trailing separator without a line break", text: "a,b\n1,", records: [["a", "b"], ["1", ""]]),
        ReadCase(why: "an empty line in the middle is a row of one empty field", text: "a\n1\n\n2\n", records: [["a"], ["1"], [""], ["2"]]),
        ReadCase(why: "an empty text has no records", text: "", records: []),
        ReadCase(
            why: "tabs when the header has more tabs than commas", text: "名称\t金额\n万达,广场\t1,234.5\n",
            records: [["名称", "金额"], ["万达,广场", "1,234.5"]], delimiter: .tab),
        ReadCase(
            why: "commas when the header has more commas; tabs stay in fields", text: "a,b\tc\n1\t2,3\n",
            records: [["a", "b\tc"], ["1\t2", "3"]]),
        ReadCase(
            why: "quoted separators in the header are not counted", text: "\"a,b,c\"\td\n1\t2\n",
            records: [["a,b,c", "d"], ["1", "2"]], delimiter: .tab),
        ReadCase(why: "spaces are kept", text: " a , b \n", records: [[" a ", " b "]]),
    ]

    @Test(arguments: readCases)
    func reads(_ test: ReadCase) throws {
        let table = try CSVReader.parse(test.text)
        #expect(table.records == test.records)
        #expect(table.delimiter == test.delimiter)
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        let why: String
        let text: String
        let reason: CSVError.Reason
        let row: Int
        let column: Int
        let line: Int
        var testDescription: String { why }
    }

    static let errorCases: [ErrorCase] = [
        ErrorCase(why: "unterminated quote", text: "a,b\n1,\"abc\n2,3\n", reason: .unterminatedQuote, row: 2, column: 2, line: 2),
        ErrorCase(
            why: "unterminated quote after a quoted newline: rows count records, lines count lines",
            text: "a,b\n\"x\ny\",2\n3,\"z\n", reason: .unterminatedQuote, row: 3, column: 2, line: 4),
        ErrorCase(why: "stray quote in an unquoted field", text: "a,b\n1,12\"寸\n", reason: .strayQuote, row: 2, column: 2, line: 2),
        ErrorCase(why: "text after a closing quote", text: "\"ab\"c,d\n", reason: .textAfterQuote, row: 1, column: 1, line: 1),
    ]

    @Test(arguments: errorCases)
    func refuses(_ test: ErrorCase) {
        #expect(throws: CSVError.self) { try CSVReader.parse(test.text) }
        do {
            _ = try CSVReader.parse(test.text)
        } catch {
            #expect(error.reason == test.reason)
            #expect(error.row == test.row)
            #expect(error.column == test.column)
            #expect(error.line == test.line)
        }
    }

    @Test("an error names the column by header and Excel letter")
    func errorNamesTheColumn() {
        do {
            _ = try CSVReader.parse("项目编号,项目名称\nP-001,\"未闭合\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.columnName == "项目名称")
            let problem = error.problem
            #expect(problem.message(.zh, file: "p.csv").hasPrefix("p.csv:2:B 项目名称："))
            #expect(problem.message(.en, file: "p.csv").contains("unterminated quote"))
        }
    }

    struct FieldCase: Sendable, CustomTestStringConvertible {
        let text: String
        let written: String
        var testDescription: String { text.debugDescription }
    }

    static let fieldCases: [FieldCase] = [
        FieldCase(text: "plain", written: "plain"),
        FieldCase(text: "", written: ""),
        FieldCase(text: "万达广场", written: "万达广场"),
        FieldCase(text: "a,b", written: "\"a,b\""),
        FieldCase(text: "say \"hi\"", written: "\"say \"\"hi\"\"\""),
        FieldCase(text: "1\n2", written: "\"1\n2\""),
        FieldCase(text: "1\r\n2", written: "\"1\r\n2\""),
        FieldCase(text: "a\tb", written: "\"a\tb\""),
        FieldCase(text: " spaced ", written: " spaced "),
    ]

    @Test(arguments: fieldCases)
    func quotesOnlyWhenNeeded(_ test: FieldCase) {
        #expect(CSVWriter.field(test.text) == test.written)
    }

    @Test("a document starts with a UTF-8 BOM and ends every record with CRLF")
    func document() {
        let bytes = CSVWriter.document([["项目编号", "项目名称"], ["P-001", "a,b"]])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self) == "项目编号,项目名称\r\nP-001,\"a,b\"\r\n")
    }

    @Test("whatever the writer writes, the reader reads back")
    func writeThenRead() throws {
        let nasty = ["", " ", "\"", "\"\"", ",", "\n", "\r", "\r\n", "a\"b,c\nd", "末尾,", "\t", "'=1+1", "中文，全角逗号"]
        var records = [["h1", "h2"]]
        for (i, text) in nasty.enumerated() { records.append([String(i), text]) }
        for delimiter in [CSVDelimiter.comma, .tab] {
            let bytes = CSVWriter.document(records, delimiter: delimiter)
            let table = try CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self))
            #expect(table.delimiter == delimiter)
            // Except a bare CR, which the writer turns into a LF so that CSV on a terminal cannot move the
            // cursor back over a line (issue 9 item 16).
            #expect(table.records == records.map { $0.map { $0 == "\r" ? "\n" : $0 } })
        }
    }

    @Test(arguments: [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func excelLetters(_ index: Int, _ letter: String) {
        #expect(LedgerProblem.letter(index) == letter)
    }
}
