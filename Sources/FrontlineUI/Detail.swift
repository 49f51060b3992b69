/// A screen on top of the tabs: which detail screen (its `DetailScreen.name`) and the record it shows.
///
/// Each detail screen's file declares how to name one (`extension Detail { static func issue(_:) }`).
public struct Detail: Hashable, Sendable {
    /// The detail screen, unique among them (`ScreenRegistry` checks).
    public let screen: String
    /// The record's id ("" for a screen about no record, such as help).
    public let id: String

    public init(screen: String, id: String) {
        self.screen = screen
        self.id = id
    }
}
