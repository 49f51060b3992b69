/// Why a value someone typed is refused, in any language, without saying where it was typed: the
/// caller puts the option (`--due`), the form field or the ledger cell in front.
public struct InputProblem: Error, Hashable, Sendable {
    /// What is wrong, without the typed text (a form shows that beside the message): a catalog text.
    public var problem: Phrase
    /// The typed text as messages quote it (sanitized, at most 40 characters), when it helps to repeat it.
    public var typed: String?

    public init(_ problem: Phrase, typed: String? = nil) {
        self.problem = problem
        self.typed = typed.map(InputProblem.quoted)
    }

    /// What is wrong and what was typed: `日期应为 … ，收到“明天”`.
    public func message(_ lang: Lang) -> String { phrase.text(lang) }

    /// What is wrong and what was typed, as a phrase to be written in the reader's language.
    public var phrase: Phrase {
        guard let typed else { return problem }
        return Phrase(.inputProblemGot, .phrase(problem), .plain(typed))
    }

    /// What is wrong, without repeating what was typed.
    public func reason(_ lang: Lang) -> String { problem.text(lang) }

    /// The text as a message may quote it: sanitized and cut to 40 characters.
    static func quoted(_ text: String) -> String {
        let shown = Sanitizer.display(text)
        return shown.count > 40 ? String(shown.prefix(40)) + "…" : shown
    }
}
