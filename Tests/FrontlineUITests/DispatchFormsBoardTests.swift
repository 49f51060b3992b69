import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

@testable import FrontlineUI

/// The board's forms for 调度会 and 领导批示 (issue 14): `M` records a meeting, `d` a decision on one, `i` an instruction,
/// `f` the unit's response and `l` the leader's 已落实, each saving the same intent as `frontline meeting new|decide` and
/// `instruction new|respond|done`. On the sample of 2026-11-27: 韩立群 (hanliqun, 领导) chaired MT-001 and leads P-001;
/// B-001 on P-001 waits for 清池街道's response, held by 秦凯 (qinkai); B-002 on I-0055 is 高志远's (gaozhiyuan), answered,
/// waiting for his 已落实.
@MainActor
struct DispatchFormsBoardTests {
    static func person(_ login: String) -> String { SampleState.board.people.first { $0.login == login }!.id }

    static func state(_ login: String, width: Int, height: Int, lang: Lang) -> AppState {
        AppState(
            board: SampleState.board, today: SampleState.today, lang: lang, theme: Theme(color: true, ascii: false),
            storeLabel: "data/sample", login: login, width: width, height: height)
    }

    /// Moves the cursor down to the line pointing at `target`.
    static func moveTo(_ target: Target, _ h: inout Harness) {
        for _ in 0..<80 where h.state.cursor.target != target { h.press(.down) }
    }

    static func moveTo(_ target: Target, _ state: inout AppState) {
        for _ in 0..<80 where state.cursor.target != target { state.press(.down) }
    }

    static func form(_ h: Harness) -> Form? {
        if case .form(let form)? = h.state.overlay { return form }
        return nil
    }

    // MARK: 调度会

    @Test("M on 7: a leader records a meeting; he chairs it today unless he says otherwise; it opens, and is listed on 7")
    func recordAMeeting() throws {
        var h = Harness.sample(login: "hanliqun")
        h.press(.character("7"))
        #expect(h.row(23).contains("M 记录调度会") && h.row(23).contains("d 议定事项"), "the footer offers both: \(h.row(23))")
        h.press(.character("M"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .newMeeting)
        #expect(form.fields.map(\.key) == ["kind", "title", "date", "place", "chair", "attendees", "projects"])
        #expect(form.fields.map(\.label) == ["会议类型", "会议名称", "日期", "地点", "主持人", "参会人员", "调度项目"], "labels from the catalog")
        h.press(.control("s"))
        #expect(Self.form(h)?.focus == 1, "the title is required: the form goes to it")
        h.type("第48周重点项目调度会")
        h.press(.tab, .tab)
        h.type("管委会3楼会议室")
        h.press(.tab, .tab, .tab)
        h.type("P-001、P-029")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let meeting = try #require(h.board.meetings.first { $0.title == "第48周重点项目调度会" })
        #expect(meeting.chair == Self.person("hanliqun") && meeting.date == SampleState.today && meeting.kind == .weekly)
        #expect(meeting.place == "管委会3楼会议室" && meeting.projects == ["P-001", "P-029"])
        #expect(h.state.notice?.text.contains("已保存") == true, "\(String(describing: h.state.notice))")
        #expect(h.state.screen == .detail(.meeting(meeting.id)), "the new meeting opens, ready for its decisions")
        h.press(.character("d"))
        #expect(Self.form(h)?.purpose == .decide(meeting.id), "d goes to the new meeting")
        h.press(.escape, .escape)
        #expect(h.screen.contains(meeting.id), "listed on 7: \(h.screen)")
    }

    @Test("d on a meeting's page: a decision 交办 to a unit becomes an issue citing the meeting; one without a unit is a note")
    func decide() throws {
        var h = Harness.sample(login: "hanliqun", width: 120, height: 40)
        h.open("MT-001")
        let unit = try #require(h.board.issues[id: "I-0054"]?.unit)
        let before = h.board.meetings[id: "MT-001"]!.decisions.count
        h.press(.character("d"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .decide("MT-001"))
        h.type("协调供电公司本月内完成双回路接入")
        h.press(.tab, .tab)
        h.type(unit)
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let meeting = try #require(h.board.meetings[id: "MT-001"])
        #expect(meeting.decisions.count == before + 1)
        let decision = try #require(meeting.decisions.last)
        let issue = try #require(decision.issue.flatMap { h.board.issues[id: $0] })
        #expect(issue.meeting == "MT-001" && issue.decision == decision.number && issue.unit == unit && issue.source == .meeting)
        #expect(issue.status == .pendingAcceptance && issue.due == SampleState.today.adding(days: 14), "交办 at once, due in two weeks by default")
        #expect(h.state.page.lines.contains { $0.target == .issue(issue.id) }, "the page lists it with its issue")
        h.press(.character("d"))
        h.type("下次调度会听取各单位汇报")
        h.press(.control("s"))
        #expect(h.board.meetings[id: "MT-001"]?.decisions.last?.issue == nil, "no unit: a note")
        #expect(h.board.meetings[id: "MT-001"]?.decisions.count == before + 2)
    }

    @Test("M and d are refused, with the reason, to a unit official; d needs a meeting")
    func meetingRefusals() {
        var unit = Harness.sample(login: "qinkai")
        unit.press(.character("7"))
        #expect(!unit.row(23).contains("M 记录调度会"), "not offered: \(unit.row(23))")
        unit.press(.character("M"))
        #expect(unit.state.overlay == nil)
        #expect(unit.state.notice?.text.contains("无权进行此操作") == true, "\(String(describing: unit.state.notice))")
        unit.open("MT-001")
        unit.press(.character("d"))
        #expect(unit.state.overlay == nil)
        #expect(unit.state.notice?.text.contains("无权进行此操作") == true)
        var admin = Harness.sample()
        admin.press(.character("7"), .character("d"))
        #expect(admin.state.overlay != nil, "on 7 the cursor is on a meeting")
        admin.press(.escape, .character("1"), .character("d"))
        #expect(admin.state.overlay == nil, "d is offered only on the meetings' screens, and there is no meeting here")
        #expect(admin.state.notice?.text.contains("请先选中一个调度会") == true, "\(String(describing: admin.state.notice))")
    }

    @Test("a decision the rules refuse (due before today) keeps the form, on the due date with the reason; nothing is saved")
    func refusedDecisionKeepsTheForm() throws {
        var h = Harness.sample(login: "hanliqun")
        h.open("MT-001")
        let unit = try #require(h.board.issues[id: "I-0054"]?.unit)
        let revision = h.board.revision
        h.press(.character("d"))
        h.type("补办施工许可")
        h.press(.tab, .tab)
        h.type(unit)
        h.press(.tab, .control("u"))
        h.type("2026-11-01")
        h.press(.control("s"))
        let form = try #require(Self.form(h), "the form is kept")
        #expect(form.fields[0].value == "补办施工许可", "with what was typed")
        #expect(form.fields[form.focus].key == "due")
        #expect(form.planProblems["due"]?.contains("早于今天") == true, "\(form.planProblems)")
        #expect(h.board.revision == revision, "nothing saved")
    }

    // MARK: 领导批示

    @Test("i on a project: a leader gives an instruction to the project's unit, due in a week; it is listed on the project")
    func instructOnAProject() throws {
        var h = Harness.sample(login: "hanliqun")
        h.open("P-001")
        h.press(.character("i"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .instruct(issue: nil, project: "P-001"))
        #expect(form.fields.map(\.label) == ["批示领导", "批示日期", "批示内容", "反馈单位", "反馈时限"], "labels from the catalog")
        #expect(form.fields[0].value == Self.person("hanliqun"))
        h.press(.tab, .tab)
        h.type("请经发局牵头，月底前拿出供电方案")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let given = try #require(h.board.instructions.first { $0.text == "请经发局牵头，月底前拿出供电方案" })
        #expect(given.project == "P-001" && given.issue == nil && given.leader == Self.person("hanliqun"))
        #expect(
            given.unit == h.board.projects[id: "P-001"]?.unit && given.due == SampleState.today.adding(days: 7) && given.date == SampleState.today)
        #expect(h.state.page.lines.contains { $0.target == .instruction(given.id) })
    }

    @Test("i on an issue by an administrator names the leader: blank is refused on that field, then saved for him")
    func adminRecordsForALeader() throws {
        var h = Harness.sample()
        h.open("I-0055")
        h.press(.character("i"))
        let form = try #require(Self.form(h))
        #expect(form.purpose == .instruct(issue: "I-0055", project: nil))
        #expect(form.fields[0].value.isEmpty, "an administrator is no leader: he names one")
        h.press(.tab, .tab)
        h.type("夜间施工须严格执行审批")
        h.press(.control("s"))
        #expect(Self.form(h)?.focus == 0, "the leader is required")
        h.type("韩立群")
        h.press(.control("s"))
        #expect(h.state.overlay == nil, "\(String(describing: Self.form(h)))")
        let given = try #require(h.board.instructions.first { $0.text == "夜间施工须严格执行审批" })
        #expect(given.issue == "I-0055" && given.leader == Self.person("hanliqun") && given.unit == h.board.issues[id: "I-0055"]?.unit)
    }

    @Test("i is refused, with the reason, to a unit official")
    func unitMayNotInstruct() {
        var h = Harness.sample(login: "qinkai")
        h.open("P-001")
        h.press(.character("i"))
        #expect(h.state.overlay == nil)
        #expect(h.state.notice?.text.contains("无权进行此操作") == true, "\(String(describing: h.state.notice))")
    }

    @Test("f on 我的: the unit's holder responds to B-001; once answered, f says why not again")
    func respond() throws {
        var h = Harness.sample(login: "qinkai")
        h.press(.character("5"))
        Self.moveTo(.instruction("B-001"), &h)
        #expect(h.row(23).contains("f 批示反馈"), "offered on the instruction's line: \(h.row(23))")
        h.press(.character("f"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .respondToInstruction("B-001"))
        h.press(.enter)
        #expect(Self.form(h) != nil, "a response is required")
        h.type("已与企业对接，康复中心装修方案本周报审")
        h.press(.enter)
        #expect(h.state.overlay == nil)
        let b1 = try #require(h.board.instructions[id: "B-001"])
        #expect(b1.status == .responded && b1.response == "已与企业对接，康复中心装修方案本周报审" && b1.respondedBy == Self.person("qinkai"))
        var admin = Harness.sample()
        admin.open("I-0055")
        Self.moveTo(.instruction("B-002"), &admin)
        admin.press(.character("f"))
        #expect(admin.state.overlay == nil)
        #expect(admin.state.notice?.text.contains("只有待反馈的批示可以反馈") == true, "\(String(describing: admin.state.notice))")
    }

    @Test("l: the leader marks his answered instruction 已落实; another leader may not; an unanswered one cannot be")
    func complete() throws {
        var h = Harness.sample(login: "gaozhiyuan")
        h.press(.character("5"))
        Self.moveTo(.instruction("B-002"), &h)
        h.press(.character("l"))
        let form = try #require(Self.form(h), "\(String(describing: h.state.notice))")
        #expect(form.purpose == .completeInstruction("B-002"))
        h.press(.enter)
        #expect(h.state.overlay == nil)
        #expect(h.board.instructions[id: "B-002"]?.status == .done)
        #expect(h.board.instructions[id: "B-002"]?.doneBy == Self.person("gaozhiyuan"))
        var other = Harness.sample(login: "hanliqun")
        other.open("I-0055")
        Self.moveTo(.instruction("B-002"), &other)
        other.press(.character("l"))
        #expect(other.state.overlay == nil)
        #expect(other.state.notice?.text.contains("无权进行此操作") == true, "\(String(describing: other.state.notice))")
        var admin = Harness.sample()
        admin.open("P-001")
        Self.moveTo(.instruction("B-001"), &admin)
        admin.press(.character("l"))
        #expect(admin.state.overlay == nil)
        #expect(admin.state.notice?.text.contains("单位反馈之后才能确认落实") == true, "\(String(describing: admin.state.notice))")
        admin.press(.character("f"))
        #expect(admin.state.overlay != nil, "an administrator may respond for the unit")
    }

    @Test("a response the disk fails to save keeps the form: the failure dialog goes back to it with the text")
    func failedSaveKeepsTheForm() throws {
        var h = Harness.sample(login: "qinkai")
        h.open("P-001")
        Self.moveTo(.instruction("B-001"), &h)
        h.press(.character("f"))
        h.type("已报送")
        h.failNext = 1
        h.press(.enter)
        guard case .failure? = h.state.overlay else { Issue.record("no failure dialog: \(String(describing: h.state.overlay))"); return }
        h.press(.escape)
        let form = try #require(Self.form(h), "back to the form")
        #expect(form.fields[0].value == "已报送")
        #expect(h.board.instructions[id: "B-001"]?.status == .awaitingResponse)
        h.press(.enter)
        #expect(h.board.instructions[id: "B-001"]?.status == .responded, "saved on the second try")
    }

    @Test("Enter on an instruction's line opens what it is on")
    func enterOpensWhatItIsOn() {
        var state = Self.state("gaozhiyuan", width: 100, height: 30, lang: .zh)
        state.press(.character("5"))
        Self.moveTo(.instruction("B-002"), &state)
        state.press(.enter)
        #expect(state.screen == .detail(.issue("I-0055")))
    }

    // MARK: Snapshots of the forms

    @Test(arguments: [(Lang.zh, 80, 24), (Lang.en, 120, 40)])
    func formSnapshots(_ lang: Lang, _ width: Int, _ height: Int) {
        let size = "\(lang == .en ? "en-" : "")\(width)x\(height)"
        var leader = Self.state("hanliqun", width: width, height: height, lang: lang)
        leader.press(.character("7"), .character("M"))
        Snapshot.check(leader.render(), "form-meeting-new-\(size)")
        leader.press(.escape, .enter, .character("d"))
        Snapshot.check(leader.render(), "form-decision-MT-001-\(size)")
        leader.press(.escape, .character(":"))
        leader.type("P-001")
        leader.press(.enter, .character("i"))
        Snapshot.check(leader.render(), "form-instruction-P-001-\(size)")
        var unit = Self.state("qinkai", width: width, height: height, lang: lang)
        unit.press(.character("5"))
        Self.moveTo(.instruction("B-001"), &unit)
        unit.press(.character("f"))
        Snapshot.check(unit.render(), "form-respond-B-001-\(size)")
        var giver = Self.state("gaozhiyuan", width: width, height: height, lang: lang)
        giver.press(.character("5"))
        Self.moveTo(.instruction("B-002"), &giver)
        giver.press(.character("l"))
        Snapshot.check(giver.render(), "form-complete-B-002-\(size)")
    }
}
