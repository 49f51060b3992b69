import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineCLI
@testable import FrontlineUI

/// The board's first-day defects (issue 10, items 7–20), each as a keyboard flow through the real run loop
/// (`BoardLoop` on a scripted terminal and an in-memory copy of the sample, as 周明远, 管理员, on 2026-11-27).
@MainActor
struct BoardFirstDayTests {
    static func sample() throws -> InMemoryStore { InMemoryStore(board: try LoopRun<InMemoryStore>.sampleBoard) }

    static func run(
        _ script: [Event], store: InMemoryStore? = nil, login: String = "demo", width: Int = 80, height: Int = 24,
        lang: Lang = .zh
    ) throws -> LoopRun<InMemoryStore> {
        var run = LoopRun.cli(script, store: try store ?? sample(), login: login, width: width, height: height, lang: lang)
        run.run()
        return run
    }

    static func keys(_ text: String) -> [Event] { Script.text(text) }
    static func key(_ key: Key) -> Event { .key(key) }
    static func open(_ id: String) -> [Event] { [.key(.character(":"))] + keys(id) + [.key(.enter)] }

    // MARK: 7. Filtering

    /// Open issues of a unit, as the filter should find them.
    static func openIssues(of unitName: String, _ board: Board) -> Int {
        let index = BoardIndex(board)
        return board.issues.filter { $0.status.isOpen && index.unitName($0.unit) == unitName }.count
    }

    @Test("a unit's name finds its issues in every grouping, the title counts what is shown", arguments: [0, 1, 2])
    func filterByUnit(sort: Int) throws {
        let store = try Self.sample()
        let expected = Self.openIssues(of: "城管中心", store.board)
        let run = try Self.run(
            [Self.key(.character("3"))] + Array(repeating: Self.key(.character("s")), count: sort)
                + [Self.key(.character("/"))] + Self.keys("城管") + [Self.key(.enter)], store: store)
        #expect(expected == 12)
        #expect(run.state.page.shown == expected, "grouping \(sort):\n\(run.screen)")
        #expect(run.row(2).contains("筛选：城管（12/54）"), "the title: \(run.row(2))")
        let rows = run.state.page.lines.filter { $0.target != nil }
        #expect(rows.allSatisfy { $0.search.contains("城管中心") })
        if sort == 0 { #expect(run.screen.contains("城管中心  未结 12") && run.screen.contains("（筛选后 12 条）"), "\(run.screen)") }
    }

    @Test(
        "people, project names, ids and status words match in every grouping",
        arguments: [
            ("柴伟", 0), ("柴伟", 1), ("智慧物流园", 0), ("智慧物流园", 2), ("I-0067", 0), ("待核验", 0), ("待核验", 1),
        ])
    func filterByAnything(_ term: String, _ sort: Int) throws {
        let run = try Self.run(
            [Self.key(.character("3"))] + Array(repeating: Self.key(.character("s")), count: sort)
                + [Self.key(.character("/"))] + Self.keys(term))
        #expect(run.state.page.shown > 0, "'\(term)' in grouping \(sort) shows nothing:\n\(run.screen)")
    }

    @Test("an empty result says so; reopening / shows the old text selected, and typing replaces it")
    func emptyResultAndReopening() throws {
        let run = try Self.run(
            [Self.key(.character("3")), Self.key(.character("/"))] + Self.keys("无此单位") + [
                Self.key(.enter),
                Self.key(.character("/")), Self.key(.character("柴")),
            ])
        #expect(run.state.filter == "柴", "typing replaced the old filter instead of appending: \(run.state.filter)")
        let empty = try Self.run([Self.key(.character("3")), Self.key(.character("/"))] + Self.keys("无此单位"))
        #expect(empty.screen.contains("没有与“无此单位”匹配的行"), "\(empty.screen)")
        #expect(empty.row(2).contains("（0/54）"))
        // ← keeps the old text and edits it.
        let edited = try Self.run(
            [Self.key(.character("3")), Self.key(.character("/"))] + Self.keys("城管") + [
                Self.key(.enter),
                Self.key(.character("/")), Self.key(.end), Self.key(.character("中")),
            ])
        #expect(edited.state.filter == "城管中")
    }

    // MARK: 8. A window too small

    @Test("keys typed while the window is too small do nothing")
    func tooSmallIgnoresKeys() throws {
        let run = try Self.run([
            .resize(width: 40, height: 10), Self.key(.character("3")), Self.key(.enter), Self.key(.character("m")),
            Self.key(.character("a")), Self.key(.character("q")), .resize(width: 80, height: 24),
        ])
        #expect(run.state.tab == .dashboard && run.state.details.isEmpty && run.state.overlay == nil, "\(run.screen)")
        #expect(run.terminal.frames.contains { $0.text.contains("放大前按键不起作用") })
    }

    // MARK: 9. Line editing

    @Test("text fields edit in place: ←/→, Home/End, Delete, Ctrl-W, with the cursor in display columns")
    func lineEditing() throws {
        let run = try Self.run(
            Self.open("P-002") + [Self.key(.character("e")), Self.key(.control("u"))] + Self.keys("新城管项目")
                + [Self.key(.left), Self.key(.left), Self.key(.backspace)] + Self.keys("理")
                + [Self.key(.home), Self.key(.delete)] + Self.keys("高") + [Self.key(.end)] + Self.keys("一期")
                + [Self.key(.left), Self.key(.left)])
        guard case .form(let form)? = run.state.overlay else { Issue.record("no form:\n\(run.screen)"); return }
        #expect(form.fields[0].value == "高城理项目一期")
        #expect(form.fields[0].line.cursor == 5)
        let g = run.state.formGeometry(form)
        #expect(run.terminal.cursors.last??.x == g.valueX + 10, "five Chinese characters before the cursor: ten columns")
        let clear = try Self.run(
            Self.open("P-002") + [Self.key(.character("e")), Self.key(.control("u"))] + Self.keys("一期 二期")
                + [Self.key(.control("w"))])
        guard case .form(let cleared)? = clear.state.overlay else { Issue.record("no form"); return }
        #expect(cleared.fields[0].value == "一期 ")
    }

    // MARK: 10. Messages that wrap and say what +N means

    @Test("a refused due date is explained in full, with what the relative date was", arguments: [80, 120])
    func refusalIsReadable(width: Int) throws {
        let run = try Self.run(
            Self.open("I-0045") + [Self.key(.character("x")), Self.key(.control("u"))] + Self.keys("-1")
                + [Self.key(.tab)] + Self.keys("等待批复") + [Self.key(.backTab)], width: width, height: 30)
        #expect(run.screen.contains("-1 即 2026-11-26（今天是 2026-11-27）"), "the hint:\n\(run.screen)")
        let saved = try Self.run(
            Self.open("I-0045") + [Self.key(.character("x")), Self.key(.control("u"))] + Self.keys("-1")
                + [Self.key(.tab)] + Self.keys("等待批复") + [Self.key(.control("s"))], width: width, height: 30)
        let text = saved.screen.replacingOccurrences(of: "│", with: "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .joined()
        #expect(text.contains("I-0045 新的办结时限 2026-11-26 须晚于今天 2026-11-27"), "the whole refusal:\n\(saved.screen)")
    }

    // MARK: 11. Columns

    @Test("sorted by days overdue at 80 columns: people and ids whole, nothing cut to one character", arguments: [Lang.zh, .en])
    func columnsAt80(lang: Lang) throws {
        let run = try Self.run([Self.key(.character("3")), Self.key(.character("s"))], lang: lang)
        #expect(run.screen.contains(lang.pick("董晓宇(代罗家明)", "董晓宇 (for 罗家明)")), "the holder in full:\n\(run.screen)")
        for y in 5..<22 {
            let row = run.row(y)
            #expect(row.contains(/I-\d{4}/), "an id on every row: \(row)")
            #expect(!row.contains(/\s\S…\s/), "no column cut to one character: \(row)")
        }
    }

    @Test("long ledger ids are never cut")
    func longIds() throws {
        var board = try LoopRun<InMemoryStore>.sampleBoard
        var issue = try #require(board.issues[id: "I-0045"])
        issue.id = "I0013-2026-ZX-0456"
        board.issues.upsert(issue)
        let run = try Self.run([Self.key(.character("3")), Self.key(.character("/"))] + Self.keys("ZX-0456"), store: InMemoryStore(board: board))
        #expect(run.screen.contains("I0013-2026-ZX-0456"), "\(run.screen)")
    }

    // MARK: 13. The cursor and group headings

    @Test("the cursor never rests on a group heading of the issue list")
    func cursorSkipsHeadings() throws {
        let run = try Self.run(
            [Self.key(.character("3")), Self.key(.up)] + Array(repeating: Self.key(.down), count: 40)
                + Array(repeating: Self.key(.up), count: 3) + [Self.key(.pageDown), Self.key(.character("G")), Self.key(.character("g"))])
        let frames = run.terminal.frames.count
        #expect(frames > 40)
        #expect(run.state.page.lines[run.state.cursor.index].target != nil)
        // Every position it took on the way is a record.
        var state = SampleLike.issues(try Self.sample().board)
        for key in [Key.up] + Array(repeating: Key.down, count: 40) {
            _ = state.handle(.key(key))
            #expect(state.page.lines[state.cursor.index].target != nil, "on '\(state.page.lines[state.cursor.index].search)'")
        }
    }

    // MARK: 14. One meaning per key; projects on the board

    @Test("a means a new issue on every screen; o records an absence; P adds a project")
    func keysMeanOneThing() throws {
        let roster = try Self.run([Self.key(.character("4")), Self.key(.character("a"))])
        guard case .form(let issueForm)? = roster.state.overlay else { Issue.record("no form"); return }
        #expect(issueForm.purpose == .raiseIssue, "a on the roster raises an issue")
        let absence = try Self.run([Self.key(.character("4")), Self.key(.character("o"))])
        guard case .form(let absenceForm)? = absence.state.overlay else { Issue.record("no form"); return }
        #expect(absenceForm.purpose == .absence)
        #expect(absence.row(23).contains("o 登记离岗"), "the roster's footer: \(absence.row(23))")
        let keys = CommandTable.standard.specs.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "every key has one command")
    }

    @Test("an administrator adds a key project from the board; others are told why they cannot")
    func newProject() throws {
        let store = try Self.sample()
        let run = try Self.run(
            [Self.key(.character("2")), Self.key(.character("P"))] + Self.keys("氢能装备产业园") + [Self.key(.tab)]
                + Self.keys("杜宏伟") + [Self.key(.tab)] + Self.keys("经发局") + [Self.key(.control("s"))], store: store)
        let project = try #require(store.board.projects[id: "P-031"], "saved:\n\(run.screen)")
        #expect(project.name == "氢能装备产业园" && project.leader == "M-011" && project.stage == .planning)
        #expect(store.history.last?.action == "create")
        #expect(run.state.notice?.text.contains("P-031 新建") == true)
        let listed = try Self.run([Self.key(.character("2"))])
        #expect(listed.row(23).contains("P 新建项目"), "offered to an administrator: \(listed.row(23))")

        let staff = try Self.run([Self.key(.character("2")), Self.key(.character("P"))], login: "jiajun")
        #expect(staff.state.overlay == nil)
        #expect(staff.state.notice?.text.contains("无权") == true, "\(String(describing: staff.state.notice))")
        #expect(!staff.screen.contains("P 新建项目"))
    }

    // MARK: 15. Published reports

    @Test("u does not un-publish; W withdraws with a reason")
    func publishedReport() throws {
        let store = try Self.sample()
        var report = PublishedReport(id: "2026-11-2")
        report.asOf = Day(2026, 11, 27)!
        report.markdown = "# 半月报\n"
        try store.perform(.publishReport(report), login: "demo", uid: 1000, today: Day(2026, 11, 27)!, now: TestBoard.now)
        let undo = try Self.run([Self.key(.character("u"))], store: store)
        #expect(undo.state.notice?.text.contains("不能用撤回取消") == true, "\(String(describing: undo.state.notice))")
        #expect(store.board.reports[id: "2026-11-2"] != nil)
        let withdraw = try Self.run(
            [Self.key(.character("6")), Self.key(.character("W")), Self.key(.tab)] + Self.keys("数据有误，重新核对后发布")
                + [Self.key(.control("s"))], store: store)
        #expect(store.board.reports[id: "2026-11-2"] == nil, "\(withdraw.screen)")
        #expect(store.history.last?.summary == "撤回已发布的半月报 2026-11-2，理由：数据有误，重新核对后发布")
    }

    // MARK: 16. One action, one undo

    @Test("an extension of marked issues is one change, and u takes it back whole")
    func batchUndo() throws {
        let store = try Self.sample()
        // I-0045, I-0067 and (past I-0081, 待核验) I-0086: all 办理中.
        let run = try Self.run(
            [
                Self.key(.character("3")), Self.key(.character(" ")), Self.key(.character(" ")), Self.key(.down), Self.key(.character(" ")),
                Self.key(.character("x")), Self.key(.tab),
            ] + Self.keys("协调中") + [Self.key(.control("s")), Self.key(.character("u"))],
            store: store)
        try #require(store.history.count == 2, "\(run.screen)")
        #expect(store.history[0].changes.count == 3, "one entry for the three issues")
        #expect(store.history[1].undoes == store.history[0].seq)
        #expect(run.state.notice?.text == "已撤回 #1：I-0045、I-0067、I-0086 延期 → 2026-12-04（3 条记录恢复原样）", "\(String(describing: run.state.notice))")
        let original = try LoopRun<InMemoryStore>.sampleBoard
        for id in ["I-0045", "I-0067", "I-0086"] { #expect(store.board.issues[id: id]?.due == original.issues[id: id]?.due) }
    }

    // MARK: 17. A new due date after today

    @Test("extending an overdue issue proposes a date after today")
    func extendProposesAFutureDate() throws {
        let run = try Self.run(Self.open("I-0045") + [Self.key(.character("x"))])
        guard case .form(let form)? = run.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields[0].value == "2026-12-04", "a week after today, not after the past due date 2026-10-24")
    }

    // MARK: 18. Conflicts over a status

    /// I open the menu on I-0067 (办理中); a colleague resolves it meanwhile; I choose 撤销 with a note.
    func statusConflict(then keys: [Event]) throws -> (LoopRun<InMemoryStore>, InMemoryStore) {
        let store = try Self.sample()
        // 撤销 is the second entry of the administrator's menu (申请办结, 撤销, then the handling steps).
        var run = LoopRun.cli(
            Self.open("I-0067") + [Self.key(.character("m")), Self.key(.down), Self.key(.enter)]
                + Self.keys("重复立项") + [Self.key(.enter)] + keys, store: store)
        run.terminal.beforeEvent = { n in
            if n == 6 {
                _ = try? store.perform(
                    .moveIssue(IssueMove(issue: "I-0067", action: .resolve, note: "已完成申报")), login: "jiajun", uid: 1001,
                    today: Day(2026, 11, 27)!, now: TestBoard.now)
            }
        }
        run.run()
        return (run, store)
    }

    @Test("every choice of the status conflict dialog works, and other keys leave it open")
    func statusConflictChoices() throws {
        let (shown, _) = try statusConflict(then: [Self.key(.character("j"))])
        guard case .conflict? = shown.state.overlay else { Issue.record("no conflict dialog:\n\(shown.screen)"); return }
        #expect(shown.screen.contains("按现状再办理一次"), "\(shown.screen)")

        let (mine, store) = try statusConflict(then: [Self.key(.character("m"))])
        #expect(store.board.issues[id: "I-0067"]?.status == .cancelled, "m: my 撤销 from the status it has now:\n\(mine.screen)")
        #expect(mine.state.overlay == nil)

        let (theirs, kept) = try statusConflict(then: [Self.key(.character("t"))])
        #expect(kept.board.issues[id: "I-0067"]?.status == .pendingVerification)
        #expect(theirs.state.notice?.text == "已保留他人的修改")

        let (edit, _) = try statusConflict(then: [Self.key(.character("e"))])
        guard case .menu(let menu)? = edit.state.overlay else { Issue.record("e: no menu:\n\(edit.screen)"); return }
        #expect(menu.issues == ["I-0067": .pendingVerification], "e: the menu from the status it has now")
    }

    @Test("long values in a conflict show where they differ")
    func longConflictValues() throws {
        let store = try Self.sample()
        let common = "渤海路侧出入口路面材质不一致，需迁移大量绿植并重新设计排水，涉及城管中心、住建局和新城街道三方协调，"
        var run = LoopRun.cli(
            Self.open("I-0073") + [Self.key(.character("e")), Self.key(.control("u"))] + Self.keys(common + "由我方牵头")
                + [Self.key(.control("s"))], store: store, height: 16)
        run.terminal.beforeEvent = { n in
            if n == 10 { // the form is open (`:I-0073` Enter e Ctrl-U): a colleague saves another title
                let issue = store.board.issues[id: "I-0073"]!
                _ = try? store.perform(
                    .edit(
                        RecordEdit(
                            kind: .issue, id: "I-0073", base: issue.meta.rev,
                            fields: [FieldChange("title", old: .string(issue.title), new: .string(common + "由城管中心牵头"))])),
                    login: "fanlicheng", uid: 1001, today: Day(2026, 11, 27)!, now: TestBoard.now)
            }
        }
        run.run()
        guard case .conflict? = run.state.overlay else { Issue.record("no conflict:\n\(run.screen)"); return }
        #expect(run.screen.contains("由城管中心牵头") && run.screen.contains("由我方牵头"), "both endings can be seen:\n\(run.screen)")
    }

    // MARK: 19. Progress that replaces and goes backwards

    @Test("a second progress update says what it replaces, warns when progress goes back, and the log records it")
    func progressTwice() throws {
        let store = try Self.sample()
        let before = try #require(store.board.projects[id: "P-002"]).progressPct
        let run = try Self.run(
            Self.open("P-002") + [Self.key(.character("p")), Self.key(.control("u"))] + Self.keys("\(before - 6)"),
            store: store, width: 100, height: 40)
        #expect(run.screen.contains("保存将替换这份填报"), "\(run.screen)")
        #expect(run.screen.contains("注意：形象进度由 \(before)% 降为 \(before - 6)%"), "\(run.screen)")
        _ = try Self.run(
            Self.open("P-002") + [Self.key(.character("p")), Self.key(.control("u"))] + Self.keys("\(before - 6)")
                + Array(repeating: Self.key(.tab), count: 4) + Self.keys("更正进度") + [Self.key(.control("s"))], store: store)
        #expect(
            store.history.last?.summary.contains("形象进度由 \(before)% 降为 \(before - 6)%") == true, "\(String(describing: store.history.last?.summary))")
        #expect(store.history.last?.summary.contains("替换本期 2026-11-25 的填报") == true)
    }

    // MARK: 20. The handover note reaches the B

    @Test("the B sees the handover on 我的, and Enter on an AB角 row opens the absence with it")
    func handoverReachesTheB() throws {
        let mine = try Self.run([Self.key(.character("5"))], login: "dongxiaoyu", height: 30)
        #expect(mine.screen.contains("我今日顶岗"), "\(mine.screen)")
        #expect(mine.screen.contains("交接事项：参加市委党校中青年干部培训班"), "\(mine.screen)")

        // On the roster: the line of 新城街道 项目服务 (A 罗家明, away), then Enter.
        let roster = try Self.run(
            [Self.key(.character("4")), Self.key(.character("/"))] + Self.keys("罗家明") + [Self.key(.enter), Self.key(.enter)],
            height: 30)
        #expect(roster.state.details.last?.screen == Detail.duty("").screen, "\(roster.screen)")
        #expect(roster.screen.contains("交接事项") && roster.screen.contains("参加市委党校中青年干部培训班"), "\(roster.screen)")
    }
}

/// App states for checks between keys, without the loop.
enum SampleLike {
    /// The issue list of a board at 80×24, as 周明远.
    static func issues(_ board: Board) -> AppState {
        var state = AppState(
            board: board, today: Day(2026, 11, 27)!, lang: .zh, theme: Theme(color: false, ascii: false),
            storeLabel: "test", login: "demo", width: 80, height: 24)
        _ = state.handle(.key(.character("3")))
        return state
    }
}
