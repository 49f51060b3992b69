/// Why the full-screen terminal could not start. Each case explains itself in Chinese or English.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Which standard stream is not a terminal.
    public enum Stream: Equatable, Sendable {
        case standardInput, standardOutput
    }

    /// `TERM` is unset, `dumb`, or names a terminal without cursor addressing (`nil`: unset).
    case dumbTerminal(term: String?)
    /// Standard input or output is a pipe or file: a blocking read would fail forever.
    case notATerminal(Stream)
    /// `newterm` found no terminfo entry for this `TERM`.
    case unknownTerminal(String)
    /// The locale is not UTF-8 and no UTF-8 locale could be set (and `--ascii` was not asked for).
    case noUTF8Locale(LocaleSituation)
    /// The settings ask for GB18030/GBK/GB2312 and no such locale is installed.
    case noChineseLocale(LocaleSituation)

    /// The explanation with what to do about it. `noUTF8Locale` always gives both languages
    /// (the preferred one first), since that is exactly when Chinese may not display.
    public func message(chinese: Bool) -> String {
        switch self {
        case .noUTF8Locale(let situation):
            let zh = situation.failureMessage(chinese: true)
            let en = situation.failureMessage(chinese: false)
            return chinese ? zh + "\n" + en : en + "\n" + zh
        case .noChineseLocale(let situation):
            return situation.chineseFailureMessage(chinese: false) + "\n" + situation.chineseFailureMessage(chinese: true)
        default:
            return chinese ? chineseMessage : englishMessage
        }
    }

    public var description: String { message(chinese: false) }

    private var chineseMessage: String {
        switch self {
        case .dumbTerminal(nil):
            return "未设置 TERM 环境变量，无法打开全屏看板。请在能定位光标的终端里运行（例如 export TERM=xterm-256color），或改用非交互的子命令。"
        case .dumbTerminal(let term?):
            return "终端类型 TERM=\(VisibleText.of(term)) 不能定位光标，无法打开全屏看板。请改用 export TERM=xterm-256color（或 xterm），或改用非交互的子命令。"
        case .notATerminal(.standardInput):
            return "标准输入不是终端（被管道或重定向了），全屏看板需要交互式终端。请直接在终端里运行（ssh 远程执行时加 -t），或改用非交互的子命令。"
        case .notATerminal(.standardOutput):
            return "标准输出不是终端（被管道或重定向了），全屏看板需要交互式终端。请直接在终端里运行（ssh 远程执行时加 -t），或改用非交互的子命令。"
        case .unknownTerminal(let term):
            return "本机的 terminfo 里没有终端类型 TERM=\(VisibleText.of(term))。请试试 export TERM=xterm-256color（或 xterm），或安装 ncurses-term 软件包。"
        case .noUTF8Locale(let situation):
            return situation.failureMessage(chinese: true)
        case .noChineseLocale(let situation):
            return situation.chineseFailureMessage(chinese: true)
        }
    }

    private var englishMessage: String {
        switch self {
        case .dumbTerminal(nil):
            return
                "TERM is not set, so the full-screen board cannot start. Run it in a terminal with cursor addressing (e.g. export TERM=xterm-256color), or use the non-interactive subcommands."
        case .dumbTerminal(let term?):
            return
                "The terminal type TERM=\(VisibleText.of(term)) cannot address the cursor, so the full-screen board cannot start. Use export TERM=xterm-256color (or xterm), or the non-interactive subcommands."
        case .notATerminal(.standardInput):
            return
                "Standard input is not a terminal (it is piped or redirected); the board needs an interactive terminal. Run it directly in a terminal (ssh -t for a remote command), or use the non-interactive subcommands."
        case .notATerminal(.standardOutput):
            return
                "Standard output is not a terminal (it is piped or redirected); the board needs an interactive terminal. Run it directly in a terminal (ssh -t for a remote command), or use the non-interactive subcommands."
        case .unknownTerminal(let term):
            return
                "This machine's terminfo has no entry for TERM=\(VisibleText.of(term)). Try export TERM=xterm-256color (or xterm), or install the ncurses-term package."
        case .noUTF8Locale(let situation):
            return situation.failureMessage(chinese: false)
        case .noChineseLocale(let situation):
            return situation.chineseFailureMessage(chinese: false)
        }
    }

    /// The message as bytes for the terminal that will show it: for a terminal set to GB18030/GBK the English
    /// (plain ASCII, readable anywhere) and then the Chinese in GB18030; otherwise nil (print it as UTF-8).
    public var terminalBytes: [UInt8]? {
        guard case .noChineseLocale(let situation) = self else { return nil }
        let english = Array((situation.chineseFailureMessage(chinese: false) + "\n").utf8)
        return english + (LegacyEncoding.gb18030(situation.chineseFailureMessage(chinese: true) + "\n") ?? [])
    }
}

/// Renders an environment value for a message: printable ASCII as is, anything else as `<U+XXXX>`,
/// so a hostile `TERM` or `LANG` cannot move the cursor or reorder the message.
enum VisibleText {
    static func of(_ value: String, limit: Int = 64) -> String {
        var result = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count >= limit {
                result += "…"
                break
            }
            if scalar.value >= 0x20 && scalar.value < 0x7F {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            }
            count += 1
        }
        return result
    }
}
