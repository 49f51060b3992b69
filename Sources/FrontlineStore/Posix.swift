#if canImport(Glibc)
import Glibc
#endif

/// The few system calls the store makes, each failure reported as a `StoreError.io` naming the file.
///
/// Nothing here retries an fsync on the same descriptor: a failed fsync means the save failed.
enum Posix {
    static let fileMode: mode_t = 0o660

    static func fail(_ operation: String, _ path: String) -> StoreError {
        .io(operation: operation, path: path, errno: errno)
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The whole file, or nil when it does not exist.
    static func read(_ path: String, from offset: Int = 0) throws(StoreError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw fail("open", path)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail("read", path) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(max(0, Int(st.st_size) - offset))
        var position = off_t(offset)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, position) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("read", path)
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            position += off_t(n)
        }
        return bytes
    }

    /// Writes a file atomically: temp file in the same directory, mode 0660, fsync, rename, fsync directory.
    /// The temp file never outlives a failure.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let directory = Posix.directory(of: path)
        let temp = "\(path).tmp-\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw fail("create", temp) }
        do throws(StoreError) {
            guard fchmod(fd, fileMode) == 0 else { throw fail("create", temp) }
            try writeAll(fd, bytes, path: temp)
            guard fsync(fd) == 0 else { throw fail("fsync", temp) }
            guard close(fd) == 0 else {
                unlink(temp)
                throw fail("write", temp)
            }
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        guard rename(temp, path) == 0 else {
            let failure = fail("rename", path)
            unlink(temp)
            throw failure
        }
        do {
            try syncDirectory(directory)
        } catch {
            throw StoreError.unfinishedAfterRename(error)
        }
    }

    /// Appends one complete record with a single `write`, then fsyncs; on failure the file is cut back.
    static func append(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw fail("open", path) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw fail("open", path) }
        if st.st_mode & 0o777 != fileMode && st.st_uid == geteuid() { fchmod(fd, fileMode) }
        let before = st.st_size
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written != bytes.count {
            // A short write means the device filled up part-way.
            let failure = written < 0 ? fail("write", path) : StoreError.io(operation: "write", path: path, errno: ENOSPC)
            ftruncate(fd, before)
            throw failure
        }
        if fsync(fd) != 0 {
            let failure = fail("fsync", path)
            ftruncate(fd, before)
            throw failure
        }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("write", path)
            }
            offset += n
        }
    }

    static func syncDirectory(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw fail("open", path) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw fail("fsync", path) }
    }

    /// Cuts a file to `length` bytes and fsyncs it.
    static func truncate(_ path: String, to length: Int) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw fail("open", path) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(length)) == 0 else { throw fail("truncate", path) }
        guard fsync(fd) == 0 else { throw fail("fsync", path) }
    }

    static func makeDirectory(_ path: String, mode: mode_t) throws(StoreError) {
        guard mkdir(path, mode) == 0 || errno == EEXIST else { throw fail("create", path) }
        chmod(path, mode)
    }

    /// The names in a directory (without . and ..), or none when it cannot be read.
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
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
    }

    static func signature(_ path: String) -> Signature? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Signature(inode: UInt64(st.st_ino), size: Int(st.st_size),
                         modified: Int(st.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(st.st_mtim.tv_nsec))
    }
}
