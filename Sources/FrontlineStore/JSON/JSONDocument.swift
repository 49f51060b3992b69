import FrontlineCore

/// A parsed JSON text: holds the input bytes and a flat tape index of all its values.
///
/// Parsing is strict RFC 8259 (see `JSONSyntaxError.Reason` for everything rejected), with
/// two decisions of ours: one leading UTF-8 BOM is skipped, and object keys must be unique.
/// Strings are validated while parsing but only built when asked for (`JSONNode.stringValue`).
/// The input array is kept, not copied (arrays are copy-on-write), and is never mutated.
public struct JSONDocument: Sendable {
    let tape: JSONTape

    /// Parses `bytes`. Never traps and never recurses, whatever the input.
    public init(bytes: [UInt8]) throws(JSONSyntaxError) {
        guard bytes.count < JSONToken.maxInputLength else {
            throw JSONSyntaxError(position: JSONPosition(offset: 0, line: 1, column: 1), reason: .inputTooLarge)
        }
        let result = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            try JSONTokenizer.tokenize(buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!, length: buffer.count)
        }
        tape = JSONTape(bytes: bytes, tokens: result)
    }

    /// The top-level value.
    public var root: JSONNode { JSONNode(tape: tape, index: 0) }

    /// Line and column of a byte offset (1-based; columns count Unicode scalars).
    /// Computed on demand in O(offset).
    public func position(ofOffset offset: Int) -> JSONPosition {
        tape.bytes.withUnsafeBufferPointer { JSONPosition.locate(offset: offset, in: $0) }
    }

    /// The positions of many offsets, in the order given, in one pass over the text: O(text + k log k)
    /// instead of O(text) for each (what made `frontline check` quadratic in the number of records).
    public func positions(ofOffsets offsets: [Int]) -> [JSONPosition] {
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [JSONPosition](repeating: JSONPosition(offset: 0, line: 1, column: 1), count: offsets.count)
        tape.bytes.withUnsafeBufferPointer { bytes in
            var walker = JSONPosition.Walker(bytes)
            for i in order { result[i] = walker.advance(to: offsets[i]) }
        }
        return result
    }
}
