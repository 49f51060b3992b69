/// Where the cursor is on one screen: the selected line, the first line shown, and the record under it.
public struct Cursor: Hashable, Sendable {
    public var index = 0
    public var top = 0
    public var target: Target?
}
