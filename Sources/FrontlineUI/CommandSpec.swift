import FrontlineCore

/// One line of the command table: the command, its keys, and what it does in both languages.
public struct CommandSpec: Sendable {
    public var command: Command
    public var keys: [Key]
    /// How the keys are written in the footer and help (`j/↓`).
    public var keyLabel: String
    public var zh: String
    public var en: String
    /// Shown in the footer (the help screen shows everything).
    public var inFooter: Bool

    public func help(_ lang: Lang) -> String { lang.pick(zh, en) }
}
