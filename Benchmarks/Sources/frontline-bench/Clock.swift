#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock time for measurements (CLOCK_MONOTONIC).
enum Clock {
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Milliseconds `body` took.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = nanoseconds()
        try body()
        return Double(nanoseconds() - start) / 1_000_000
    }
}

/// A whole process: how long it ran and how much memory it peaked at.
struct ProcessRun {
    var milliseconds: Double
    var peakKilobytes: Int
    var status: Int32

    /// Runs `path` with `arguments` and `environment`, output to /dev/null.
    static func run(_ path: String, _ arguments: [String], environment: [String: String]) -> ProcessRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let start = Clock.nanoseconds()
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return ProcessRun(milliseconds: .nan, peakKilobytes: 0, status: 127) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return ProcessRun(milliseconds: Double(Clock.nanoseconds() - start) / 1_000_000, peakKilobytes: usage.ru_maxrss, status: status)
    }
}
