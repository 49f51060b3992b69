/// What the words of a command line name, read before the argument parser sees them: the command (its
/// path), a word where a command was expected but none is called that, and whether help was asked for.
struct CommandLineWords {
    var command: CommandTree
    /// A word that names no subcommand where one was expected (`frontline projcts`).
    var unknown: String?
    /// `-h`, `--help`, or `frontline help …`.
    var helpRequested: Bool

    init(_ arguments: [String], tree: CommandTree = .frontline) {
        // The argument parser's own options that take a value count too (`--generate-completion-script bash`).
        let valueOptions = Set(tree.all.flatMap { $0.arguments.filter { $0.kind == .option }.flatMap(\.names) } + ["--generate-completion-script"])
        var command = tree
        var unknown: String?
        var help = false
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            i += 1
            if word == "--" { break }
            if word == "-h" || word == "--help" {
                help = true
                continue
            }
            if word.hasPrefix("-") {
                if valueOptions.contains(word) { i += 1 }
                continue
            }
            // A bare word: a subcommand where the command has some, else the command's own argument.
            if command.subcommands.isEmpty { continue }
            if command.path.isEmpty && word == "help" && !help {
                help = true
                continue
            }
            guard let next = command.subcommand(word) else {
                unknown = word
                break
            }
            command = next
        }
        self.command = command
        self.unknown = unknown
        helpRequested = help
    }
}
