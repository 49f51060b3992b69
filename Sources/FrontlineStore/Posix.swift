import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// System calls on paths outside a store's files, each failure reported as a `StoreError.io` naming the file.
///
/// The store's own files are reached only through `StoreDirectory` and `StoreFile`; the loops (EINTR, short
/// writes) and the errno names are the system-call layer's (`FrontlineSystem`).
enum Posix {
    /// The system call that just failed, as a store error about `path`.
    static func fail(_ operation: String, _ path: String) -> StoreError {
        .io(operation: operation, path: path, errno: .current)
    }

    /// The same for an error already caught.
    static func fail(_ operation: String, _ path: String, _ error: Errno) -> StoreError {
        .io(operation: operation, path: path, errno: error)
    }

    /// A small system file (e.g. /proc/self/mounts, at most 16 MiB), or nil when it cannot be read.
    static func readSystemFile(_ path: String) -> [UInt8]? {
        try? Descriptor.contents(of: path, limit: 1 << 24)
    }

    static func syncDirectory(_ path: String) throws(StoreError) {
        let directory: Descriptor
        do { directory = try Descriptor.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } catch { throw fail("open", path, error) }
        defer { directory.close() }
        do { try directory.sync() } catch { throw fail("fsync", path, error) }
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Size, inode and modification time: enough to notice that a file changed, without reading it.
    struct Signature: Equatable {
        var inode: UInt64
        var size: Int
        var modified: Int

        init(_ st: stat) {
            inode = UInt64(st.st_ino)
            size = Int(st.st_size)
            modified = Int(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(st.st_mtim.tv_nsec)
        }
    }
}
