import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The store's `flock` on its `lock` file, a file that is never renamed or replaced.
///
/// Readers take it shared, writers exclusive. Kernel locks vanish with the process, so a killed session
/// never leaves a stale lock. The file is opened read-only (`flock` needs no more) and never chmodded:
/// reading a store changes nothing in it. A store without a lock file gets one from its first writer;
/// a reader that finds none, or may not open it (a read-only copy such as the bundled sample), reads unlocked.
final class StoreLock {
    let path: String
    private let directory: StoreDirectory
    private var file: StoreFile?
    /// How long a save waits for colleagues before giving up with exit code 75.
    static let timeoutSeconds = 15
    static let name = "lock"

    init(in directory: StoreDirectory) throws(StoreError) {
        self.directory = directory
        path = directory.pathOf(StoreLock.name)
        file = try StoreLock.open(in: directory, creating: false)
    }

    private static func open(in directory: StoreDirectory, creating: Bool) throws(StoreError) -> StoreFile? {
        do {
            if let file = try directory.open(name, .read) { return file }
            return creating ? try directory.create(name) : nil
        } catch {
            // A reader that may not open the lock (a read-only copy) reads unlocked.
            guard !creating, case .io(_, _, let errno) = error, errno.code == EACCES || errno.code == EPERM else { throw error }
            return nil
        }
    }

    /// Runs `body` holding the lock; waits up to `timeoutSeconds` for it, or not at all when `waiting` is
    /// false (then a held lock throws `lockTimeout` with 0 seconds at once: the board's poll never freezes).
    ///
    /// Once held, the lock must still be the file named `lock`: if someone replaced it meanwhile, a lock on the
    /// old file would exclude nobody, so the new one is opened (and checked like any store file) and locked instead.
    func withLock<T>(exclusive: Bool, waiting: Bool = true, _ body: () throws -> T) throws -> T {
        if exclusive && file == nil { file = try StoreLock.open(in: directory, creating: true) }
        while let held = file {
            try acquire(held.fd, exclusive: exclusive, waiting: waiting)
            if isCurrent(held) {
                defer { StoreLock.lock(held.fd, LOCK_UN) }
                return try body()
            }
            StoreLock.lock(held.fd, LOCK_UN)
            file = try StoreLock.open(in: directory, creating: exclusive)
        }
        return try body()
    }

    /// Whether the open lock file is the one the directory names `lock` now.
    private func isCurrent(_ held: StoreFile) -> Bool {
        var st = stat()
        guard fstat(held.fd, &st) == 0, let named = directory.signature(StoreLock.name) else { return false }
        return named.inode == UInt64(st.st_ino)
    }

    /// Whether a writer holds the lock now (a reader would have to wait), without waiting.
    func isBusy() -> Bool {
        guard let fd = file?.fd else { return false }
        guard StoreLock.lock(fd, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        StoreLock.lock(fd, LOCK_UN)
        return false
    }

    /// Whether the lock could be taken now (exclusively for a save), without keeping it.
    func isFree(exclusive: Bool) -> Bool {
        guard let fd = file?.fd else { return true }
        guard StoreLock.lock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 else { return false }
        StoreLock.lock(fd, LOCK_UN)
        return true
    }

    private func acquire(_ fd: Int32, exclusive: Bool, waiting: Bool = true) throws(StoreError) {
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        var waitedNanoseconds = 0
        var pause = 1_000_000
        while StoreLock.lock(fd, operation) != 0 {
            guard errno == EWOULDBLOCK else { throw Posix.fail("lock", path) }
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

    /// `flock`, made again when a signal interrupts it.
    @discardableResult
    private static func lock(_ fd: Int32, _ operation: Int32) -> Int32 {
        SystemCall.restarting { flock(fd, operation) }
    }
}
