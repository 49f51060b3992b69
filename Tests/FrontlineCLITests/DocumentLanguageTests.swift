import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// Issue 10 item 21: the store has a language for its documents and a zone name, both set at `init`;
/// the language is changed by an administrator through a recorded change; publishing freezes the
/// report in it, whatever the publisher's locale.
struct DocumentLanguageTests {
    static let chineseShell = ["LANG": "zh_CN.UTF-8"]

    @Test func initTakesTheZoneNameAndTheDocumentLanguage() throws {
        let dir = TempDirectory()
        let path = dir.at("zone")
        #expect(cli(["init", path, "--zone", "测试高新区", "--document-lang", "en"]).code == 0)
        let settings = try FileStore(directory: path).board.settings
        #expect(settings.zoneName == "测试高新区" && settings.documentLanguage == .en)
        let report = cli(["report", "half-month", "--as-of", "2026-11-27", "--data", path], environment: Self.chineseShell)
        #expect(report.out.hasPrefix("# 测试高新区 key projects: progress report, 2nd half of 2026-11\n"), "\(report.out.prefix(80))")
        #expect(cli(["init", dir.at("blank"), "--zone", "  "]).code == 64)
    }

    @Test func withoutAZoneNameTheTitleHasNoGap() throws {
        let dir = TempDirectory()
        let path = dir.at("zone")
        #expect(cli(["init", path]).code == 0)
        #expect(try FileStore(directory: path).board.settings.documentLanguage == .zh, "Chinese unless asked otherwise")
        let zh = cli(["report", "half-month", "--as-of", "2026-11-27", "--data", path])
        #expect(zh.out.hasPrefix("# 重点项目建设进展情况（2026年11月下半月）\n"), "\(zh.out.prefix(60))")
        let en = cli(["report", "half-month", "--as-of", "2026-11-27", "--lang", "en", "--data", path])
        #expect(en.out.hasPrefix("# Key projects: progress report, 2nd half of 2026-11\n"), "\(en.out.prefix(60))")
    }

    @Test func publishingFreezesTheDocumentLanguageNotThePublishersLocale() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        // An English shell publishes the Chinese store's report in Chinese.
        let published = cli(["report", "half-month", "--publish", "--data", store.directory], environment: ["LANG": "en_US.UTF-8"])
        #expect(published.code == 0, "\(published)")
        let record = try #require(try FileStore(directory: store.directory).board.reports[id: "2026-11-2"])
        #expect(record.lang == "zh" && record.markdown.hasPrefix("# 测试区重点项目建设进展情况"))
        #expect(published.out == record.markdown)
        // --lang reads a live report in another language; the frozen one stays as it was.
        #expect(cli(["report", "half-month", "--lang", "en", "--data", store.directory]).out == record.markdown)
    }

    @Test func anAdministratorChangesTheDocumentLanguageThroughARecordedChange() throws {
        let dir = TempDirectory()
        let store = try TestBoard.store(in: dir)
        #expect(cli(["edit", "settings", "documentLanguage=en", "--data", store.directory], login: "leader").code == 77)
        #expect(cli(["edit", "settings", "documentLanguage=fr", "--data", store.directory]).code == 64)
        #expect(cli(["edit", "settings", "documentLanguage=en", "--data", store.directory]).code == 0)
        #expect(cli(["log", "--data", store.directory]).out.contains("settings"))
        let published = cli(["report", "half-month", "--publish", "--data", store.directory], environment: Self.chineseShell)
        #expect(published.code == 0)
        #expect(published.out.hasPrefix("# 测试区 key projects: progress report"), "a Chinese shell publishes the English store's report in English")
    }
}
