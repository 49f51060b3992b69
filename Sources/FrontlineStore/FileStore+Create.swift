import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

extension FileStore {
    /// Creates a new store holding `board`; missing parent directories are made first.
    ///
    /// The directory is made by this call, or it is an empty directory of the caller's own that is not a link:
    /// a directory someone else made (and may have filled with links) is refused. Its mode is set through a
    /// descriptor, before anything is created in it.
    @discardableResult
    public static func create(at directory: String, board: Board, sharing: StoreSharing = .personal) throws -> FileStore {
        if case .guarded = sharing {
            guard getuid() == 0 && geteuid() == 0 else {
                throw StoreError.unsafeLocation(path: directory, reason: Phrase(.storeGuardedNeedsRoot))
            }
        }
        // Root makes a guarded store as root: with the store account's identity (asStore) the new files could not be
        // given the account's group, which the process is not in (fchown: EPERM), when the binary is set-user-ID.
        Privilege.dropPermanently()
        let path = normalized(directory)
        try makeParents(of: path, mode: sharing == .personal ? 0o700 : 0o755)
        let fd = try makeStoreDirectory(path)
        let mode: mode_t
        switch sharing {
        case .personal: mode = 0o700
        case .group(let gid):
            guard fchown(fd, uid_t.max, gid) == 0 else { close(fd); throw Posix.fail("create", path) }
            mode = 0o2770
        case .guarded(let owner, let group):
            guard fchown(fd, owner, group) == 0 else { close(fd); throw Posix.fail("create", path) }
            mode = 0o700
        }
        guard fchmod(fd, mode) == 0 else { close(fd); throw Posix.fail("create", path) }
        let files = try StoreDirectory(path: path, fd: fd, guarded: false)
        if case .guarded(let owner, let group) = sharing { files.ownerOfNewFiles = (owner, group) }
        try StoreLocation.check(path)
        _ = try files.subdirectory(FileStore.historyName, create: true)
        _ = try files.create(StoreLock.name)
        _ = try files.create(FileStore.journalName)
        try files.writeAtomically(BoardCodec.encode(board, journalHash: SHA256.genesis), as: snapshotName)
        do throws(StoreError) {
            try Posix.syncDirectory(Posix.directory(of: path))
        } catch {
            throw StoreError.unfinishedAfterRename(error)
        }
        return try FileStore(directory: path)
    }

    /// Makes the store's directory, or adopts an empty one of the caller's own; returns a descriptor of it.
    private static func makeStoreDirectory(_ path: String) throws(StoreError) -> Int32 {
        let made = mkdir(path, 0o700) == 0
        guard made || errno == EEXIST else { throw Posix.fail("create", path) }
        var st = stat()
        guard lstat(path, &st) == 0 else { throw Posix.fail("open", path) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw StoreError.unsafeLocation(
                path: path, reason: Phrase(.storeCreateNotADirectory))
        }
        if !made && lstat(path + "/" + snapshotName, &st) == 0 { throw StoreError.exists(path: path) }
        guard made || st.st_uid == geteuid() else {
            throw StoreError.unsafeLocation(
                path: path, reason: Phrase(.storeCreateOtherOwner, "\(st.st_uid)")
            )
        }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { throw Posix.fail("open", path) }
        if !made {
            // Look, close it to everyone else, and look again: nothing can be added after the second look.
            guard try leftByInit(path, fd) else { close(fd); throw notEmpty(path) }
            guard fchmod(fd, 0o700) == 0 else { close(fd); throw Posix.fail("create", path) }
            guard try leftByInit(path, fd) else { close(fd); throw notEmpty(path) }
            clearLeftovers(fd)
        }
        return fd
    }

    /// Whether the directory is empty, or holds only what an `init` that failed part-way leaves: the empty `lock`,
    /// `journal.jsonl` and `history/` it makes before the snapshot, and temp files. Running init again finishes it.
    private static func leftByInit(_ path: String, _ fd: Int32) throws(StoreError) -> Bool {
        let directory = try StoreDirectory(path: path, fd: dup(fd), guarded: false)
        for name in try directory.names() {
            var st = stat()
            guard fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0, st.st_uid == geteuid() else { return false }
            let type = st.st_mode & S_IFMT
            switch name {
            case StoreLock.name, journalName: guard type == S_IFREG && st.st_size == 0 && st.st_nlink == 1 else { return false }
            case historyName: guard type == S_IFDIR, try directory.subdirectory(name, create: false)?.names().isEmpty == true else { return false }
            default: guard type == S_IFREG && st.st_nlink == 1 && StoreLayout.isTemporary(name) else { return false }
            }
        }
        return true
    }

    private static func clearLeftovers(_ fd: Int32) {
        for name in [StoreLock.name, journalName] { unlinkat(fd, name, 0) }
        unlinkat(fd, historyName, AT_REMOVEDIR)
        if let directory = try? StoreDirectory(path: "", fd: dup(fd), guarded: false) {
            for name in (try? directory.names()) ?? [] where StoreLayout.isTemporary(name) { unlinkat(fd, name, 0) }
        }
    }

    private static func notEmpty(_ path: String) -> StoreError {
        .unsafeLocation(path: path, reason: Phrase(.storeCreateNotEmpty))
    }

    /// Makes the missing directories above `path` (like `mkdir -p`), each with `mode`.
    static func makeParents(of path: String, mode: mode_t) throws(StoreError) {
        var missing: [String] = []
        var parent = Posix.directory(of: path)
        var st = stat()
        while parent != "/" && parent != "." && stat(parent, &st) != 0 {
            guard errno == ENOENT else { throw Posix.fail("open", parent) }
            missing.append(parent)
            parent = Posix.directory(of: parent)
        }
        for directory in missing.reversed() {
            guard mkdir(directory, mode) == 0 || errno == EEXIST else { throw Posix.fail("create", directory) }
        }
    }
}
