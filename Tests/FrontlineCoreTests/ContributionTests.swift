import Testing

@testable import FrontlineCore

/// A person's contribution (docs/domain-rules.md, "Contribution") on a zone worked out by hand, for 陈静 (M-011, of
/// 经发局 U-01: B of 项目服务 and of 综合, whose A's are 周平's colleagues), over 2026-11-01…11-30.
struct ContributionTests {
    static let from = d("2026-11-01"), to = d("2026-11-30")

    static func entry(_ day: String, by: String, _ action: IssueAction, actingFor: String? = nil, status: IssueStatus) -> HandlingLogEntry {
        HandlingLogEntry(at: t("\(day)T10:00:00+08:00"), by: by, actingFor: actingFor, action: action.rawValue, note: "", status: status)
    }

    static var board: Board {
        var board = Fixtures.zone
        // Visits: two in the period (one not on site: every visit counts), one before it, one by someone else.
        for (id, day, visitors) in [
            ("V-1", "2026-11-03", ["M-011"]), ("V-2", "2026-11-20", ["M-011", "M-010"]),
            ("V-3", "2026-10-31", ["M-011"]), ("V-4", "2026-11-05", ["M-010"]),
        ] {
            var visit = Fixtures.visit(id, day)
            visit.visitors = visitors
            if id == "V-2" { visit.mode = .phone }
            board.visits.upsert(visit)
        }
        // Issues: resolved by 陈静 on time (I-1) and late (I-2); resolved by her, returned, then resolved by 刘洋 (I-3: his);
        // resolved by her and returned, still in progress (I-4: nobody's); resolved before the period (I-5).
        func issue(_ id: String, status: IssueStatus, due: String, log: [HandlingLogEntry]) {
            board.issues.upsert(
                Fixtures.issue(id, status: status) {
                    $0.unit = "U-01"
                    $0.due = d(due)
                    $0.originalDue = d(due)
                    $0.log = log
                })
        }
        issue("I-1", status: .closed, due: "2026-11-10", log: [entry("2026-11-10", by: "M-011", .resolve, status: .pendingVerification)])
        issue("I-2", status: .pendingVerification, due: "2026-11-10", log: [entry("2026-11-12", by: "M-011", .resolve, status: .pendingVerification)])
        issue(
            "I-3", status: .closed, due: "2026-11-30",
            log: [
                entry("2026-11-05", by: "M-011", .resolve, status: .pendingVerification),
                entry("2026-11-06", by: "M-001", .return, status: .inProgress),
                entry("2026-11-09", by: "M-012", .resolve, status: .pendingVerification),
            ])
        issue(
            "I-4", status: .inProgress, due: "2026-11-30",
            log: [
                entry("2026-11-05", by: "M-011", .resolve, status: .pendingVerification),
                entry("2026-11-06", by: "M-001", .return, status: .inProgress),
            ])
        issue("I-5", status: .closed, due: "2026-11-30", log: [entry("2026-10-28", by: "M-011", .resolve, status: .pendingVerification)])
        // Steps as B: two for 刘洋 in the period, one before it.
        issue(
            "I-6", status: .inProgress, due: "2026-12-30",
            log: [
                entry("2026-10-30", by: "M-011", .accept, actingFor: "M-012", status: .inProgress),
                entry("2026-11-02", by: "M-011", .feedback, actingFor: "M-012", status: .inProgress),
                entry("2026-11-03", by: "M-011", .feedback, actingFor: "M-012", status: .inProgress),
            ])
        // Covering: 刘洋 (A of 综合, B 陈静) away 10-29…11-04 → 4 days in the period; 周平 is A of nothing she backs.
        // 陈静 is also B of a second duty of 刘洋's: the absence counts once. An absence of someone else's A: not hers.
        var second = Fixtures.duty("D-09", unit: "U-01", "招商统计", a: "M-012", b: "M-011")
        second.validFrom = d("2026-11-01")
        board.duties.upsert(second)
        board.absences.upsert(Fixtures.absence("A-1", "M-012", "2026-10-29", "2026-11-04"))
        board.absences.upsert(Fixtures.absence("A-2", "M-012", "2026-11-28", "2026-12-05"))
        board.absences.upsert(Fixtures.absence("A-3", "M-021", "2026-11-10", "2026-11-12"))
        // Instructions: answered on time, answered late, answered by someone else.
        for (id, due, by, day) in [
            ("B-1", "2026-11-15", "M-011", "2026-11-14"), ("B-2", "2026-11-15", "M-011", "2026-11-16"),
            ("B-3", "2026-11-15", "M-010", "2026-11-14"),
        ] {
            var instruction = Instruction(id: id)
            instruction.project = "P-001"
            instruction.leader = "M-002"
            instruction.unit = "U-01"
            instruction.date = d("2026-11-01")
            instruction.due = d(due)
            instruction.text = "请加快办理"
            instruction.respondedBy = by
            instruction.respondedAt = t("\(day)T09:00:00+08:00")
            board.instructions.upsert(instruction)
        }
        // 招商: a squad led by 李强 with 陈静 in it; its lead ZS-1 signed and landed in the period (two results), ZS-2 signed
        // before it; ZS-3 belongs to another squad, ZS-4 to no squad (the unit's own).
        var squad = Squad(id: "SQ-1")
        squad.name = "招商小分队"
        squad.unit = "U-01"
        squad.leader = "M-002"
        squad.members = ["M-011"]
        board.squads.upsert(squad)
        var other = Squad(id: "SQ-2")
        other.leader = "M-003"
        other.members = ["M-012"]
        board.squads.upsert(other)
        for (id, squad, signed, landed) in [
            ("ZS-1", "SQ-1", "2026-11-10", "2026-11-20"), ("ZS-2", "SQ-1", "2026-10-20", nil),
            ("ZS-3", "SQ-2", "2026-11-10", nil), ("ZS-4", nil, "2026-11-10", nil),
        ] as [(String, String?, String, String?)] {
            var lead = Lead(id: id)
            lead.name = "线索 \(id)"
            lead.unit = "U-01"
            lead.squad = squad
            lead.stage = landed == nil ? .signed : .landed
            lead.foundOn = d("2026-09-01")
            lead.signedOn = d(signed)
            lead.landedOn = landed.map(d)
            board.leads.upsert(lead)
        }
        return board
    }

    static let contribution = BoardIndex(board).contribution(of: "M-011", from: from, to: to)

    @Test func visitsInThePeriodWhateverTheirMode() {
        #expect(Self.contribution.items(.visits).map(\.day) == [d("2026-11-03"), d("2026-11-20")])
        #expect(Self.contribution.total(.visits) == 2)
    }

    @Test func resolvedIsTheResolutionThatStuckAndOnTimeIsByTheOriginalDueDate() {
        #expect(Self.contribution.items(.resolved).map(\.record) == ["I-1", "I-2"])
        #expect(Self.contribution.total(.resolved) == 2)
        #expect(Self.contribution.onTime(.resolved) == 1)
        let theirs = BoardIndex(Self.board).contribution(of: "M-012", from: Self.from, to: Self.to)
        #expect(theirs.items(.resolved).map(\.record) == ["I-3"])
    }

    @Test func daysCoveringAsBAreTheAbsencesDaysInThePeriodOnceEach() {
        // 11-01…11-04 (4 days); A-2: 11-28…11-30 (3 days); A-3 is another unit's A.
        #expect(Self.contribution.items(.coveringDays).map(\.amount) == [4, 3])
        #expect(Self.contribution.total(.coveringDays) == 7)
    }

    @Test func stepsTakenAsBInThePeriod() {
        #expect(Self.contribution.total(.actedAsB) == 2)
        #expect(Self.contribution.items(.actedAsB).allSatisfy { $0.record == "I-6" })
    }

    @Test func instructionsAnsweredAndOnTime() {
        #expect(Self.contribution.items(.instructionsAnswered).map(\.record) == ["B-1", "B-2"])
        #expect(Self.contribution.onTime(.instructionsAnswered) == 1)
    }

    @Test func leadsOfTheSquadsThePersonIsInSignedOrLandedInThePeriod() {
        #expect(Self.contribution.items(.attraction).map(\.record) == ["ZS-1", "ZS-1"])
        #expect(Self.contribution.items(.attraction).map(\.text) == ["签约 线索 ZS-1", "落地 线索 ZS-1"])
        // The squad's leader counts them too; a member of another squad counts only that squad's.
        #expect(BoardIndex(Self.board).contribution(of: "M-002", from: Self.from, to: Self.to).total(.attraction) == 2)
        #expect(BoardIndex(Self.board).contribution(of: "M-012", from: Self.from, to: Self.to).items(.attraction).map(\.record) == ["ZS-3"])
    }

    @Test func theListHasOnlyPeopleWithSomethingCounted() {
        let people = BoardIndex(Self.board).contributions(from: Self.from, to: Self.to).map(\.person)
        #expect(people.contains("M-011") && people.contains("M-012") && people.contains("M-010"))
        #expect(!people.contains("M-030"))
    }

    @Test func theExplanationListsEveryRecordUnderItsFigure() {
        let text = ContributionText.explanation(Self.contribution, index: BoardIndex(Self.board), lang: .zh)
        #expect(text.hasPrefix("陈静 的工作实绩（2026-11-01 至 2026-11-30）\n"))
        #expect(text.contains("办结问题 2 件，其中按时 1 件\n"))
        #expect(text.contains("  2026-11-12  I-2  施工用电未接入（逾期）\n"), "\(text)")
        #expect(text.contains("B角代岗 7 天\n"))
        let english = ContributionText.explanation(
            BoardIndex(Self.board).contribution(of: "M-030", from: Self.from, to: Self.to),
            index: BoardIndex(Self.board), lang: .en)
        #expect(english.contains("Visits: 0\n") && !english.contains("on time"))
    }
}
