import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// The commands of the issue's "done when" on the bundled sample, through the real binary.
struct SampleCommandTests {
    @Test func checkPassesOnTheSample() {
        let result = Binary.run(["check", "--data", Repository.sample])
        #expect(result.code == 0, "\(result)")
        #expect(result.out.contains("store is sound"))
    }

    @Test func overdueIssuesArePrintedInAlignedColumns() throws {
        let result = Binary.run(["issues", "--overdue", "--as-of", "2026-11-27", "--data", Repository.sample])
        #expect(result.code == 0, "\(result)")
        let lines = result.out.split(separator: "\n").map(String.init)
        try #require(lines.count > 2)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("red") }, "overdue issues are red")
        // Every column starts at the same display column on every line: the two display columns
        // before each start are the separating spaces (a width counted wrong puts text there).
        let starts = columnStarts(lines[0])
        #expect(starts.count == 10)
        for line in lines {
            let cells = Array(line)
            for start in starts.dropFirst() {
                #expect(characters(before: start, in: cells) == "  ", "line \(line) at column \(start)")
            }
        }
        #expect(lines.contains { $0.unicodeScalars.contains { $0.value >= 0x4E00 } }, "the sample has Chinese text to align")
    }

    @Test func jsonOutputParsesWithPython() throws {
        let result = Binary.run(["issues", "--overdue", "--as-of", "2026-11-27", "--format", "json", "--data", Repository.sample])
        #expect(result.code == 0)
        let value = try JSONValue.parse(Array(result.out.utf8))
        guard case .array(let rows) = value else { Issue.record("not an array"); return }
        #expect(!rows.isEmpty && rows.allSatisfy { $0["light"] == .string("red") })
        let python = Binary.execute("python3", ["-m", "json.tool"], stdin: result.out)
        #expect(python.code == 0, "\(python)")
    }

    @Test func csvOutputStartsWithAByteOrderMark() {
        let result = Binary.run(["issues", "--overdue", "--as-of", "2026-11-27", "--format", "csv", "--data", Repository.sample])
        #expect(result.code == 0)
        #expect(Array(result.out.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        // Headers in the chosen language (English here), no longer the JSON keys (issue 10 item 22).
        #expect(result.out.dropFirst().hasPrefix("light,id,title,escalation,project,status,due,days overdue,unit,holder today\r\n"))
    }

    /// Display columns where the header's labels start (labels are separated by two or more spaces).
    func columnStarts(_ header: String) -> [Int] {
        var starts: [Int] = [], column = 0, previousSpaces = 2
        for character in header {
            if character == " " {
                previousSpaces += 1
            } else {
                if previousSpaces >= 2 { starts.append(column) }
                previousSpaces = 0
            }
            column += DisplayWidth.of(character)
        }
        return starts
    }

    /// The characters that occupy the two display columns before `column`.
    func characters(before column: Int, in cells: [Character]) -> String {
        var position = 0, before = ""
        for character in cells {
            if position + DisplayWidth.of(character) > column - 2 && position < column { before.append(character) }
            position += DisplayWidth.of(character)
        }
        return before
    }
}
