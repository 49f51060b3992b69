import FrontlineCore

/// Parsing a whole `JSONValue` in one call.
extension JSONValue {
    /// Parses a strict RFC 8259 JSON text (see `JSONDocument`) and materializes its root.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        try JSONDocument(bytes: bytes).root.value()
    }
}
