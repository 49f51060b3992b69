#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Checks made before curses is touched: a usable `TERM` and real terminals on stdin and stdout.
enum Preflight {
    /// The `TERM` to open, or the reason not to start. `TERM` is checked first, so the result
    /// for an unset or `dumb` `TERM` does not depend on where the process runs.
    static func check(environment: [String: String], inputFD: Int32 = 0, outputFD: Int32 = 1) throws(TerminalError) -> String {
        guard let term = environment["TERM"], !term.isEmpty else { throw .dumbTerminal(term: nil) }
        if term == "dumb" { throw .dumbTerminal(term: term) }
        guard isTerminal(fd: inputFD) else { throw .notATerminal(.standardInput) }
        guard isTerminal(fd: outputFD) else { throw .notATerminal(.standardOutput) }
        return term
    }

    /// Whether the file descriptor is a terminal (false for pipes, files, `/dev/null`, closed fds).
    static func isTerminal(fd: Int32) -> Bool {
        isatty(fd) == 1
    }
}
