#if canImport(Glibc)
    import Glibc
#endif

/// How every system call of the program is made: once more when a signal interrupted it (EINTR), so that no
/// caller has a loop of its own for that.
public enum SystemCall {
    /// Calls `body`, again while it fails with EINTR; returns its last result (-1 with `errno` set on failure).
    @inlinable
    public static func restarting<Result: BinaryInteger>(_ body: () -> Result) -> Result {
        while true {
            let result = body()
            if result != -1 || errno != EINTR { return result }
        }
    }

    /// Calls `body` as `restarting` does and throws the error when it fails (returns -1).
    @inlinable
    @discardableResult
    public static func checked<Result: BinaryInteger>(_ body: () -> Result) throws(Errno) -> Result {
        let result = restarting(body)
        guard result != -1 else { throw Errno.current }
        return result
    }
}
