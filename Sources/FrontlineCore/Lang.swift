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
