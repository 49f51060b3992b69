#if canImport(Glibc)
    import Glibc
#endif

/// Text for a terminal set to GB18030 or GBK when no such locale is installed (so curses cannot encode it):
/// converted with glibc's iconv, which needs no locale.
enum LegacyEncoding {
    /// `text` in GB18030, or nil when iconv cannot convert it.
    static func gb18030(_ text: String) -> [UInt8]? {
        guard let converter = iconv_open("GB18030", "UTF-8"), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8).map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return converted.map { output.prefix($0).map { UInt8(bitPattern: $0) } }
    }
}
