import Foundation
import FrontlineProcess

#if canImport(Glibc)
    import Glibc
#endif

/// The board in a real terminal for measuring: a tmux server of its own running one command, driven by key presses,
/// read by capture-pane, its output copied to a file by pipe-pane. Waiting is polling the screen, never a fixed delay.
final class BenchTerminal {
    private let socket: String

    /// Starts `command` (a shell command line) in a detached `width`×`height` pane with exactly `environment`.
    init(_ command: String, width: Int, height: Int, environment: [String: String]) throws {
        socket = "frontline-bench-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let env = environment.map { "\($0.key)=\($0.value)" }
        let started = tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", "env", "-i"] + env + ["sh", "-c", command])
        guard started.status == 0 else { throw BenchError("tmux new-session: \(started.output)") }
    }

    deinit { kill() }

    func kill() { _ = tmux(["kill-server"]) }

    /// Keys by tmux name (`Enter`, `j`).
    func sendKeys(_ keys: String...) { _ = tmux(["send-keys", "-t", "main"] + keys) }

    /// Text typed literally.
    func sendText(_ text: String) { _ = tmux(["send-keys", "-t", "main", "-l", text]) }

    /// The screen as text, or with its escape sequences (colours and attributes).
    func capture(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : [])).output
    }

    /// Copies everything the program writes to the terminal into `file`.
    func pipeOutput(to file: String) { _ = tmux(["pipe-pane", "-t", "main", "-o", "cat >> '\(file)'"]) }

    /// Polls the screen every 5 ms until `condition` holds; the screen then, or nil after `timeout` seconds.
    func waitFor(timeout: Double, escapes: Bool = false, _ condition: (String) -> Bool) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = capture(escapes: escapes)
            if condition(screen) { return screen }
            usleep(5_000)
        }
        return nil
    }

    private func tmux(_ arguments: [String]) -> (status: Int32, output: String) {
        let exit = ChildProcess.run(
            "/usr/bin/tmux", ["-L", socket, "-f", "/dev/null"] + arguments,
            environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()])
        return (exit.status, String(decoding: exit.out + exit.err, as: UTF8.self))
    }

    /// A command line word quoted for `sh`.
    static func quoted(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
