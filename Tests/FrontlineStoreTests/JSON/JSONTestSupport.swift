import Foundation
import FrontlineCore
import FrontlineStore

/// The JSONTestSuite files (nst/JSONTestSuite, MIT licence, copied beside this file with its LICENSE).
func fixturesDirectory(from file: String = #filePath) -> URL? {
    let candidate = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("JSONTestSuite")
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) && isDirectory.boolValue ? candidate : nil
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
