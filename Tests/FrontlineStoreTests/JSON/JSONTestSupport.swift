import Foundation
import FrontlineStore
import FrontlineCore

/// The JSONTestSuite directory: the first ancestor of this file that has a sibling
/// `shared/fixtures/JSONTestSuite` (works from a scratch package and from the main repo).
func fixturesDirectory(from file: String = #filePath) -> URL? {
    var dir = URL(fileURLWithPath: file).deletingLastPathComponent()
    while true {
        let candidate = dir.appendingPathComponent("shared/fixtures/JSONTestSuite")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return candidate
        }
        let parent = dir.deletingLastPathComponent()
        if parent.path == dir.path { return nil }
        dir = parent
    }
}

/// Parses `text` (UTF-8) and returns the error, or nil if it parsed.
func syntaxError(_ bytes: [UInt8]) -> JSONSyntaxError? {
    do {
        _ = try JSONDocument(bytes: bytes)
        return nil
    } catch {
        return error
    }
}

func syntaxError(_ text: String) -> JSONSyntaxError? { syntaxError(Array(text.utf8)) }

func parse(_ text: String) throws -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

func document(_ text: String) throws -> JSONDocument { try JSONDocument(bytes: Array(text.utf8)) }

func utf8(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
