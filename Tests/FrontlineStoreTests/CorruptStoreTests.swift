import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// S6: hand-corrupted stores give a clear error naming the file and place, and nothing is written.
struct CorruptStoreTests {
    struct Damage: CustomStringConvertible, Sendable {
        var name: String
        /// Turns the good board.json into a damaged one.
        var apply: @Sendable ([UInt8]) -> [UInt8]
        var line: Int
        var column: Int
        /// A word the English message must contain.
        var says: String
        var description: String { name }
    }

    static func replacing(_ target: String, with replacement: String) -> @Sendable ([UInt8]) -> [UInt8] {
        { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            let range = text.range(of: target)!
            return Array(text.replacingCharacters(in: range, with: replacement).utf8)
        }
    }

    // Line 2 is `  "schemaVersion": 3,`, line 3 `  "revision": 0,`; settings end on line 23 (laggingCount, the last).
    static let damages: [Damage] = [
        Damage(name: "truncated", apply: { Array($0.prefix(300)) }, line: 0, column: 0, says: "end"),
        Damage(name: "NUL byte", apply: replacing("\"revision\"", with: "\"revi\u{0}sion\""), line: 3, column: 8, says: "control"),
        Damage(
            name: "invalid UTF-8",
            apply: { bytes in
                var b = bytes
                let i = b.firstIndex { $0 >= 0xE0 }!
                b[i] = 0xFF
                return b
            }, line: 0, column: 0, says: "UTF-8"),
        Damage(
            name: "duplicate key", apply: replacing("\"revision\": 0,", with: "\"revision\": 0,\n  \"revision\": 1,"), line: 4, column: 3,
            says: "duplicate key"),
        Damage(
            name: "trailing comma", apply: replacing("\"deductionPerListed\": 3", with: "\"deductionPerListed\": 3,"), line: 31, column: 28,
            says: "trailing comma"),
        Damage(
            name: "unknown version", apply: replacing("\"schemaVersion\": 3", with: "\"schemaVersion\": 99"), line: 2, column: 20,
            says: "newer Frontline"),
        Damage(name: "unknown field", apply: replacing("\"shortName\"", with: "\"shortNam\""), line: 0, column: 0, says: "no field 'shortNam'"),
        Damage(name: "wrong type", apply: replacing("\"sortOrder\":0", with: "\"sortOrder\":\"0\""), line: 0, column: 0, says: "integer"),
    ]

    @Test(arguments: damages)
    func damageIsReportedWithItsPlaceAndNothingIsWritten(_ damage: Damage) throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        let path = store.directory + "/board.json"
        Files.write(damage.apply(Files.bytes(path)!), to: path)
        let before = Files.snapshot(store.directory)
        #expect {
            let reopened = try FileStore(directory: store.directory)
            try reopened.perform(
                .moveIssue(IssueMove(issue: "I-0001", action: .resolve, note: "x")),
                login: "admin", uid: 0, today: TestBoard.today, now: TestBoard.now)
        } throws: { error in
            guard case .badData(let file, let line, let column, let reason) = error as? StoreError else { return false }
            let placed = damage.line == 0 || (line == damage.line && column == damage.column)
            return file == path && placed && line > 0 && reason.text(.en).contains(damage.says) && !reason.text(.zh).isEmpty
        }
        #expect(Files.same(before, Files.snapshot(store.directory)), "nothing written")
    }

    @Test func olderSchemasAreMigratedOnLoad() throws {
        let old =
            #"{"schemaVersion": 0, "revision": 0, "journalHash": "\#(SHA256.genesis)", "settings": {}, "units": [{"id": "U-01", "title": "新城街道"}]}"#
        let renameTitle = BoardCodec.Migration(from: 0) { value in
            guard case .object(var members) = value, case .array(let units)? = value["units"] else { return value }
            let renamed = units.map { unit -> JSONValue in
                guard case .object(let fields) = unit else { return unit }
                return .object(fields.map { $0.key == "title" ? JSONMember("name", $0.value) : $0 })
            }
            members = members.map { $0.key == "units" ? JSONMember("units", .array(renamed)) : $0 }
            members = members.map { $0.key == "schemaVersion" ? JSONMember("schemaVersion", .int(1)) : $0 }
            return .object(members)
        }
        let snapshot = try BoardCodec.decode(Array(old.utf8), file: "board.json", migrations: [renameTitle] + BoardCodec.migrations)
        #expect(snapshot.board.units[id: "U-01"]?.name == "新城街道")
        #expect(throws: StoreError.self) { try BoardCodec.decode(Array(old.utf8), file: "board.json", migrations: []) }
    }
}

/// Schema 1 (before published reports) gains them; schema 2 (before the document language) gains
/// `documentLanguage: zh`; both load as the current schema and are written back as it.
struct SchemaMigrationTests {
    @Test func version1GainsReports() throws {
        let v1 =
            #"{"schemaVersion": 1, "revision": 3, "journalHash": "\#(SHA256.genesis)", "settings": {}, "units": [{"id": "U-01", "name": "新城街道"}]}"#
        let snapshot = try BoardCodec.decode(Array(v1.utf8), file: "board.json")
        #expect(snapshot.board.revision == 3 && snapshot.board.units.count == 1 && snapshot.board.reports.isEmpty)
        let written = String(decoding: BoardCodec.encode(snapshot.board, journalHash: snapshot.journalHash), as: UTF8.self)
        #expect(written.contains("\"schemaVersion\": 3") && written.contains("\"reports\": []"))
    }

    @Test func version2GainsTheDocumentLanguage() throws {
        let v2 = #"{"schemaVersion": 2, "revision": 5, "journalHash": "\#(SHA256.genesis)", "settings": {"zoneName": "测试区"}, "reports": []}"#
        let migrated = try BoardCodec.migrations.first { $0.from == 2 }!.migrate(try JSONValue.parse(Array(v2.utf8)))
        #expect(migrated["schemaVersion"] == .int(3))
        #expect(migrated["settings"]?["documentLanguage"] == .string("zh"))
        #expect(migrated["settings"]?["zoneName"] == .string("测试区"))
        let snapshot = try BoardCodec.decode(Array(v2.utf8), file: "board.json")
        #expect(snapshot.board.settings.documentLanguage == .zh && snapshot.board.settings.zoneName == "测试区")
        let written = String(decoding: BoardCodec.encode(snapshot.board, journalHash: snapshot.journalHash), as: UTF8.self)
        #expect(written.contains("\"schemaVersion\": 3") && written.contains("\"documentLanguage\": \"zh\""))
        // A settled value is kept: English stays English.
        let english = v2.replacingAll(#""zoneName": "测试区""#, with: #""zoneName": "测试区", "documentLanguage": "en""#)
        #expect(try BoardCodec.decode(Array(english.utf8), file: "board.json").board.settings.documentLanguage == .en)
    }
}
