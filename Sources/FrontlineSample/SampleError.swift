/// Why the sample cannot be built: a source file that cannot be read, a cell that does not parse, or a
/// change the product refuses, with the place (`handling.csv:41`) it comes from.
public struct SampleError: Error, CustomStringConvertible, Sendable {
    /// `file:row`, or the file alone, or nothing when the error is not about one place.
    public var place: String
    public var message: String

    public init(_ place: String, _ message: String) {
        self.place = place
        self.message = message
    }

    public var description: String { place.isEmpty ? message : "\(place): \(message)" }
}
