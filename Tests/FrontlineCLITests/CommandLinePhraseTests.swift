import FrontlineCore
import FrontlineStore
import FrontlineSystem
import Testing

@testable import FrontlineCLI

#if canImport(Glibc)
    import Glibc
#endif

/// The command line's errors and listing headers are catalog texts written in the reader's language when shown
/// (docs/architecture.md, "Adding a language"): nested values (a record kind, a system error) follow it too.
@Suite struct CommandLinePhraseTests {
    @Test func anErrorIsWrittenInTheReadersLanguageWithItsValues() {
        let read = CLIError(.noStore, .cliCannotRead, "a.csv", Errno(EACCES).meaning, "EACCES")
        #expect(read.status == .noStore)
        #expect(read.message(.zh) == "无法读取 a.csv：没有权限（EACCES）")
        #expect(read.message(.en) == "cannot read a.csv: permission denied (EACCES)")
        let field = CLIError.usage(.cliNoSuchField, .key(RecordKind.project.labelKey), "x")
        #expect(field.status == .usage)
        #expect(field.message(.zh) == RecordKind.project.label(.zh) + "没有字段“x”")
        #expect(field.message(.en) == RecordKind.project.label(.en) + " has no field 'x'")
    }

    @Test func anErrorThatWritesItselfIsAskedInTheReadersLanguage() {
        let problem = InputProblem(Phrase(.inputWholeNumber, "0", "100"), typed: "x")
        let error = CLIError(.usage, written: { problem.message($0) })
        #expect(error.message(.zh) == "应为 0–100 的整数，收到“x”")
        #expect(error.message(.en) == "expected a whole number from 0 to 100, got 'x'")
        let option = CLIError.usage(.cliOptionProblem, "--days", .phrase(problem.phrase))
        #expect(option.message(.zh) == "--days：应为 0–100 的整数，收到“x”")
        #expect(option.message(.en) == "--days: expected a whole number from 0 to 100, got 'x'")
    }

    @Test func aColumnsHeaderAndUnitComeFromTheCatalog() {
        let column = Column<Int>("missedWeeks", Phrase(.listingMissedWeeks, "4"), unit: .listingUnitWeeks, text: { "\($0)" })
        #expect(column.header(.zh) == "近4周未走访" && column.header(.en) == "missed of 4 weeks")
        #expect(column.csvHeader(.zh) == "近4周未走访（周）" && column.csvHeader(.en) == "missed of 4 weeks (weeks)")
        let plain = Column<Int>("id", .listingId, text: { "\($0)" })
        #expect(plain.header(.zh) == "编号" && plain.csvHeader(.en) == "id")
    }

    @Test func aJSONSyntaxErrorIsAPhrase() {
        let error = JSONSyntaxError(
            position: JSONPosition(offset: 3, line: 1, column: 4), reason: .unexpectedByte(UInt8(ascii: "x"), expected: .commaOrBracket))
        #expect(error.message(.zh) == "第1行第4列：意外的字符 'x'，此处应为',' 或 ']'")
        #expect(error.message(.en) == "1:4: unexpected 'x', expected ',' or ']'")
        #expect(error.phrase(withPosition: false).text(.en) == "unexpected 'x', expected ',' or ']'")
    }
}
