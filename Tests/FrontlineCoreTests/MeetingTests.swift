import Testing

@testable import FrontlineCore

/// 调度会 (issue 14, item 1; docs/domain-rules.md, "调度会"): recording a meeting and its decisions, a decision that
/// becomes an issue 交办 citing the meeting, who may record them, bad input in both languages changing nothing, the
/// decisions' live state, undo, and the 会议纪要.
///
/// The zone of `Fixtures`: M-001 王敏 管理员, M-002 李强 (leads P-001) and M-003 赵磊 (leads P-002) 领导, M-010 周平 of
/// 经发局 (U-01), M-099 钱进 只读. Ids are sequential, as the store gives them.
struct MeetingTests {
    static func context(_ person: String, today: Day = Fixtures.today, history: [Entry] = []) -> PlanContext {
        PlanContext(actor: Fixtures.actor(person), today: today, now: Fixtures.now, ids: .sequential, history: history)
    }

    /// Plans and applies, as the store does; returns the entry.
    @discardableResult
    static func run(_ intent: Intent, on board: inout Board, as person: String = "M-002", history: inout [Entry]) throws -> Entry {
        let plan = try Planner.plan(intent, on: board, context: context(person, history: history))
        let entry = plan.entry(after: board.revision, at: Fixtures.now, actor: Fixtures.actor(person), prev: "")
        try board.apply(entry)
        history.append(entry)
        return entry
    }

    static var draft: MeetingDraft {
        var draft = MeetingDraft(kind: .quarterly, title: "2026年第四季度重点项目现场调度会", date: d("2026-11-26"), chair: "M-003")
        draft.place = "P-001 项目现场"
        draft.attendees = ["M-002", "M-010", "M-002"]
        draft.projects = ["P-001", "P-002"]
        return draft
    }

    static func issueDraft(unit: String = "U-01", due: String = "2026-12-20") -> IssueDraft {
        IssueDraft(project: nil, title: "", unit: unit, due: d(due))
    }

    /// A board with MT-001 recorded by 李强 and two decisions: 1 a note on P-001, 2 an issue of P-001 交办 to 经发局.
    static func decided() throws -> (Board, [Entry]) {
        var board = Fixtures.zone
        var history: [Entry] = []
        try run(.recordMeeting(draft), on: &board, history: &history)
        try run(.decide(DecisionDraft(meeting: "MT-001", text: "加快推进厂房主体施工", project: "P-001")), on: &board, history: &history)
        try run(
            .decide(DecisionDraft(meeting: "MT-001", text: "协调解决施工用电接入", project: "P-001", issue: issueDraft())),
            on: &board, history: &history)
        return (board, history)
    }

    @Test("a leader records a meeting: every field kept, attendees once each, the journal says what it is")
    func recordsMeeting() throws {
        var board = Fixtures.zone
        var history: [Entry] = []
        let entry = try Self.run(.recordMeeting(Self.draft), on: &board, history: &history)
        #expect(entry.action == "meeting.new")
        #expect(entry.summary == "MT-001 调度会：2026年第四季度重点项目现场调度会（季度调度，2026-11-26）")
        let meeting = try #require(board.meetings[id: "MT-001"])
        #expect(meeting.kind == .quarterly && meeting.date == d("2026-11-26") && meeting.chair == "M-003" && meeting.place == "P-001 项目现场")
        #expect(meeting.attendees == ["M-002", "M-010"])
        #expect(meeting.projects == ["P-001", "P-002"])
        #expect(meeting.decisions.isEmpty && meeting.meta.updatedBy == "M-002")
    }

    @Test("a decision is a note, or an issue raised and 交办 at once that cites the meeting and the decision")
    func decisions() throws {
        let (board, history) = try Self.decided()
        let meeting = try #require(board.meetings[id: "MT-001"])
        #expect(meeting.decisions.map(\.number) == [1, 2])
        #expect(meeting.decisions[0].issue == nil && meeting.decisions[0].project == "P-001" && meeting.decisions[0].text == "加快推进厂房主体施工")
        let id = try #require(meeting.decisions[1].issue)
        let issue = try #require(board.issues[id: id])
        #expect(issue.meeting == "MT-001" && issue.decision == 2)
        #expect(issue.status == .pendingAcceptance, "交办 at once: the unit signs it next")
        #expect(issue.source == .meeting && issue.project == "P-001" && issue.unit == "U-01" && issue.due == d("2026-12-20"))
        #expect(issue.title == "协调解决施工用电接入", "the decision's text is the title when none is given")
        #expect(issue.log.map(\.action) == ["新建", "交办"])
        #expect(issue.log[0].note == "调度会 MT-001 第2项决定")
        #expect(history.last?.action == "meeting.decide")
        #expect(history.last?.summary == "MT-001 第2项决定 → \(id) 交办：协调解决施工用电接入")
        #expect(Integrity.problems(in: board).isEmpty)
    }

    @Test("a leader who does not lead the project still 交办 a decision on it: the meeting's authority")
    func otherLeaderDecides() throws {
        var (board, history) = try Self.decided()
        try Self.run(
            .decide(DecisionDraft(meeting: "MT-001", text: "优化审批流程", project: "P-001", issue: Self.issueDraft(unit: "U-04"))),
            on: &board, as: "M-003", history: &history)
        #expect(board.meetings[id: "MT-001"]?.decisions.last?.issue.flatMap { board.issues[id: $0]?.unit } == "U-04")
    }

    struct RoleRow: Sendable, CustomTestStringConvertible {
        let person: String
        let allowed: Bool
        var testDescription: String { "\(person) \(allowed ? "may" : "may not")" }
    }

    @Test(
        "who may record a meeting and a decision: administrators and leaders; unit officials and read-only may not",
        arguments: [
            RoleRow(person: "M-001", allowed: true), RoleRow(person: "M-003", allowed: true),
            RoleRow(person: "M-010", allowed: false), RoleRow(person: "M-099", allowed: false),
        ])
    func roles(row: RoleRow) throws {
        let (board, _) = try Self.decided()
        let intents: [Intent] = [
            .recordMeeting(Self.draft), .decide(DecisionDraft(meeting: "MT-001", text: "记录")),
            .decide(DecisionDraft(meeting: "MT-001", text: "交办", issue: Self.issueDraft())),
        ]
        for intent in intents {
            let result = Result { () throws(DomainError) in try Planner.plan(intent, on: board, context: Self.context(row.person)) }
            if row.allowed {
                #expect((try? result.get()) != nil, "\(intent)")
            } else {
                guard case .failure(let error as DomainError) = result, case .denied = error else {
                    Issue.record("\(row.person) was not refused \(intent): \(result)")
                    continue
                }
            }
        }
        let unknown = PlanContext(actor: Fixtures.unknownActor, today: Fixtures.today, now: Fixtures.now)
        #expect(throws: DomainError.denied(.unknownAccount("nobody"))) { try Planner.plan(.recordMeeting(Self.draft), on: board, context: unknown) }
    }

    struct BadRow: Sendable, CustomTestStringConvertible {
        let why: String
        let intent: Intent
        let zh: String
        let en: String
        var testDescription: String { why }
    }

    static let bad: [BadRow] = {
        func meeting(_ change: (inout MeetingDraft) -> Void) -> Intent {
            var draft = MeetingTests.draft
            change(&draft)
            return .recordMeeting(draft)
        }
        func decision(_ text: String = "决定", project: String? = nil, meeting: String = "MT-001", issue: IssueDraft? = nil) -> Intent {
            .decide(DecisionDraft(meeting: meeting, text: text, project: project, issue: issue))
        }
        var otherUnit = issueDraft()
        otherUnit.person = "M-020"
        return [
            BadRow(why: "a blank title", intent: meeting { $0.title = "  " }, zh: "title：不能为空", en: "title: must not be empty"),
            BadRow(why: "an unknown chair", intent: meeting { $0.chair = "M-404" }, zh: "找不到", en: "M-404"),
            BadRow(why: "an unknown attendee", intent: meeting { $0.attendees = ["M-405"] }, zh: "M-405", en: "M-405"),
            BadRow(why: "an unknown project", intent: meeting { $0.projects = ["P-404"] }, zh: "P-404", en: "P-404"),
            BadRow(
                why: "a date after today", intent: meeting { $0.date = d("2026-11-28") },
                zh: "会议日期 2026-11-28 晚于今天 2026-11-27", en: "meeting date 2026-11-28 is after today 2026-11-27"),
            BadRow(why: "a decision on no meeting", intent: decision(meeting: "MT-404"), zh: "MT-404", en: "MT-404"),
            BadRow(why: "a blank decision", intent: decision(" "), zh: "text：不能为空", en: "text: must not be empty"),
            BadRow(why: "a decision on an unknown project", intent: decision(project: "P-404"), zh: "P-404", en: "P-404"),
            BadRow(why: "an issue to an unknown unit", intent: decision(issue: issueDraft(unit: "U-404")), zh: "U-404", en: "U-404"),
            BadRow(
                why: "an issue due before today", intent: decision(issue: issueDraft(due: "2026-11-26")),
                zh: "办结时限 2026-11-26 早于今天 2026-11-27", en: "due date 2026-11-26 is before today 2026-11-27"),
            BadRow(
                why: "a responsible person of another unit", intent: decision(issue: otherUnit),
                zh: "M-020 不是责任单位 U-01 的人员", en: "M-020 is not a person of U-01, the responsible unit"),
        ]
    }()

    @Test("bad input is refused with a clear error in Chinese and English, and changes nothing", arguments: bad)
    func badInput(row: BadRow) throws {
        var (board, history) = try Self.decided()
        let before = board
        do {
            try Self.run(row.intent, on: &board, history: &history)
            Issue.record("\(row.why) was accepted")
        } catch let error as DomainError {
            #expect(error.message(.zh).contains(row.zh), "\(error.message(.zh))")
            #expect(error.message(.en).contains(row.en), "\(error.message(.en))")
        }
        #expect(board == before)
        var copy = before
        #expect(throws: DomainError.self) { try Planner.plan(row.intent, applyingTo: &copy, context: Self.context("M-002")) }
        #expect(copy == before, "a refused plan leaves the board as it was")
    }

    @Test("the decisions' live state: a note, an issue under way, one overdue, one closed, one cancelled")
    func liveState() throws {
        var (board, _) = try Self.decided()
        let open = board.meetings[id: "MT-001"]!.decisions[1].issue!
        var meeting = board.meetings[id: "MT-001"]!
        func decision(_ n: Int, _ issue: String) -> MeetingDecision {
            MeetingDecision(number: n, text: "决定\(n)", project: "P-001", issue: issue, by: "M-002", at: Fixtures.now)
        }
        board.issues.upsert(Fixtures.issue("I-0101") { $0.due = d("2026-11-20") })
        board.issues.upsert(Fixtures.issue("I-0102", status: .closed) { $0.closedOn = d("2026-11-25") })
        board.issues.upsert(Fixtures.issue("I-0103", status: .cancelled))
        meeting.decisions += [decision(3, "I-0101"), decision(4, "I-0102"), decision(5, "I-0103"), decision(6, "I-0404")]
        board.meetings.upsert(meeting)
        let rows = board.decisionRows(meeting, today: Fixtures.today)
        #expect(rows.map { $0.state(.zh) } == ["记录在案", "落实中", "逾期 7 天", "已办结", "已撤销", "问题已不在"])
        #expect(rows.map { $0.state(.en) } == ["noted", "under way", "7 days overdue", "done", "cancelled", "issue gone"])
        #expect(rows.map(\.light?.light) == [nil, .green, .red, .gray, .gray, nil])
        #expect(rows[1].issue?.id == open)
        let row = try #require(board.meetingRows(today: Fixtures.today).first)
        #expect((row.openIssues, row.overdueIssues, row.closedIssues) == (2, 1, 1))
        // The same board a week after the open issue's due date: it is overdue too.
        let later = board.decisionRows(meeting, today: d("2026-12-27"))
        #expect(later[1].state(.zh) == "逾期 7 天" && later[1].light?.light == .red)
    }

    @Test("undo of a decision takes back the decision and the issue it raised; a meeting is undone while it has none")
    func undo() throws {
        var (board, history) = try Self.decided()
        try Self.run(.undo, on: &board, history: &history)
        #expect(board.meetings[id: "MT-001"]?.decisions.count == 1)
        #expect(board.issues.first { $0.meeting == "MT-001" } == nil)
        var fresh = Fixtures.zone
        var freshHistory: [Entry] = []
        try Self.run(.recordMeeting(Self.draft), on: &fresh, history: &freshHistory)
        try Self.run(.undo, on: &fresh, history: &freshHistory)
        #expect(fresh.meetings.isEmpty)
    }

    @Test("a plain edit may change a meeting's title and place but not its decisions; an issue's meeting is managed")
    func managedFields() throws {
        var (board, history) = try Self.decided()
        let meeting = board.meetings[id: "MT-001"]!
        try Self.run(
            .edit(
                RecordEdit(
                    kind: .meeting, id: "MT-001", base: meeting.meta.rev,
                    fields: [FieldChange("place", old: .string("P-001 项目现场"), new: .string("管委会三楼会议室"))])),
            on: &board, history: &history)
        #expect(board.meetings[id: "MT-001"]?.place == "管委会三楼会议室")
        #expect(Meeting.managedFields.isSuperset(of: ["decisions", "attachments"]))
        #expect(Issue.managedFields.isSuperset(of: ["meeting", "decision"]))
        #expect(throws: DomainError.notEditable(.meeting, "decisions")) {
            try Planner.plan(
                .edit(RecordEdit(kind: .meeting, id: "MT-001", base: 99, fields: [FieldChange("decisions", old: .null, new: .array([]))])),
                on: board, context: Self.context("M-001"))
        }
        #expect(throws: DomainError.self) {
            try Planner.plan(
                .edit(
                    RecordEdit(kind: .meeting, id: "MT-001", base: 99, fields: [FieldChange("place", old: .string("管委会三楼会议室"), new: .string("x"))])),
                on: board, context: Self.context("M-010"))
        }
    }

    @Test("meetings carry attachments; a decision reads back from its JSON; a bad one is refused")
    func carriersAndJSON() throws {
        let (board, _) = try Self.decided()
        #expect(Attachment.carriers.contains(.meeting))
        #expect(board.carrier(id: "MT-001")?.id == "MT-001")
        let decision = board.meetings[id: "MT-001"]!.decisions[1]
        #expect(try MeetingDecision(json: decision.json) == decision)
        #expect(throws: FieldError.self) { try MeetingDecision(json: .object([JSONMember("number", .int(0))])) }
        #expect(RecordKind.guess(fromId: "MT-001") == .meeting)
    }

    @Test("the 会议纪要: opening, projects, decisions with their issues' state, and the previous meeting's follow-up")
    func minutes() throws {
        var (board, history) = try Self.decided()
        var next = Self.draft
        next.title = "2027年第一季度重点项目现场调度会"
        next.date = d("2026-11-27")
        try Self.run(.recordMeeting(next), on: &board, history: &history)
        let minutes = MeetingMinutes(meeting: board.meetings[id: "MT-002"]!, board: board, today: Fixtures.today)
        #expect(minutes.previous?.id == "MT-001")
        let zh = minutes.markdown(.zh)
        #expect(zh.hasPrefix("# 2027年第一季度重点项目现场调度会纪要\n\n2026-11-27，赵磊在P-001 项目现场主持召开2027年第一季度重点项目现场调度会。"))
        #expect(zh.contains("## 一、调度项目\n\n- P-001 "))
        #expect(zh.contains("## 二、会议议定事项\n\n尚无会议决定"))
        #expect(zh.contains("## 三、前次会议决定落实情况\n\n2026年第四季度重点项目现场调度会（2026-11-26）"))
        #expect(zh.contains("| 1 | 加快推进厂房主体施工 | — | — | — | 记录在案 |"), "\(zh)")
        #expect(zh.contains("| 2 | 协调解决施工用电接入 | I-"), "\(zh)")
        let first = MeetingMinutes(meeting: board.meetings[id: "MT-001"]!, board: board, today: Fixtures.today).markdown(.en)
        #expect(first.contains("chaired the 2026年第四季度重点项目现场调度会 at P-001 项目现场. Attendees: 李强, 周平."), "\(first)")
        #expect(first.contains("2. 协调解决施工用电接入"), "\(first)")
        #expect(first.contains("Assigned to 经济发展局, due 2026-12-20 (I-0001, now: under way)."), "\(first)")
        #expect(first.contains("## 3. What became of the previous meeting's decisions\n\nnone"), "\(first)")
    }
}
