import Testing

@testable import CursesTerminal

private struct LocaleCase: Sendable, CustomTestStringConvertible {
    var codeset: String
    var ascii: Bool?
    var requested: String? = nil
    /// The locales that can be set, with their codesets.
    var available: [String: String]
    var outcome: LocalePolicy.Outcome
    var attempts: [String]
    var testDescription: String { "\(codeset) ascii=\(String(describing: ascii)) asked=\(requested ?? "-") available=\(available.keys.sorted())" }
}

private let utf8: [String: String] = ["C.UTF-8": "UTF-8", "en_US.UTF-8": "UTF-8"]
private let gb: [String: String] = ["zh_CN.GB18030": "GB18030", "zh_CN.GBK": "GBK"]
private let gbFallbacks = ["zh_CN.GBK"] + LocalePolicy.chineseFallbacks

private let localeCases: [LocaleCase] = [
    LocaleCase(codeset: "UTF-8", ascii: nil, available: [:], outcome: .utf8, attempts: []),
    LocaleCase(codeset: "utf8", ascii: false, available: [:], outcome: .utf8, attempts: []),
    // --ascii on a UTF-8 terminal: nothing to switch (the board replaces symbols, text stays).
    LocaleCase(codeset: "UTF-8", ascii: true, available: utf8, outcome: .utf8, attempts: []),
    // --ascii never switches to UTF-8: the user says the terminal is not.
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: true, available: utf8, outcome: .ascii, attempts: []),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: nil, available: utf8, outcome: .switched(to: "C.UTF-8"), attempts: ["C.UTF-8"]),
    LocaleCase(
        codeset: "ANSI_X3.4-1968", ascii: false, available: ["en_US.UTF-8": "UTF-8"],
        outcome: .switched(to: "en_US.UTF-8"), attempts: ["C.UTF-8", "en_US.UTF-8"]),
    // First-day issue, item 12: a GB18030 or GBK terminal keeps its encoding (it used to get UTF-8).
    LocaleCase(codeset: "GB18030", ascii: nil, available: utf8, outcome: .chinese(codeset: "GB18030", switchedTo: nil), attempts: []),
    LocaleCase(codeset: "GBK", ascii: true, available: utf8, outcome: .chinese(codeset: "GBK", switchedTo: nil), attempts: []),
    // Asked for but not installed under that name: another GB locale will do; none at all is refused.
    LocaleCase(
        codeset: "ANSI_X3.4-1968", ascii: nil, requested: "zh_CN.GBK", available: ["zh_CN.GB18030": "GB18030"].merging(utf8) { $1 },
        outcome: .chinese(codeset: "GB18030", switchedTo: "zh_CN.GB18030"), attempts: ["zh_CN.GBK", "zh_CN.GB18030"]),
    LocaleCase(
        codeset: "ANSI_X3.4-1968", ascii: nil, requested: "zh_CN.GBK", available: gb,
        outcome: .chinese(codeset: "GBK", switchedTo: "zh_CN.GBK"), attempts: ["zh_CN.GBK"]),
    LocaleCase(
        codeset: "ANSI_X3.4-1968", ascii: nil, requested: "zh_CN.GBK", available: utf8,
        outcome: .chineseUnavailable, attempts: gbFallbacks),
    LocaleCase(
        codeset: "ANSI_X3.4-1968", ascii: true, requested: "zh_CN.GBK", available: utf8,
        outcome: .ascii, attempts: gbFallbacks),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: nil, available: [:], outcome: .unusable, attempts: ["C.UTF-8", "en_US.UTF-8"]),
    LocaleCase(codeset: "ISO-8859-1", ascii: false, available: [:], outcome: .unusable, attempts: ["C.UTF-8", "en_US.UTF-8"]),
]

@Suite("Locale policy")
struct LocalePolicyTests {
    @Test("decision table", arguments: localeCases)
    fileprivate func decide(_ row: LocaleCase) {
        var attempts: [String] = []
        let outcome = LocalePolicy.decide(codeset: row.codeset, asciiRequested: row.ascii, requested: row.requested) { name in
            attempts.append(name)
            return row.available[name]
        }
        #expect(outcome == row.outcome)
        #expect(attempts == row.attempts)
    }

    @Test(
        "locale names that ask for a Chinese legacy encoding",
        arguments: [
            ("zh_CN.GBK", true), ("zh_CN.gb18030", true), ("zh_CN.GB2312", true), ("zh_CN.euc-cn", true), ("zh_CN.GB18030@x", true),
            ("zh_CN.UTF-8", false), ("zh_CN", false), ("C", false),
        ])
    func asksForChinese(locale: String, expected: Bool) {
        #expect(LocalePolicy.asksForChinese(locale) == expected)
    }

    @Test("a GB18030 terminal without its locale is refused in words it can show: ASCII English, then GB18030 Chinese")
    func chineseRefusal() throws {
        let error = TerminalError.noChineseLocale(LocaleSituation(setting: "LANG=zh_CN.GBK", codeset: "ANSI_X3.4-1968", installed: false))
        let bytes = try #require(error.terminalBytes)
        let newline = try #require(bytes.firstIndex(of: 10))
        #expect(bytes[..<newline].allSatisfy { $0 < 0x80 }, "the English line is plain ASCII")
        #expect(String(decoding: bytes[..<newline], as: UTF8.self).contains("localedef -i zh_CN -f GB18030"))
        let chinese = Array(bytes[(newline + 1)...])
        #expect(String(validatingUTF8: chinese.map { CChar(bitPattern: $0) } + [0]) == nil, "the Chinese is not UTF-8")
        #expect(LegacyEncoding.gb18030("程序退出") == [0xB3, 0xCC, 0xD0, 0xF2, 0xCD, 0xCB, 0xB3, 0xF6], "GB18030 bytes of 程序退出")
        #expect(chinese.count > 20)
    }

    @Test(
        "UTF-8 codeset names",
        arguments: [
            ("UTF-8", true), ("utf-8", true), ("utf8", true), ("UTF8", true),
            ("ANSI_X3.4-1968", false), ("GB18030", false), ("GBK", false), ("ISO-8859-1", false), ("", false),
        ])
    func utf8(codeset: String, expected: Bool) {
        #expect(LocalePolicy.isUTF8(codeset: codeset) == expected)
    }

    @Test("the variable that governs LC_CTYPE is named in messages")
    func governingSetting() {
        #expect(LocalePolicy.governingSetting(in: [:]) == nil)
        #expect(LocalePolicy.governingSetting(in: ["LANG": ""]) == nil)
        #expect(LocalePolicy.governingSetting(in: ["LANG": "C"]) == "LANG=C")
        #expect(LocalePolicy.governingSetting(in: ["LANG": "C", "LC_CTYPE": "POSIX"]) == "LC_CTYPE=POSIX")
        #expect(LocalePolicy.governingSetting(in: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == "LC_ALL=C")
        #expect(LocalePolicy.governingSetting(in: ["LANG": "C\u{1B}[2J"]) == "LANG=C<U+001B>[2J")
    }

    @Test("the notice says what was wrong, what was done and how to fix it, in both languages")
    func notice() {
        let notice = LocaleNotice(
            situation: LocaleSituation(setting: "LANG=C", codeset: "ANSI_X3.4-1968", installed: true),
            switchedTo: "C.UTF-8")
        for text in [notice.chinese, notice.english] {
            #expect(text.contains("LANG=C"))
            #expect(text.contains("ANSI_X3.4-1968"))
            #expect(text.contains("C.UTF-8"))
            #expect(text.contains("export LANG=zh_CN.UTF-8"))
            #expect(text.contains("--ascii"))
            #expect(!text.contains("\n"))
        }
        #expect(notice.chinese.contains("不是 UTF-8"))
        #expect(notice.english.hasPrefix("The locale is not UTF-8"))
        #expect(notice.message(chinese: true) == notice.chinese + "\n" + notice.english)
        #expect(notice.message(chinese: false) == notice.english + "\n" + notice.chinese)
    }

    @Test("a locale that is not installed is named as such, with how to install it")
    func notInstalled() {
        let notice = LocaleNotice(
            situation: LocaleSituation(setting: "LANG=zh_CN.UTF-8", codeset: "ANSI_X3.4-1968", installed: false),
            switchedTo: "C.UTF-8")
        #expect(notice.chinese.contains("没有安装"))
        #expect(notice.english.contains("not installed"))
        #expect(notice.english.contains("locale-gen zh_CN.UTF-8"))
        #expect(notice.chinese.contains("locale-gen zh_CN.UTF-8"))
    }

    @Test("refusing to start explains itself in both languages, whichever is preferred")
    func failure() {
        let error = TerminalError.noUTF8Locale(LocaleSituation(setting: nil, codeset: "ANSI_X3.4-1968", installed: true))
        for chinese in [true, false] {
            let message = error.message(chinese: chinese)
            #expect(message.contains("程序退出"))
            #expect(message.contains("Exiting"))
            #expect(message.contains("C.UTF-8"))
            #expect(message.contains("en_US.UTF-8"))
            #expect(message.contains("--ascii"))
            #expect(message.contains(chinese ? "未设置 LANG" : "LANG and LC_ALL unset"))
        }
        #expect(error.message(chinese: true).hasPrefix("区域设置"))
        #expect(error.message(chinese: false).hasPrefix("Exiting"))
    }
}
