/// A tab of the board, named by its `TabScreen`; its number key is its place in `ScreenRegistry`.
///
/// Each screen's file declares its tab (`extension Tab { static let projects = Tab("projects") }`).
public struct Tab: Hashable, Sendable, CustomStringConvertible {
    /// A short name in English, unique among the tabs (`ScreenRegistry` checks).
    public let id: String

    public init(_ id: String) { self.id = id }

    public var description: String { id }
}
