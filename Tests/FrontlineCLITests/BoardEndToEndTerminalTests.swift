import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

/// The board in tmux as terminals really send and show things (first-day issue, items 9 and 12): keys whose
/// sequences terminfo does not list, `--ascii`, and a terminal set to GB18030.
@Suite(.needs(.tmux))
struct BoardEndToEndTerminalTests {
    /// Item 9: PuTTY, screen and tmux send Home as `ESC [ 1 ~`; under TERM=xterm-256color terminfo does not
    /// list it. It used to arrive as Esc (the discard dialog) and then `[1~` typed into the field.
    @Test func homeAsAnUnlistedSequenceMovesTheCursorInAField() throws {
        let dir = TempDirectory("frontline-e2e-keys")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys(":")
        tmux.sendText("P-002")
        tmux.sendKeys("Enter")
        try wait(tmux, "P-002") { row($0, 2).hasPrefix(" P-002") }
        tmux.sendKeys("e")
        try wait(tmux, "the edit form") { $0.contains("编辑 P-002") }
        tmux.sendKeys("C-u")
        tmux.sendText("气膜馆")
        tmux.sendText("\u{1B}[1~")
        tmux.sendText("新")
        let screen = try wait(tmux, "the field after Home") { $0.contains("新气膜馆") }
        #expect(!screen.contains("放弃输入") && !screen.contains("[1~"), "no discard dialog, nothing typed:\n\(screen)")
        tmux.sendText("\u{1B}[4~")
        tmux.sendText("一期")
        try wait(tmux, "End then typing") { $0.contains("新气膜馆一期") }
    }

    /// Item 12: `--ascii` is for box drawing and symbols; text, Chinese included, stays.
    @Test func asciiKeepsChineseAndReplacesSymbols() throws {
        let dir = TempDirectory("frontline-e2e-ascii")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh", "--ascii"]), home: dir.path)
        defer { tmux.kill() }
        let screen = try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        #expect(row(screen, 0).hasPrefix(" 项目督导看板 - 潍坊高新区"), "\(row(screen, 0))")
        #expect(screen.contains("[R]") && screen.contains("逾期问题(12)"), "\(screen)")
        for symbol in ["●", "·", "…", "（", "→", "─"] { #expect(!screen.contains(symbol), "\(symbol) left in ASCII mode:\n\(screen)") }
        tmux.sendKeys(":")
        tmux.sendText("I-0067")
        tmux.sendKeys("Enter", "m")
        let menu = try wait(tmux, "the action menu") { $0.contains("申请办结") }
        #expect(menu.contains("+-") && menu.contains("->"), "box and arrows in ASCII:\n\(menu)")
    }

    /// Item 12: a terminal set to GB18030 (common in Chinese SSH clients) gets GB18030, not UTF-8, and a word
    /// about it. tmux shows only UTF-8, so the bytes the board writes are recorded and decoded here.
    @Test(.needs(.localeSources))
    func gb18030TerminalGetsGB18030() throws {
        let dir = TempDirectory("frontline-e2e-gb")
        let locales = dir.at("locales")
        try FileManager.default.createDirectory(atPath: locales, withIntermediateDirectories: true)
        let made = Binary.execute(
            "/usr/bin/env", ["localedef", "-i", "zh_CN", "-f", "GB18030", locales + "/zh_CN.GB18030"], environment: ["PATH": TmuxSession.path])
        try #require(FileManager.default.fileExists(atPath: locales + "/zh_CN.GB18030"), "localedef: \(made)")
        let recording = dir.at("output.bytes")
        // The recording starts before the board: sh waits for the pipe to be set up, then runs it.
        let tmux = try TmuxSession(
            "read go; " + board(["demo", "--lang", "zh"]), home: dir.path,
            environment: ["LANG": "zh_CN.GB18030", "LOCPATH": locales])
        defer { tmux.kill() }
        tmux.pipeOutput(to: recording)
        tmux.sendKeys("Enter")
        _ = TmuxSession.poll(timeout: 5) { TmuxSession.fileSize(recording) > 1000 }
        try #require(TmuxSession.settledSize(of: recording) != nil)
        let bytes = try #require(Files.bytes(recording))
        let text = try #require(GB18030.decode(bytes), "the output is GB18030")
        #expect(text.contains("项目督导看板 - 潍坊高新区"), "Chinese in GB18030, symbols in ASCII")
        #expect(text.contains("终端字符集为 GB18030"), "the notice says so")
        #expect(!text.contains("●") && !text.contains("─"), "no symbol drawn two columns wide there")
        #expect(String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) == nil || !text.contains("项目"), "not UTF-8")
    }

    /// Item 12: asked for GBK with no such locale installed, the board refuses in ASCII English and GB18030 Chinese.
    @Test func gbkWithoutItsLocaleIsRefusedReadably() throws {
        let dir = TempDirectory("frontline-e2e-gbk")
        let recording = dir.at("output.bytes")
        let tmux = try TmuxSession("read go; " + board(["demo"]), home: dir.path, environment: ["LANG": "zh_CN.GBK", "LOCPATH": dir.path])
        defer { tmux.kill() }
        tmux.pipeOutput(to: recording)
        tmux.sendKeys("Enter")
        _ = TmuxSession.poll(timeout: 5) { tmux.paneDead }
        try #require(TmuxSession.settledSize(of: recording) != nil)
        let bytes = try #require(Files.bytes(recording))
        // The first line of the message is plain ASCII (the Enter typed for `read` is echoed before it).
        let lines = bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
        let english = try #require(lines.first { String(decoding: $0, as: UTF8.self).contains("Exiting") }, "\(bytes.count) bytes")
        #expect(english.allSatisfy { $0 < 0x80 })
        #expect(String(decoding: english, as: UTF8.self).contains("Exiting: the terminal is set to GBK/GB18030 (LANG=zh_CN.GBK)"))
        #expect(GB18030.decode(bytes)?.contains("本机没有安装相应的区域设置") == true)
    }

    // MARK: Helpers

    func board(_ arguments: [String]) -> String {
        "exec " + ([Binary.frontline] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
    }

    @discardableResult
    func wait(
        _ tmux: TmuxSession, _ what: String, timeout: Double = 5, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: (String) -> Bool
    ) throws -> String {
        let screen = tmux.waitFor(what, timeout: timeout, condition)
        return try #require(screen, "\(tmux.timedOut(what, timeout: timeout))", sourceLocation: sourceLocation)
    }
}

/// GB18030 → text with iconv (for reading what the board wrote to a GB18030 terminal).
enum GB18030 {
    static func decode(_ bytes: [UInt8]) -> String? {
        guard let converter = iconv_open("UTF-8", "GB18030"), Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let count: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        return count.map { String(decoding: output.prefix($0).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }
}

private func row(_ screen: String, _ n: Int) -> String {
    let rows = screen.components(separatedBy: "\n")
    return rows.indices.contains(n) ? rows[n] : ""
}
