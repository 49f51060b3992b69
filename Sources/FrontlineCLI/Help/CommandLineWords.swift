import ArgumentParser

/// What the words of a command line name, read before the argument parser sees them: the command (its
/// path), a word where a command was expected but none is called that, and whether help was asked for.
struct CommandLineWords {
    /// The words after `frontline` that name the command: `["issue", "move"]`.
    var path: [String]
    /// A word that names no subcommand where one was expected (`frontline projcts`).
    var unknown: String?
    /// `-h`, `--help`, or `frontline help …`.
    var helpRequested: Bool
    /// The tree the words were read against; nil: `CommandTree.frontline`, read only if `command` is asked for.
    private var tree: CommandTree?

    /// The command named (the root for none): from the argument parser's description of the tool.
    var command: CommandTree {
        let root = tree ?? .frontline
        var node = root
        for name in path {
            guard let next = node.subcommand(name) else { return root }
            node = next
        }
        return node
    }

    /// Reads `arguments` against the whole tool. Most command lines are read from the commands' names alone
    /// (`quick`): the argument parser's description of every argument of every command (`CommandTree.frontline`)
    /// took longer to make than most commands take to run, so it is made only when an answer depends on it.
    init(_ arguments: [String]) {
        self = Self.quick(arguments) ?? CommandLineWords(arguments, tree: .frontline)
    }

    init(_ arguments: [String], tree: CommandTree) {
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
        path = command.path
        self.unknown = unknown
        helpRequested = help
        self.tree = tree
    }

    private init(path: [String], helpRequested: Bool) {
        self.path = path
        unknown = nil
        self.helpRequested = helpRequested
        tree = nil
    }

    /// The same reading as `init(_:tree:)` from the commands' configurations (names and subcommands), or nil
    /// where its answer could differ: a word that names no subcommand, or an option followed by words whose
    /// reading depends on whether the option takes a value (a subcommand may follow, or `-h`, `--help`, `--`).
    /// At a command without subcommands every other word is passed over whatever the option takes.
    private static func quick(_ arguments: [String]) -> CommandLineWords? {
        var command: any ParsableCommand.Type = Frontline.self
        var path: [String] = []
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
            let subcommands = command.configuration.subcommands
            if word.hasPrefix("-") {
                // The options every command takes are known to take a value: `frontline --data DIR` (the board) reads
                // here without the whole description. Any other option before more words needs the description.
                if GlobalOptions.valueOptions.contains(word) {
                    i += 1
                    continue
                }
                if i < arguments.count && (!subcommands.isEmpty || arguments[i...].contains { $0 == "-h" || $0 == "--help" || $0 == "--" }) {
                    return nil
                }
                continue
            }
            if subcommands.isEmpty { continue }
            if path.isEmpty && word == "help" && !help {
                help = true
                continue
            }
            guard let next = subcommands.first(where: { $0._commandName == word }) else { return nil }
            command = next
            path.append(word)
        }
        return CommandLineWords(path: path, helpRequested: help)
    }
}
