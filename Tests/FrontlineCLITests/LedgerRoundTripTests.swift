import Foundation
import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Export every ledger of the bundled sample, import them into a store that holds only an administrator,
/// and get the same records back, column by column.
struct LedgerRoundTripTests {
    /// A new store's board: one administrator (login `admin`) in a unit of their own, with ids and names
    /// that the sample does not use, so that every sample record arrives as a new one.
    static func adminOnly() -> Board {
        var board = Board()
        board.settings.sampleDate = TestBoard.today
        var unit = Unit(id: "U-90")
        unit.name = "导入测试组"
        board.units.upsert(unit)
        var admin = Person(id: "M-900")
        admin.name = "导入管理员"
        admin.unit = "U-90"
        admin.login = "admin"
        admin.role = .admin
        board.people.upsert(admin)
        return board
    }

    static let order: [LedgerKind] = [.units, .people, .roster, .projects, .issues, .squads, .leads]

    @Test func exportThenImportGivesTheSameStore() throws {
        let dir = TempDirectory()
        // The sample is only read; its copy is what the commands open.
        let sample = try FileStore(directory: Repository.sample).board
        let copy = try FileStore.create(at: dir.at("sample"), board: sample)
        let fresh = try FileStore.create(at: dir.at("fresh"), board: Self.adminOnly())
        for kind in Self.order {
            let file = dir.at("\(kind.rawValue).csv")
            let exported = cli(["export", "--kind", kind.rawValue, "--output", file, "--data", copy.directory])
            #expect(exported.code == 0, "\(exported)")
            let imported = cli(["import", file, "--kind", kind.rawValue, "--data", fresh.directory])
            #expect(imported.code == 0, "\(kind): \(imported)")
            let count = LedgerExport.cells(kind, of: sample).count
            #expect(imported.out.hasPrefix("\(kind.label(.en)): \(count) new, 0 changed, 0 unchanged"), "\(imported.out)")
        }
        let board = try FileStore(directory: fresh.directory).board
        #expect(board.revision == Self.order.count, "one journal entry per file")
        Self.compare(.units, sample.units, board.units)
        Self.compare(.people, sample.people, board.people)
        Self.compare(.roster, sample.duties, board.duties)
        Self.compare(.projects, sample.projects, board.projects)
        Self.compare(.issues, sample.issues, board.issues)
        Self.compare(.squads, sample.squads, board.squads)
        Self.compare(.leads, sample.leads, board.leads)
        #expect(board.units.count == sample.units.count + 1 && board.people.count == sample.people.count + 1)
        #expect(board.duties.count == sample.duties.count && board.projects.count == sample.projects.count)
        #expect(board.issues.count == sample.issues.count)
        let check = cli(["check", "--data", fresh.directory])
        #expect(check.code == 0, "the imported store is sound: \(check)")

        // Importing the same files again changes nothing and writes nothing.
        let before = Faults.tree(fresh.directory)
        for kind in Self.order {
            let again = cli(["import", dir.at("\(kind.rawValue).csv"), "--kind", kind.rawValue, "--data", fresh.directory])
            #expect(again.code == 0 && again.out.hasSuffix("nothing to save\n"), "\(kind): \(again)")
        }
        #expect(Faults.differences(before, Faults.tree(fresh.directory)).isEmpty)
        // And the sample's copy exports the same bytes as the imported store.
        for kind in Self.order {
            #expect(
                LedgerExport.csv(kind, of: board) == LedgerExport.csv(kind, of: sample)
                    || kind == .units || kind == .people, "\(kind)")
        }
    }

    /// Every record of `expected` is in `actual` with the same value in every ledger column.
    static func compare<R: Record>(
        _ kind: LedgerKind, _ expected: Table<R>, _ actual: Table<R>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!expected.isEmpty, "the sample has \(kind)", sourceLocation: sourceLocation)
        for record in expected {
            guard let other = actual[id: record.id] else {
                Issue.record("\(kind): \(record.id) was not imported", sourceLocation: sourceLocation)
                continue
            }
            for column in kind.columns where column.field != "id" {
                #expect(
                    record.value(of: column.field) == other.value(of: column.field),
                    "\(kind) \(record.id) \(column.zh)", sourceLocation: sourceLocation)
            }
        }
    }
}
