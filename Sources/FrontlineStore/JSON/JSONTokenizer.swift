import FrontlineCore

/// Builds the token tape for a JSON text in one iterative pass (no recursion, so no stack
/// overflow on deeply nested input): structure, nesting limit and unique keys; the bytes
/// themselves are checked by `JSONScanner`.
struct JSONTokenizer {
    static let maxDepth = 512

    private let scan: JSONScanner
    private var tape: TapeBuilder
    private var frames: [Frame] = []
    /// Keys of the open objects that are still checked for duplicates linearly.
    private var keys: [KeyRecord] = []
    /// Key → tape index, for open objects that switched to hashing.
    private var keySets: [[String: UInt32]] = []

    /// An open array or object.
    private struct Frame {
        var token: Int
        var count = 0
        var keyBase: Int // first index in `keys` belonging to this object
        var setIndex = -1 // index in `keySets`, or -1 while keys are compared linearly
        var isObject: Bool
        var keyBloom: UInt64 = 0 // a bit per linear key's (head, length) hash: most keys skip the scan
    }

    /// A raw ASCII key without escapes; `head` holds its first (up to) 8 bytes.
    private struct KeyRecord {
        var token: UInt32
        var start: UInt32
        var length: UInt32
        var head: UInt64
    }

    /// Objects switch from linear key comparison to a hash set at this many keys.
    private static let linearKeyLimit = 24

    /// Tokenizes `bytes[0..<length]`. On success the caller owns the returned token buffer.
    static func tokenize(_ bytes: UnsafePointer<UInt8>, length: Int) throws(JSONSyntaxError) -> UnsafeMutablePointer<JSONToken> {
        // Generous: pages of the buffer that are never written are never touched.
        var t = JSONTokenizer(scan: JSONScanner(p: bytes, n: length), tape: TapeBuilder(capacity: length / 4 + 16))
        do throws(JSONSyntaxError) {
            try t.run()
        } catch {
            t.tape.storage.deallocate()
            throw error
        }
        return t.tape.storage
    }

    private init(scan: JSONScanner, tape: TapeBuilder) {
        self.scan = scan
        self.tape = tape
    }

    private mutating func run() throws(JSONSyntaxError) {
        let scan = self.scan
        var i = 0
        // Our decision: one leading UTF-8 byte order mark (EF BB BF) is accepted and skipped.
        // RFC 8259 §8.1 lets parsers ignore it; stores edited on Windows may carry one.
        if scan.n >= 3 && scan.p[0] == 0xEF && scan.p[1] == 0xBB && scan.p[2] == 0xBF { i = 3 }
        i = scan.skipWhitespace(i)
        if i == scan.n { throw scan.fail(.emptyInput, at: i) }

        valueLoop: while true {
            // `i` is at the first byte of a value.
            switch scan.byte(i) {
            case UInt8(ascii: "{"):
                try open(isObject: true, at: i)
                i = scan.skipWhitespace(i + 1)
                if scan.byte(i) != UInt8(ascii: "}") {
                    i = try key(at: i)
                    continue valueLoop
                }
                close(); i += 1
            case UInt8(ascii: "["):
                try open(isObject: false, at: i)
                i = scan.skipWhitespace(i + 1)
                if scan.byte(i) != UInt8(ascii: "]") { continue valueLoop }
                close(); i += 1
            case UInt8(ascii: "\""):
                let (end, flags) = try scan.string(at: i)
                tape.append(JSONToken(tag: .string, start: i, end: end, flags: flags))
                i = end + 1
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (end, flags) = try scan.number(at: i)
                tape.append(JSONToken(tag: .number, start: i, end: end, flags: flags))
                i = end
            case UInt8(ascii: "t"):
                let end = try scan.literal("true", at: i)
                tape.append(JSONToken(tag: .trueValue, start: i, end: end))
                i = end
            case UInt8(ascii: "f"):
                let end = try scan.literal("false", at: i)
                tape.append(JSONToken(tag: .falseValue, start: i, end: end))
                i = end
            case UInt8(ascii: "n"):
                let end = try scan.literal("null", at: i)
                tape.append(JSONToken(tag: .null, start: i, end: end))
                i = end
            default:
                throw scan.unexpected(at: i, expected: .value)
            }

            // A value just ended: continue the innermost open container, closing as many as end here.
            while true {
                let top = frames.count - 1
                if top < 0 {
                    i = scan.skipWhitespace(i)
                    if i != scan.n { throw scan.fail(.trailingGarbage, at: i) }
                    return
                }
                frames[top].count += 1
                i = scan.skipWhitespace(i)
                let isObject = frames[top].isObject
                let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if scan.byte(i) == UInt8(ascii: ",") {
                    let comma = i
                    i = scan.skipWhitespace(i + 1)
                    if scan.byte(i) == closer { throw scan.fail(.trailingComma, at: comma) }
                    if isObject { i = try key(at: i) }
                    continue valueLoop
                }
                guard scan.byte(i) == closer else {
                    throw scan.unexpected(at: i, expected: isObject ? .commaOrBrace : .commaOrBracket)
                }
                close(); i += 1
            }
        }
    }

    private mutating func open(isObject: Bool, at i: Int) throws(JSONSyntaxError) {
        if frames.count == Self.maxDepth { throw scan.fail(.tooDeep(limit: Self.maxDepth), at: i) }
        frames.append(Frame(token: tape.count, keyBase: keys.count, isObject: isObject))
        tape.append(JSONToken(tag: isObject ? .object : .array, start: i, end: 0))
        tape.append(JSONToken(tag: .null, start: 0, end: 0)) // count entry
    }

    private mutating func close() {
        let f = frames.removeLast()
        tape.storage[f.token].end = tape.count
        tape.storage[f.token + 1].end = f.count
        if f.isObject {
            if f.setIndex >= 0 { keySets.removeLast() } else { keys.removeLast(keys.count - f.keyBase) }
        }
    }

    /// Parses `"key" :` at `i` and returns the offset of the value after it.
    private mutating func key(at i: Int) throws(JSONSyntaxError) -> Int {
        guard scan.byte(i) == UInt8(ascii: "\"") else { throw scan.unexpected(at: i, expected: .key) }
        let (end, flags) = try scan.string(at: i)
        let token = tape.count
        tape.append(JSONToken(tag: .string, start: i, end: end, flags: flags))
        try checkDuplicate(token: token, start: i + 1, end: end, flags: flags)
        var j = scan.skipWhitespace(end + 1)
        guard scan.byte(j) == UInt8(ascii: ":") else { throw scan.unexpected(at: j, expected: .colon) }
        j = scan.skipWhitespace(j + 1)
        return j
    }

    /// Rejects a key equal (after unescaping, as Swift `String`s) to an earlier key of the same object.
    /// Small objects with plain ASCII keys compare bytes linearly; otherwise keys are hashed.
    private mutating func checkDuplicate(token: Int, start: Int, end: Int, flags: UInt8) throws(JSONSyntaxError) {
        let top = frames.count - 1
        let f = frames[top]
        let length = end - start
        if f.setIndex < 0 && flags == 0 && keys.count - f.keyBase < Self.linearKeyLimit {
            let head = scan.head(start, length)
            let bit: UInt64 = 1 << (((head ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
            if f.keyBloom & bit != 0 {
                for r in keys[f.keyBase...]
                where r.head == head && Int(r.length) == length
                    && (length <= 8 || memcmpBytes(scan.p + Int(r.start) + 8, scan.p + start + 8, length - 8))
                {
                    throw duplicate(token: token, first: Int(r.token))
                }
            }
            frames[top].keyBloom |= bit
            keys.append(KeyRecord(token: UInt32(token), start: UInt32(start), length: UInt32(length), head: head))
            return
        }
        if f.setIndex < 0 { // switch this object to hashing
            var set: [String: UInt32] = [:]
            for r in keys[f.keyBase...] {
                set[JSONTape.decodeString(scan.p, from: Int(r.start), to: Int(r.start + r.length), escaped: false)] = r.token
            }
            keys.removeLast(keys.count - f.keyBase)
            keySets.append(set)
            frames[top].setIndex = keySets.count - 1
        }
        let key = JSONTape.decodeString(scan.p, from: start, to: end, escaped: flags & JSONToken.escaped != 0)
        if let first = keySets[keySets.count - 1].updateValue(UInt32(token), forKey: key) {
            throw duplicate(token: token, first: Int(first))
        }
    }

    @inline(never)
    private func duplicate(token: Int, first: Int) -> JSONSyntaxError {
        let t = tape.storage[token], f = tape.storage[first]
        let key = JSONTape.decodeString(scan.p, from: t.start + 1, to: t.end, escaped: t.flags & JSONToken.escaped != 0)
        return scan.fail(.duplicateKey(key, first: scan.position(f.start)), at: t.start)
    }
}

/// A growable token buffer with unchecked appends; ownership passes to `JSONTape`.
private struct TapeBuilder {
    var storage: UnsafeMutablePointer<JSONToken>
    var count = 0
    var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    @inline(__always)
    mutating func append(_ t: JSONToken) {
        if count == capacity { grow() }
        (storage + count).initialize(to: t)
        count += 1
    }

    @inline(never)
    private mutating func grow() {
        let bigger = UnsafeMutablePointer<JSONToken>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }
}
