import Foundation
import FrontlineProcess

#if canImport(Glibc)
    import Glibc
#endif

/// Why a tmux session could not be used.
public struct TmuxError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }

    static let notInstalled = TmuxError(
        "tmux is not installed, and the board's end-to-end tests drive the real binary inside it: "
            + "install it (apt-get install tmux; .ci/run does this in CI). These tests fail rather than skip without it.")
}

/// A small driver for end-to-end tests in a real terminal: one tmux server of its own (`-L` socket
/// `frontline-e2e-<pid>-<n>`, `-f /dev/null`), so tests never touch the user's tmux and can run in
/// parallel. The server has one detached session `main` with one pane running a command through
/// `sh -c`, with a fixed environment (`env -i`). The pane stays on screen after its program exits
/// (`remain-on-exit`), so a crash's last words can still be captured.
///
/// Waiting is always for the program's output (`waitFor` polls `capture-pane`), never a fixed delay.
public final class TmuxSession: @unchecked Sendable {
    /// The `-L` socket name of this session's own server.
    public let socket: String
    /// The environment of the program in the pane (exactly this: `env -i`).
    public let environment: [String: String]
    /// The last screen `capture()` returned (what a failed wait shows).
    public private(set) var lastCapture = ""
    private var killed = false

    private static let counter = Counter()
    public static let path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

    /// The fixed environment of a pane: `PATH`, `HOME` and `TMPDIR` (the test's directory),
    /// `LANG=C.UTF-8`, `TERM=xterm-256color`; `overrides` replace or add to it.
    public static func environment(home: String, _ overrides: [String: String] = [:]) -> [String: String] {
        var env = ["PATH": path, "HOME": home, "TMPDIR": home, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(overrides) { $1 }
        return env
    }

    /// Starts a server and `new-session -d -x width -y height -s main` running `command` (a shell
    /// command line, run by `sh -c`) with `environment(home:overrides)`. No status line, so the pane
    /// is exactly `width`×`height`. Throws when tmux is missing or does not start.
    public init(_ command: String, width: Int = 100, height: Int = 30, home: String, environment overrides: [String: String] = [:]) throws {
        guard Binary.which("tmux") != nil else { throw TmuxError.notInstalled }
        socket = "frontline-e2e-\(getpid())-\(Self.counter.next())"
        environment = Self.environment(home: home, overrides)
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // One command list, so the options are set before the program can start (or end).
        let result = tmux(
            [
                "set-option", "-g", "status", "off", ";",
                "set-option", "-g", "remain-on-exit", "on", ";",
                "set-option", "-g", "history-limit", "0", ";",
                "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "main", "--",
                "env", "-i",
            ] + env + ["sh", "-c", command])
        guard result.code == 0 else {
            killed = true
            throw TmuxError("tmux new-session failed: \(result)")
        }
    }

    deinit { kill() }

    /// Ends the server and everything in it (idempotent).
    public func kill() {
        guard !killed else { return }
        killed = true
        _ = tmux(["kill-server"])
    }

    /// Runs one tmux command (list) on this session's server.
    @discardableResult
    public func tmux(_ arguments: [String]) -> Outcome {
        // tmux itself (client and server) runs in a clean UTF-8 environment; `-u` forces UTF-8 output.
        // The process runner starts it as a login shell would: tmux forks a long-lived server, which must get
        // default signal handling and none of the test's descriptors (`ChildProcess`).
        Outcome(
            ChildProcess.run(
                Binary.which("tmux") ?? "/usr/bin/tmux", ["-u", "-L", socket, "-f", "/dev/null"] + arguments,
                environment: ["PATH": Self.path, "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()]))
    }

    // MARK: Input

    /// Sends keys by tmux name: `Enter`, `Escape`, `Tab`, `Down`, `C-l`, `q`, `2`, ...
    public func sendKeys(_ keys: String...) {
        tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Sends text literally (`send-keys -l`), e.g. Chinese as an input method would deliver it.
    public func sendText(_ text: String) {
        tmux(["send-keys", "-t", "main", "-l", "--", text])
    }

    // MARK: The screen

    /// The visible screen as text, one line per row (`capture-pane -p`; trailing blanks trimmed).
    /// `joined`: lines the terminal wrapped are joined (`-J`).
    public func capture(joined: Bool = false) -> String {
        let text = tmux(["capture-pane", "-p", "-t", "main"] + (joined ? ["-J"] : [])).out
        lastCapture = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return lastCapture
    }

    /// The visible screen with its SGR attribute and colour sequences (`capture-pane -p -e`).
    public func captureWithEscapes() -> String {
        let text = tmux(["capture-pane", "-p", "-e", "-t", "main"]).out
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The rows of the screen (`capture()` split into lines).
    public func lines() -> [String] {
        capture().components(separatedBy: "\n")
    }

    /// Polls `capture()` about every 20 ms until `condition` holds on two captures in a row that are
    /// identical (so a screen caught halfway through an update does not count), and returns that
    /// screen; nil when `timeout` seconds pass first (`lastCapture` then holds the last screen seen,
    /// for the failure message). `escapes`: the condition gets `captureWithEscapes()` instead.
    public func waitFor(_ description: String, timeout: Double = 5, escapes: Bool = false, _ condition: (String) -> Bool) -> String? {
        var found: String?
        var previous: String?
        _ = Self.poll(timeout: timeout) {
            let screen = escapes ? captureWithEscapes() : capture()
            if escapes { lastCapture = screen }
            defer { previous = screen }
            if screen == previous && condition(screen) { found = screen }
            return found != nil
        }
        return found
    }

    /// Calls `condition` about every 20 ms until it holds (true) or `timeout` seconds pass (false).
    /// For waiting on another program (a file it writes, a screen it draws), never as a delay.
    public static func poll(timeout: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if condition() { return true }
            if Date() >= deadline { return false }
            usleep(20_000)
        }
    }

    /// Waits until the size of `file` (0 while it does not exist) has not changed for `quiet`
    /// seconds, i.e. the program has finished writing to it; returns that size, or nil after `timeout`.
    public static func settledSize(of file: String, quiet: Double = 0.25, timeout: Double = 5) -> Int? {
        var size = fileSize(file)
        var since = Date()
        var settled: Int?
        _ = poll(timeout: timeout) {
            let now = fileSize(file)
            if now != size {
                size = now
                since = Date()
            } else if Date().timeIntervalSince(since) >= quiet {
                settled = size
            }
            return settled != nil
        }
        return settled
    }

    /// The size of a file in bytes, 0 when it does not exist.
    public static func fileSize(_ file: String) -> Int {
        var st = stat()
        return stat(file, &st) == 0 ? Int(st.st_size) : 0
    }

    /// What a failed wait says: what was awaited and the screen at the end.
    public func timedOut(_ description: String, timeout: Double = 5) -> String {
        "timed out after \(timeout) s waiting for \(description); the screen was:\n\(lastCapture)"
    }

    // MARK: The window and the pane

    /// Resizes the window (and its only pane); the program gets SIGWINCH.
    public func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Appends everything the program writes to the terminal from now on to `file` (`pipe-pane -o`).
    public func pipeOutput(to file: String) {
        tmux(["pipe-pane", "-o", "-t", "main", "cat >> " + Self.shellQuoted(file)])
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`, `#{pane_width}`.
    public func display(_ format: String) -> String {
        tmux(["display-message", "-p", "-t", "main", format]).out.trimmingCharacters(in: .newlines)
    }

    /// Whether the pane's program has exited.
    public var paneDead: Bool { display("#{pane_dead}") == "1" }

    /// The program in the foreground of the pane (`sh`, `frontline`, ...).
    public var paneCurrentCommand: String { display("#{pane_current_command}") }

    /// `text` in single quotes for `sh`.
    public static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Numbers for socket names, unique within the process.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

/// A screen captured with `capture-pane -p -e`, read back into characters and their attributes.
///
/// tmux writes only the SGR changes from one cell to the next, also across line ends, so the state
/// is carried from row to row.
public struct StyledScreen: Sendable {
    /// The attributes of one character.
    public struct Attributes: Hashable, Sendable {
        public var bold = false
        public var dim = false
        public var underline = false
        public var reverse = false
        /// SGR colour parameters in force (`31`, `38;5;196`, ...), nil for the default colour.
        public var foreground: String?
        public var background: String?
        public init() {}
    }

    /// One character of a row (a double-width one counts once) with its attributes.
    public struct Character: Hashable, Sendable {
        public var text: Swift.Character
        public var attributes: Attributes
    }

    public var rows: [[Character]]
    /// Every SGR parameter list seen (`"0;1"`, `"38;5;1"`, ...), in order.
    public var sequences: [String]

    public init(_ escaped: String) {
        rows = []
        sequences = []
        var attributes = Attributes()
        for line in escaped.components(separatedBy: "\n") {
            var row: [Character] = []
            var scalars = Substring(line).unicodeScalars[...]
            while let scalar = scalars.first {
                scalars = scalars.dropFirst()
                if scalar == "\u{1B}", scalars.first == "[" {
                    // CSI parameters up to the final byte.
                    var parameters = ""
                    scalars = scalars.dropFirst()
                    while let p = scalars.first, !(0x40...0x7E).contains(p.value) {
                        parameters.unicodeScalars.append(p)
                        scalars = scalars.dropFirst()
                    }
                    let final = scalars.first
                    scalars = scalars.dropFirst()
                    if final == "m" {
                        sequences.append(parameters)
                        Self.apply(parameters, to: &attributes)
                    }
                    continue
                }
                row.append(Character(text: Swift.Character(scalar), attributes: attributes))
            }
            rows.append(row)
        }
    }

    /// The text of a row.
    public func text(_ row: Int) -> String { String(rows[row].map(\.text)) }

    /// Rows whose first column is drawn in reverse video (a selected line is reversed across the width).
    public var reversedRows: [Int] {
        rows.indices.filter { rows[$0].first?.attributes.reverse == true }
    }

    /// SGR parameter lists that set a colour: 30–37, 40–47, 90–97, 100–107, 38;… and 48;….
    public var colourSequences: [String] {
        sequences.filter { Self.setsColour($0) }
    }

    static func setsColour(_ parameters: String) -> Bool {
        let values = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var i = 0
        while i < values.count {
            let v = values[i]
            if (30...37).contains(v) || (40...47).contains(v) || (90...97).contains(v) || (100...107).contains(v) || v == 38 || v == 48 {
                return true
            }
            i += 1
        }
        return false
    }

    static func apply(_ parameters: String, to a: inout Attributes) {
        let values = parameters.isEmpty ? [0] : parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var i = 0
        while i < values.count {
            let v = values[i]
            switch v {
            case 0: a = Attributes()
            case 1: a.bold = true
            case 2: a.dim = true
            case 4: a.underline = true
            case 7: a.reverse = true
            case 22: a.bold = false; a.dim = false
            case 24: a.underline = false
            case 27: a.reverse = false
            case 30...37, 90...97: a.foreground = String(v)
            case 39: a.foreground = nil
            case 40...47, 100...107: a.background = String(v)
            case 49: a.background = nil
            case 38, 48:
                // 38;5;n or 38;2;r;g;b
                let count = values[safe: i + 1] == 5 ? 2 : values[safe: i + 1] == 2 ? 4 : 0
                let colour = values[i...min(values.count - 1, i + count)].map(String.init).joined(separator: ";")
                if v == 38 { a.foreground = colour } else { a.background = colour }
                i += count
            default: break
            }
            i += 1
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
