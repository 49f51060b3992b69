import FrontlineCore

/// An error at the command line's edge: how the program ends, and what it says, written in the reader's language
/// only when shown (docs/architecture.md, "Adding a language").
public struct CLIError: Error {
    public var status: ExitStatus
    private var words: Words

    /// What the error says.
    private enum Words {
        /// A catalog text and its values.
        case phrase(Phrase)
        /// The words of an error that writes itself in a language (a ledger's problems, the terminal's).
        case written(@Sendable (Lang) -> String)
    }

    public init(_ status: ExitStatus, _ phrase: Phrase) {
        self.status = status
        self.words = .phrase(phrase)
    }

    public init(_ status: ExitStatus, _ key: TextKey, _ values: Phrase.Value...) { self.init(status, Phrase(key, values: values)) }

    /// An error whose words another error writes in the reader's language.
    public init(_ status: ExitStatus, written: @escaping @Sendable (Lang) -> String) {
        self.status = status
        self.words = .written(written)
    }

    public static func usage(_ key: TextKey, _ values: Phrase.Value...) -> CLIError { CLIError(.usage, Phrase(key, values: values)) }

    public func message(_ lang: Lang) -> String {
        switch words {
        case .phrase(let phrase): phrase.text(lang)
        case .written(let write): write(lang)
        }
    }
}
