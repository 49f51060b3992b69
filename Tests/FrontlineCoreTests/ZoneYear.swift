import FrontlineRandom

@testable import FrontlineCore

/// A year of a small zone written through the planner one day at a time, every change a journal
/// entry dated the day it was made: issues raised and moved through their whole lifecycle (extended,
/// returned, reopened, cancelled), site visits, progress updates with stage changes, absences.
///
/// With `journalOnly`, also the changes that only the journal can take back: edits of plans, units,
/// settings, lights by hand and issue routing, undos, and a second progress update in a period.
struct ZoneYear {
    let base: Board
    private(set) var board: Board
    private(set) var journal: [Entry] = []
    let first = Day(2026, 1, 2)!
    let last = Day(2026, 12, 28)!

    static let actor = Fixtures.actor("M-001")
    static let units = ["U-01", "U-02", "U-03", "U-04"]
    static let firstLifecycle: [IssueAction] = [.assign, .accept, .decline, .resolve, .close, .return, .extend, .reopen, .cancel]
    static let people = ["U-01": ["M-010", "M-011", "M-012"], "U-02": ["M-020", "M-021"], "U-03": ["M-030"], "U-04": ["M-040"]]

    init(seed: UInt64, journalOnly: Bool) {
        var rng = SplitMix64(seed: seed)
        base = ZoneYear.zone(&rng)
        board = base
        var updated: Set<String> = []
        var day = first
        while day <= last {
            if Period(containing: day).first == day { updated = [] }
            for minute in 0..<Int.random(in: 0...4, using: &rng) {
                if let intent = operation(on: day, journalOnly: journalOnly, updated: &updated, &rng) {
                    perform(intent, on: day, minute: minute)
                }
            }
            day = day.adding(days: 1)
        }
    }

    /// The store as it was at the end of `day`: the base and the entries written by then.
    func prefix(through day: Day) -> (board: Board, journal: [Entry]) {
        var board = base
        var kept: [Entry] = []
        for entry in journal where entry.at.day <= day {
            try! board.apply(entry)
            kept.append(entry)
        }
        return (board, kept)
    }

    private mutating func perform(_ intent: Intent, on day: Day, minute: Int) {
        let seconds = Int64(day.ordinal) * 86_400 + 9 * 3600 + Int64(minute) * 420 - 8 * 3600
        let now = Timestamp(seconds: seconds, utcOffset: 8 * 3600)
        let context = PlanContext(actor: Self.actor, today: day, now: now, ids: .sequential, history: journal)
        guard let (plan, _) = try? Planner.plan(intent, applyingTo: &board, context: context) else { return }
        let entry = plan.entry(after: board.revision, at: now, actor: Self.actor, prev: "")
        board.revision = entry.seq
        journal.append(entry)
    }

    // MARK: Operations

    private func operation(on day: Day, journalOnly: Bool, updated: inout Set<String>, _ rng: inout SplitMix64) -> Intent? {
        let projects = board.projects.rows, issues = board.issues.rows
        switch Int.random(in: 0..<(journalOnly ? 100 : 80), using: &rng) {
        case 0..<18:
            let project = Bool.random(using: &rng) ? projects.randomElement(using: &rng) : nil
            var draft = IssueDraft(
                project: project?.id, title: "问题\(issues.count + 1)", unit: project?.unit ?? Self.units.randomElement(using: &rng)!,
                due: day.adding(days: Int.random(in: 0...30, using: &rng)))
            draft.person = Int.random(in: 0..<4, using: &rng) == 0 ? Self.people[draft.unit]!.randomElement(using: &rng) : nil
            return .raiseIssue(draft)
        case 18..<45:
            guard let issue = issues.randomElement(using: &rng) else { return nil }
            // The steps of the first lifecycle only: the handling steps (HandlingTests) would change every seed's year.
            let legal = IssueAction.legal(from: issue.status).filter { Self.firstLifecycle.contains($0) }
                .filter { $0 != .cancel || Int.random(in: 0..<6, using: &rng) == 0 }
            guard let action = legal.randomElement(using: &rng) else { return nil }
            return .moveIssue(
                IssueMove(
                    issue: issue.id, action: action, note: "说明",
                    newDue: action == .extend ? max(issue.due, day).adding(days: Int.random(in: 1...20, using: &rng)) : nil))
        case 45..<60:
            guard let project = projects.randomElement(using: &rng) else { return nil }
            var draft = VisitDraft(project: project.id, date: day, note: "走访")
            draft.mode = Int.random(in: 0..<4, using: &rng) == 0 ? .phone : .onSite
            return .logVisit(draft)
        case 60..<72:
            guard let project = projects.randomElement(using: &rng), journalOnly || !updated.contains(project.id) else { return nil }
            updated.insert(project.id)
            var draft = ProgressDraft(project: project.id, note: "进展")
            let step = Int64(Int.random(in: 0...Int(max(1, project.plan.hundredths / 8)), using: &rng))
            draft.ytd = Money(hundredths: project.ytd.hundredths + step)
            draft.pct = min(100, project.progressPct + Int.random(in: 0...10, using: &rng))
            if Int.random(in: 0..<4, using: &rng) == 0, let next = ZoneYear.nextStage[project.stage]?.randomElement(using: &rng) {
                draft.stage = next
            }
            if Bool.random(using: &rng) { draft.nextSteps = "下步工作 \(day.iso)" }
            return .postProgress(draft)
        case 72..<80:
            let unit = Self.units.randomElement(using: &rng)!
            let from = day.adding(days: Int.random(in: 0...5, using: &rng))
            return .recordAbsence(
                AbsenceDraft(
                    person: Self.people[unit]!.randomElement(using: &rng)!, from: from,
                    to: from.adding(days: Int.random(in: 0...6, using: &rng)), reason: .trip))
        case 80..<86:
            guard let project = projects.randomElement(using: &rng) else { return nil }
            let fields: [FieldChange]
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: fields = [FieldChange("plan", old: project.plan.json, new: Money(hundredths: project.plan.hundredths + 50_000).json)]
            case 1: fields = [FieldChange("unit", old: .string(project.unit), new: .string(Self.units.randomElement(using: &rng)!))]
            case 2 where project.lightOverride == nil:
                fields = [
                    FieldChange("lightOverride", old: .null, new: .string("红")),
                    FieldChange("lightOverrideReason", old: .null, new: .string("企业拟撤资")),
                ]
            default: fields = [FieldChange("lightOverride", old: project.lightOverride.json, new: .null)]
            }
            return .edit(RecordEdit(kind: .project, id: project.id, base: project.meta.rev, fields: fields))
        case 86..<90:
            guard let issue = issues.randomElement(using: &rng) else { return nil }
            return .edit(
                RecordEdit(
                    kind: .issue, id: issue.id, base: issue.meta.rev,
                    fields: [FieldChange("unit", old: .string(issue.unit), new: .string(Self.units.randomElement(using: &rng)!))]))
        case 90..<93:
            let unit = board.units[id: Self.units.randomElement(using: &rng)!]!
            return .edit(
                RecordEdit(
                    kind: .unit, id: unit.id, base: unit.meta.rev,
                    fields: [
                        FieldChange(
                            "attractionDone", old: unit.attractionDone.json,
                            new: Money(hundredths: Int64(Int.random(in: 0...2_000_000, using: &rng))).json)
                    ]))
        case 93..<95:
            let settings = board.settings
            return .edit(
                RecordEdit(
                    kind: .settings, id: Settings.singletonId, base: settings.meta.rev,
                    fields: [
                        FieldChange("dueSoonDays", old: .int(settings.dueSoonDays), new: .int(Int.random(in: 1...7, using: &rng)))
                    ]))
        default:
            return .undo
        }
    }

    /// One step along the stage line (and into and out of 停缓建) from each stage.
    static let nextStage: [Stage: [Stage]] = [
        .negotiating: [.signed], .signed: [.started, .terminated], .started: [.building], .building: [.completed, .suspended],
        .suspended: [.building], .completed: [.operating],
    ]

    // MARK: The zone at the start of the year

    private static func zone(_ rng: inout SplitMix64) -> Board {
        var board = Fixtures.zone
        for id in units {
            var unit = board.units[id: id]!
            unit.attractionPlan = Money(hundredths: Int64(Int.random(in: 100_000...2_000_000, using: &rng)))
            unit.attractionDone = Money(hundredths: 0)
            board.units.upsert(unit)
        }
        for n in 1...10 {
            let id = "P-0\(n < 10 ? "0" : "")\(n)"
            var project = board.projects[id: id] ?? Fixtures.project(id)
            project.name = "项目\(n)"
            project.unit = units.randomElement(using: &rng)!
            project.plan = Money(hundredths: Int64(Int.random(in: 100_000...2_000_000, using: &rng)))
            project.ytd = .zero
            project.nextSteps = ""
            project.planStart = nil
            switch Int.random(in: 0..<5, using: &rng) {
            case 0, 1:
                project.annualType = .new
                project.stage = Bool.random(using: &rng) ? .signed : .negotiating
                project.actualStart = nil
                project.planStart = Day(2026, Int.random(in: 1...10, using: &rng), Int.random(in: 1...28, using: &rng))
            case 2:
                project.annualType = .completing
                project.stage = .completed
                project.actualStart = Day(2025, 3, 1)
                project.actualFinish = Day(2025, 12, 20)
            default:
                project.annualType = .continuing
                project.stage = .building
                project.actualStart = Day(2025, Int.random(in: 1...12, using: &rng), 1)
                // Taken over from a ledger with what was already invested this year.
                project.ytd = Money(hundredths: Int64(Int.random(in: 0...Int(project.plan.hundredths / 4), using: &rng)))
            }
            if n == 10 {
                project.lightOverride = .yellow
                project.lightOverrideReason = "年初设定"
            }
            board.projects.upsert(project)
        }
        return board
    }
}
