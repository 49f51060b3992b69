import Foundation
import FrontlineCore
import FrontlineStore
import Testing

/// JSONTestSuite (test_parsing): y_ accepted, n_ rejected, i_ as we decided.
struct JSONConformanceTests {
    /// (file name, bytes) for every fixture with the given prefix, sorted by name.
    private func fixtures(_ prefix: String) throws -> [(String, [UInt8])] {
        let dir = try #require(fixturesDirectory(), "JSONTestSuite not found beside \(#filePath)")
            .appendingPathComponent("test_parsing")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, Array(try Data(contentsOf: dir.appendingPathComponent($0)))) }
    }

    @Test func fixtureCounts() throws {
        #expect(try fixtures("y_").count == 95)
        #expect(try fixtures("n_").count == 188)
        #expect(try fixtures("i_").count == 35)
    }

    @Test func acceptsEveryYFileExceptDuplicateKeys() throws {
        var failures: [String] = []
        for (name, bytes) in try fixtures("y_") {
            let error = syntaxError(bytes)
            if name.hasPrefix("y_object_duplicated_key") {
                guard case .duplicateKey? = error?.reason else {
                    failures.append("\(name): expected duplicateKey, got \(String(describing: error))")
                    continue
                }
            } else if let error {
                failures.append("\(name): \(error)")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func rejectsEveryNFile() throws {
        let accepted = try fixtures("n_").filter { syntaxError($0.1) == nil }.map(\.0)
        #expect(accepted.isEmpty, "accepted: \(accepted)")
    }

    /// i_ files may go either way; these are our decisions: numbers are kept as lexemes,
    /// a UTF-8 BOM is skipped, 500 levels are within the limit; anything that is not valid
    /// UTF-8 or holds an unpaired surrogate is rejected.
    @Test func implementationDefinedFilesFollowOurDecisions() throws {
        var failures: [String] = []
        for (name, bytes) in try fixtures("i_") {
            let shouldAccept = name.hasPrefix("i_number_") || name.hasPrefix("i_structure_")
            if (syntaxError(bytes) == nil) != shouldAccept {
                failures.append("\(name): expected \(shouldAccept ? "accept" : "reject")")
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// Every accepted y_ file survives write → parse in both styles, and the node API agrees.
    @Test func acceptedFilesRoundTrip() throws {
        var failures: [String] = []
        for (name, bytes) in try fixtures("y_") where !name.hasPrefix("y_object_duplicated_key") {
            let v = try JSONValue.parse(bytes)
            if (try? JSONValue.parse(JSONWriter.compact(v))) != v { failures.append("\(name): compact") }
            if (try? JSONValue.parse(JSONWriter.pretty(v, expandDepth: 2))) != v { failures.append("\(name): pretty") }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
