import Foundation
import FrontlineCore
import FrontlineSample
import FrontlineStore
import FrontlineTestSupport
import Testing

/// The bundled sample is exactly what its readable source gives through the product's planner, and a source
/// row the product would refuse stops the build at that row.
struct SampleBuildTests {
    static let source = Repository.root + "/data/sample-source"

    @Test func theSourceBuildsTheBundledSampleByteForByte() throws {
        let board = try SampleBuilder.build(try SampleSource(directory: Self.source))
        let built = SampleFiles.snapshot(board)
        let shipped = try #require(Files.bytes(Repository.sample + "/board.json"))
        // On a difference, the first differing line says where: rebuild with `swift run frontline-sample`.
        let builtLines = String(decoding: built, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let shippedLines = String(decoding: shipped, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(builtLines, shippedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(
            built == shipped,
            "data/sample/board.json is not what data/sample-source builds (line \(first.map { $0 + 1 } ?? min(builtLines.count, shippedLines.count)))"
        )
        #expect(Files.bytes(Repository.sample + "/journal.jsonl") == [])
        #expect(Files.bytes(Repository.sample + "/lock") == [])
    }

    @Test func buildingTwiceGivesTheSameBytesAndTheStoreLoadsAndVerifies() throws {
        let dir = TempDirectory()
        let first = try SampleBuilder.build(try SampleSource(directory: Self.source))
        let second = try SampleBuilder.build(try SampleSource(directory: Self.source))
        #expect(SampleFiles.snapshot(first) == SampleFiles.snapshot(second))
        try SampleFiles.write(first, to: dir.at("sample"))
        let store = try FileStore(directory: dir.at("sample"))
        #expect(store.warnings.isEmpty)
        #expect(store.board.revision == 0 && store.history.isEmpty)
        #expect(try AuditLog.verify(directory: dir.at("sample")).problem == nil)
    }

    /// Builds a copy of the source with `line` appended to `file`; the error the build stops with, which must
    /// name that row.
    func refusal(appending line: String, to file: String) throws -> SampleError? {
        let dir = TempDirectory()
        let copy = dir.at("source")
        try FileManager.default.copyItem(atPath: Self.source, toPath: copy)
        let path = copy + "/" + file
        Files.write(try #require(Files.text(path)) + line + "\n", to: path)
        let row = try #require(Files.text(path)).split(separator: "\n").count
        do {
            _ = try SampleBuilder.build(try SampleSource(directory: copy))
            Testing.Issue.record("the build accepted \(file):\(row)")
            return nil
        } catch {
            #expect(error.place == "\(file):\(row)", "\(error)")
            return error
        }
    }

    @Test func aUnitOfficialCannotExtendAnIssue() throws {
        // 柴伟 (城管中心) holds I-0073; extending is for its leader or the performance office (docs/domain-rules.md).
        let error = try refusal(appending: "2026-11-20 10:00,M-052,I-0073,延期,等待绿植移植,2026-12-30", to: "handling.csv")
        #expect(error?.message.contains("柴伟") == true && error?.message.contains("outside their role") == true, "\(String(describing: error))")
    }

    @Test func aUnitOfficialCannotNameTheResponsibleLeader() throws {
        let line = "2026-11-26 11:00,M-026,I-0125,P-002,围挡破损,,施工环境,企业反映,U-05,,,M-010,2026-12-10,一般,"
        let error = try refusal(appending: line, to: "issues.csv")
        #expect(error?.message.contains("responsibleLeader") == true, "\(String(describing: error))")
    }

    @Test func anIssueMovedBeforeItIsRaisedIsRefused() throws {
        let error = try refusal(appending: "2026-11-26 11:00,M-003,I-0200,交办,,", to: "handling.csv")
        #expect(error?.message == "no issue I-0200", "\(String(describing: error))")
    }

    @Test func aRecordMustGetTheIdTheSourceGivesIt() throws {
        // I-0124 exists: the product cannot give a new issue that id.
        let line = "2026-11-27 10:40,M-003,I-0124,P-002,重复的编号,,其他,调度会,U-05,,,,2026-12-10,一般,"
        let error = try refusal(appending: line, to: "issues.csv")
        #expect(error?.message == "issue I-0124 exists already", "\(String(describing: error))")
    }
}
