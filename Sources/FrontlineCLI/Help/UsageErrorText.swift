/// The argument parser's usage errors in Chinese, line by line (its messages are English only).
///
/// Each known message shape is translated; anything else keeps its English words behind `错误：`, so an
/// upgrade of swift-argument-parser that rewords a message degrades to English instead of failing
/// (`HelpTests` feeds every shape through the real parser, so such a rewording is noticed).
enum UsageErrorText {
    static func chinese(_ english: String) -> String {
        let lines = english.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let path = lines.lazy.compactMap(seePath).first ?? ""
        return lines.map { translate($0, path: path) }.joined(separator: "\n")
    }

    /// `issue new` from `  See 'frontline issue new --help' for more information.`
    static func seePath(_ line: String) -> String? {
        guard let inner = between(line, "  See 'frontline", " --help' for more information.") else { return nil }
        return inner.trimmingSpaces
    }

    static func translate(_ line: String, path: String) -> String {
        if line.hasPrefix("Error: ") { return "错误：" + message(String(line.dropFirst(7))) }
        if line.hasPrefix("Usage: ") {
            return "用法："
                + String(line.dropFirst(7)).replacingOccurrences(of: "[<options>]", with: "[<选项>]")
                .replacingOccurrences(of: "<subcommand>", with: "<子命令>")
        }
        if line.hasPrefix("Help:  ") {
            // `Help:  --title <title>  What the problem is, in one line.`
            let rest = String(line.dropFirst(7))
            guard let gap = rest.range(of: "  ") else { return "说明：" + rest }
            let synopsis = String(rest[..<gap.lowerBound])
            let name = synopsis.split(separator: " ").first.map(String.init) ?? synopsis
            let text = HelpCatalog.argument(name, of: path) ?? String(rest[gap.upperBound...])
            return "说明：" + synopsis + "  " + text
        }
        if let inner = seePath(line) { return "  详见 'frontline \(inner.isEmpty ? "" : inner + " ")--help'。" }
        return line
    }

    /// One error message.
    static func message(_ text: String) -> String {
        if let x = between(text, "Missing expected argument '", "'") { return "缺少必需的参数 \(x)" }
        if let x = between(text, "Missing one of: '", "'") { return "缺少以下之一：\(x.replacingOccurrences(of: "', '", with: "、"))" }
        if let x = between(text, "Missing value for '", "'") { return "\(x) 缺少值" }
        if text.hasPrefix("Unknown option '"), let close = text.dropFirst(16).firstIndex(of: "'") {
            let option = String(text[text.index(text.startIndex, offsetBy: 16)..<close])
            if let suggestion = between(String(text[close...]), "'. Did you mean '", "'?") { return "未知选项 \(option)；是否想用 \(suggestion)？" }
            return "未知选项 \(option)"
        }
        if let x = between(text, "Unexpected argument '", "'") { return "多余的参数“\(x)”" }
        if let range = text.range(of: " unexpected arguments: '"), text.hasSuffix("'") {
            let list = text[range.upperBound..<text.index(before: text.endIndex)]
            return "多余的参数：“\(list.replacingOccurrences(of: "', '", with: "”“"))”"
        }
        if text.hasPrefix("The option '"), let option = between(text, "The option '", "'"),
            let but = text.range(of: "' does not take any value, but '"), text.hasSuffix("' was specified.")
        {
            let value = text[but.upperBound..<text.index(text.endIndex, offsetBy: -16)]
            return "选项 \(option) 不接受值，却给了“\(value)”"
        }
        if text.hasPrefix("The value '"), let forRange = text.range(of: "' is invalid for '") {
            let value = String(text[text.index(text.startIndex, offsetBy: 11)..<forRange.lowerBound])
            let rest = text[forRange.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { return text }
            let option = String(rest[..<close])
            var out = "“\(value)”不是 \(option) 的有效值"
            let tail = rest[rest.index(after: close)...]
            if let choices = between(String(tail), ". Please provide one of ", ".") {
                out +=
                    "；可选："
                    + choices.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " and ", with: "、")
                    .replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: ", ", with: "、")
            }
            return out
        }
        if text.hasPrefix("Value to be set with ") { return "同一个值给了两次：" + text }
        if text == "Missing required subcommand." { return "缺少子命令" }
        return text
    }

    /// The text between `prefix` (at the start) and the next `suffix`.
    static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        guard let end = rest.range(of: suffix) else { return nil }
        return String(rest[..<end.lowerBound])
    }
}
