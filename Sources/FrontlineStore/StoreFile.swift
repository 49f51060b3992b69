import FrontlineCore
import FrontlineSystem

#if canImport(Glibc)
    import Glibc
#endif

/// An open regular file of the store, checked after opening: what every read and write of the store goes through.
///
/// Only system calls on the descriptor happen here (read, write, fsync, truncate), so none of them needs the
/// guarded store's identity. The loops that handle EINTR and short writes are the system-call layer's
/// (`FrontlineSystem.Descriptor`); here each failure becomes a `StoreError` naming the file.
final class StoreFile {
    /// The file's path, for messages.
    let path: String
    let fd: Int32
    /// Its size when it was opened.
    let size: Int

    /// The largest store file read into memory (a snapshot at city scale is about 110 MB).
    static let maxBytes = 1 << 30

    private var descriptor: Descriptor { Descriptor(fd) }

    init(path: String, fd: Int32, size: Int) {
        self.path = path
        self.fd = fd
        self.size = size
    }

    deinit { close(fd) }

    /// The file's bytes mapped read-only for `body` (no copy into fresh memory), unmapped when it returns; nil if the
    /// file cannot be mapped. No page is read in until it is read (`Paging.mapped` reads them a piece at a time). Only
    /// for files this program replaces whole by a rename and never shortens in place, in directories only their owner
    /// (or the installed program) writes: a file cut short while mapped stops the process.
    func mapped<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard size > 0 else { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
        defer { munmap(address, size) }
        return body(UnsafeRawBufferPointer(start: address, count: size))
    }

    /// The `CacheChecksum` of the file's first `end` bytes (all it had when it was opened), read a piece at a time into
    /// one buffer (a large snapshot is never held in memory for it).
    func checksum(upTo end: Int? = nil) throws(StoreError) -> UInt64 {
        let size = min(end ?? self.size, self.size)
        var sum = CacheChecksum()
        let piece = 1 << 20
        var buffer = [UInt8](repeating: 0, count: piece)
        var offset = 0
        while offset < size {
            let want = min(piece, size - offset)
            let read = buffer.withUnsafeMutableBytes { all in
                Result { () throws(Errno) in try descriptor.read(into: UnsafeMutableRawBufferPointer(rebasing: all[..<want]), at: offset) }
            }
            let got: Int
            do { got = try read.get() } catch { throw Posix.fail("read", path, error) }
            guard got == want else { throw .io(operation: "read", path: path, errno: Errno(EIO)) }
            buffer.withUnsafeBytes { sum.add(UnsafeRawBufferPointer(rebasing: $0[..<want])) }
            offset += want
        }
        return sum.value
    }

    /// The bytes from `offset` to the size the file had when it was opened.
    func read(from offset: Int = 0) throws(StoreError) -> [UInt8] {
        guard size <= StoreFile.maxBytes else {
            throw .unsafeEntry(
                path: path, reason: Phrase(.storeFileTooLarge, "\(size)", "\(StoreFile.maxBytes)"))
        }
        do {
            return try descriptor.read(count: max(0, size - offset), at: offset)
        } catch {
            throw Posix.fail("read", path, error)
        }
    }

    /// Writes all of `bytes` at the current position.
    func writeAll(_ bytes: [UInt8]) throws(StoreError) {
        do { try descriptor.writeAll(bytes) } catch { throw Posix.fail("write", path, error) }
    }

    /// Appends one complete record with a single `write`, then fsyncs; on failure the file is cut back.
    ///
    /// The descriptor is open with O_APPEND, so concurrent appends (which the lock forbids anyway) never interleave.
    func appendDurably(_ bytes: [UInt8]) throws(StoreError) {
        let before: Int
        do { before = Int(try descriptor.status().st_size) } catch { throw Posix.fail("open", path, error) }
        do throws(Errno) {
            // A short write means the device filled up part-way.
            guard try descriptor.writeOnce(bytes) == bytes.count else { throw Errno(ENOSPC) }
        } catch {
            try? descriptor.truncate(to: before)
            throw Posix.fail("write", path, error)
        }
        do {
            try descriptor.sync()
        } catch {
            try? descriptor.truncate(to: before)
            throw Posix.fail("fsync", path, error)
        }
    }

    func sync() throws(StoreError) {
        do { try descriptor.sync() } catch { throw Posix.fail("fsync", path, error) }
    }

    /// Cuts the file to `length` bytes and fsyncs it.
    func truncate(to length: Int) throws(StoreError) {
        do { try descriptor.truncate(to: length) } catch { throw Posix.fail("truncate", path, error) }
        try sync()
    }
}
