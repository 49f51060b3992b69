import Foundation
import FrontlineCore
import FrontlineTestSupport
import Testing

/// The real `frontline` board in a real terminal: tmux (docs/board.md, Architecture for testability).
/// Every test has its own temporary directory and its own tmux server, so they run in parallel.
/// Waits are for the board's output (polling `capture-pane`), never fixed delays.
@Suite(.needs(.tmux))
struct BoardEndToEndTests {
    /// The sample's as-of date (`frontline demo` uses it; stores made by `init --sample` are opened as of it too).
    static let asOf = "2026-11-27"

    // MARK: 1. Start

    @Test func demoStartsOnTheDashboard() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), home: dir.path)
        defer { tmux.kill() }
        let screen = try wait(tmux, "the dashboard") { $0.contains("项目 30 个") && row($0, 29).contains("Enter 打开") }
        let rows = screen.components(separatedBy: "\n")
        #expect(rows.count == 30, "the pane is 30 rows")
        #expect(rows[0].hasPrefix(" 项目督导看板"), "header: \(rows[0])")
        #expect(rows[0].contains("截至 \(Self.asOf)"), "header: \(rows[0])")
        #expect(rows[0].hasSuffix("示例（临时副本）"), "the store label is at the right edge: \(rows[0])")
        #expect(rows[1].hasPrefix(" 1 总览   2 项目   3 问题"), "tabs: \(rows[1])")
        #expect(rows[2].trimmingCharacters(in: .whitespaces) == "总览", "page title: \(rows[2])")
        #expect(rows[3].contains("项目 30 个") && rows[3].contains("●红 5"), "counts: \(rows[3])")
        #expect(rows[4].contains("未结问题 54 个"), "\(rows[4])")
        #expect(rows[29].contains("Enter 打开") && rows[29].contains("/ 筛选"), "footer: \(rows[29])")
        #expect(tmux.display("#{alternate_on}") == "1", "the board uses the alternate screen")
        #expect(!tmux.paneDead)
    }

    // MARK: 2. Keys

    @Test(arguments: ["2", "Tab"])
    func keysGoToTheProjectListAndMoveTheHighlight(_ key: String) throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys(key)
        let list = try wait(tmux, "the project list") { row($0, 2).hasPrefix(" 重点项目（30）") && projectRows($0).count == 24 }
        let rows = list.components(separatedBy: "\n")
        let body = rows[4..<28]
        #expect(body.allSatisfy { $0.contains(/P-0\d\d/) }, "24 body rows of projects:\n\(list)")
        #expect(row(list, 3).contains("项目名称") && row(list, 3).contains("帮包领导"), "column titles: \(row(list, 3))")

        // The highlight (reverse video across the row) starts on the first project, then j/k/Down/Up move it.
        var styled = StyledScreen(try wait(tmux, "the highlight on the first row", escapes: true) { StyledScreen($0).reversedRows == [4] })
        #expect(styled.text(4).contains(projectID(rows[4])))
        for (key, target) in [("j", 5), ("j", 6), ("k", 5), ("Down", 6), ("Up", 5), ("k", 4)] {
            tmux.sendKeys(key)
            styled = StyledScreen(
                try wait(tmux, "\(key): the highlight on row \(target)", escapes: true) { StyledScreen($0).reversedRows == [target] })
            #expect(styled.text(target).contains(projectID(rows[target])), "\(key): \(styled.text(target))")
        }
    }

    // MARK: 3–4. Filter in Chinese, open, back

    @Test func chineseFilterThenOpenAndBack() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys("2")
        try wait(tmux, "the project list") { row($0, 2).hasPrefix(" 重点项目（30）") }
        tmux.sendKeys("/")
        try wait(tmux, "the filter prompt") { row($0, 28) == "/" }
        tmux.sendText("柏年")
        let filtered = try wait(tmux, "the filtered list") { $0.contains("筛选：柏年") && projectRows($0).count == 1 }
        #expect(row(filtered, 2).contains("筛选：柏年"), "title: \(row(filtered, 2))")
        #expect(projectRows(filtered) == [4], "one row left:\n\(filtered)")
        #expect(row(filtered, 4).contains("P-001") && row(filtered, 4).contains("高创·柏年城"), "\(row(filtered, 4))")
        #expect(row(filtered, 28) == "/柏年", "the typed text: \(row(filtered, 28))")
        #expect(tmux.display("#{cursor_flag}") == "1", "the cursor shows while typing")

        // Enter ends typing (the filter stays), Enter again opens the row.
        tmux.sendKeys("Enter")
        try wait(tmux, "typing ended") { row($0, 28).isEmpty && $0.contains("筛选：柏年") }
        tmux.sendKeys("Enter")
        let detail = try wait(tmux, "the P-001 detail") { row($0, 2).hasPrefix(" P-001  高创·柏年城") }
        #expect(detail.contains("形象进度"), "progress bar:\n\(detail)")
        #expect(detail.contains("帮包领导") && detail.contains("马建国"), "facts:\n\(detail)")
        // The sections after the facts begin on the first page (the cadres' weekly visits come first; 今日AB角 after them).
        #expect(detail.contains("帮包干部每周走访"), "sections after the facts:\n\(detail)")
        #expect(row(detail, 1).contains(" 2 项目 "), "tabs still shown: \(row(detail, 1))")

        tmux.sendKeys("Escape")
        let back = try wait(tmux, "back on the filtered list") { row($0, 2).hasPrefix(" 重点项目") }
        #expect(row(back, 2).contains("筛选：柏年"), "the filter is kept: \(row(back, 2))")
        #expect(projectRows(back) == [4], "\(back)")
        tmux.sendKeys("Escape")
        try wait(tmux, "the filter cleared") { row($0, 2).hasPrefix(" 重点项目（30）") && !row($0, 2).contains("筛选") && projectRows($0).count == 24 }
    }

    // MARK: 5. Resize

    @Test func resizingRedrawsTheLayout() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), width: 100, height: 30, home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys("2")
        try wait(tmux, "the project list") { row($0, 2).hasPrefix(" 重点项目（30）") && $0.components(separatedBy: "\n").count == 30 }

        tmux.resize(width: 70, height: 20)
        // Laid out anew: the footer on the new last row (tmux keeps the old top rows, so the old
        // footer on row 29 is simply cut off), the header's right part ending at column 70.
        let small = try wait(tmux, "the 70×20 layout") { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count == 20 && rows[19].contains("Enter 打开") && DisplayWidth.of(rows[0]) == 70
        }
        let rows = small.components(separatedBy: "\n")
        #expect(tmux.display("#{pane_width}x#{pane_height}") == "70x20")
        for (i, line) in rows.enumerated() {
            #expect(DisplayWidth.of(line) <= 70, "row \(i) is \(DisplayWidth.of(line)) columns: \(line)")
        }
        #expect(rows[0].hasPrefix(" 项目督导看板"), "header on the first row: \(rows[0])")
        #expect(rows[2].hasPrefix(" 重点项目（30）"), "title: \(rows[2])")
        #expect(rows[4..<18].allSatisfy { $0.contains(/P-0\d\d/) }, "14 body rows of projects:\n\(small)")
        #expect(rows[18].isEmpty, "message row: \(rows[18])")
        #expect(rows[19].hasPrefix(" Enter 打开"), "footer on the last row: \(rows[19])")

        tmux.resize(width: 40, height: 10)
        let tiny = try wait(tmux, "the too-small notice") { $0.contains("窗口太小") }
        #expect(tiny.contains("40×10 < 60×15"), "\(tiny)")
        #expect(tiny.contains("请放大窗口"))
        #expect(!tiny.contains("项目督导看板"), "no broken layout:\n\(tiny)")

        tmux.resize(width: 100, height: 30)
        let again = try wait(tmux, "the full layout again") { row($0, 29).contains("Enter 打开") }
        #expect(row(again, 2).hasPrefix(" 重点项目（30）"), "still on the project list: \(row(again, 2))")
        #expect(!tmux.paneDead)
    }

    // MARK: 6. Quit restores the terminal

    @Test func quitRestoresTheTerminal() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession("exec sh", home: dir.path, environment: ["PS1": "e2e$ "])
        defer { tmux.kill() }
        try wait(tmux, "the shell prompt") { lastLine($0) == "e2e$" }
        tmux.sendText(board(["demo", "--lang", "zh"], exec: false))
        tmux.sendKeys("Enter")
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        #expect(tmux.display("#{alternate_on}") == "1", "the board is on the alternate screen")
        #expect(tmux.paneCurrentCommand == "frontline")

        tmux.sendKeys("q")
        let shell = try wait(tmux, "the shell prompt after q") { lastLine($0) == "e2e$" && !$0.contains("项目督导看板") }
        #expect(shell.contains("'demo' '--lang' 'zh'"), "the main screen is back with the command line:\n\(shell)")
        #expect(tmux.display("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(tmux.display("#{cursor_flag}") == "1", "the cursor is visible again")
        #expect(tmux.paneCurrentCommand == "sh")

        tmux.sendText("stty -a; echo stty-done")
        tmux.sendKeys("Enter")
        let stty = try wait(tmux, "stty -a") { $0.contains("\nstty-done") && lastLine($0) == "e2e$" }
        let words = Set(tmux.capture(joined: true).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("icanon") && !words.contains("-icanon"), "line mode is back:\n\(stty)")
        #expect(words.contains("echo") && !words.contains("-echo"), "echo is back:\n\(stty)")
        #expect(words.contains("icrnl") && words.contains("onlcr"), "newline translation is back:\n\(stty)")
        #expect(words.contains("isig"), "signals are back:\n\(stty)")
    }

    // MARK: 7. A locale that is not UTF-8

    @Test(arguments: [["LANG": "C"], ["LANG": "C", "LC_ALL": "C"]])
    func cLocaleSwitchesToUTF8AndSaysSo(_ locale: [String: String]) throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo"]), home: dir.path, environment: locale)
        defer { tmux.kill() }
        // No --lang: LANG=C means English messages.
        let screen = try wait(tmux, "the dashboard") { $0.contains("30 projects") }
        let setting = locale["LC_ALL"].map { "LC_ALL=\($0)" } ?? "LANG=C"
        // The notice takes the rows above the footer (row 29), English first.
        let first = try #require((0..<29).first { row(screen, $0).hasPrefix(" The locale is not UTF-8") }, "no notice:\n\(screen)")
        #expect(
            row(screen, first).hasPrefix(" The locale is not UTF-8 (\(setting), codeset ANSI_X3.4-1968); switched LC_CTYPE to C.UTF-8"),
            "the notice above the footer: \(row(screen, first))")
        #expect(first > 20, "the notice sits just above the footer")
        #expect(StyledScreen(tmux.captureWithEscapes()).rows[first].dropFirst().first?.attributes.bold == true, "shown as an error")
        #expect(row(screen, 0).contains("周明远"), "Chinese data shows in the header: \(row(screen, 0))")

        tmux.sendKeys("2")
        let list = try wait(tmux, "the project list") { row($0, 2).hasPrefix(" Key projects (30)") && projectRows($0).count == 24 }
        #expect(list.contains("高创·柏年城"), "Chinese data shows:\n\(list)")
        #expect(projectRows(list).count == 24, "and every row is drawn:\n\(list)")
        #expect(!list.contains("The locale is not UTF-8"), "the notice goes at the first key")
    }

    /// docs/board.md: "say so on screen, in Chinese and English, with how to set LANG".
    @Test
    func localeNoticeSaysHowToSetLANGInBothLanguages() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo"]), home: dir.path, environment: ["LANG": "C"])
        defer { tmux.kill() }
        let screen = try wait(tmux, "the dashboard") { $0.contains("30 projects") }
        #expect(screen.contains("export LANG="), "how to set LANG:\n\(screen)")
        #expect(screen.contains("区域设置不是 UTF-8"), "the Chinese notice:\n\(screen)")
        #expect(!screen.contains("^J"))
    }

    // MARK: 8. Monochrome

    struct ColourCase: Sendable, CustomTestStringConvertible {
        var name: String
        var environment: [String: String]
        var arguments: [String]
        var colour: Bool
        var testDescription: String { name }
    }

    static let colourCases = [
        ColourCase(name: "TERM=xterm-256color", environment: [:], arguments: [], colour: true),
        ColourCase(name: "TERM=vt100", environment: ["TERM": "vt100"], arguments: [], colour: false),
        ColourCase(name: "NO_COLOR=1", environment: ["NO_COLOR": "1"], arguments: [], colour: false),
        ColourCase(name: "--no-color", environment: [:], arguments: ["--no-color"], colour: false),
    ]

    @Test(arguments: colourCases)
    func monochromeWithoutColour(_ c: ColourCase) throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"] + c.arguments), home: dir.path, environment: c.environment)
        defer { tmux.kill() }
        let screen = try wait(tmux, "the dashboard") { $0.contains("项目 30 个") && $0.contains("Enter 打开") }
        #expect(screen.contains("●红") && screen.contains("●黄") && screen.contains("●绿"), "lights keep their text marks:\n\(screen)")
        let styled = StyledScreen(tmux.captureWithEscapes())
        if c.colour {
            #expect(!styled.colourSequences.isEmpty, "colour is used: \(styled.sequences)")
        } else {
            #expect(styled.colourSequences.isEmpty, "no colour SGR: \(styled.colourSequences)")
            // The meaning is carried by attributes: header and footer reversed, red lights bold and underlined.
            #expect(styled.rows[0].first?.attributes.reverse == true, "header in reverse video")
            #expect(styled.rows[29].first?.attributes.reverse == true, "footer in reverse video")
            let red = styled.rows[3].first { $0.text == "●" }?.attributes
            #expect(red?.bold == true && red?.underline == true, "the red mark is bold and underlined: \(String(describing: red))")
        }
        tmux.sendKeys("2")
        let list = try wait(tmux, "the project list", escapes: true) { StyledScreen($0).reversedRows.contains(4) }
        #expect(StyledScreen(list).colourSequences.isEmpty != c.colour)
        #expect(StyledScreen(list).text(4).contains("●红"), "the selected row keeps its mark")
    }

    // MARK: 9. Live data

    @Test func anotherProcessesChangeAppearsWithinTwoSeconds() throws {
        let dir = TempDirectory("frontline-e2e")
        let store = dir.at("store")
        let created = Binary.run(["init", store, "--sample"])
        try #require(created.code == 0, "\(created)")
        let tmux = try TmuxSession(board(["--data", store, "--lang", "zh", "--as-of", Self.asOf]), home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys("3")
        let issues = try wait(tmux, "the issues tab") { row($0, 2).hasPrefix(" 未结问题") }
        let before = try #require(issues.components(separatedBy: "\n").first { $0.contains("I-0123") }, "I-0123 is on screen:\n\(issues)")
        #expect(before.contains("待交办"), "\(before)")
        #expect(issues.contains("经发局"), "under its unit:\n\(issues)")
        #expect(!row(issues, 0).contains("他人已更新"))

        let moved = Binary.run(["issue", "move", "I-0123", "交办", "--data", store, "--as-of", Self.asOf])
        let start = Date()
        try #require(moved.code == 0, "\(moved)")
        let after = tmux.waitFor("I-0123 shown as 待签收", timeout: 2) { screen in
            screen.components(separatedBy: "\n").contains { $0.contains("I-0123") && $0.contains("待签收") }
        }
        let elapsed = Date().timeIntervalSince(start)
        print("board e2e: the change appeared after \(Int(elapsed * 1000)) ms")
        let screen = try #require(after, "\(tmux.timedOut("I-0123 shown as 待签收", timeout: 2))")
        #expect(elapsed < 2)
        // The same account made the change, so the header does not say "changed by others".
        #expect(!row(screen, 0).contains("他人已更新"), "header: \(row(screen, 0))")
        #expect(row(screen, 2).hasPrefix(" 未结问题"), "still on the issues tab")
    }

    // MARK: 10. Control characters in data

    static let evilName = "X\u{1B}[2JEVIL\rY\u{8}Z\nW\u{202E}abc\u{1B}]0;pwned\u{7}"
    static let evilShown = "X^[[2JEVIL^MY^HZ^JW<U+202E>abc^[]0;pwned^G"

    @Test func controlCharactersInDataNeverReachTheTerminal() throws {
        let dir = TempDirectory("frontline-e2e")
        let store = dir.at("store")
        let created = Binary.run(["init", store, "--sample"])
        try #require(created.code == 0, "\(created)")
        let added = Binary.run([
            "project", "new", "--data", store, "--name", Self.evilName,
            "--leader", "马建国", "--unit", "新城街道", "--stage", "在建",
        ])
        try #require(added.code == 0, "\(added)")
        #expect(added.out.trimmingCharacters(in: .whitespacesAndNewlines) == "P-031", "\(added)")

        // Record everything the pane's programs write, from before the board starts.
        let tmux = try TmuxSession("exec sh", home: dir.path, environment: ["PS1": "e2e$ "])
        defer { tmux.kill() }
        let recording = dir.at("output.bytes")
        tmux.pipeOutput(to: recording)
        try wait(tmux, "the shell prompt") { lastLine($0) == "e2e$" }
        tmux.sendText(board(["--data", store, "--lang", "zh", "--as-of", Self.asOf]))
        tmux.sendKeys("Enter")
        try wait(tmux, "the dashboard") { $0.contains("项目 31 个") }
        #expect(tmux.display("#{pane_title}") != "pwned")

        tmux.sendKeys("2")
        try wait(tmux, "the project list") { row($0, 2).hasPrefix(" 重点项目（31）") }
        tmux.sendKeys("/")
        tmux.sendText("EVIL")
        let list = try wait(tmux, "the filtered list") { $0.contains("筛选：EVIL") && projectRows($0).count == 1 }
        let line = row(list, 4)
        #expect(line.contains("P-031"), "\(line)")
        // The name column is narrower than the name: a prefix of the visible escapes and an ellipsis.
        let nameCell = try #require(line.range(of: "P-031").map { line[$0.upperBound...].drop { $0 == " " } }, "\(line)")
        let shownPrefix = String(nameCell.prefix { $0 != "…" })
        #expect(shownPrefix.count >= 10 && Self.evilShown.hasPrefix(shownPrefix), "the list row: \(line)")
        #expect(nameCell.contains("…"), "truncated with an ellipsis: \(line)")

        tmux.sendKeys("Enter")
        try wait(tmux, "typing ended") { row($0, 28).isEmpty }
        tmux.sendKeys("Enter")
        let detail = try wait(tmux, "the P-031 detail") { row($0, 2).hasPrefix(" P-031") }
        #expect(row(detail, 2) == " P-031  " + Self.evilShown, "the full name in the title: \(row(detail, 2))")
        #expect(detail.components(separatedBy: "\n").count == 30, "nothing scrolled or moved:\n\(detail)")
        #expect(row(detail, 0).hasPrefix(" 项目督导看板"), "the header is intact: \(row(detail, 0))")
        #expect(row(detail, 29).hasPrefix(" Enter") || row(detail, 29).hasPrefix(" Esc"), "the footer is intact: \(row(detail, 29))")
        #expect(tmux.display("#{pane_title}") != "pwned", "OSC 0 never reached the terminal")

        // The detail title has been written once the recording holds its visible escapes.
        #expect(TmuxSession.poll(timeout: 5) { (Files.text(recording) ?? "").contains("abc^[]0;pwned^G") }, "the recording has the title")
        let bytes = Files.bytes(recording) ?? []
        let forbidden: [(String, [UInt8])] = [
            ("ESC [2JEVIL", Array("\u{1B}[2JEVIL".utf8)),
            ("EVIL CR Y", Array("EVIL\rY".utf8)),
            ("Y BS Z", Array("Y\u{8}Z".utf8)),
            ("Z LF W", Array("Z\nW".utf8)),
            ("U+202E", Array("\u{202E}".utf8)),
            ("ESC ]0;pwned", Array("\u{1B}]0;pwned".utf8)),
            ("pwned BEL", Array("pwned\u{7}".utf8)),
        ]
        for (name, sequence) in forbidden {
            #expect(bytes.firstRange(of: sequence) == nil, "the raw data sequence \(name) reached the terminal")
        }
        #expect(bytes.firstRange(of: Array("EVIL".utf8)) != nil, "the recording has the name at all (\(bytes.count) bytes)")
    }

    // MARK: 11. Bytes per cursor move

    /// docs/board.md: "Moving the cursor one row should send a few hundred bytes at most." At 100 columns
    /// two rows full of Chinese must be rewritten (the reverse-video bar moves: about 280 bytes of
    /// text alone), so the bound is 400; a third row repainted, or a full redraw, goes well over.
    @Test func oneCursorMoveSendsAFewHundredBytes() throws {
        let dir = TempDirectory("frontline-e2e")
        let tmux = try TmuxSession(board(["demo", "--lang", "zh"]), home: dir.path)
        defer { tmux.kill() }
        try wait(tmux, "the dashboard") { $0.contains("项目 30 个") }
        tmux.sendKeys("2")
        try wait(tmux, "the project list", escapes: true) { StyledScreen($0).reversedRows == [4] }
        let recording = dir.at("output.bytes")
        tmux.pipeOutput(to: recording)
        // Idle, the board sends nothing (it redraws only on input or new data).
        let idle = try #require(TmuxSession.settledSize(of: recording, quiet: 0.6), "the recording settles")
        #expect(idle == 0, "bytes sent while idle: \(idle)")

        var sizes: [Int] = []
        var last = idle
        for (key, target) in [("j", 5), ("j", 6), ("k", 5)] {
            tmux.sendKeys(key)
            try wait(tmux, "\(key): the highlight on row \(target)", escapes: true) { StyledScreen($0).reversedRows == [target] }
            let now = try #require(TmuxSession.settledSize(of: recording), "the recording settles")
            sizes.append(now - last)
            last = now
        }
        print("board e2e: bytes per cursor move: \(sizes)")
        for size in sizes {
            #expect(size > 0 && size < 400, "one cursor move sent \(size) bytes")
        }
    }

    // MARK: Helpers

    /// A shell command line that runs the built `frontline` with `arguments` (`exec`: in place of the shell).
    func board(_ arguments: [String], exec: Bool = true) -> String {
        (exec ? "exec " : "") + ([Binary.frontline] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
    }

    /// Waits for the board to draw a screen that satisfies `condition`; fails the test with the last screen.
    @discardableResult
    func wait(
        _ tmux: TmuxSession, _ what: String, timeout: Double = 5, escapes: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: (String) -> Bool
    ) throws -> String {
        let screen = tmux.waitFor(what, timeout: timeout, escapes: escapes, condition)
        return try #require(screen, "\(tmux.timedOut(what, timeout: timeout))", sourceLocation: sourceLocation)
    }
}

/// Row `n` of a captured screen ("" past the end).
private func row(_ screen: String, _ n: Int) -> String {
    let rows = screen.components(separatedBy: "\n")
    return rows.indices.contains(n) ? rows[n] : ""
}

/// The last row with something on it.
private func lastLine(_ screen: String) -> String {
    screen.components(separatedBy: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
        .trimmingCharacters(in: .whitespaces) ?? ""
}

/// The rows below the column titles that show a project (`P-012` after the light).
private func projectRows(_ screen: String) -> [Int] {
    let rows = screen.components(separatedBy: "\n")
    return rows.indices.filter { $0 >= 4 && $0 < rows.count - 2 && rows[$0].contains(/^ ●\S+\s+P-\d{3}\s/) }
}

/// The project id on a row.
private func projectID(_ line: String) -> String {
    line.firstMatch(of: /P-\d{3}/).map { String($0.output) } ?? "(no id in \(line))"
}
