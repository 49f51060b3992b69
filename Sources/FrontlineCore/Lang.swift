/// The language of the user interface and of reports. Data is never translated.
public enum Lang: String, Sendable, CaseIterable {
    case zh, en

    /// Chinese when the locale variable starts with `zh`, else English.
    public static func from(locale: String?) -> Lang {
        (locale ?? "").lowercased().hasPrefix("zh") ? .zh : .en
    }

    /// Picks the text for this language.
    public func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

extension Lang: FieldValue {
    /// Stored as `"zh"` or `"en"`.
    public init(json: JSONValue) throws(FieldError) {
        guard let text = json.stringValue, let lang = Lang(rawValue: text) else { throw FieldError("语言 zh 或 en", "a language, zh or en") }
        self = lang
    }
    public var json: JSONValue { .string(rawValue) }
}
