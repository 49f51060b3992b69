#if canImport(Glibc)
    import Glibc
#endif

/// Who may reach a new store's files.
public enum StoreSharing: Equatable, Sendable {
    /// One account's store: directory 0700, files 0600, whatever the umask.
    case personal
    /// A group store (`init --group`): setgid directory 2770, files 0660; every member can write the files.
    case group(gid_t)
    /// A guarded store (`init --guarded`, by root): owned by the store account, 0700/0600, reached only through
    /// the set-user-ID binary.
    case guarded(owner: uid_t, group: gid_t)
}
