import FrontlineCore

/// One line of the command table: the command, its keys, and what it does in each language.
public struct CommandSpec: Sendable {
    public var command: Command
    public var keys: [Key]
    /// How the keys are written in the footer and help (`j/↓`).
    public var keyLabel: String
    /// What the command does, in a language: the catalog's text, or a tab's title for its number key.
    public var help: @Sendable (Lang) -> String
    /// Shown in the footer (the help screen shows everything).
    public var inFooter: Bool

    init(command: Command, keys: [Key], keyLabel: String, help: TextKey, inFooter: Bool) {
        self.init(command: command, keys: keys, keyLabel: keyLabel, help: { $0.text(help) }, inFooter: inFooter)
    }

    init(command: Command, keys: [Key], keyLabel: String, help: @escaping @Sendable (Lang) -> String, inFooter: Bool) {
        self.command = command
        self.keys = keys
        self.keyLabel = keyLabel
        self.help = help
        self.inFooter = inFooter
    }
}
