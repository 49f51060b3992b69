import FrontlineCore

/// The message for a word where a command was expected and no command has that name: the list of the
/// commands that level has, instead of the argument parser's usage of the default command (the board).
enum UnknownCommand {
    static func message(_ word: String, in command: CommandTree, lang: Lang) -> String {
        let shown = Sanitizer.display(word)
        let prefix = (["frontline"] + command.path).joined(separator: " ")
        var lines = [lang.text(.unknownSubcommand, shown, prefix)]
        for sub in command.subcommands where sub.name != "help" {
            let name = sub.name + (sub.name == command.defaultSubcommand ? lang.text(.helpDefaultMarker) : "")
            let abstract = lang == .zh ? HelpCatalog.commands[sub.pathText] ?? sub.abstract : sub.abstract
            lines.append(ChineseHelp.row(name, abstract).trimmingTrailingNewline)
        }
        lines.append(lang.text(.helpSeeMore))
        return lines.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
