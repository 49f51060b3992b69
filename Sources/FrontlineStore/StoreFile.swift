#if canImport(Glibc)
import Glibc
#endif

/// An open regular file of the store, checked after opening: what every read and write of the store goes through.
///
/// Only system calls on the descriptor happen here (read, write, fsync, truncate), so none of them needs the
/// guarded store's identity. EINTR and short writes are handled here, once.
final class StoreFile {
    /// The file's path, for messages.
    let path: String
    let fd: Int32
    /// Its size when it was opened.
    let size: Int

    /// The largest store file read into memory (a snapshot at city scale is about 110 MB).
    static let maxBytes = 1 << 30

    init(path: String, fd: Int32, size: Int) {
        self.path = path
        self.fd = fd
        self.size = size
    }

    deinit { close(fd) }

    /// The bytes from `offset` to the size the file had when it was opened.
    func read(from offset: Int = 0) throws(StoreError) -> [UInt8] {
        let count = max(0, size - offset)
        guard size <= StoreFile.maxBytes else {
            throw .unsafeEntry(path: path, zh: "文件大小 \(size) 字节，超过上限 \(StoreFile.maxBytes) 字节，不予读取",
                               en: "is \(size) bytes, over the limit of \(StoreFile.maxBytes) bytes; not read")
        }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Posix.fail("read", path)
            }
            if n == 0 { break }
            done += n
        }
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }

    /// Writes all of `bytes` at the current position.
    func writeAll(_ bytes: [UInt8]) throws(StoreError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Posix.fail("write", path)
            }
            // A write that makes no progress means the device is full.
            if n == 0 { throw .io(operation: "write", path: path, errno: ENOSPC) }
            offset += n
        }
    }

    /// Appends one complete record with a single `write`, then fsyncs; on failure the file is cut back.
    ///
    /// The descriptor is open with O_APPEND, so concurrent appends (which the lock forbids anyway) never interleave.
    func appendDurably(_ bytes: [UInt8]) throws(StoreError) {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Posix.fail("open", path) }
        let before = st.st_size
        var written: Int
        repeat {
            written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        if written != bytes.count {
            // A short write means the device filled up part-way.
            let failure = written < 0 ? Posix.fail("write", path) : StoreError.io(operation: "write", path: path, errno: ENOSPC)
            ftruncate(fd, before)
            throw failure
        }
        if fsync(fd) != 0 {
            let failure = Posix.fail("fsync", path)
            ftruncate(fd, before)
            throw failure
        }
    }

    func sync() throws(StoreError) {
        guard fsync(fd) == 0 else { throw Posix.fail("fsync", path) }
    }

    /// Cuts the file to `length` bytes and fsyncs it.
    func truncate(to length: Int) throws(StoreError) {
        guard ftruncate(fd, off_t(length)) == 0 else { throw Posix.fail("truncate", path) }
        try sync()
    }

}
