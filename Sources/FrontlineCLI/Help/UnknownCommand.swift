import FrontlineCore

/// The message for a word where a command was expected and no command has that name: the list of the
/// commands that level has, instead of the argument parser's usage of the default command (the board).
enum UnknownCommand {
    static func message(_ word: String, in command: CommandTree, lang: Lang) -> String {
        let shown = Sanitizer.display(word)
        let prefix = (["frontline"] + command.path).joined(separator: " ")
        var lines = [lang.pick("未知命令“\(shown)”；\(prefix) 的命令有：", "unknown command '\(shown)'; the commands of \(prefix) are:")]
        for sub in command.subcommands where sub.name != "help" {
            let name = sub.name + (sub.name == command.defaultSubcommand ? lang.pick("（默认）", " (default)") : "")
            let abstract = lang == .zh ? HelpCatalog.commands[sub.pathText] ?? sub.abstract : sub.abstract
            lines.append(ChineseHelp.row(name, abstract).trimmingTrailingNewline)
        }
        lines.append(lang.pick("详见 'frontline help <命令>'", "See 'frontline help <command>' for more."))
        return lines.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
