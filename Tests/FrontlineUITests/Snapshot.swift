import Foundation
import FrontlineUI
import Testing

/// Text snapshots of the in-memory grid: one quoted line per row, so trailing spaces show.
/// Set `RECORD_SNAPSHOTS=1` to write them anew; a difference fails with the rows that differ.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func text(_ grid: Grid) -> String {
        (0..<grid.height).map { "\"" + grid.row($0) + "\"" }.joined(separator: "\n") + "\n"
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = text(grid)
        let url = directory.appendingPathComponent(name + ".txt")
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !recording { Issue.record("recorded missing snapshot \(name); run again", sourceLocation: sourceLocation) }
            return
        }
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(a.count, b.count) where a[safe: i] != b[safe: i] {
            diff.append("row \(i + 1)\n  - \(a[safe: i] ?? "")\n  + \(b[safe: i] ?? "")")
        }
        let shown = Array(diff.prefix(12)).joined(separator: "\n")
        Issue.record(Comment(rawValue: "snapshot \(name) differs (RECORD_SNAPSHOTS=1 to accept):\n\(shown)"), sourceLocation: sourceLocation)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
