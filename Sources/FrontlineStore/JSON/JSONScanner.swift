import FrontlineCore

/// The byte-level half of the parser: whitespace, strings, numbers and literals over the input,
/// plus building errors with positions. Only 16 bytes, so it travels in registers.
///
/// Reads go through `byte(_:)`, which returns 0 past the end: a zero byte is invalid everywhere
/// in JSON, so every scanning loop stops at this virtual sentinel; only on an error do we look
/// at whether the zero was the end of input or a NUL byte.
struct JSONScanner {
    let p: UnsafePointer<UInt8>
    let n: Int

    /// The byte at `i`, or 0 at and past the end of input.
    @inline(__always)
    func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

    @inline(__always)
    func skipWhitespace(_ start: Int) -> Int {
        var i = start
        while true {
            let b = byte(i)
            if b > 0x20 || (b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09) { return i }
            i += 1
        }
    }

    /// Checks that `word` (true, false or null) is at `i`; returns the offset after it.
    @inline(__always)
    func literal(_ word: StaticString, at i: Int) throws(JSONSyntaxError) -> Int {
        let w = word.utf8Start
        for k in 1..<word.utf8CodeUnitCount where byte(i + k) != w[k] {
            throw unexpected(at: i + k, expected: .literal(word.description))
        }
        return i + word.utf8CodeUnitCount
    }

    @inline(__always)
    private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    /// Scans `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at `start`;
    /// returns its end and flags (`JSONToken.integer` without fraction and exponent).
    @inline(__always)
    func number(at start: Int) throws(JSONSyntaxError) -> (end: Int, flags: UInt8) {
        var i = start
        if byte(i) == UInt8(ascii: "-") { i += 1 }
        if byte(i) == UInt8(ascii: "0") {
            i += 1
            if isDigit(byte(i)) { throw fail(.invalidNumber, at: start) } // leading zero
        } else if isDigit(byte(i)) {
            repeat { i += 1 } while isDigit(byte(i))
        } else {
            throw fail(.invalidNumber, at: start)
        }
        var flags = JSONToken.integer
        if byte(i) == UInt8(ascii: ".") {
            i += 1
            guard isDigit(byte(i)) else { throw fail(.invalidNumber, at: start) }
            repeat { i += 1 } while isDigit(byte(i))
            flags = 0
        }
        if byte(i) | 0x20 == UInt8(ascii: "e") {
            i += 1
            if byte(i) == UInt8(ascii: "+") || byte(i) == UInt8(ascii: "-") { i += 1 }
            guard isDigit(byte(i)) else { throw fail(.invalidNumber, at: start) }
            repeat { i += 1 } while isDigit(byte(i))
            flags = 0
        }
        return (i, flags)
    }

    /// Scans the string whose opening quote is at `quote`; returns the closing quote's offset
    /// and the string flags. Validates UTF-8, escapes and surrogate pairs.
    @inline(__always)
    func string(at quote: Int) throws(JSONSyntaxError) -> (end: Int, flags: UInt8) {
        var i = quote + 1
        var flags: UInt8 = 0
        while true {
            // Skip 8 plain ASCII bytes at a time; stop at the first '"', '\', byte < 0x20 or >= 0x80.
            while i + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self))
                let special =
                    hasZeroByte(w ^ 0x2222_2222_2222_2222) | hasZeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C)
                    | ((w &- 0x2020_2020_2020_2020) & ~w) | w
                let mask = special & 0x8080_8080_8080_8080
                if mask != 0 { i += mask.trailingZeroBitCount >> 3; break }
                i += 8
            }
            let b = byte(i)
            if b == UInt8(ascii: "\"") { return (i, flags) }
            if b >= 0x20 && b < 0x80 && b != UInt8(ascii: "\\") { // plain, in the last 7 bytes
                i += 1
            } else if b == UInt8(ascii: "\\") {
                flags |= JSONToken.escaped
                i = try escape(at: i)
            } else if b >= 0x80 {
                flags |= JSONToken.nonASCII
                let k = utf8SequenceLength(at: i)
                if k == 0 { throw fail(.invalidUTF8(b), at: i) }
                i += k
            } else if i == n {
                throw fail(.unterminatedString, at: quote)
            } else {
                throw fail(.controlCharacterInString(b), at: i)
            }
        }
    }

    /// Nonzero high bit in each byte of `w` that is zero (exact for the lowest such byte).
    @inline(__always)
    private func hasZeroByte(_ w: UInt64) -> UInt64 {
        (w &- 0x0101_0101_0101_0101) & ~w
    }

    /// The length of the well-formed UTF-8 sequence at `i` (lead byte >= 0x80), or 0.
    /// Rejects overlongs, encoded surrogates, values above U+10FFFF and truncated sequences.
    @inline(__always)
    private func utf8SequenceLength(at i: Int) -> Int {
        let b0 = byte(i), b1 = byte(i + 1)
        @inline(__always) func cont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(b1) ? 2 : 0
        case 0xE0...0xEF:
            let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
            return b1 >= lo && b1 <= hi && cont(byte(i + 2)) ? 3 : 0
        case 0xF0...0xF4:
            let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80, hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
            return b1 >= lo && b1 <= hi && cont(byte(i + 2)) && cont(byte(i + 3)) ? 4 : 0
        default:
            return 0
        }
    }

    /// Validates the escape at `i` (a backslash) and returns the offset after it.
    private func escape(at i: Int) throws(JSONSyntaxError) -> Int {
        switch byte(i + 1) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return i + 2
        case UInt8(ascii: "u"):
            let u = i + 6 <= n ? JSONTape.hex4(p + i + 2) : .max
            if u == .max { throw fail(.invalidEscape, at: i) }
            if u >= 0xDC00 && u < 0xE000 { throw fail(.loneSurrogate, at: i) }
            guard u >= 0xD800 && u < 0xDC00 else { return i + 6 }
            guard byte(i + 6) == UInt8(ascii: "\\") && byte(i + 7) == UInt8(ascii: "u") else {
                throw fail(.loneSurrogate, at: i)
            }
            let low = i + 12 <= n ? JSONTape.hex4(p + i + 8) : .max
            if low == .max { throw fail(.invalidEscape, at: i + 6) }
            guard low >= 0xDC00 && low < 0xE000 else { throw fail(.loneSurrogate, at: i) }
            return i + 12
        default:
            throw i + 1 == n ? fail(.unexpectedEnd, at: n) : fail(.invalidEscape, at: i)
        }
    }

    /// The first min(length, 8) bytes at `start`, little-endian, zero-filled.
    @inline(__always)
    func head(_ start: Int, _ length: Int) -> UInt64 {
        var w: UInt64 = 0
        if start + 8 <= n {
            w = UInt64(littleEndian: UnsafeRawPointer(p + start).loadUnaligned(as: UInt64.self))
        } else {
            for k in 0..<min(length, 8) { w |= UInt64(p[start + k]) << (8 * UInt64(k)) }
        }
        return length >= 8 ? w : w & ((1 << (UInt64(length) * 8)) - 1)
    }

    // MARK: Errors

    @inline(never)
    func fail(_ reason: JSONSyntaxError.Reason, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(position: position(offset), reason: reason)
    }

    /// An unexpected byte at `i`, or the end of input.
    @inline(never)
    func unexpected(at i: Int, expected: JSONSyntaxError.Expected) -> JSONSyntaxError {
        i >= n ? fail(.unexpectedEnd, at: n) : fail(.unexpectedByte(p[i], expected: expected), at: i)
    }

    func position(_ offset: Int) -> JSONPosition {
        JSONPosition.locate(offset: offset, in: UnsafeBufferPointer(start: p, count: n))
    }
}
