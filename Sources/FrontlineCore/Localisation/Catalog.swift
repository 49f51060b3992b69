/// The texts of every language, one table per language in a file of its own (`Catalog+zh.swift`,
/// `Catalog+en.swift`); how to add one is in docs/architecture.md, "Adding a language".
///
/// A text is a template: `{1}`, `{2}`, … stand for the values given with its key, in that order, so each
/// language may place them where its grammar wants them.
public enum Catalog {
    /// A language's texts by key; a key it lacks falls back to English, then to Chinese.
    public typealias Table = [TextKey: String]

    /// The tables, by language code. A new language is one file holding its table and its line here.
    static let tables: [String: Table] = [
        "zh": zh,
        "en": en,
    ]

    /// The template for `key` in `table`, else in English, else in Chinese, else the key's own name.
    public static func template(_ key: TextKey, in table: Table?) -> String {
        table?[key] ?? en[key] ?? zh[key] ?? key.rawValue
    }

    /// `template` with each `{n}` replaced by the n-th of `values` (counting from 1).
    public static func fill(_ template: String, with values: [String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]), values.indices.contains(n - 1) {
                result += values[n - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    /// The numbered placeholders a template uses, `{1}` as 1.
    public static func placeholders(in template: String) -> Set<Int> {
        var found = Set<Int>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) { found.insert(n) }
            rest = rest[afterOpen...]
        }
        return found
    }
}

extension Lang {
    /// The text for `key` in this language, its placeholders filled with `values` in order.
    public func text(_ key: TextKey, _ values: Any...) -> String { text(key, values: values) }

    /// The text for `key` in this language, its placeholders filled with `values` in order.
    public func text(_ key: TextKey, values: [Any]) -> String {
        Catalog.fill(Catalog.template(key, in: Catalog.tables[rawValue]), with: values.map { String(describing: $0) })
    }

    /// The text for `key` in this language, when it has no placeholders.
    public subscript(_ key: TextKey) -> String { text(key) }
}
