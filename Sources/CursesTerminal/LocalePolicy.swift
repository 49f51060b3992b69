/// What to do about the process locale before curses starts (a pure decision, tested as a table).
///
/// In the C locale glibc's `wcwidth` calls every Chinese character -1 and ncursesw silently drops it,
/// so a locale that is not UTF-8 is switched (`LC_CTYPE` only) to a UTF-8 one, with a notice; if none
/// can be set the board refuses to start, unless ASCII mode was asked for.
public enum LocalePolicy {
    /// The result of the decision.
    public enum Outcome: Equatable, Sendable {
        /// The locale already uses UTF-8: nothing to do, nothing to say.
        case utf8
        /// ASCII mode was requested: the locale is left alone.
        case ascii
        /// The locale was not UTF-8; `LC_CTYPE` was switched to this locale.
        case switched(to: String)
        /// Not UTF-8, no UTF-8 locale could be set, ASCII not requested: refuse to start.
        case unusable
    }

    /// UTF-8 locales tried in order when the user's locale is not UTF-8 (`C.UTF-8` is built into
    /// glibc 2.35 and later).
    public static let fallbacks = ["C.UTF-8", "en_US.UTF-8"]

    /// Whether an `nl_langinfo(CODESET)` value names UTF-8 (`UTF-8`, `utf8`, ...).
    public static func isUTF8(codeset: String) -> Bool {
        let normalized = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "utf8"
    }

    /// Decides what to do. `asciiRequested`: `true` for `--ascii`, `nil` or `false` otherwise
    /// (the locale decides; without UTF-8 the board switches or refuses, it never silently
    /// degrades to ASCII). `trySwitch` sets `LC_CTYPE` to the given locale and reports whether the
    /// codeset is UTF-8 afterwards; it is called only when a switch is needed, in `fallbacks` order.
    public static func decide(codeset: String, asciiRequested: Bool?, trySwitch: (String) -> Bool) -> Outcome {
        if asciiRequested == true { return .ascii }
        if isUTF8(codeset: codeset) { return .utf8 }
        for name in fallbacks where trySwitch(name) {
            return .switched(to: name)
        }
        return .unusable
    }

    /// Which variable sets `LC_CTYPE` (`LC_ALL`, then `LC_CTYPE`, then `LANG`), as `NAME=value`,
    /// or nil when none of them is set.
    public static func governingSetting(in environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return name + "=" + VisibleText.of(value)
            }
        }
        return nil
    }
}

/// The locale as found at start-up: what the environment asked for and what the C library gave.
public struct LocaleSituation: Equatable, Sendable {
    /// `LANG=zh_CN.UTF-8` and the like (see `LocalePolicy.governingSetting`); nil when unset.
    public var setting: String?
    /// `nl_langinfo(CODESET)` after `setlocale(LC_ALL, "")`.
    public var codeset: String
    /// False when `setlocale(LC_ALL, "")` failed, i.e. the requested locale is not installed.
    public var installed: Bool

    public init(setting: String?, codeset: String, installed: Bool) {
        self.setting = setting
        self.codeset = codeset
        self.installed = installed
    }

    private func settingText(chinese: Bool) -> String {
        if let setting { return setting }
        return chinese ? "未设置 LANG 和 LC_ALL" : "LANG and LC_ALL unset"
    }

    /// What is wrong, in one clause.
    func problem(chinese: Bool) -> String {
        let codeset = VisibleText.of(self.codeset)
        if !installed, let setting {
            return chinese
                ? "区域设置 \(setting) 在本机没有安装（现在的字符集是 \(codeset)）"
                : "the locale \(setting) is not installed on this machine (codeset now \(codeset))"
        }
        return chinese
            ? "区域设置不是 UTF-8（\(settingText(chinese: true))，字符集 \(codeset)）"
            : "the locale is not UTF-8 (\(settingText(chinese: false)), codeset \(codeset))"
    }

    /// How to fix it.
    func remedy(chinese: Bool) -> String {
        if !installed, let setting, let value = setting.split(separator: "=", maxSplits: 1).last {
            return chinese
                ? "修复：安装该区域设置（例如 sudo locale-gen \(value)），或 export LANG=C.UTF-8；终端确实不支持 UTF-8 时请用 --ascii 运行。"
                : "Fix: install it (e.g. sudo locale-gen \(value)) or export LANG=C.UTF-8; run with --ascii if the terminal really is not UTF-8."
        }
        return chinese
            ? "修复：export LANG=zh_CN.UTF-8（或 C.UTF-8）；终端确实不支持 UTF-8 时请用 --ascii 运行。"
            : "Fix: export LANG=zh_CN.UTF-8 (or C.UTF-8); run with --ascii if the terminal really is not UTF-8."
    }

    func failureMessage(chinese: Bool) -> String {
        let fallbacks = LocalePolicy.fallbacks.joined(separator: chinese ? " 或 " : " or ")
        return chinese
            ? "\(problem(chinese: true))，也无法切换到 \(fallbacks)。为免中文显示成乱码，程序退出。\(remedy(chinese: true))"
            : "Exiting: \(problem(chinese: false)), and neither \(fallbacks) could be set; Chinese would come out garbled. \(remedy(chinese: false))"
    }
}

/// Said on screen when the locale had to be switched: what was wrong, what was done, how to fix it.
public struct LocaleNotice: Equatable, Sendable {
    public var situation: LocaleSituation
    /// The UTF-8 locale `LC_CTYPE` was switched to.
    public var switchedTo: String

    public init(situation: LocaleSituation, switchedTo: String) {
        self.situation = situation
        self.switchedTo = switchedTo
    }

    /// The notice in Chinese.
    public var chinese: String {
        "\(situation.problem(chinese: true))，已临时改用 \(switchedTo) 显示中文。\(situation.remedy(chinese: true))"
    }

    /// The notice in English.
    public var english: String {
        let problem = situation.problem(chinese: false)
        return problem.prefix(1).uppercased() + problem.dropFirst()
            + "; switched LC_CTYPE to \(switchedTo) to show Chinese. \(situation.remedy(chinese: false))"
    }

    /// Both languages, preferred first, one per line.
    public func message(chinese: Bool) -> String {
        chinese ? self.chinese + "\n" + english : english + "\n" + self.chinese
    }
}
