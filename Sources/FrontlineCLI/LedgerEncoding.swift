#if canImport(Glibc)
import Glibc
#endif
import FrontlineCore

/// Turns the bytes of a ledger file into text: UTF-8 (with or without a byte-order mark) as it is,
/// anything else as GB18030 (what Chinese Excel saves as "CSV (逗号分隔)"), through glibc's iconv.
///
/// Files that are neither are refused with the byte offset where decoding failed, and the usual
/// wrong files get a message saying what to do: UTF-16 ("Unicode 文本"), an Excel workbook itself.
public enum LedgerEncoding {
    /// Which encoding the text was in.
    public enum Source: String, Sendable {
        case utf8 = "UTF-8", gb18030 = "GB18030"
    }

    public static func decode(_ bytes: [UInt8]) throws(LedgerEncodingError) -> (text: String, source: Source) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .workbook }
        if let nul = bytes.firstIndex(of: 0) { throw .nul(offset: nul) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom) {
            let body = bytes.dropFirst(3)
            if let bad = firstInvalidUTF8(body) { throw .invalidUTF8(offset: bad + 3) }
            return (String(decoding: body, as: UTF8.self), .utf8)
        }
        if firstInvalidUTF8(bytes[...]) == nil { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        var text = try gb18030(bytes)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return (text, .gb18030)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// GB18030 → UTF-8 with iconv; the offset of an invalid or truncated sequence when it fails.
    static func gb18030(_ bytes: [UInt8]) throws(LedgerEncodingError) -> String {
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, Int(bitPattern: converter) != -1 else { throw .noConverter }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        var produced = 0
        var consumed = 0
        var failure: LedgerEncodingError?
        input.withUnsafeMutableBufferPointer { inBuffer in
            while consumed < bytes.count {
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress! + consumed
                var inLeft = bytes.count - consumed
                let (result, code): (Int, Int32) = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress! + produced
                    var outLeft = outBuffer.count - produced
                    let r = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let code = errno
                    produced = outBuffer.count - outLeft
                    return (r, code)
                }
                consumed = bytes.count - inLeft
                if result != -1 { break }
                if code == E2BIG {
                    output += [CChar](repeating: 0, count: output.count)
                    continue
                }
                // EILSEQ: an invalid sequence starts here; EINVAL: the file ends inside a sequence.
                failure = .neither(offset: consumed, bytes: Array(bytes[consumed..<min(bytes.count, consumed + 4)]))
                return
            }
        }
        if let failure { throw failure }
        return String(decoding: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why a ledger file's bytes are not text this program reads; the CLI exits 65 with the message.
public enum LedgerEncodingError: Error, Equatable, Sendable {
    /// A UTF-16 byte-order mark: Excel's "Unicode 文本 (*.txt)".
    case utf16
    /// An .xlsx (zip) or .xls (OLE) workbook rather than a CSV export of it.
    case workbook
    case nul(offset: Int)
    /// A UTF-8 byte-order mark, then bytes that are not UTF-8.
    case invalidUTF8(offset: Int)
    /// Neither valid UTF-8 nor valid GB18030: the offset and the bytes found there.
    case neither(offset: Int, bytes: [UInt8])
    /// This system's iconv has no GB18030.
    case noConverter

    public func message(_ lang: Lang, file: String) -> String {
        let saveAs = lang.pick("请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）(*.csv)”或“CSV（逗号分隔）(*.csv)”后再导入",
                               "in Excel use Save As \"CSV UTF-8 (Comma delimited) (*.csv)\" or \"CSV (Comma delimited) (*.csv)\" and import that file")
        switch self {
        case .utf16:
            return lang.pick("\(file)：文件是 UTF-16 编码（Excel 的“Unicode 文本”），不支持；\(saveAs)",
                             "\(file): the file is UTF-16 (Excel's \"Unicode Text\"), which is not supported; \(saveAs)")
        case .workbook:
            return lang.pick("\(file)：这是 Excel 工作簿（.xlsx/.xls），不是 CSV；\(saveAs)",
                             "\(file): this is an Excel workbook (.xlsx/.xls), not CSV; \(saveAs)")
        case .nul(let offset):
            return lang.pick("\(file)：偏移 \(offset) 字节处有 NUL（0x00）：不是文本文件，或是没有字节顺序标记的 UTF-16；\(saveAs)",
                             "\(file): a NUL (0x00) byte at byte offset \(offset): not a text file, or UTF-16 without a byte-order mark; \(saveAs)")
        case .invalidUTF8(let offset):
            return lang.pick("\(file)：文件以 UTF-8 标记开头，但从偏移 \(offset) 字节处起不是有效的 UTF-8",
                             "\(file): the file starts with a UTF-8 byte-order mark but is not valid UTF-8 at byte offset \(offset)")
        case .neither(let offset, let bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return lang.pick("\(file)：既不是 UTF-8 也不是 GB18030：偏移 \(offset) 字节处（\(hex)）无法解码；\(saveAs)",
                             "\(file): not UTF-8 or GB18030 at byte offset \(offset) (\(hex)); \(saveAs)")
        case .noConverter:
            return lang.pick("\(file)：不是 UTF-8，而本系统的 iconv 不支持 GB18030；请另存为“CSV UTF-8（逗号分隔）”",
                             "\(file): not UTF-8, and this system's iconv has no GB18030; save the file as \"CSV UTF-8 (Comma delimited)\"")
        }
    }
}
