/// A closed set of values stored by their Chinese name, with an English alias for input and English output.
public protocol DomainEnum: RawRepresentable<String>, CaseIterable, Hashable, Sendable, FieldValue where AllCases == [Self] {
    /// The English alias, accepted on input and used for English labels.
    var english: String { get }
}

extension DomainEnum {
    /// Accepts the Chinese name or the English alias (case-insensitive).
    public static func parse(_ text: String) -> Self? {
        let trimmed = text.trimmingSpaces
        return Self(rawValue: trimmed) ?? allCases.first { $0.english.lowercased() == trimmed.lowercased() }
    }

    public func label(_ lang: Lang) -> String { DomainEnumLabel.text(name: rawValue, english: english, lang) }

    /// All Chinese names joined with "/", for error messages.
    public static var choices: String { allCases.map(\.rawValue).joined(separator: "/") }

    public init(json: JSONValue) throws(FieldError) {
        guard let s = json.stringValue, let value = Self(rawValue: s) else {
            throw FieldError(Phrase(.fieldExpectedOneOf, "\(Self.choices)"))
        }
        self = value
    }

    public var json: JSONValue { .string(rawValue) }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines (ASCII and the ideographic space).
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

/// How a vocabulary value is named in a language: by its Chinese name in Chinese, by its English alias in every
/// other (the alias is what input accepts besides the Chinese name; docs/architecture.md, "Adding a language").
enum DomainEnumLabel {
    static func text(name: String, english: String, _ lang: Lang) -> String { lang == .zh ? name : english }
}
