import CFrontlineSys

#if canImport(Glibc)
    import Glibc
#endif

/// An open file descriptor and the whole-buffer reads and writes made on it.
///
/// It does not own the descriptor: whoever opened it closes it. Every loop that reads to the end or writes a
/// whole buffer is here, once (EINTR: `SystemCall.restarting`; the write loop itself is `frontline_write_all`,
/// which the terminal guard's signal handler shares).
public struct Descriptor: Hashable, Sendable {
    public let raw: Int32

    public init(_ raw: Int32) { self.raw = raw }

    public static let standardInput = Descriptor(0)
    public static let standardOutput = Descriptor(1)
    public static let standardError = Descriptor(2)

    /// Opens `path` (`open(2)` flags and the mode of a file it creates).
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(Errno) -> Descriptor {
        Descriptor(try SystemCall.checked { Glibc.open(path, flags, mode) })
    }

    public func close() { _ = Glibc.close(raw) }

    /// Closes a file just written, reporting a failure: some file systems (NFS, a full quota) say only here that
    /// the data did not get through.
    public func closeAfterWriting() throws(Errno) {
        guard Glibc.close(raw) == 0 else { throw Errno.current }
    }

    /// The whole of a small file, e.g. a kernel's (`/proc/locks`): opened without blocking, at most `limit` bytes.
    public static func contents(of path: String, limit: Int) throws(Errno) -> [UInt8] {
        let file = try open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        defer { file.close() }
        return try file.readToEnd(limit: limit)
    }

    // MARK: Reading

    /// Everything until the end of the file, at most `limit` bytes, from the current position.
    public func readToEnd(limit: Int = Int.max) throws(Errno) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let n = try SystemCall.checked { chunk.withUnsafeMutableBytes { Glibc.read(raw, $0.baseAddress, wanted) } }
            if n == 0 { break }
            bytes += chunk[..<n]
        }
        return bytes
    }

    /// `count` bytes from `offset` (`pread`), fewer when the file ends first; the position does not move.
    public func read(count: Int, at offset: Int) throws(Errno) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let done = try bytes.withUnsafeMutableBytes { buffer in Result { () throws(Errno) in try read(into: buffer, at: offset) } }.get()
        if done < count { bytes.removeLast(count - done) }
        return bytes
    }

    /// Fills `buffer` from `offset` (`pread`), less of it when the file ends first; returns how many bytes it read. For
    /// reading a large file a piece at a time into one buffer.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(Errno) -> Int {
        var done = 0
        while done < buffer.count {
            let n = try SystemCall.checked { pread(raw, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done)) }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// One `read` of at most `count` bytes (none at the end of the file; `EAGAIN` on an empty non-blocking pipe).
    public func readSome(count: Int) throws(Errno) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let n = try SystemCall.checked { bytes.withUnsafeMutableBytes { Glibc.read(raw, $0.baseAddress, count) } }
        bytes.removeLast(count - n)
        return bytes
    }

    // MARK: Writing

    /// Writes all of `bytes`, however many `write` calls it takes.
    public func writeAll(_ bytes: [UInt8]) throws(Errno) {
        let written = bytes.withUnsafeBytes { frontline_write_all(raw, $0.baseAddress, $0.count) }
        guard written >= 0 else { throw Errno.current }
    }

    /// One `write` (made again only when interrupted before writing anything); returns how many bytes it wrote,
    /// which may be fewer than asked: for a journal line that must reach the file whole or not at all.
    public func writeOnce(_ bytes: [UInt8]) throws(Errno) -> Int {
        try SystemCall.checked { bytes.withUnsafeBytes { Glibc.write(raw, $0.baseAddress, $0.count) } }
    }

    // MARK: The file

    /// `fsync`: what was written reaches the disk (or the error says it did not).
    public func sync() throws(Errno) {
        try SystemCall.checked { fsync(raw) }
    }

    /// Cuts (or extends) the file to `length` bytes.
    public func truncate(to length: Int) throws(Errno) {
        try SystemCall.checked { ftruncate(raw, off_t(length)) }
    }

    /// `fstat`.
    public func status() throws(Errno) -> stat {
        var st = stat()
        try SystemCall.checked { fstat(raw, &st) }
        return st
    }
}
