import CFrontlineSys
import FrontlineCore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// A store directory opened once: every name in it is reached relative to this descriptor, never through a link.
///
/// In a group store every member can write the directory, so any name may have been replaced by a link to a
/// colleague's file, a FIFO, a device or someone else's file. So (as OpenSSH and Postfix do with files
/// others can touch): names are opened with `O_NOFOLLOW | O_NONBLOCK`; what was opened is checked with
/// `fstat` (a regular file with one link, belonging to the store's owner or, in a group store, its group);
/// files are created only with `O_EXCL`, temporary ones under unpredictable names; only a file this process
/// has just created is ever chmodded; and anything else found in the directory stops the program with a
/// message naming it. In a guarded store each call that resolves a name runs as the store's account
/// (`Privilege.asStore`) and nothing else does.
final class StoreDirectory {
    let path: String
    let fd: Int32
    /// The directory's owner and group.
    let owner: uid_t
    let group: gid_t
    /// A group store: a setgid directory whose members' files belong to its group.
    let isShared: Bool
    /// Only its owner can enter it (0700): a personal or guarded store as `init` makes them.
    let isPrivate: Bool
    /// A guarded store: reached only through the set-user-ID binary, as the store's account.
    let isGuarded: Bool
    /// While root creates a guarded store: the account and group every new file is given.
    var ownerOfNewFiles: (uid: uid_t, gid: gid_t)?

    /// Files are 0660 in a group store (members read and write them), else 0600.
    var fileMode: mode_t { isShared ? 0o660 : 0o600 }

    /// Opens the directory at `path` (links in the path itself are the administrator's choice and are followed).
    convenience init(path: String, guarded: Bool) throws(StoreError) {
        let fd = Privilege.asStore { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw Posix.fail("open", path) }
        try self.init(path: path, fd: fd, guarded: guarded)
    }

    /// Takes over `fd`, an open directory.
    init(path: String, fd: Int32, guarded: Bool) throws(StoreError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw Posix.fail("open", path)
        }
        self.path = path
        self.fd = fd
        owner = st.st_uid
        group = st.st_gid
        isShared = st.st_mode & S_ISGID != 0
        isPrivate = st.st_mode & 0o077 == 0
        isGuarded = guarded
        if guarded && (st.st_mode & 0o077 != 0 || Privilege.storeUid.map({ $0 != st.st_uid }) ?? false) {
            throw .unsafeEntry(
                path: path, reason: Phrase(.storeGuardedMode, "\(String(st.st_mode & 0o7777, radix: 8))"))
        }
    }

    deinit { close(fd) }

    func pathOf(_ name: String) -> String { path + "/" + name }

    // MARK: Opening

    enum Access {
        case read, append, write

        var flags: Int32 {
            switch self {
            case .read: O_RDONLY
            case .append: O_WRONLY | O_APPEND
            case .write: O_RDWR
            }
        }
    }

    /// Opens an existing regular file of the store; nil when there is none by that name.
    func open(_ name: String, _ access: Access) throws(StoreError) -> StoreFile? {
        let fd = Privilege.asStore { openat(self.fd, name, access.flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw refusal(name, errno: errno)
        }
        return try checked(name, fd: fd)
    }

    /// Creates a new file that must not exist yet, with the store's file mode.
    func create(_ name: String) throws(StoreError) -> StoreFile {
        let fd = Privilege.asStore { openat(self.fd, name, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, fileMode) }
        guard fd >= 0 else { throw Posix.fail("create", pathOf(name)) }
        let file = StoreFile(path: pathOf(name), fd: fd, size: 0)
        // Only the file's owner (the store account, in a guarded store) may set its mode.
        let made = Privilege.asStore { fchmod(fd, fileMode) == 0 && ownerOfNewFiles.map({ fchown(fd, $0.uid, $0.gid) == 0 }) ?? true }
        guard made else {
            let failure = Posix.fail("create", pathOf(name))
            remove(name)
            throw failure
        }
        return file
    }

    /// Creates a temporary file `<name>.tmp-<pid>-<random>` that nobody could have guessed in advance.
    func createTemporary(for name: String) throws(StoreError) -> (name: String, file: StoreFile) {
        let temporary = "\(name).tmp-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 16))"
        return (temporary, try create(temporary))
    }

    /// Opens a subdirectory (`history`), creating it when asked; it must be a real directory of the store's owner or group.
    func subdirectory(_ name: String, create: Bool) throws(StoreError) -> StoreDirectory? {
        if create {
            let mode: mode_t = isShared ? 0o2770 : 0o700
            if Privilege.asStore({ mkdirat(fd, name, mode) }) == 0 {
                // Set the mode exactly (mkdir applies the umask) on the directory just made, through a descriptor.
                let made = Privilege.asStore { openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
                let set =
                    made >= 0 && Privilege.asStore { fchmod(made, mode) == 0 && ownerOfNewFiles.map({ fchown(made, $0.uid, $0.gid) == 0 }) ?? true }
                guard set else {
                    if made >= 0 { close(made) }
                    throw Posix.fail("create", pathOf(name))
                }
                close(made)
            } else if errno != EEXIST {
                throw Posix.fail("create", pathOf(name))
            }
        }
        let sub = Privilege.asStore { openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) }
        if sub < 0 {
            if errno == ENOENT { return nil }
            throw refusal(name, errno: errno)
        }
        var st = stat()
        guard fstat(sub, &st) == 0 else {
            close(sub)
            throw Posix.fail("open", pathOf(name))
        }
        guard belongs(st) else {
            close(sub)
            throw foreign(name, st)
        }
        let directory = try StoreDirectory(path: pathOf(name), fd: sub, guarded: isGuarded)
        directory.ownerOfNewFiles = ownerOfNewFiles
        return directory
    }

    /// Writes a file atomically: a temp file of an unguessable name, fsync, rename over `name`, fsync the directory.
    /// The temp file never outlives a failure; a failure after the rename says the new file is in place.
    func writeAtomically(_ bytes: [UInt8], as name: String) throws(StoreError) {
        let (temporary, file) = try createTemporary(for: name)
        do {
            try file.writeAll(bytes)
            try file.sync()
            try rename(temporary, over: name)
        } catch {
            remove(temporary)
            throw error
        }
        do {
            try sync()
        } catch {
            throw StoreError.unfinishedAfterRename(error)
        }
    }

    // MARK: Changing names

    /// Renames `name` over `target` in this directory (the atomic replace of a snapshot).
    func rename(_ name: String, over target: String) throws(StoreError) {
        guard Privilege.asStore({ renameat(fd, name, fd, target) }) == 0 else { throw Posix.fail("rename", pathOf(target)) }
    }

    /// Moves `name` to `target` in `other` without ever replacing a file already there.
    func move(_ name: String, to target: String, in other: StoreDirectory) throws(StoreError) {
        guard Privilege.asStore({ frontline_rename_noreplace(fd, name, other.fd, target) }) == 0 else {
            throw Posix.fail("rename", other.pathOf(target))
        }
    }

    /// Removes a name (never what a link points to).
    func remove(_ name: String) {
        _ = Privilege.asStore { unlinkat(fd, name, 0) }
    }

    /// Makes the directory's entries durable.
    func sync() throws(StoreError) {
        do { try Descriptor(fd).sync() } catch { throw Posix.fail("fsync", path, error) }
    }

    // MARK: Looking

    /// Size, inode and modification time of a name (not followed): enough to notice that a file changed.
    func signature(_ name: String) -> Posix.Signature? {
        var st = stat()
        guard Privilege.asStore({ fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) }) == 0 else { return nil }
        return Posix.Signature(st)
    }

    /// The names in the directory, without . and ..
    func names() throws(StoreError) -> [String] {
        // fdopendir takes over the descriptor it is given: give it a copy, rewound.
        let copy = Privilege.asStore { openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard copy >= 0, let dir = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw Posix.fail("read", path)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The kind of thing a name is, without following it.
    func kind(of name: String) -> mode_t? {
        var st = stat()
        guard Privilege.asStore({ fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) }) == 0 else { return nil }
        return st.st_mode & S_IFMT
    }

    // MARK: Checks

    /// Whether a file or directory belongs to the store: its owner's, or (in a group store) its group's.
    private func belongs(_ st: stat) -> Bool {
        st.st_uid == owner || (isShared && st.st_gid == group)
    }

    /// The opened descriptor, if it is one of the store's regular files; closes it and refuses otherwise.
    private func checked(_ name: String, fd: Int32) throws(StoreError) -> StoreFile {
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw Posix.fail("open", pathOf(name))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw StoreDirectory.notAFile(pathOf(name), st.st_mode & S_IFMT)
        }
        guard st.st_nlink == 1 else {
            close(fd)
            throw .unsafeEntry(
                path: pathOf(name), reason: Phrase(.storeHardLinks, "\(st.st_nlink)"))
        }
        guard belongs(st) else {
            close(fd)
            throw foreign(name, st)
        }
        // Regular files ignore O_NONBLOCK; clear it anyway so that nothing later depends on it.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return StoreFile(path: pathOf(name), fd: fd, size: Int(st.st_size))
    }

    private func refusal(_ name: String, errno code: Int32) -> StoreError {
        switch code {
        case ELOOP: StoreDirectory.notAFile(pathOf(name), S_IFLNK)
        case ENXIO: StoreDirectory.notAFile(pathOf(name), S_IFIFO)
        case ENOTDIR: StoreDirectory.notAFile(pathOf(name), kind(of: name) ?? S_IFREG)
        default: .io(operation: "open", path: pathOf(name), errno: Errno(code))
        }
    }

    private func foreign(_ name: String, _ st: stat) -> StoreError {
        .unsafeEntry(
            path: pathOf(name),
            reason: Phrase(
                isShared ? .storeForeignOwnerOrGroup : .storeForeignOwner, "\(st.st_uid)", "\(st.st_gid)", "\(owner)", "\(group)"))
    }

    static func notAFile(_ path: String, _ type: mode_t) -> StoreError {
        let what: TextKey =
            switch type {
            case S_IFLNK: .storeFileTypeLink
            case S_IFIFO: .storeFileTypeFIFO
            case S_IFDIR: .storeFileTypeDirectory
            case S_IFCHR, S_IFBLK: .storeFileTypeDevice
            case S_IFSOCK: .storeFileTypeSocket
            default: .storeFileTypeSpecial
            }
        return .unsafeEntry(path: path, reason: Phrase(.storeNotARegularFile, .key(what)))
    }
}
