/// The language of the user interface and of reports, by its code (`zh`, `en`). Data is never translated.
///
/// A language exists when the catalog has a table for it (`Catalog.tables`, docs/architecture.md "Adding a
/// language"); its texts come from `text(_:_:)`.
public struct Lang: RawRepresentable, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The language's code, as `--lang`, `:lang` and the stored settings name it.
    public let rawValue: String

    /// The language named by `code` when the catalog has a table for it.
    public init?(rawValue code: String) {
        guard Catalog.tables[code] != nil else { return nil }
        rawValue = code
    }

    private init(code: String) { rawValue = code }

    public static let zh = Lang(code: "zh")
    public static let en = Lang(code: "en")

    /// Every language the catalog has, Chinese and English first.
    public static var allCases: [Lang] {
        [.zh, .en] + Catalog.tables.keys.filter { $0 != "zh" && $0 != "en" }.sorted().map(Lang.init(code:))
    }

    public var description: String { rawValue }

    /// The language whose code a locale variable (`zh_CN.UTF-8`) starts with, else English.
    public static func from(locale: String?) -> Lang {
        let locale = (locale ?? "").lowercased()
        return allCases.first { locale.hasPrefix($0.rawValue) } ?? .en
    }
}

extension Lang: FieldValue {
    /// Stored as `"zh"` or `"en"`.
    public init(json: JSONValue) throws(FieldError) {
        guard let text = json.stringValue, let lang = Lang(rawValue: text) else { throw FieldError(Phrase(.fieldExpectedLanguage)) }
        self = lang
    }
    public var json: JSONValue { .string(rawValue) }
}
