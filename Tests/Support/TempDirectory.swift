import Foundation

/// A fresh directory under the system temp directory, removed when the value goes away.
public final class TempDirectory: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "frontline-test") {
        var template = Array("\(NSTemporaryDirectory())/\(label)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        chmod(path, 0o755)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A path inside the directory.
    public func at(_ name: String) -> String { path + "/" + name }
}

/// Reading and snapshotting files for "nothing was written" checks.
public enum Files {
    public static func bytes(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    public static func text(_ path: String) -> String? {
        bytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    public static func write(_ text: String, to path: String) {
        write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) {
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
    }

    /// Every file under a directory (recursively) with its bytes and mode.
    public static func snapshot(_ directory: String) -> [String: (bytes: [UInt8], mode: Int)] {
        var result: [String: (bytes: [UInt8], mode: Int)] = [:]
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return result }
        for case let name as String in walker {
            let path = directory + "/" + name
            var st = stat()
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            result[name] = (bytes(path) ?? [], Int(st.st_mode & 0o7777))
        }
        return result
    }

    /// Whether two snapshots hold the same files with the same bytes.
    public static func same(_ a: [String: (bytes: [UInt8], mode: Int)], _ b: [String: (bytes: [UInt8], mode: Int)]) -> Bool {
        a.count == b.count && a.allSatisfy { b[$0.key]?.bytes == $0.value.bytes }
    }

    public static func mode(_ path: String) -> Int {
        var st = stat()
        return stat(path, &st) == 0 ? Int(st.st_mode & 0o7777) : -1
    }
}

/// Places in the repository, found from this source file.
public enum Repository {
    /// The package root (the directory holding Package.swift).
    public static var root: String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.path + "/Package.swift") { return url.path }
        }
        fatalError("no Package.swift above \(#filePath)")
    }

    public static var sample: String { root + "/data/sample" }
}
