import FrontlineCore

/// The one table of commands: key handling, the footer and the help screen all read it. The number keys
/// come from the tabs of `ScreenRegistry`, which builds the table. Ctrl-Space is never bound: input methods use it.
public struct CommandTable: Sendable {
    public let specs: [CommandSpec]
    private let byKey: [Key: Command]

    /// The table with a number key for each tab, in order.
    init(tabs: [(tab: Tab, title: @Sendable (Lang) -> String)]) {
        specs =
            Self.moving
            + tabs.enumerated().map { n, tab in
                CommandSpec(
                    command: .showTab(tab.tab), keys: [.character(Character(String(n + 1)))], keyLabel: String(n + 1),
                    help: tab.title, inFooter: false)
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
        CommandSpec(command: .down, keys: [.character("j"), .down], keyLabel: "j/↓", help: .commandDown, inFooter: false),
        CommandSpec(command: .up, keys: [.character("k"), .up], keyLabel: "k/↑", help: .commandUp, inFooter: false),
        CommandSpec(command: .first, keys: [.character("g"), .home], keyLabel: "g/Home", help: .commandFirst, inFooter: false),
        CommandSpec(command: .last, keys: [.character("G"), .end], keyLabel: "G/End", help: .commandLast, inFooter: false),
        CommandSpec(command: .pageDown, keys: [.pageDown, .control("f")], keyLabel: "PgDn/^F", help: .commandPageDown, inFooter: false),
        CommandSpec(command: .pageUp, keys: [.pageUp, .control("b")], keyLabel: "PgUp/^B", help: .commandPageUp, inFooter: false),
        CommandSpec(command: .open, keys: [.enter], keyLabel: "Enter", help: .commandOpen, inFooter: true),
        CommandSpec(command: .back, keys: [.escape], keyLabel: "Esc", help: .commandBack, inFooter: true),
        CommandSpec(command: .previousTab, keys: [.backTab], keyLabel: "S-Tab", help: .commandPreviousScreen, inFooter: false),
    ]

    /// Finding and getting around, first in a newcomer's footer; `Tab/1-N` names the number of tabs.
    private static func finding(tabs: Int) -> [CommandSpec] {
        [
            CommandSpec(command: .filter, keys: [.character("/")], keyLabel: "/", help: .commandFilter, inFooter: true),
            CommandSpec(command: .nextMatch, keys: [.character("n")], keyLabel: "n", help: .commandNextMatch, inFooter: false),
            CommandSpec(command: .previousMatch, keys: [.character("N")], keyLabel: "N", help: .commandPreviousMatch, inFooter: false),
            CommandSpec(command: .sort, keys: [.character("s")], keyLabel: "s", help: .commandSort, inFooter: true),
            CommandSpec(command: .nextTab, keys: [.tab], keyLabel: "Tab/1-\(tabs)", help: .commandNextScreen, inFooter: true),
        ]
    }

    /// The issues' lifecycle and the records of the 一线 work: issues, absences, projects, edits, visits, progress, 手续.
    private static let recording = [
        CommandSpec(command: .move, keys: [.character("m")], keyLabel: "m", help: .commandMove, inFooter: true),
        CommandSpec(command: .extend, keys: [.character("x")], keyLabel: "x", help: .commandExtend, inFooter: true),
        CommandSpec(command: .newIssue, keys: [.character("a")], keyLabel: "a", help: .commandNewIssue, inFooter: true),
        CommandSpec(command: .newAbsence, keys: [.character("o")], keyLabel: "o", help: .commandNewAbsence, inFooter: true),
        CommandSpec(command: .newProject, keys: [.character("P")], keyLabel: "P", help: .commandNewProject, inFooter: true),
        CommandSpec(command: .edit, keys: [.character("e")], keyLabel: "e", help: .commandEdit, inFooter: true),
        CommandSpec(command: .visit, keys: [.character("v")], keyLabel: "v", help: .commandVisit, inFooter: true),
        CommandSpec(command: .progress, keys: [.character("p")], keyLabel: "p", help: .commandProgress, inFooter: true),
        CommandSpec(command: .procedure, keys: [.character("h")], keyLabel: "h", help: .commandProcedure, inFooter: false),
        CommandSpec(command: .raiseProcedure, keys: [.character("H")], keyLabel: "H", help: .commandRaiseProcedure, inFooter: false),
    ]

    /// 调度会 and 领导批示: the meeting keys are offered on the meetings' screens; 反馈 and 落实 on an instruction's line.
    private static let dispatching = [
        CommandSpec(command: .newMeeting, keys: [.character("M")], keyLabel: "M", help: .commandNewMeeting, inFooter: true),
        CommandSpec(command: .decide, keys: [.character("d")], keyLabel: "d", help: .commandDecide, inFooter: true),
        CommandSpec(command: .respondToInstruction, keys: [.character("f")], keyLabel: "f", help: .commandRespond, inFooter: true),
        CommandSpec(command: .completeInstruction, keys: [.character("l")], keyLabel: "l", help: .commandCompleteInstruction, inFooter: true),
        CommandSpec(command: .instruct, keys: [.character("i")], keyLabel: "i", help: .commandInstruct, inFooter: false),
        CommandSpec(command: .newSquad, keys: [.character("S")], keyLabel: "S", help: .commandNewSquad, inFooter: true),
        CommandSpec(command: .newLead, keys: [.character("L")], keyLabel: "L", help: .commandNewLead, inFooter: true),
        CommandSpec(command: .advanceLead, keys: [.character(">")], keyLabel: ">", help: .commandAdvanceLead, inFooter: true),
        CommandSpec(command: .publishAttraction, keys: [.character("R")], keyLabel: "R", help: .commandPublishAttraction, inFooter: true),
    ]

    /// Supervision: 催办, 督办, withdrawing a published report.
    private static let supervising = [
        CommandSpec(command: .urge, keys: [.character("!")], keyLabel: "!", help: .commandUrge, inFooter: false),
        CommandSpec(command: .escalate, keys: [.character("E")], keyLabel: "E", help: .commandEscalate, inFooter: false),
        CommandSpec(command: .withdrawReport, keys: [.character("W")], keyLabel: "W", help: .commandWithdrawReport, inFooter: true),
        CommandSpec(command: .issueBulletin, keys: [.character("T")], keyLabel: "T", help: .commandIssueBulletin, inFooter: true),
    ]

    /// Marking, undo, the command line, the screen, help and quitting: last in the footer and the help.
    private static let general = [
        CommandSpec(command: .mark, keys: [.character(" ")], keyLabel: "Space", help: .commandMark, inFooter: false),
        CommandSpec(command: .undo, keys: [.character("u")], keyLabel: "u", help: .commandUndo, inFooter: false),
        CommandSpec(command: .commandLine, keys: [.character(":")], keyLabel: ":", help: .commandLine, inFooter: false),
        CommandSpec(command: .refresh, keys: [.character("r")], keyLabel: "r", help: .commandRefresh, inFooter: false),
        CommandSpec(command: .redraw, keys: [.control("l")], keyLabel: "^L", help: .commandRedraw, inFooter: false),
        CommandSpec(command: .help, keys: [.character("?"), .function(1)], keyLabel: "?/F1", help: .commandHelp, inFooter: true),
        CommandSpec(command: .quit, keys: [.character("q"), .function(10)], keyLabel: "q", help: .commandQuit, inFooter: true),
    ]

    /// Getting around first (a newcomer's footer), then the editing keys, in the order of the help. Built from one
    /// small array per area rather than one literal of every command.
    private static func acting(tabs: Int) -> [CommandSpec] {
        finding(tabs: tabs) + dispatching + recording + supervising + general
    }
}
