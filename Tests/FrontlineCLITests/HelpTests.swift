import FrontlineCore
import FrontlineTestSupport
import Testing

@testable import FrontlineCLI

/// Help and argument errors in the user's language, and an unknown command answered with the list of
/// commands (issue 10 item 23).
struct HelpTests {
    @Test func everyCommandAndOptionHasItsChineseText() {
        var missing: [String] = []
        for command in CommandTree.frontline.all {
            if HelpCatalog.commands[command.pathText] == nil { missing.append("command '\(command.pathText)'") }
            for argument in command.arguments where argument.shouldDisplay {
                if HelpCatalog.argument(argument.key, of: command.pathText) == nil {
                    missing.append("'\(command.pathText) \(argument.key)'")
                }
            }
        }
        #expect(missing.isEmpty, "add to HelpCatalog (Sources/FrontlineCLI/Help/HelpCatalog.swift): \(missing)")
        #expect(CommandTree.frontline.all.count > 20, "the tree was read")
    }

    @Test(arguments: [
        (["--help"], "frontline [<子命令>]"), (["issue", "new", "--help"], "frontline issue new [<选项>] --title <title> --unit <unit> --due <due>"),
        (["help", "issue", "extend"], "frontline issue extend [<选项>] --reason <reason> <id>"),
        (["import", "-h"], "frontline import [<选项>] --kind <kind> <file>"),
    ])
    func helpInChinese(_ arguments: [String], _ usage: String) {
        for (extra, environment) in [(["--lang", "zh"], [String: String]()), ([], ["LANG": "zh_CN.UTF-8"])] {
            let result = cli(arguments + extra, environment: environment)
            #expect(result.code == 0)
            #expect(result.out.contains("用法：" + usage), "\(result.out)")
            #expect(!result.out.contains("USAGE:") && !result.out.contains("Show help information"), "\(result.out)")
        }
    }

    @Test func helpInEnglishIsTheArgumentParsers() {
        let result = cli(["issue", "new", "--help", "--lang", "en"])
        #expect(result.code == 0)
        #expect(result.out.contains("USAGE: frontline issue new") && result.out.contains("What the problem is, in one line."))
    }

    @Test(arguments: [
        (["issue", "new", "--title", "x"], "错误：缺少必需的参数 --unit <unit>"),
        (["progress", "P-001", "--note", "x", "--pct"], "错误：--pct <pct> 缺少值"),
        (["issues", "--format", "xml"], "错误：“xml”不是 --format <format> 的有效值；可选：table、json、csv"),
        (["issues", "--bogus"], "错误：未知选项 --bogus"),
        (["issues", "--overdu"], "错误：未知选项 --overdu；是否想用 --overdue？"),
        (["show", "P-001", "P-002"], "错误：多余的参数“P-002”"),
        (["issues", "--overdue=yes"], "错误：选项 --overdue 不接受值，却给了“yes”"),
    ])
    func argumentErrorsInChinese(_ arguments: [String], _ first: String) {
        let result = cli(arguments + ["--lang", "zh"])
        #expect(result.code == 64, "\(result)")
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.first == first, "\(result.err)")
        #expect(lines.contains { $0.hasPrefix("用法：frontline ") })
        #expect(!result.err.contains("Error:") && !result.err.contains("Usage:") && !result.err.contains("See '"))
    }

    @Test(arguments: [["projcts"], ["issue", "nwe"], ["projcts", "--help"], ["help", "nothing"], ["--data", "/tmp/x", "projcts"]])
    func anUnknownCommandListsTheCommands(_ arguments: [String]) {
        for lang in [Lang.zh, .en] {
            let result = cli(arguments + ["--lang", lang.rawValue])
            #expect(result.code == 64, "\(result)")
            let word = arguments.first { !$0.hasPrefix("-") && $0 != "help" && $0 != "issue" && $0 != "/tmp/x" }!
            #expect(result.err.hasPrefix(lang.pick("未知命令“\(word)”", "unknown command '\(word)'")), "\(result.err)")
            #expect(!result.err.contains("--ascii"), "not the board's usage")
            let listed = arguments.contains("issue") ? ["new", "move", "extend"] : ["projects", "issues", "import", "export"]
            for name in listed { #expect(result.err.contains("\n  \(name) "), "\(name) listed") }
        }
    }

    /// The Debian package's completions come from the argument parser's own option: its value is no command.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAreGenerated(_ shell: String) {
        #expect(CommandLineWords(["--generate-completion-script", shell]).unknown == nil)
        let result = cli(["--generate-completion-script", shell])
        #expect(result.code == 0 && result.out.contains("frontline") && result.err.isEmpty, "\(result)")
    }

    @Test func theBoardStillOpensWithoutASubcommandAndOptionValuesAreNotCommands() {
        #expect(CommandLineWords(["--data", "projcts"]).unknown == nil)
        #expect(CommandLineWords(["--lang", "zh"]).command.path.isEmpty)
        #expect(CommandLineWords(["issue", "move", "I-0001", "申请办结"]).command.path == ["issue", "move"])
        #expect(CommandLineWords(["edit", "P-001", "name=x"]).unknown == nil)
    }

    /// Most command lines are read without the argument parser's description of the whole tool (making it
    /// took longer than `brief` at R); the reading is the same as with it, for hand-picked and random lines.
    @Test(arguments: [UInt64(2026), 1127, 9])
    func theQuickReadingOfTheWordsIsTheFullOne(seed: UInt64) {
        var lines: [[String]] = [
            [], ["--version"], ["--help"], ["-h"], ["help"], ["help", "help"], ["help", "issue", "new"], ["projcts"], ["issue", "nwe"],
            ["issues", "--overdue", "--format", "json", "--data", "/tmp/x", "--as-of", "2026-11-27"], ["brief", "--quiet-if-empty"],
            ["issues", "--format", "--help"], ["issues", "--format", "-h", "x"], ["issues", "--unit", "--", "-h"], ["issue", "--help", "new"],
            ["--data", "/tmp/x", "projcts"], ["--data", "projcts"], ["--lang", "zh"], ["--lang", "zh", "issue", "new", "--help"],
            ["issue", "move", "I-0001", "申请办结"], ["edit", "P-001", "name=x"], ["--", "projcts"], ["issue", "--", "new"],
            ["issue", "--title", "x", "new"], ["--generate-completion-script", "bash"], ["board", "--ascii"], ["help", "--help"],
        ]
        var fuzz = CommandLineFuzz(values: HostileValues(seed: seed), files: ["/tmp/x.csv"], output: "/tmp/out.csv")
        for _ in 0..<300 { lines.append(fuzz.next()) }
        for line in lines {
            let quick = CommandLineWords(line), full = CommandLineWords(line, tree: .frontline)
            #expect(
                quick.path == full.path && quick.unknown == full.unknown && quick.helpRequested == full.helpRequested,
                "\(line): \(quick.path) \(quick.unknown ?? "-") \(quick.helpRequested) ≠ \(full.path) \(full.unknown ?? "-") \(full.helpRequested)")
            #expect(quick.command.path == full.command.path, "\(line)")
        }
    }

    /// The quick reading skips the word after `--data`, `--as-of` and `--lang` anywhere: each must take a value in
    /// every command (the argument parser's own `help` aside), the board (the root's default) included.
    @Test func theOptionsEveryCommandTakesTakeAValueEverywhere() {
        for command in CommandTree.frontline.all where !command.path.isEmpty && command.subcommands.isEmpty && command.path != ["help"] {
            let options = Set(command.arguments.filter { $0.kind == .option }.flatMap(\.names))
            #expect(GlobalOptions.valueOptions.isSubset(of: options), "\(command.path)")
        }
        for line in [["--data", "/tmp/x"], ["--as-of", "2026-11-27", "--lang", "en"], ["--data", "--help"], ["--lang", "zh", "projcts"]] {
            let quick = CommandLineWords(line), full = CommandLineWords(line, tree: .frontline)
            #expect(quick.path == full.path && quick.unknown == full.unknown && quick.helpRequested == full.helpRequested, "\(line)")
        }
    }

    @Test func anUnknownWordIsSanitized() {
        let result = cli(["\u{1B}]52;c;x\u{7}"])
        #expect(result.code == 64)
        #expect(!result.err.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }
}
