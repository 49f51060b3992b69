import CFrontlineSys
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// The set-user-ID identity of an installed binary, taken only for the system calls that touch a guarded store.
///
/// Installed from the Debian package, `/usr/bin/frontline` is set-user-ID to the `frontline` account that
/// owns guarded stores. `start()` runs first and gives that identity up at once (the effective uid becomes
/// the real one), keeping it only as the saved uid. `asStore` takes it back for one store system call
/// (open, create, rename, remove, stat inside a guarded store) and gives it up again before returning;
/// reading and writing already-open descriptors, the terminal, import files, exports and reports all run
/// as the real user. The first store that is not guarded ends the privilege for good
/// (`dropPermanently`). Every step is checked, and a failed one ends the process: it never goes on with
/// an identity it did not mean to have (fail closed). Who the user is comes from the real uid alone.
public enum Privilege {
    /// The account this binary is set-user-ID to, while the process can still take it; nil otherwise.
    public static var storeUid: uid_t? { state.storeUid }

    private struct State {
        var storeUid: uid_t?
        /// The exit status of a failed change of identity (the command line's to choose).
        var failureStatus: Int32 = 1
    }

    // Set once at start-up on the main thread, before any other thread exists; read afterwards.
    nonisolated(unsafe) private static var state = State()

    /// Gives up the set-user-ID identity at once, keeping it as the saved uid for `asStore`. Call first thing.
    ///
    /// Also makes sure descriptors 0–2 are open (so no store file can be opened as standard output) and
    /// that the process cannot be dumped or traced by the user while it holds store descriptors. Should any
    /// change of identity fail, now or later, the process ends at once with `failureStatus`.
    public static func start(failureStatus: Int32) {
        state.failureStatus = failureStatus
        let real = getuid(), effective = geteuid()
        guard real != effective else { return }
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) < 0 {
            guard open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY) == fd else { fatal("cannot open /dev/null as descriptor \(fd)") }
        }
        guard frontline_set_not_dumpable() == 0 else { fatal("prctl(PR_SET_DUMPABLE) failed") }
        guard frontline_setresuid(uid_t.max, real, effective) == 0, geteuid() == real else { fatal("cannot give up the set-user-ID identity") }
        state.storeUid = effective
    }

    /// Runs one store system call as the store's account when the process has it; otherwise as it is.
    @inline(__always)
    static func asStore<T>(_ body: () throws -> T) rethrows -> T {
        guard let uid = state.storeUid else { return try body() }
        guard frontline_setresuid(uid_t.max, uid, uid_t.max) == 0, geteuid() == uid else { fatal("cannot take the store's identity") }
        defer {
            let real = getuid()
            guard frontline_setresuid(uid_t.max, real, uid_t.max) == 0, geteuid() == real else { fatal("cannot give up the store's identity") }
        }
        return try body()
    }

    /// Ends the set-user-ID identity for the rest of the process: real, effective and saved uid all become the user's.
    public static func dropPermanently() {
        guard state.storeUid != nil else { return }
        let real = getuid()
        guard frontline_setresuid(real, real, real) == 0 else { fatal("cannot give up the set-user-ID identity") }
        var r: uid_t = 0, e: uid_t = 0, s: uid_t = 0
        guard frontline_getresuid(&r, &e, &s) == 0, r == real, e == real, s == real else { fatal("the set-user-ID identity is still held") }
        state.storeUid = nil
    }

    /// Whether `path` is a guarded store this process may open with the store's identity: a directory owned
    /// by the account the binary is set-user-ID to. When it is not, the privilege ends here for good.
    static func isGuardedStore(_ path: String) -> Bool {
        guard let uid = state.storeUid else { return false }
        var st = stat()
        // As the user first; a guarded store may sit in a directory only the store's account can search.
        var found = stat(path, &st) == 0
        if !found && errno == EACCES { found = asStore { stat(path, &st) } == 0 }
        if found && (st.st_mode & S_IFMT) == S_IFDIR && st.st_uid == uid { return true }
        dropPermanently()
        return false
    }

    private static func fatal(_ what: String) -> Never {
        let text = "frontline: \(what) (\(Errno.current.name)); stopping without touching any store\n"
        try? Descriptor.standardError.writeAll(Array(text.utf8))
        _exit(state.failureStatus)
    }
}
