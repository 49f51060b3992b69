import Foundation
import FrontlineCLI
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Ledger files whose bytes are wrong: mixed UTF-8 and GB18030 rows are refused at the first row that
/// differs (issue 9 item 13: they were saved as mojibake with exit 0), and every encoding error names the
/// row and column of the bad byte (issue 9 item 21: it pointed into the header).
struct LedgerEncodingCLITests {
    static let gb: [String: [UInt8]] = [
        "北海": [0xB1, 0xB1, 0xBA, 0xA3], "新区": [0xD0, 0xC2, 0xC7, 0xF8], "单位": [0xB5, 0xA5, 0xCE, 0xBB], "简称": [0xBC, 0xF2, 0xB3, 0xC6],
    ]
    static func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    func refuse(_ bytes: [UInt8], says expected: [String]) throws {
        let setup = try LedgerCLITests.Setup()
        let before = setup.tree
        let path = setup.dir.at("u.csv")
        Files.write(bytes, to: path)
        let result = cli(["import", path, "--kind", "units"] + setup.data)
        #expect(result.code == 65, "\(result)")
        for text in expected { #expect(result.err.contains(text.replacingOccurrences(of: "FILE", with: path)), "\(text) in \(result.err)") }
        #expect(Faults.differences(before, setup.tree).isEmpty, "nothing written")
        #expect(setup.board.units.count == 3)
    }

    @Test func aGB18030RowInAUTF8FileIsRefusedAtThatRow() throws {
        let bytes = Self.utf8("单位,简称\n新区,新区\n") + Self.gb["北海"]! + Self.utf8(",") + Self.gb["北海"]! + Self.utf8("\n")
        try refuse(bytes, says: ["FILE:3:A: row 3 is GB18030 while the rows before it are UTF-8 (row 3, column A (byte offset 28))"])
    }

    @Test func aUTF8RowInAGB18030FileIsRefusedAtThatRow() throws {
        let bytes = Self.gb["单位"]! + Self.utf8(",") + Self.gb["简称"]! + Self.utf8("\r\n甲,") + Self.utf8("新区\r\n")
        try refuse(bytes, says: ["FILE:2:A: row 2 is UTF-8 while the rows before it are GB18030"])
    }

    @Test func aRowOfPlainASCIIDoesNotCountAsEitherEncoding() throws {
        let setup = try LedgerCLITests.Setup()
        let path = setup.dir.at("u.csv")
        Files.write(
            Self.gb["单位"]! + Self.utf8(",kind\r\nABC,园区\r\n".replacingOccurrences(of: "园区", with: "")) + Self.gb["北海"]! + Self.utf8(",\r\n"),
            to: path)
        let result = cli(["import", path, "--kind", "units"] + setup.data)
        #expect(result.code == 0, "\(result)")
        #expect(setup.board.units.contains { $0.name == "北海" })
    }

    @Test func aQuotedLineBreakDoesNotStartARow() throws {
        let bytes = Self.utf8("单位,简称\n\"新\n区\",x\n") + Self.gb["北海"]! + Self.utf8(",y\n")
        try refuse(bytes, says: ["FILE:3:A: row 3 is GB18030"])
    }

    @Test func invalidUTF8AfterAByteOrderMarkIsNamedByRowAndColumn() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Self.utf8("单位,简称\n新区,新区\n北海,") + [0xFF] + Self.utf8("\n")
        try refuse(bytes, says: ["FILE:3:B: the file starts with a UTF-8 byte-order mark but is not valid UTF-8 at row 3, column B (byte offset 38)"])
    }

    @Test func neitherEncodingIsNamedByRowAndColumn() throws {
        let bytes = Self.gb["单位"]! + Self.utf8(",x\n") + Self.gb["新区"]! + Self.utf8(",") + [0xFF, 0x30] + Self.utf8("\n")
        try refuse(bytes, says: ["FILE:2:B: not UTF-8 or GB18030 at byte offset 12 (0xFF 0x30 0xA), row 2, column B (byte offset 12)"])
    }

    @Test func chineseMessages() throws {
        let setup = try LedgerCLITests.Setup()
        let path = setup.dir.at("u.csv")
        Files.write(Self.utf8("单位,简称\n新区,新区\n") + Self.gb["北海"]! + Self.utf8(",x\n"), to: path)
        let result = cli(["import", path, "--kind", "units", "--lang", "zh"] + setup.data)
        #expect(result.err.contains("\(path):3:A：第 3 行是 GB18030 编码，而前面的行是 UTF-8（第 3 行 A 列（偏移 28 字节））"), "\(result.err)")
    }

    @Test("places of bytes: rows, quoted fields, tab separators, CRLF")
    func places() {
        let bytes = Self.utf8("a\tb\r\n\"x\ty\"\tz\n\"p\nq\"\tr")
        let (records, places) = CSVBytes.scan(bytes, places: [0, 2, 6, 10, 11, 16, 18, bytes.count])
        #expect(records.map(\.row) == [1, 2, 3])
        #expect(places.map { "\($0.row):\($0.letter):\($0.line)" } == ["1:A:1", "1:B:1", "2:A:2", "2:A:2", "2:B:2", "3:A:4", "3:A:4", "3:B:4"])
    }
}
