import FrontlineCore

/// The one table of commands: key handling, the footer and the help screen all read it. The number keys
/// come from the tabs of `ScreenRegistry`, which builds the table. Ctrl-Space is never bound: input methods use it.
public struct CommandTable: Sendable {
    public let specs: [CommandSpec]
    private let byKey: [Key: Command]

    /// The table with a number key for each tab, in order.
    init(tabs: [(tab: Tab, zh: String, en: String)]) {
        specs = Self.moving + tabs.enumerated().map { n, tab in
            CommandSpec(command: .showTab(tab.tab), keys: [.character(Character(String(n + 1)))], keyLabel: String(n + 1),
                        zh: tab.zh, en: tab.en, inFooter: false)
        } + Self.acting(tabs: tabs.count)
        var map: [Key: Command] = [:]
        for spec in specs {
            for key in spec.keys {
                precondition(map[key] == nil, "key bound twice: \(key)")
                map[key] = spec.command
            }
        }
        byKey = map
    }

    /// The board's table (`ScreenRegistry.standard`).
    public static var standard: CommandTable { ScreenRegistry.standard.commands }

    public func command(for key: Key) -> Command? { byKey[key] }

    /// Moving around: before the number keys in the help.
    private static let moving = [
        CommandSpec(command: .down, keys: [.character("j"), .down], keyLabel: "j/↓", zh: "下移", en: "down", inFooter: false),
        CommandSpec(command: .up, keys: [.character("k"), .up], keyLabel: "k/↑", zh: "上移", en: "up", inFooter: false),
        CommandSpec(command: .first, keys: [.character("g"), .home], keyLabel: "g/Home", zh: "第一行", en: "first", inFooter: false),
        CommandSpec(command: .last, keys: [.character("G"), .end], keyLabel: "G/End", zh: "最后一行", en: "last", inFooter: false),
        CommandSpec(command: .pageDown, keys: [.pageDown, .control("f")], keyLabel: "PgDn/^F", zh: "下一页", en: "page down", inFooter: false),
        CommandSpec(command: .pageUp, keys: [.pageUp, .control("b")], keyLabel: "PgUp/^B", zh: "上一页", en: "page up", inFooter: false),
        CommandSpec(command: .open, keys: [.enter], keyLabel: "Enter", zh: "打开", en: "open", inFooter: true),
        CommandSpec(command: .back, keys: [.escape], keyLabel: "Esc", zh: "返回", en: "back", inFooter: true),
        CommandSpec(command: .previousTab, keys: [.backTab], keyLabel: "S-Tab", zh: "上一页面", en: "previous screen", inFooter: false),
    ]

    /// Getting around first (a newcomer's footer), then the editing keys.
    private static func acting(tabs: Int) -> [CommandSpec] {
        [
            CommandSpec(command: .filter, keys: [.character("/")], keyLabel: "/", zh: "筛选", en: "filter", inFooter: true),
            CommandSpec(command: .nextMatch, keys: [.character("n")], keyLabel: "n", zh: "下一个匹配", en: "next match", inFooter: false),
            CommandSpec(command: .previousMatch, keys: [.character("N")], keyLabel: "N", zh: "上一个匹配", en: "previous match", inFooter: false),
            CommandSpec(command: .sort, keys: [.character("s")], keyLabel: "s", zh: "排序", en: "sort", inFooter: true),
            CommandSpec(command: .nextTab, keys: [.tab], keyLabel: "Tab/1-\(tabs)", zh: "页面", en: "screens", inFooter: true),
            CommandSpec(command: .move, keys: [.character("m")], keyLabel: "m", zh: "办理", en: "move", inFooter: true),
            CommandSpec(command: .extend, keys: [.character("x")], keyLabel: "x", zh: "延期", en: "extend", inFooter: true),
            CommandSpec(command: .newIssue, keys: [.character("a")], keyLabel: "a", zh: "新建问题", en: "new issue", inFooter: true),
            CommandSpec(command: .newAbsence, keys: [.character("o")], keyLabel: "o", zh: "登记离岗", en: "absence", inFooter: true),
            CommandSpec(command: .newProject, keys: [.character("P")], keyLabel: "P", zh: "新建项目", en: "new project", inFooter: true),
            CommandSpec(command: .edit, keys: [.character("e")], keyLabel: "e", zh: "编辑", en: "edit", inFooter: true),
            CommandSpec(command: .visit, keys: [.character("v")], keyLabel: "v", zh: "走访", en: "visit", inFooter: true),
            CommandSpec(command: .progress, keys: [.character("p")], keyLabel: "p", zh: "进展", en: "progress", inFooter: true),
            CommandSpec(command: .urge, keys: [.character("!")], keyLabel: "!", zh: "催办", en: "urge", inFooter: false),
            CommandSpec(command: .withdrawReport, keys: [.character("W")], keyLabel: "W", zh: "撤回已发布的半月报", en: "withdraw published report",
                        inFooter: true),
            CommandSpec(command: .mark, keys: [.character(" ")], keyLabel: "Space", zh: "标记（批量办理）", en: "mark (apply to all)", inFooter: false),
            CommandSpec(command: .undo, keys: [.character("u")], keyLabel: "u", zh: "撤回我的上一步", en: "undo my last change", inFooter: false),
            CommandSpec(command: .commandLine, keys: [.character(":")], keyLabel: ":", zh: "命令", en: "command", inFooter: false),
            CommandSpec(command: .refresh, keys: [.character("r")], keyLabel: "r", zh: "刷新", en: "refresh", inFooter: false),
            CommandSpec(command: .redraw, keys: [.control("l")], keyLabel: "^L", zh: "重绘屏幕", en: "redraw", inFooter: false),
            CommandSpec(command: .help, keys: [.character("?"), .function(1)], keyLabel: "?/F1", zh: "帮助", en: "help", inFooter: true),
            CommandSpec(command: .quit, keys: [.character("q"), .function(10)], keyLabel: "q", zh: "退出", en: "quit", inFooter: true),
        ]
    }
}
