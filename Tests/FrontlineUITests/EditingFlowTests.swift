import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// Keyboard flows of editing, through the app state against a store (no terminal).
@MainActor
struct EditingFlowTests {
    @Test func anActionWithoutANoteIsSavedFromTheMenu() throws {
        var h = Harness.sample()
        h.open("I-0123")
        #expect(h.board.issues[id: "I-0123"]?.status == .pendingAssignment)
        h.press(.character("m"))
        guard case .menu(let menu)? = h.state.overlay else { Issue.record("no menu"); return }
        #expect(menu.actions == [.assign, .cancel], "only the actions legal from 待交办")
        h.press(.enter)
        #expect(h.state.overlay == nil)
        #expect(h.board.issues[id: "I-0123"]?.status == .pendingAcceptance)
        #expect(h.state.notice?.text.contains("已保存") == true)
        #expect(h.state.page.lines.contains { $0.search.contains("交办 → 待签收") }, "the detail shows the new log line")
    }

    @Test func anActionThatNeedsANoteAsksForIt() {
        var h = Harness.sample()
        h.open("I-0067")
        h.press(.character("m"), .character("1"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.purpose == .move(["I-0067": .inProgress], .resolve))
        h.press(.enter)
        guard case .form(let refused)? = h.state.overlay else { Issue.record("the form closed"); return }
        #expect(refused.problem(0, today: h.state.data.today, index: h.state.data.index, lang: .zh) == "必填")
        #expect(h.board.issues[id: "I-0067"]?.status == .inProgress, "nothing saved")
        h.type("已协调财政局完成申报")
        h.press(.enter)
        #expect(h.state.overlay == nil)
        #expect(h.board.issues[id: "I-0067"]?.status == .pendingVerification)
        #expect(h.board.issues[id: "I-0067"]?.resolution == "已协调财政局完成申报")
    }

    @Test func raisingAnIssueFromAProject() throws {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("a"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.first { $0.key == "project" }?.value == "P-002")
        #expect(form.fields.first { $0.key == "unit" }?.value == "U-05", "the project's responsible unit")
        h.type("气膜结构消防验收标准不明确")
        h.press(.control("s"))
        let issue = try #require(h.board.issues[id: "I-0125"])
        #expect(issue.title == "气膜结构消防验收标准不明确" && issue.project == "P-002" && issue.unit == "U-05")
        #expect(issue.due == SampleState.today.adding(days: 7))
        #expect(issue.raisedBy == "M-003")
    }

    @Test func fieldsAreCheckedInline() {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("p"))
        guard case .form = h.state.overlay else { Issue.record("no form"); return }
        h.press(.control("u"))
        h.type("101")
        h.press(.tab, .control("u"))
        h.type("12,0000")
        h.press(.tab)
        guard case .form(let form)? = h.state.overlay else { return }
        let today = h.state.data.today, index = h.state.data.index
        #expect(form.problem(0, today: today, index: index, lang: .zh) == "应为 0–100 的整数")
        #expect(form.problem(1, today: today, index: index, lang: .zh) == "金额应为万元、最多两位小数，如 1234.50")
        #expect(form.problem(4, today: today, index: index, lang: .zh) == nil, "untouched fields wait for a save attempt")
        h.press(.function(2))
        guard case .form(let tried)? = h.state.overlay else { Issue.record("the form closed"); return }
        #expect(tried.focus == 0, "the first problem gets the focus")
        #expect(tried.problem(4, today: today, index: index, lang: .zh) == "必填")
        #expect(h.board.revision == 0)
    }

    // The messages come from the core's one date reader (DayInput): a date-shaped but impossible date says
    // so; a relative date that would overflow (it trapped before) is out of range.
    @Test(arguments: [
        ("2026-13-01", "不是日历上的日期"), ("明天", "日期应为 YYYY-MM-DD 或 +天数/-天数，如 2026-12-05、+7"), ("+3", nil),
        ("2026-12-05", nil), ("-9223372036854775808", "相对日期最多前后 3660 天（约十年）"),
        ("+9223372036854775807", "相对日期最多前后 3660 天（约十年）"),
    ])
    func datesAreCheckedInline(_ text: String, _ problem: String?) {
        var h = Harness.sample()
        h.open("I-0067")
        h.press(.character("x"), .control("u"))
        h.type(text)
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.problem(0, today: h.state.data.today, index: h.state.data.index, lang: .zh) == problem)
    }

    @Test func thePlannerRefusalLandsOnItsField() {
        var h = Harness.sample()
        h.open("I-0067")
        h.press(.character("x"), .control("u"))
        h.type("2026-11-01")
        h.press(.tab)
        h.type("再等等")
        h.press(.enter)
        guard case .form(let form)? = h.state.overlay else { Issue.record("the form closed"); return }
        #expect(form.problem(0, today: h.state.data.today, index: h.state.data.index, lang: .zh)?.contains("须晚于") == true)
        #expect(h.board.revision == 0)
    }

    @Test func editingAnIssueShowsWhatChangedAndLogsIt() throws {
        var h = Harness.sample()
        h.open("I-0073")
        h.press(.character("e"))
        h.press(.control("u"))
        h.type("渤海路出入口：路面与绿植")
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields.filter(\.isChanged).map(\.key) == ["title"])
        h.press(.control("s"))
        let issue = try #require(h.board.issues[id: "I-0073"])
        #expect(issue.title == "渤海路出入口：路面与绿植")
        #expect(issue.log.last?.action == "编辑" && issue.log.last?.note == "title")
    }

    @Test func aSameFieldConflictOffersTheirsMineOrEdit() throws {
        for choice in ["t", "m", "e"] {
            var h = Harness.sample()
            h.open("I-0073")
            h.press(.character("e"), .control("u"))
            h.type("我的标题")
            let issue = h.board.issues[id: "I-0073"]!
            try h.colleague(
                "majianguo",
                .edit(
                    RecordEdit(
                        kind: .issue, id: "I-0073", base: issue.meta.rev,
                        fields: [FieldChange("title", old: .string(issue.title), new: .string("他的标题"))])))
            guard case .form = h.state.overlay else { Issue.record("a refresh must not close the form"); return }
            h.press(.control("s"))
            guard case .conflict(let dialog)? = h.state.overlay else { Issue.record("no conflict dialog"); return }
            let conflict = try #require(dialog.conflicts.first)
            #expect(conflict.field == "title" && conflict.theirs == .string("他的标题") && conflict.mine == .string("我的标题"))
            #expect(conflict.theirsBy == "M-010")
            h.press(.character(Character(choice)))
            switch choice {
            case "t": #expect(h.board.issues[id: "I-0073"]?.title == "他的标题")
            case "m": #expect(h.board.issues[id: "I-0073"]?.title == "我的标题")
            default:
                guard case .form(let form)? = h.state.overlay else { Issue.record("e returns to the form"); return }
                #expect(form.fields[0].value == "我的标题" && form.fields[0].initial == "他的标题")
                h.press(.control("u"))
                h.type("商定的标题")
                h.press(.control("s"))
                #expect(h.board.issues[id: "I-0073"]?.title == "商定的标题")
            }
            #expect(h.state.overlay == nil)
        }
    }

    @Test func differentFieldsMergeWithoutADialog() throws {
        var h = Harness.sample()
        h.open("I-0073")
        h.press(.character("e"), .control("u"))
        h.type("我的标题")
        let issue = h.board.issues[id: "I-0073"]!
        try h.colleague(
            "majianguo",
            .edit(
                RecordEdit(
                    kind: .issue, id: "I-0073", base: issue.meta.rev,
                    fields: [FieldChange("urgency", old: .string("紧急"), new: .string("特急"))])))
        h.press(.control("s"))
        #expect(h.state.overlay == nil)
        #expect(h.board.issues[id: "I-0073"]?.title == "我的标题")
        #expect(h.board.issues[id: "I-0073"]?.urgency == .critical)
    }

    @Test func aFullDiskKeepsTheInputAndOffersARetry() {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("v"), .tab, .tab)
        h.type("现场查看渤海路出入口")
        h.failNext = 1
        h.press(.enter)
        guard case .failure(let failure)? = h.state.overlay else { Issue.record("no failure dialog"); return }
        #expect(failure.message.contains("磁盘空间不足"))
        #expect(h.board.revision == 0, "nothing saved")
        h.press(.escape)
        guard case .form(let form)? = h.state.overlay else { Issue.record("Esc returns to the form"); return }
        #expect(form.fields[2].value == "现场查看渤海路出入口")
        h.press(.control("s"))
        #expect(h.board.visits.rows.last?.note == "现场查看渤海路出入口")
        #expect(h.state.overlay == nil)
    }

    @Test func retryingFromTheFailureDialogSaves() {
        var h = Harness.sample()
        h.open("I-0123")
        h.failNext = 1
        h.press(.character("m"), .enter)
        guard case .failure = h.state.overlay else { Issue.record("no failure dialog"); return }
        h.press(.character("r"))
        #expect(h.board.issues[id: "I-0123"]?.status == .pendingAcceptance)
    }

    @Test func markedIssuesMoveTogether() {
        var h = Harness.sample()
        h.press(.character("3"))
        // 经发局's first issues: I-0045 and I-0067 are both 办理中.
        h.press(.character(" "), .character(" "))
        #expect(h.state.marked == [.issue("I-0045"), .issue("I-0067")])
        #expect(h.state.render().row(5).hasPrefix("*"))
        h.press(.character("m"))
        guard case .menu(let menu)? = h.state.overlay else { Issue.record("no menu"); return }
        #expect(Set(menu.issues.keys) == ["I-0045", "I-0067"])
        h.press(.character("1"))
        h.type("已协调完成")
        h.press(.enter)
        #expect(h.board.issues[id: "I-0045"]?.status == .pendingVerification)
        #expect(h.board.issues[id: "I-0067"]?.status == .pendingVerification)
        // First-day issue, item 16: one action is one journal entry, so one undo takes it back whole.
        #expect(h.store.history.count == 1, "one journal entry for the action on both issues")
        #expect(h.store.history.last?.summary == "I-0045、I-0067 申请办结")
        #expect(h.state.marked.isEmpty)
        h.press(.character("u"))
        #expect(h.board.issues[id: "I-0045"]?.status == .inProgress)
        #expect(h.board.issues[id: "I-0067"]?.status == .inProgress, "both undone by one u")
        #expect(h.state.notice?.text == "已撤回 #1：I-0045、I-0067 申请办结（2 条记录恢复原样）")
    }

    @Test func undoRestoresThePreviousValuesAndTheLogKeepsBoth() throws {
        var h = Harness.sample()
        h.open("I-0067")
        h.press(.character("x"), .control("u"))
        h.type("+30")
        h.press(.tab)
        h.type("等待资金下达")
        h.press(.enter)
        let extended = try #require(h.board.issues[id: "I-0067"])
        #expect(extended.due == SampleState.today.adding(days: 30) && extended.extensions == 1)
        h.press(.character("u"))
        let undone = try #require(h.board.issues[id: "I-0067"])
        let original = SampleState.board.issues[id: "I-0067"]!
        #expect(undone.due == original.due && undone.extensions == original.extensions)
        #expect(undone.log.suffix(2).map(\.action) == ["延期", "撤回"])
        #expect(h.store.history.map(\.action) == ["issue.move", "undo"])
        #expect(h.store.history.last?.undoes == 1)
    }

    @Test func anAbsenceFromTheRosterPutsBOnDuty() throws {
        var h = Harness.sample()
        h.press(.character("4"))
        // The first roster line: 经发局 项目服务, A 贾俊 (M-017), B 唐丽娜. `o` records an absence
        // (first-day issue, item 14: `a` means a new issue on every screen).
        h.press(.character("o"))
        guard case .form(let form)? = h.state.overlay else { Issue.record("no form"); return }
        #expect(form.fields[0].value == "M-017")
        h.press(.control("s"))
        #expect(h.board.absences.rows.last?.person == "M-017")
        #expect(h.state.page.lines[h.state.cursor.index].search.contains("唐丽娜（b顶岗）"))
    }

    @Test func aReadOnlyViewerIsNotOfferedEditingAndIsToldWhy() {
        var h = Harness.sample(login: "yanzhengqing")
        h.open("I-0067")
        let footer = h.state.render().row(23)
        #expect(!footer.contains("办理") && !footer.contains("编辑"))
        h.press(.character("m"))
        #expect(h.state.overlay == nil)
        #expect(h.state.notice?.text.contains("只读") == true)
        h.press(.character("u"))
        #expect(h.board.revision == 0)
    }

    @Test func aUnitOfficialSeesOnlyTheirActions() {
        // 贾俊 (经发局, 单位) holds I-0067: he may 申请办结, 申请延期 and 进展反馈 but not 撤销, which is the leader's.
        var h = Harness.sample(login: "jiajun")
        h.open("I-0067")
        h.press(.character("m"))
        guard case .menu(let menu)? = h.state.overlay else { Issue.record("no menu: \(String(describing: h.state.notice))"); return }
        #expect(menu.actions == [.resolve, .requestExtension, .feedback])
        #expect(menu.withheld?.contains("无权") == true)
    }

    @Test func typedInputSurvivesResizeAndAColleaguesSave() throws {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("v"), .tab, .tab)
        h.type("现场")
        h.play([.resize(width: 61, height: 15), .resize(width: 1, height: 1), .resize(width: 100, height: 30)])
        try h.colleague("majianguo", .logVisit(VisitDraft(project: "P-001", date: SampleState.today, note: "他人走访")))
        h.type("查看")
        guard case .form(let form)? = h.state.overlay else { Issue.record("the form closed"); return }
        #expect(form.fields[2].value == "现场查看")
    }

    @Test func escapeAsksBeforeDiscardingInput() {
        var h = Harness.sample()
        h.open("P-002")
        h.press(.character("v"), .tab, .tab)
        h.type("现场")
        h.press(.escape)
        guard case .discard? = h.state.overlay else { Issue.record("no question"); return }
        h.press(.character("n"))
        guard case .form? = h.state.overlay else { Issue.record("n goes back"); return }
        h.press(.escape, .character("y"))
        #expect(h.state.overlay == nil)
        h.press(.character("v"), .escape)
        #expect(h.state.overlay == nil, "an untouched form closes at once")
    }
}
