import FrontlineCore

#if canImport(Glibc)
    import Glibc
#endif

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
        if let nul = bytes.firstIndex(of: 0) { throw .nul(offset: nul, place: place(of: nul, in: bytes)) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: bom) {
            if let bad = CSVBytes.firstInvalidUTF8(bytes[3...]) { throw .invalidUTF8(offset: bad, place: place(of: bad, in: bytes)) }
            return (String(decoding: bytes.dropFirst(3), as: UTF8.self), .utf8)
        }
        if CSVBytes.firstInvalidUTF8(bytes[...]) == nil { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        // UTF-8 text often decodes as GB18030 too (into nonsense): a file with rows saved in both encodings is
        // refused at the first row that differs from the first row with Chinese text, rather than imported
        // as mojibake. A row that is neither is named as such.
        if let mixed = CSVBytes.firstMixedRecord(bytes) {
            if mixed.fileIsUTF8 {
                let start = mixed.record.bytes.lowerBound
                do {
                    _ = try gb18030(Array(bytes[mixed.record.bytes]))
                } catch .neither(let offset, _, _) {
                    let at = start + offset
                    throw .neither(offset: at, bytes: Array(bytes[at..<min(bytes.count, at + 4)]), place: place(of: at, in: bytes))
                } catch {
                    throw error
                }
            }
            throw .mixed(offset: mixed.offset, place: place(of: mixed.offset, in: bytes), fileIsUTF8: mixed.fileIsUTF8)
        }
        var text: String
        do {
            text = try gb18030(bytes)
        } catch .neither(let offset, let found, _) {
            throw .neither(offset: offset, bytes: found, place: place(of: offset, in: bytes))
        } catch {
            throw error
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return (text, .gb18030)
    }

    /// The row and column of a byte, as Excel numbers them.
    static func place(of offset: Int, in bytes: [UInt8]) -> CSVBytes.Place {
        CSVBytes.scan(bytes, places: [offset]).places[0]
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
                failure = .neither(offset: consumed, bytes: Array(bytes[consumed..<min(bytes.count, consumed + 4)]), place: nil)
                return
            }
        }
        if let failure { throw failure }
        return String(decoding: output[..<produced].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// Why a ledger file's bytes are not text this program reads; the CLI exits 65 with the message, which
/// names the row and column (as Excel numbers them) and the byte offset of the first bad byte.
public enum LedgerEncodingError: Error, Equatable, Sendable {
    /// A UTF-16 byte-order mark: Excel's "Unicode 文本 (*.txt)".
    case utf16
    /// An .xlsx (zip) or .xls (OLE) workbook rather than a CSV export of it.
    case workbook
    case nul(offset: Int, place: CSVBytes.Place)
    /// A UTF-8 byte-order mark, then bytes that are not UTF-8.
    case invalidUTF8(offset: Int, place: CSVBytes.Place)
    /// Neither valid UTF-8 nor valid GB18030: the offset and the bytes found there.
    case neither(offset: Int, bytes: [UInt8], place: CSVBytes.Place?)
    /// Rows in UTF-8 and rows in GB18030 in one file: the first row that differs from the file's first
    /// row with Chinese text, at its first such byte.
    case mixed(offset: Int, place: CSVBytes.Place, fileIsUTF8: Bool)
    /// This system's iconv has no GB18030.
    case noConverter

    public func message(_ lang: Lang, file: String) -> String {
        let saveAs = lang.text(.importSaveAsCSVAdvice)
        func at(_ place: CSVBytes.Place?) -> String {
            guard let place else { return file }
            return "\(file):\(place.row):\(place.letter)"
        }
        func cell(_ place: CSVBytes.Place?, _ offset: Int) -> String {
            guard let place else { return lang.text(.importByteOffset, offset) }
            return lang.text(.importRowColumnOffset, place.row, place.letter, offset)
        }
        switch self {
        case .utf16:
            return lang.text(.importUTF16NotSupported, file, saveAs)
        case .workbook:
            return lang.text(.importExcelWorkbook, file, saveAs)
        case .nul(let offset, let place):
            return lang.text(.importNulByte, at(place), cell(place, offset), saveAs)
        case .invalidUTF8(let offset, let place):
            return lang.text(.importInvalidUTF8AfterBOM, at(place), cell(place, offset))
        case .neither(let offset, let bytes, let place):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            return lang.text(.importNeitherUTF8NorGB18030, at(place), cell(place, offset), hex, saveAs, offset)
        case .mixed(let offset, let place, let fileIsUTF8):
            let (this, rest) = fileIsUTF8 ? ("GB18030", "UTF-8") : ("UTF-8", "GB18030")
            return lang.text(.importMixedEncodings, at(place), place.row, this, rest, cell(place, offset), saveAs)
        case .noConverter:
            return lang.text(.importNoGB18030, file)
        }
    }
}
