import FrontlineUI

/// Reads the escape sequences that terminfo does not describe for the terminal in use (PuTTY, screen and
/// tmux send Home as `ESC [ 1 ~`, which `TERM=xterm` does not list), so they arrive as the keys they are
/// instead of as Esc followed by `[1~`, which would offer to discard a form and then type into it.
///
/// Pure: the terminal collects the characters after ESC and asks here what they are.
public enum EscapeSequence {
    public enum Result: Equatable, Sendable {
        /// A complete sequence for this key.
        case key(Key)
        /// A sequence begun but not finished: read on.
        case incomplete
        /// A complete sequence the board has no key for: ignore it whole.
        case unknown
        /// What followed ESC does not start a sequence: ESC was the Esc key, the rest is typed after it.
        case notASequence
    }

    /// Longest sequence read before giving up on it.
    static let limit = 16

    /// What the characters after ESC are (Unicode scalar values, as `get_wch` returns them).
    public static func parse(_ after: [UInt32]) -> Result {
        guard let first = after.first else { return .incomplete }
        if after.count > limit { return .unknown }
        switch first {
        case 0x5B: return csi(Array(after.dropFirst())) // [
        case 0x4F: return ss3(Array(after.dropFirst())) // O
        default: return .notASequence
        }
    }

    /// `ESC [ parameters final`.
    private static func csi(_ body: [UInt32]) -> Result {
        guard let end = body.firstIndex(where: { (0x40...0x7E).contains($0) }) else {
            return body.allSatisfy { (0x20...0x3F).contains($0) } ? .incomplete : .unknown
        }
        guard end == body.count - 1 else { return .unknown }
        let parameters = String(decoding: body[..<end].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        let first = parameters.split(separator: ";").first.flatMap { Int($0) }
        let final = Unicode.Scalar(body[end]).map(Character.init)
        if let final, let key = cursorAndFunctionKeys[final] { return .key(key) }
        switch final {
        case "Z": return .key(.backTab)
        case "~":
            switch first {
            case 1, 7: return .key(.home)
            case 4, 8: return .key(.end)
            case 2: return .key(.insert)
            case 3: return .key(.delete)
            case 5: return .key(.pageUp)
            case 6: return .key(.pageDown)
            case let n? where (11...15).contains(n): return .key(.function(n - 10))
            case let n? where (17...21).contains(n): return .key(.function(n - 11))
            case 23: return .key(.function(11))
            case 24: return .key(.function(12))
            default: return .unknown
            }
        default: return .unknown
        }
    }

    /// `ESC O final` (application cursor keys and F1–F4).
    private static func ss3(_ body: [UInt32]) -> Result {
        guard let final = body.first else { return .incomplete }
        guard body.count == 1 else { return .unknown }
        let character = Unicode.Scalar(final).map(Character.init)
        if let character, let key = cursorAndFunctionKeys[character] { return .key(key) }
        return character == "M" ? .key(.enter) : .unknown
    }

    /// The final characters that mean the same key after `ESC [` and after `ESC O`.
    private static let cursorAndFunctionKeys: [Character: Key] = [
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end,
        "P": .function(1), "Q": .function(2), "R": .function(3), "S": .function(4),
    ]
}
