import Foundation
import FrontlineBench
import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineStore

/// The snapshot's loader reads keys as bytes and decodes large snapshots' parts on several threads
/// (docs/benchmarks.md): the board, and every problem it reports, are the same as read one part after the other.
struct ParallelDecodeTests {
    static func decodeBothWays(_ bytes: [UInt8]) throws -> (BoardCodec.Snapshot, BoardCodec.Snapshot) {
        (try BoardCodec.decode(bytes, file: "board.json", parallel: false), try BoardCodec.decode(bytes, file: "board.json", parallel: true))
    }

    static func problem(_ bytes: [UInt8], parallel: Bool) -> String {
        do {
            _ = try BoardCodec.decode(bytes, file: "board.json", parallel: parallel)
            return "no problem"
        } catch {
            return error.message(.en)
        }
    }

    @Test func theSampleReadsTheSameInParallel() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Repository.sample + "/board.json")))
        let (one, other) = try Self.decodeBothWays(bytes)
        #expect(one.board == other.board && one.journalHash == other.journalHash)
        #expect(!one.board.issues.rows.isEmpty && !one.board.visits.rows.isEmpty)
        #expect(BoardCodec.encode(other.board, journalHash: other.journalHash) == bytes, "and writes back byte for byte")
    }

    @Test(arguments: [UInt64(1), 2026])
    func aGeneratedStoreReadsTheSameInParallel(seed: UInt64) throws {
        let board = StoreGenerator.board(size: .tiny, seed: seed)
        let bytes = BoardCodec.encode(board, journalHash: SHA256.genesis)
        let (one, other) = try Self.decodeBothWays(bytes)
        #expect(one.board == board && other.board == board)
    }

    /// Keys spelt with escapes are the same keys (the slow path by their decoded text).
    @Test func escapedKeysAreTheKeysTheySpell() throws {
        let board = StoreGenerator.board(size: .tiny, seed: 3)
        let text = String(decoding: BoardCodec.encode(board, journalHash: SHA256.genesis), as: UTF8.self)
            .replacingOccurrences(of: "\"title\":", with: "\"t\\u0069tle\":")
            .replacingOccurrences(of: "\"id\":", with: "\"\\u0069d\":")
            .replacingOccurrences(of: "\"rev\":", with: "\"r\\u0065v\":")
        #expect(text.contains("t\\u0069tle"))
        let (one, other) = try Self.decodeBothWays(Array(text.utf8))
        #expect(one.board == board && other.board == board)
    }

    /// Two problems in different parts: the first in the file's order is reported, whichever thread met it first;
    /// an unknown key at the top ends the reading where it stands, as before.
    @Test func theFirstProblemInTheFileIsTheOneReported() throws {
        let board = StoreGenerator.board(size: .tiny, seed: 4)
        let good = String(decoding: BoardCodec.encode(board, journalHash: SHA256.genesis), as: UTF8.self)
        let firstProject = board.projects.rows[0].id, lastVisit = board.visits.rows.last!.id
        let colour = { (text: String) in
            text.replacingOccurrences(of: "\"id\":\"\(firstProject)\",", with: "\"id\":\"\(firstProject)\",\"colour\":1,")
        }
        let twice = { (text: String) in
            text.replacingOccurrences(of: "\"id\":\"\(lastVisit)\"", with: "\"id\":\"\(board.visits.rows[0].id)\"")
        }
        let damages: [(String, String)] = [
            (twice(colour(good)), "has no field 'colour'"), // projects come before visits
            (twice(good), "duplicate"),
            (colour(good).replacingOccurrences(of: "\"visits\":", with: "\"vissits\":"), "has no field 'colour'"),
            (twice(good).replacingOccurrences(of: "\"projects\":", with: "\"projcts\":"), "unknown key 'projcts'"),
        ]
        for (text, says) in damages {
            #expect(text != good)
            let one = Self.problem(Array(text.utf8), parallel: false), other = Self.problem(Array(text.utf8), parallel: true)
            #expect(one == other, "\(says)")
            #expect(one.contains(says), "\(one)")
        }
    }

    @Test func aRequiredFieldLeftEmptyIsNamed() throws {
        let board = StoreGenerator.board(size: .tiny, seed: 5)
        let project = board.projects.rows[0]
        let text = String(decoding: BoardCodec.encode(board, journalHash: SHA256.genesis), as: UTF8.self)
            .replacingOccurrences(of: "\"name\":\"\(project.name)\"", with: "\"name\":\"\"")
        #expect(text.contains("\"name\":\"\""))
        let one = Self.problem(Array(text.utf8), parallel: false), other = Self.problem(Array(text.utf8), parallel: true)
        #expect(one == other)
        #expect(one.contains("lacks required field 'name'"), "\(one)")
    }
}
