#if canImport(Glibc)
    import Glibc
#endif

/// How the bytes a cache is read from are held (`BoardCache.decode`): in memory already (an array), or a mapping of the
/// file, whose pages are brought in a piece at a time, all at once, and given back as soon as the piece is read. Read
/// that way, a 67 MB cache never has more than the pieces being read in the process's memory, beside the records made
/// from them.
enum Paging {
    case resident
    /// The whole mapping, from its first byte (a page boundary).
    case mapped(UnsafeRawBufferPointer)

    /// `body`, which reads `range` of the bytes: for a mapping, with those pages read in first and given back after
    /// (the pages only partly in `range` stay, for the pieces beside it).
    func reading<T, E: Error>(_ range: Range<Int>, _ body: () throws(E) -> T) throws(E) -> T {
        #if canImport(Glibc)
            guard case .mapped(let mapping) = self, let base = mapping.baseAddress, !range.isEmpty else { return try body() }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let first = range.lowerBound / page * page
            // Best effort: a kernel without it (before Linux 5.14) brings the pages in as they are read.
            _ = madvise(UnsafeMutableRawPointer(mutating: base + first), range.upperBound - first, Paging.populateRead)
            defer {
                let start = (range.lowerBound + page - 1) / page * page
                let end = range.upperBound == mapping.count ? range.upperBound : range.upperBound / page * page
                if end > start { _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED) }
            }
            return try body()
        #else
            return try body()
        #endif
    }

    /// `MADV_POPULATE_READ` (Linux 5.14), which the C library's headers may not name yet.
    private static let populateRead: Int32 = 22
}
