import Foundation
import FrontlineProcess
import FrontlineSystem
import Testing

/// The one process runner (`ChildProcess`) that the tests and the benchmark start programs with.
struct ChildProcessTests {
    static let environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    func shell(_ script: String, input: [UInt8]? = nil, output: ChildProcess.Output = .capture) -> ChildProcess.Exit {
        ChildProcess.run("/bin/sh", ["-c", script], environment: Self.environment, input: input, output: output)
    }

    @Test func outputErrorsAndStatusComeBackApart() {
        let exit = shell("printf 'out 一线'; printf 'err' >&2; exit 3")
        #expect(exit.status == 3)
        #expect(!exit.signaled)
        #expect(String(decoding: exit.out, as: UTF8.self) == "out 一线")
        #expect(String(decoding: exit.err, as: UTF8.self) == "err")
    }

    @Test func aChildThatFillsBothPipesNeverBlocks() {
        // Far more than a pipe holds, on both streams: read together, neither can stall the other.
        let exit = shell("head -c 400000 /dev/zero; head -c 300000 /dev/zero >&2; head -c 400000 /dev/zero")
        #expect(exit.status == 0)
        #expect(exit.out.count == 800_000)
        #expect(exit.err.count == 300_000)
    }

    @Test func inputLargerThanAPipeReachesTheChild() {
        let input = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let exit = ChildProcess.run("/bin/cat", [], environment: Self.environment, input: input)
        #expect(exit.status == 0)
        #expect(exit.out == input)
    }

    @Test func aChildThatReadsNoInputEndsNormally() {
        let exit = shell("exit 0", input: Array(repeating: 65, count: 1 << 20))
        #expect(exit.status == 0)
    }

    @Test func aSignalIsReportedAsAShellReportsIt() {
        let exit = shell("kill -KILL $$")
        #expect(exit.signaled)
        #expect(exit.signal == SIGKILL)
        #expect(exit.status == 128 + SIGKILL)
    }

    @Test func theChildStartsCleanWhateverThisThreadBlocksOrHolds() throws {
        // This thread blocks a signal, and a descriptor is open without close-on-exec: neither reaches the child.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGUSR1)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let leaked = open("/dev/null", O_RDONLY)
        defer { close(leaked) }
        try #require(leaked > 2)

        // grep reads its own status: the mask it was started with.
        let status = ChildProcess.run("/bin/grep", ["SigBlk", "/proc/self/status"], environment: Self.environment)
        #expect(String(decoding: status.out, as: UTF8.self) == "SigBlk:\t0000000000000000\n")
        // The shell's builtin `test` looks at the shell's own descriptors.
        let descriptors = shell("for fd in 0 1 2 \(leaked); do test -e /proc/self/fd/$fd && echo $fd; done")
        #expect(String(decoding: descriptors.out, as: UTF8.self) == "0\n1\n2\n", "only standard input, output and error are open")
    }

    @Test func standardInputIsEmptyWhenNoneIsGiven() {
        let exit = shell("wc -c")
        #expect(String(decoding: exit.out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aProgramThatCannotStartEndsWith127AndSaysWhy() {
        let exit = ChildProcess.run("/nonexistent/frontline-no-such-program", [], environment: Self.environment)
        #expect(exit.status == 127)
        #expect(String(decoding: exit.err, as: UTF8.self).contains("no such file or directory"))
    }

    @Test func aDiscardedRunStillSaysHowLongItRanAndItsPeakMemory() {
        let exit = shell("head -c 100000 /dev/zero", output: .discard)
        #expect(exit.status == 0)
        #expect(exit.out.isEmpty && exit.err.isEmpty)
        #expect(exit.milliseconds > 0)
        #expect(exit.peakKilobytes > 0)
    }

    @Test func startedProcessesRunAtOnceAndAreCollectedLater() throws {
        // Each waits for the next to have started: they can only all finish if they all run together.
        let directory = NSTemporaryDirectory() + "/frontline-children-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let children = try (0..<4).map { n in
            try ChildProcess(
                "/bin/sh", ["-c", "touch \(directory)/\(n); while [ ! -e \(directory)/\((n + 1) % 4) ]; do :; done"],
                environment: Self.environment, output: .discard)
        }
        #expect(children.map { $0.wait().status } == [0, 0, 0, 0])
    }
}
