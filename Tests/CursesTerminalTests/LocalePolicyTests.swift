@testable import CursesTerminal
import Testing

private struct LocaleCase: Sendable, CustomTestStringConvertible {
    var codeset: String
    var ascii: Bool?
    var available: Set<String>
    var outcome: LocalePolicy.Outcome
    var attempts: [String]
    var testDescription: String { "\(codeset) ascii=\(String(describing: ascii)) available=\(available.sorted())" }
}

private let localeCases: [LocaleCase] = [
    LocaleCase(codeset: "UTF-8", ascii: nil, available: [], outcome: .utf8, attempts: []),
    LocaleCase(codeset: "utf8", ascii: false, available: [], outcome: .utf8, attempts: []),
    LocaleCase(codeset: "UTF-8", ascii: true, available: ["C.UTF-8"], outcome: .ascii, attempts: []),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: true, available: ["C.UTF-8"], outcome: .ascii, attempts: []),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: nil, available: ["C.UTF-8", "en_US.UTF-8"],
               outcome: .switched(to: "C.UTF-8"), attempts: ["C.UTF-8"]),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: false, available: ["en_US.UTF-8"],
               outcome: .switched(to: "en_US.UTF-8"), attempts: ["C.UTF-8", "en_US.UTF-8"]),
    LocaleCase(codeset: "GB18030", ascii: nil, available: ["C.UTF-8"],
               outcome: .switched(to: "C.UTF-8"), attempts: ["C.UTF-8"]),
    LocaleCase(codeset: "ANSI_X3.4-1968", ascii: nil, available: [],
               outcome: .unusable, attempts: ["C.UTF-8", "en_US.UTF-8"]),
    LocaleCase(codeset: "ISO-8859-1", ascii: false, available: [],
               outcome: .unusable, attempts: ["C.UTF-8", "en_US.UTF-8"]),
]

@Suite("Locale policy")
struct LocalePolicyTests {
    @Test("decision table", arguments: localeCases)
    fileprivate func decide(_ row: LocaleCase) {
        var attempts: [String] = []
        let outcome = LocalePolicy.decide(codeset: row.codeset, asciiRequested: row.ascii) { name in
            attempts.append(name)
            return row.available.contains(name)
        }
        #expect(outcome == row.outcome)
        #expect(attempts == row.attempts)
    }

    @Test("UTF-8 codeset names", arguments: [
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
        let notice = LocaleNotice(situation: LocaleSituation(setting: "LANG=C", codeset: "ANSI_X3.4-1968", installed: true),
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
        let notice = LocaleNotice(situation: LocaleSituation(setting: "LANG=zh_CN.UTF-8", codeset: "ANSI_X3.4-1968", installed: false),
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
