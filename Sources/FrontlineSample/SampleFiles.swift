import Foundation
import FrontlineCore
import FrontlineStore

/// The sample as a store directory: `board.json` (the board as a first snapshot, written by the store's own
/// codec), an empty `journal.jsonl` and the `lock` file (docs/store-format.md).
public enum SampleFiles {
    /// The bytes of `board.json` for a board.
    public static func snapshot(_ board: Board) -> [UInt8] {
        BoardCodec.encode(board, journalHash: SHA256.genesis)
    }

    /// Writes the three files into `directory` (made if missing), replacing what is there.
    public static func write(_ board: Board, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (name, bytes) in [("board.json", snapshot(board)), ("journal.jsonl", []), ("lock", [])] {
            try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name), options: .atomic)
        }
    }
}
