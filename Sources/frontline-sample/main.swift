import Foundation
import FrontlineSample

// frontline-sample: builds the bundled sample store (data/sample) from its readable source
// (data/sample-source; see its README.md and docs/architecture.md, "The sample and the generator").
//
//   swift run frontline-sample [SOURCE_DIR [STORE_DIR]]
//
// A developer's tool, not part of the product: `frontline` never runs it.

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let arguments = Array(CommandLine.arguments.dropFirst())
let sourceDirectory = arguments.count > 0 ? arguments[0] : root + "/data/sample-source"
let storeDirectory = arguments.count > 1 ? arguments[1] : root + "/data/sample"
do {
    let board = try SampleBuilder.build(try SampleSource(directory: sourceDirectory))
    try SampleFiles.write(board, to: storeDirectory)
    print(
        "wrote \(storeDirectory): \(board.units.count) units, \(board.people.count) people, \(board.projects.count) projects, "
            + "\(board.issues.count) issues, \(board.visits.count) visits, \(board.progress.count) progress reports")
} catch {
    FileHandle.standardError.write(Data("frontline-sample: \(error)\n".utf8))
    exit(65)
}
