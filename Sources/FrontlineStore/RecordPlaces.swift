import FrontlineCore

/// Where each record of a store is written, as `file:line:column` (or a backend's own place), so that `check`
/// can name the place of every problem it finds.
public struct RecordPlaces: Sendable {
    public var places: [StoreCheck.Key: String]
    /// The place of a record that has none of its own: the snapshot.
    public var fallback: String

    public init(_ places: [StoreCheck.Key: String], fallback: String) {
        self.places = places
        self.fallback = fallback
    }

    public subscript(kind: RecordKind, id: String) -> String {
        places[StoreCheck.Key(kind: kind, id: id)] ?? fallback
    }
}
