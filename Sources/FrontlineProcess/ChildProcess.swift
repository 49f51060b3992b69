import CFrontlineSys
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// Another program, started the way a login shell starts one, and what it left when it ended: the one process
/// runner of the tests, the benchmark and `--format pdf` (LibreOffice, the one program the product starts: `PDFConversion`).
///
/// - The child gets an empty signal mask and default signal actions. A test runs on a worker thread that blocks
///   most signals, and `posix_spawn` passes the thread's mask on: a tmux server and every program in its panes
///   would then never get SIGWINCH (no resize), SIGHUP or SIGTERM.
/// - The child gets no descriptors but 0, 1 and 2, so that a long-lived program it starts (a tmux server) holds
///   no other test's pipe open.
/// - Standard input is `/dev/null`, or the bytes given, from an unlinked temporary file: no pipe to fill, no
///   SIGPIPE when the child does not read it all.
/// - Standard output and error are read together as they come (`poll`), so a chatty child never blocks on a full
///   pipe; or they go to `/dev/null` (`.discard`), for timing a program alone.
public final class ChildProcess {
    /// What happens to the child's standard output and error.
    public enum Output: Sendable {
        case capture, discard
    }

    /// How the child ended, what it wrote, how long it ran and how much memory it peaked at.
    public struct Exit: Sendable, CustomStringConvertible {
        /// The exit status, or 128 + the signal's number when a signal ended it (as a shell reports it).
        public var status: Int32
        /// The signal that ended the child, if one did.
        public var signal: Int32?
        public var out: [UInt8]
        public var err: [UInt8]
        /// From the start to the end of the child, wall clock.
        public var milliseconds: Double
        /// The child's peak resident memory (`ru_maxrss`).
        public var peakKilobytes: Int

        public var signaled: Bool { signal != nil }

        public var description: String {
            "exit \(status)\(signaled ? " (signal)" : "")\nstdout: \(String(decoding: out, as: UTF8.self))\nstderr: \(String(decoding: err, as: UTF8.self))"
        }
    }

    public let pid: pid_t
    private var output: Descriptor?
    private var errors: Descriptor?
    private let startedNanoseconds: Int64
    private var ended: Exit?

    /// Runs `path` (an absolute path) with `arguments` and exactly `environment` to its end. A program that cannot be
    /// started ends with status 127 and the reason on its standard error, as a shell says it.
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String], input: [UInt8]? = nil,
        output: Output = .capture
    ) -> Exit {
        do {
            return try ChildProcess(path, arguments, environment: environment, input: input, output: output).wait()
        } catch {
            return Exit(status: 127, signal: nil, out: [], err: Array("cannot start \(path): \(error)".utf8), milliseconds: 0, peakKilobytes: 0)
        }
    }

    /// Starts `path` with `arguments` and exactly `environment`; `wait()` collects it.
    public init(
        _ path: String, _ arguments: [String], environment: [String: String], input: [UInt8]? = nil,
        output: Output = .capture
    ) throws(Errno) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Descriptor] = [], childEnds: [Descriptor] = []
        defer { childEnds.forEach { $0.close() } }

        if let input {
            let file = try ChildProcess.inputFile(input)
            childEnds.append(file)
            posix_spawn_file_actions_adddup2(&actions, file.raw, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        switch output {
        case .capture:
            for target: Int32 in [1, 2] {
                var ends: [Int32] = [-1, -1]
                guard pipe(&ends) == 0 else {
                    let failure = Errno.current
                    parentEnds.forEach { $0.close() }
                    throw failure
                }
                // Not inherited by what other threads start meanwhile (the child gets its end by dup2).
                for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
                parentEnds.append(Descriptor(ends[0]))
                childEnds.append(Descriptor(ends[1]))
                posix_spawn_file_actions_adddup2(&actions, ends[1], target)
            }
        case .discard:
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        _ = frontline_spawn_close_from(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        startedNanoseconds = ChildProcess.now()
        let started = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard started == 0 else {
            parentEnds.forEach { $0.close() }
            throw Errno(started)
        }
        self.pid = pid
        if output == .capture {
            self.output = parentEnds[0]
            errors = parentEnds[1]
        }
    }

    /// One never collected is collected here (waited for), so that no child is left a zombie.
    deinit {
        if ended == nil { _ = wait() }
    }

    /// Reads the child's output to its end, waits for it to end, and says how it ended (the same again when called
    /// twice).
    @discardableResult
    public func wait() -> Exit {
        if let ended { return ended }
        var collected: [[UInt8]] = [[], []]
        var open = [output, errors].enumerated().compactMap { index, fd in fd.map { (index, $0) } }
        while !open.isEmpty {
            var watched = open.map { pollfd(fd: $0.1.raw, events: Int16(POLLIN), revents: 0) }
            guard SystemCall.restarting({ poll(&watched, nfds_t(watched.count), -1) }) >= 0 else { break }
            for (slot, watch) in watched.enumerated().reversed() where watch.revents != 0 {
                let (index, fd) = open[slot]
                let bytes = (try? fd.readSome(count: 1 << 16)) ?? []
                if bytes.isEmpty {
                    fd.close()
                    open.remove(at: slot)
                } else {
                    collected[index] += bytes
                }
            }
        }
        open.forEach { $0.1.close() }
        output = nil
        errors = nil
        var status: Int32 = 0
        var usage = rusage()
        _ = SystemCall.restarting { wait4(pid, &status, 0, &usage) }
        let milliseconds = Double(ChildProcess.now() - startedNanoseconds) / 1_000_000
        let signal = status & 0x7F
        let exit = Exit(
            status: signal != 0 ? 128 + signal : (status >> 8) & 0xFF, signal: signal != 0 ? signal : nil,
            out: collected[0], err: collected[1], milliseconds: milliseconds, peakKilobytes: usage.ru_maxrss)
        ended = exit
        return exit
    }

    /// A file holding `bytes`, with no name (unlinked at once), read from its start.
    private static func inputFile(_ bytes: [UInt8]) throws(Errno) -> Descriptor {
        var template = Array("/tmp/frontline-input-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Errno.current }
        let file = Descriptor(fd)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        do throws(Errno) {
            try file.writeAll(bytes)
            try SystemCall.checked { lseek(fd, 0, SEEK_SET) }
        } catch {
            file.close()
            throw error
        }
        return file
    }

    /// CLOCK_MONOTONIC, in nanoseconds.
    private static func now() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
