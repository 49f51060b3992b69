import ArgumentParser
import FrontlineCore
import FrontlineStore

/// The commands and their arguments as the argument parser knows them (its JSON description of the
/// tool), for our own renderings: Chinese help, and the list of commands after an unknown one.
struct CommandTree: Sendable {
    struct Argument: Sendable {
        enum Kind: String, Sendable { case positional, option, flag }
        var kind: Kind
        /// `--title`, `-h`, or `<id>` for a positional.
        var names: [String]
        var valueName: String
        var abstract: String
        var isOptional: Bool
        var isRepeating: Bool
        var defaultValue: String?
        var shouldDisplay: Bool

        /// The name catalogues are keyed by: the long name, else the first one (`<id>` for positionals).
        var key: String { names.first { $0.hasPrefix("--") } ?? names.first ?? "<\(valueName)>" }
    }

    var name: String
    /// The words after `frontline`: `["issue", "new"]`.
    var path: [String]
    var abstract: String
    var discussion: String
    var arguments: [Argument]
    var subcommands: [CommandTree]
    var defaultSubcommand: String?

    var pathText: String { path.joined(separator: " ") }

    /// The tree of `Frontline`, read once.
    static let frontline: CommandTree = {
        guard let value = try? JSONValue.parse(Array(Frontline._dumpHelp().utf8)), let command = value["command"] else {
            return CommandTree(name: "frontline", path: [], abstract: "", discussion: "", arguments: [], subcommands: [], defaultSubcommand: nil)
        }
        return CommandTree(command, path: [])
    }()

    init(
        name: String, path: [String], abstract: String, discussion: String, arguments: [Argument], subcommands: [CommandTree],
        defaultSubcommand: String?
    ) {
        self.name = name
        self.path = path
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.subcommands = subcommands
        self.defaultSubcommand = defaultSubcommand
    }

    init(_ value: JSONValue, path: [String]) {
        name = value["commandName"]?.stringValue ?? ""
        self.path = path
        abstract = value["abstract"]?.stringValue ?? ""
        discussion = value["discussion"]?.stringValue ?? ""
        defaultSubcommand = value["defaultSubcommand"]?.stringValue
        var arguments: [Argument] = []
        if case .array(let items)? = value["arguments"] {
            for item in items {
                let kind = Argument.Kind(rawValue: item["kind"]?.stringValue ?? "") ?? .option
                var names: [String] = []
                if case .array(let list)? = item["names"] {
                    for name in list {
                        let text = name["name"]?.stringValue ?? ""
                        names.append(
                            name["kind"]?.stringValue == "short"
                                ? "-" + text : name["kind"]?.stringValue == "longWithSingleDash" ? "-" + text : "--" + text)
                    }
                }
                let valueName = item["valueName"]?.stringValue ?? ""
                if kind == .positional { names = ["<\(valueName)>"] }
                arguments.append(
                    Argument(
                        kind: kind, names: names.sorted { $0.count < $1.count }, valueName: valueName,
                        abstract: item["abstract"]?.stringValue ?? "", isOptional: item["isOptional"] == .bool(true),
                        isRepeating: item["isRepeating"] == .bool(true), defaultValue: item["defaultValue"]?.stringValue,
                        shouldDisplay: item["shouldDisplay"] != .bool(false)))
            }
        }
        self.arguments = arguments
        var subcommands: [CommandTree] = []
        if case .array(let items)? = value["subcommands"] {
            for item in items {
                let name = item["commandName"]?.stringValue ?? ""
                subcommands.append(CommandTree(item, path: path + [name]))
            }
        }
        self.subcommands = subcommands
    }

    func subcommand(_ name: String) -> CommandTree? { subcommands.first { $0.name == name } }

    /// Every command of the tree, depth first.
    var all: [CommandTree] { [self] + subcommands.flatMap(\.all) }
}
