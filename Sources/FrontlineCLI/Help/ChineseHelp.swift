import FrontlineCore

/// The help of a command in Chinese (`--help` under `--lang zh` or a `zh_*` locale), rendered from the
/// argument parser's description of the commands with the text of `HelpCatalog`.
///
/// swift-argument-parser writes its help in English only (its section titles are fixed, its texts are the
/// declarations'); keeping the English declarations and rendering the Chinese help ourselves from the same
/// tree means the two can never list different commands or options. See docs/cli-help.md.
enum ChineseHelp {
    static let labelColumns = 26
    static let width = 80

    static func render(_ command: CommandTree) -> String {
        var out = ""
        let abstract = HelpCatalog.commands[command.pathText] ?? command.abstract
        if !abstract.isEmpty { out += "概述：" + abstract + "\n\n" }
        out += "用法：" + usage(command) + "\n"
        if let discussion = HelpCatalog.discussions[command.pathText] ?? (command.discussion.isEmpty ? nil : command.discussion) {
            out += "\n" + wrap(discussion, indent: 2).joined(separator: "\n") + "\n"
        }
        let shown = command.arguments.filter(\.shouldDisplay)
        let positionals = shown.filter { $0.kind == .positional }
        let options = shown.filter { $0.kind != .positional }
        if !positionals.isEmpty {
            out += "\n参数：\n" + positionals.map { row(label($0), text(of: $0, in: command)) }.joined()
        }
        if !options.isEmpty {
            out += "\n选项：\n" + options.map { row(label($0), text(of: $0, in: command)) }.joined()
        }
        if !command.subcommands.isEmpty {
            out += "\n子命令：\n"
            for sub in command.subcommands {
                let name = sub.name + (sub.name == command.defaultSubcommand ? "（默认）" : "")
                out += row(name, HelpCatalog.commands[sub.pathText] ?? sub.abstract)
            }
            out += "\n  详见 'frontline help \(command.path.map { $0 + " " }.joined())<子命令>'。\n"
        }
        return out
    }

    /// `frontline issue new [<选项>] --title <title> --unit <unit> --due <due>`.
    static func usage(_ command: CommandTree) -> String {
        var parts = ["frontline"] + command.path
        if !command.subcommands.isEmpty {
            parts.append(command.defaultSubcommand == nil ? "<子命令>" : "[<子命令>]")
            return parts.joined(separator: " ")
        }
        let shown = command.arguments.filter(\.shouldDisplay)
        if shown.contains(where: { $0.kind != .positional && $0.isOptional }) { parts.append("[<选项>]") }
        for argument in shown where argument.kind != .positional && !argument.isOptional {
            parts.append("\(argument.key) <\(argument.valueName)>")
        }
        for argument in shown where argument.kind == .positional {
            let name = "<\(argument.valueName)>" + (argument.isRepeating ? " ..." : "")
            parts.append(argument.isOptional ? "[\(name)]" : name)
        }
        return parts.joined(separator: " ")
    }

    static func label(_ argument: CommandTree.Argument) -> String {
        switch argument.kind {
        case .positional: return "<\(argument.valueName)>"
        case .flag: return argument.names.joined(separator: ", ")
        case .option: return argument.names.joined(separator: ", ") + " <\(argument.valueName)>"
        }
    }

    static func text(of argument: CommandTree.Argument, in command: CommandTree) -> String {
        var text = HelpCatalog.argument(argument.key, of: command.pathText) ?? argument.abstract
        if let value = argument.defaultValue, !value.isEmpty, argument.kind == .option { text += "（默认：\(value)）" }
        if argument.isRepeating && argument.kind == .option { text += "（可多次给出）" }
        return text
    }

    /// `  label                   text` with the text wrapped under itself.
    static func row(_ label: String, _ text: String) -> String {
        let lines = TextLayout.wrap(text, columns: width - labelColumns)
        let first = "  " + label
        var out = ""
        if DisplayWidth.of(first) + 2 > labelColumns {
            out = first + "\n" + lines.map { String(repeating: " ", count: labelColumns) + $0 + "\n" }.joined()
        } else {
            out = TextLayout.pad(first, columns: labelColumns) + (lines.first ?? "") + "\n"
            out += lines.dropFirst().map { String(repeating: " ", count: labelColumns) + $0 + "\n" }.joined()
        }
        return out
    }

    static func wrap(_ text: String, indent: Int) -> [String] {
        TextLayout.wrap(text, columns: width - indent).map { String(repeating: " ", count: indent) + $0 }
    }
}
