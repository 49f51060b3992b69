/// A line of text being typed: the `/` filter (or detail search) and the `:` command line.
public struct TextInput: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, command }
    public var purpose: Purpose
    public var line: LineEdit
    public var text: String { line.text }

    public init(purpose: Purpose, line: LineEdit) {
        self.purpose = purpose
        self.line = line
    }
}
