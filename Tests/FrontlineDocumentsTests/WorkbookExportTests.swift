import FrontlineTestSupport
import Testing

/// `frontline export --format xlsx`: every ledger of the sample goes out as a workbook and comes back through
/// `import` changing nothing.
struct WorkbookExportTests {
    @Test(arguments: ["units", "people", "roster", "projects", "issues"])
    func exportThenImportChangesNothing(_ kind: String) throws {
        let dir = TempDirectory()
        let store = dir.at("store")
        #expect(Binary.run(["init", store, "--sample"]).code == 0)
        let file = dir.at("\(kind).xlsx")
        let exported = Binary.run(["export", "--kind", kind, "--format", "xlsx", "--output", file, "--data", store, "--lang", "en"])
        #expect(exported.code == 0, "\(exported)")
        let journal = Files.bytes(store + "/journal.jsonl")
        let imported = Binary.run(["import", file, "--kind", kind, "--data", store, "--lang", "en"])
        #expect(imported.code == 0 && imported.out.contains(" 0 new, 0 changed, ") && imported.out.hasSuffix("nothing to save\n"), "\(imported)")
        #expect(Files.bytes(store + "/journal.jsonl") == journal)
    }

    @Test func aWorkbookNeedsAFile() {
        let result = Binary.run(["export", "--kind", "projects", "--format", "xlsx", "--data", Repository.sample, "--lang", "en"])
        #expect(result.code == 64 && result.err.contains("--format xlsx needs --output") && result.out.isEmpty, "\(result)")
    }
}
