/// A text of the catalog with its values, not yet in a language: what an error or a problem keeps, so that
/// whoever shows it writes it in the reader's language (`text(_:)`), and a language added later gets its own
/// words without a change where the problem was found (docs/architecture.md, "Adding a language").
public struct Phrase: Hashable, Sendable {
    /// One value of a phrase: data as it is, or something that is itself written in the reader's language.
    public indirect enum Value: Hashable, Sendable, ExpressibleByStringInterpolation {
        /// Data, never translated: an id, a date, a number, what someone typed.
        case plain(String)
        /// A text of its own, in the same language as the phrase.
        case phrase(Phrase)

        public init(stringLiteral value: String) { self = .plain(value) }

        /// A value of a vocabulary (`DomainEnum`): its Chinese name, or its English alias (`label(_:)`).
        case vocabulary(name: String, english: String)

        /// Values in a row, each in the reader's language, between them the catalog's text `separator`
        /// (`、` and `, ` for `.listSeparator`).
        case list([Value], separator: TextKey = .listSeparator)

        /// A catalog text without values.
        public static func key(_ key: TextKey) -> Value { .phrase(Phrase(key)) }

        /// A vocabulary value, named as `label(_:)` names it.
        public static func label(_ value: some DomainEnum) -> Value { .vocabulary(name: value.rawValue, english: value.english) }

        func text(_ lang: Lang) -> String {
            switch self {
            case .plain(let text): text
            case .phrase(let phrase): phrase.text(lang)
            case .vocabulary(let name, let english): DomainEnumLabel.text(name: name, english: english, lang)
            case .list(let values, let separator): values.map { $0.text(lang) }.joined(separator: lang.text(separator))
            }
        }
    }

    public var key: TextKey
    public var values: [Value]

    public init(_ key: TextKey, _ values: Value...) { self.init(key, values: values) }

    public init(_ key: TextKey, values: [Value]) {
        self.key = key
        self.values = values
    }

    /// The phrase in `lang`, its values in the same language.
    public func text(_ lang: Lang) -> String { lang.text(key, values: values.map { $0.text(lang) }) }
}
