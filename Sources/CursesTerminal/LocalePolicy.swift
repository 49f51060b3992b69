/// What to do about the process locale before curses starts (a pure decision, tested as a table).
///
/// In the C locale glibc's `wcwidth` calls every Chinese character -1 and ncursesw silently drops it,
/// so a locale that is not UTF-8 is switched (`LC_CTYPE` only) to a UTF-8 one, with a notice; if none
/// can be set the board refuses to start. Two exceptions:
///
/// - A terminal set to GB18030, GBK or GB2312 (common in Chinese SSH clients) keeps its encoding:
///   ncursesw writes and reads Chinese in it. Such terminals draw box drawing and symbols two columns
///   wide, so the board uses ASCII for those (`--ascii`'s rule). If the settings ask for such an
///   encoding but its locale is not installed, the board refuses with a message readable there.
/// - `--ascii` means the user says the terminal is not UTF-8: the locale is never switched to UTF-8;
///   text it cannot encode shows as `?` (with a notice).
public enum LocalePolicy {
    /// The result of the decision.
    public enum Outcome: Equatable, Sendable {
        /// The locale already uses UTF-8: nothing to do, nothing to say.
        case utf8
        /// A Chinese legacy encoding (GB18030, GBK, GB2312): text in it, symbols in ASCII; `switchedTo` when
        /// `LC_CTYPE` had to be set to that locale.
        case chinese(codeset: String, switchedTo: String?)
        /// The locale was not UTF-8; `LC_CTYPE` was switched to this locale.
        case switched(to: String)
        /// ASCII mode was requested and the locale cannot show Chinese: left alone, text shows as `?`.
        case ascii
        /// Not UTF-8, no UTF-8 locale could be set, ASCII not requested: refuse to start.
        case unusable
        /// The settings ask for a Chinese legacy encoding that is not installed: refuse to start.
        case chineseUnavailable
    }

    /// UTF-8 locales tried in order when the user's locale is not UTF-8 (`C.UTF-8` is built into
    /// glibc 2.35 and later).
    public static let fallbacks = ["C.UTF-8", "en_US.UTF-8"]

    /// Locales tried, after the one asked for, when the settings ask for GB18030, GBK or GB2312
    /// (GB18030 encodes everything GBK and GB2312 do, byte for byte).
    public static let chineseFallbacks = ["zh_CN.GB18030", "zh_CN.gb18030", "zh_CN.GBK", "zh_CN.gbk", "zh_CN.GB2312", "zh_CN.gb2312", "zh_CN"]

    static func normalized(_ codeset: String) -> String { codeset.lowercased().filter { $0 != "-" && $0 != "_" } }

    /// Whether an `nl_langinfo(CODESET)` value names UTF-8 (`UTF-8`, `utf8`, ...).
    public static func isUTF8(codeset: String) -> Bool { normalized(codeset) == "utf8" }

    /// Whether a codeset is one of the Chinese legacy encodings (`GB18030`, `GBK`, `GB2312`, `EUC-CN`).
    public static func isChinese(codeset: String) -> Bool { ["gb18030", "gbk", "gb2312", "euccn"].contains(normalized(codeset)) }

    /// Whether a locale name (`zh_CN.GBK`, `zh_CN.gb18030@euro`) asks for a Chinese legacy encoding.
    public static func asksForChinese(_ locale: String?) -> Bool {
        guard let locale, let dot = locale.firstIndex(of: ".") else { return false }
        let charset = locale[locale.index(after: dot)...].prefix { $0 != "@" }
        return isChinese(codeset: String(charset))
    }

    /// Decides what to do. `asciiRequested`: `true` for `--ascii`. `requested`: the locale the settings
    /// ask for (`governingValue`). `trySwitch` sets `LC_CTYPE` to the given locale and returns its codeset,
    /// or nil when it cannot be set; it is called only when a switch is needed, in order.
    public static func decide(
        codeset: String, asciiRequested: Bool?, requested: String? = nil,
        trySwitch: (String) -> String?
    ) -> Outcome {
        if isUTF8(codeset: codeset) { return .utf8 }
        if isChinese(codeset: codeset) { return .chinese(codeset: codeset, switchedTo: nil) }
        if asksForChinese(requested) {
            for name in [requested!] + chineseFallbacks {
                if let now = trySwitch(name), isChinese(codeset: now) { return .chinese(codeset: now, switchedTo: name) }
            }
            return asciiRequested == true ? .ascii : .chineseUnavailable
        }
        if asciiRequested == true { return .ascii }
        for name in fallbacks {
            if let now = trySwitch(name), isUTF8(codeset: now) { return .switched(to: name) }
        }
        return .unusable
    }

    /// Which variable sets `LC_CTYPE` (`LC_ALL`, then `LC_CTYPE`, then `LANG`), as `NAME=value`,
    /// or nil when none of them is set.
    public static func governingSetting(in environment: [String: String]) -> String? {
        governing(in: environment).map { $0.name + "=" + VisibleText.of($0.value) }
    }

    /// The value of the variable that sets `LC_CTYPE`, as given.
    public static func governingValue(in environment: [String: String]) -> String? { governing(in: environment)?.value }

    private static func governing(in environment: [String: String]) -> (name: String, value: String)? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return (name, value) }
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

    /// The refusal when the settings ask for GB18030/GBK/GB2312 and no such locale is installed.
    func chineseFailureMessage(chinese: Bool) -> String {
        let setting = self.setting ?? "LANG"
        return chinese
            ? "终端设为 GBK/GB18030（\(setting)），但本机没有安装相应的区域设置，中文无法按该字符集显示，程序退出。修复：把 SSH 客户端的字符集改为 UTF-8 并 export LANG=zh_CN.UTF-8；或请管理员安装 GB18030 区域设置（localedef -i zh_CN -f GB18030 zh_CN.GB18030）；或加 --ascii 运行（中文显示为 ?）。"
            : "Exiting: the terminal is set to GBK/GB18030 (\(setting)) but no such locale is installed on this machine, so Chinese cannot be shown in it. Fix: set the SSH client's character set to UTF-8 and export LANG=zh_CN.UTF-8; or ask the administrator to install the GB18030 locale (localedef -i zh_CN -f GB18030 zh_CN.GB18030); or run with --ascii (Chinese shows as ?)."
    }

    func failureMessage(chinese: Bool) -> String {
        let fallbacks = LocalePolicy.fallbacks.joined(separator: chinese ? " 或 " : " or ")
        return chinese
            ? "\(problem(chinese: true))，也无法切换到 \(fallbacks)。为免中文显示成乱码，程序退出。\(remedy(chinese: true))"
            : "Exiting: \(problem(chinese: false)), and neither \(fallbacks) could be set; Chinese would come out garbled. \(remedy(chinese: false))"
    }
}

/// Said on screen about the locale: it had to be switched to UTF-8, the terminal is GB18030/GBK (Chinese in
/// that encoding, symbols in ASCII), or `--ascii` runs where Chinese cannot be shown.
public struct LocaleNotice: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case switched(to: String)
        case chinese(codeset: String)
        case noChineseText
    }

    public var situation: LocaleSituation
    public var kind: Kind

    public init(situation: LocaleSituation, kind: Kind) {
        self.situation = situation
        self.kind = kind
    }

    public init(situation: LocaleSituation, switchedTo: String) {
        self.init(situation: situation, kind: .switched(to: switchedTo))
    }

    /// Whether something is wrong (shown as an error) rather than only said.
    public var isProblem: Bool {
        if case .chinese = kind { return false }
        return true
    }

    /// The notice in Chinese.
    public var chinese: String {
        switch kind {
        case .switched(let name):
            return "\(situation.problem(chinese: true))，已临时改用 \(name) 显示中文。\(situation.remedy(chinese: true))"
        case .chinese(let codeset):
            let setting = situation.setting.map { "（\($0)）" } ?? ""
            return
                "终端字符集为 \(VisibleText.of(codeset))\(setting)：中文按 \(VisibleText.of(codeset)) 显示，边框和符号改用 ASCII。建议把终端和 LANG 都设为 UTF-8（export LANG=zh_CN.UTF-8）。"
        case .noChineseText:
            return
                "\(situation.problem(chinese: true))，--ascii 模式下中文无法显示，以 ? 代替。修复：export LANG=zh_CN.UTF-8（终端为 UTF-8 时），或 zh_CN.GB18030（终端为 GBK/GB18030 时）。"
        }
    }

    /// The notice in English.
    public var english: String {
        let problem = situation.problem(chinese: false)
        let sentence = problem.prefix(1).uppercased() + problem.dropFirst()
        switch kind {
        case .switched(let name):
            return sentence + "; switched LC_CTYPE to \(name) to show Chinese. \(situation.remedy(chinese: false))"
        case .chinese(let codeset):
            let setting = situation.setting.map { " (\($0))" } ?? ""
            return
                "The terminal uses \(VisibleText.of(codeset))\(setting): Chinese is shown in it, borders and symbols in ASCII. UTF-8 for the terminal and LANG is recommended (export LANG=zh_CN.UTF-8)."
        case .noChineseText:
            return sentence
                + "; in --ascii mode Chinese cannot be shown and appears as ?. Fix: export LANG=zh_CN.UTF-8 (UTF-8 terminal) or zh_CN.GB18030 (GBK/GB18030 terminal)."
        }
    }

    /// Both languages, preferred first, one per line.
    public func message(chinese: Bool) -> String {
        chinese ? self.chinese + "\n" + english : english + "\n" + self.chinese
    }
}
