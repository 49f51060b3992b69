#if canImport(Glibc)
import Glibc
#endif

/// The store's `flock` on its `lock` file, a file that is never renamed or replaced.
///
/// Readers take it shared, writers exclusive. Kernel locks vanish with the process, so a
/// killed session never leaves a stale lock.
final class StoreLock {
    let path: String
    private let fd: Int32
    /// How long a save waits for colleagues before giving up with exit code 75.
    static let timeoutSeconds = 15

    init(path: String) throws(StoreError) {
        self.path = path
        var fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, Posix.fileMode)
        if fd < 0 && (errno == EACCES || errno == EROFS) {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        }
        guard fd >= 0 else { throw Posix.fail("open", path) }
        var st = stat()
        if fstat(fd, &st) == 0 && st.st_mode & 0o777 != Posix.fileMode && st.st_uid == geteuid() {
            fchmod(fd, Posix.fileMode)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Runs `body` holding the lock; waits up to `timeoutSeconds` for it, or not at all when `waiting` is
    /// false (then a held lock throws `lockTimeout` with 0 seconds at once).
    func withLock<T>(exclusive: Bool, waiting: Bool = true, _ body: () throws -> T) throws -> T {
        try acquire(exclusive: exclusive, waiting: waiting)
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Whether the lock could be taken now (exclusively for a save), without keeping it.
    func isFree(exclusive: Bool) -> Bool {
        guard flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 else { return false }
        flock(fd, LOCK_UN)
        return true
    }

    private func acquire(exclusive: Bool, waiting: Bool = true) throws(StoreError) {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        var waitedNanoseconds = 0
        var pause = 1_000_000
        while flock(fd, operation) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw Posix.fail("lock", path) }
            guard waiting else { throw .lockTimeout(path: path, seconds: 0) }
            guard waitedNanoseconds < StoreLock.timeoutSeconds * 1_000_000_000 else {
                throw .lockTimeout(path: path, seconds: StoreLock.timeoutSeconds)
            }
            var delay = timespec(tv_sec: 0, tv_nsec: pause)
            nanosleep(&delay, nil)
            waitedNanoseconds += pause
            pause = min(pause * 2, 5_000_000)
        }
    }
}
