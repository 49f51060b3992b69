/// A parameter of a statement (`$1`, `$2` …), sent apart from the statement's text: values are never spliced into
/// SQL, so no value can change what a statement does.
public enum PostgresValue: Sendable, Equatable {
    /// Sent as text; the server reads it as the type the statement gives the parameter (`$1::bigint`).
    case text(String)
    /// Sent in binary form, byte for byte (a `bytea`: a snapshot, an attachment's content).
    case bytes([UInt8])
    case null

    public static func int(_ value: Int) -> PostgresValue { .text(String(value)) }
}

/// The rows a statement returned, copied out of libpq's result. Text-format values are strings; a statement run with
/// `binary: true` returns each value's bytes as the server holds them (used for `bytea` only).
public struct PostgresRows: Sendable {
    public var columns: [String]
    /// Each row's values in column order; nil for SQL NULL.
    public var rows: [[[UInt8]?]]

    public var count: Int { rows.count }

    /// The value at `row`, `column` as text; nil for NULL.
    public func text(_ row: Int, _ column: Int) -> String? {
        rows[row][column].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The value at `row`, `column` as a whole number; nil for NULL or anything else.
    public func int(_ row: Int, _ column: Int) -> Int? {
        text(row, column).flatMap { Int($0) }
    }

    /// The value at `row`, `column` as bytes (binary results); nil for NULL.
    public func bytes(_ row: Int, _ column: Int) -> [UInt8]? { rows[row][column] }
}
