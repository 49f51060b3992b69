/// What one person must act on today, for the login briefing (`frontline brief`; docs/domain-rules.md, "The
/// briefing"). Every part is taken from `MyItems` and the core's own rules (holders by `Roster`, lights and overdue
/// by `Lights`, visits by `BoardIndex.isVisitCompliant`, who verifies by `Access`): nothing is decided twice.
public struct Brief: Sendable {
    /// An issue urged (催办) while I hold it, with its 催办 lines, newest first.
    public struct Urged: Sendable {
        public var row: IssueRow
        public var urges: [HandlingLogEntry]
        /// Whether the newest 催办 came after `since`.
        public var isNew: Bool
    }

    /// A line of a handling log on one of my issues, written by someone else after `since`.
    public struct Change: Sendable {
        public var issue: Issue
        public var line: HandlingLogEntry
    }

    /// A duty I hold today for someone who is away, and the handover note they left.
    public struct Cover: Sendable {
        public var row: DutyRow
        public var absence: Absence?
    }

    /// A project of which I am a 帮包干部 and which I have not visited on site yet this week.
    public struct CadreDue: Sendable {
        public var project: Project
        /// The week running on `today` (Monday to Sunday).
        public var week: Week
        /// I missed it the week before too.
        public var missedLastWeek: Bool
    }

    public let person: Person
    public let today: Day
    /// Open issues I hold or lead, overdue, most overdue first.
    public var overdue: [IssueRow] = []
    /// Open issues I hold or lead, not overdue, due within the store's `dueSoonDays`.
    public var dueSoon: [IssueRow] = []
    /// Issues waiting for my signature (签收): 待签收 and held by me.
    public var toSign: [IssueRow] = []
    /// Issues waiting for my verification (核验): 待核验 and led by me.
    public var toVerify: [IssueRow] = []
    /// Extension requests (申请延期) waiting for my decision: on issues I lead, or on every issue for the 绩考办
    /// (administrators), oldest request first.
    public var toApprove: [IssueRow] = []
    /// Duties I hold today as B (or as unit head) for an absent A.
    public var covering: [Cover] = []
    /// Projects I lead or serve, still supervised, without a 现场 visit within `visitDays` (or never).
    public var unvisited: [ProjectRow] = []
    /// Projects I am a 帮包干部 of, still supervised, that I have not visited on site this week (docs/domain-rules.md,
    /// "Per-cadre visits"), by project id.
    public var cadreDue: [CadreDue] = []
    /// Open issues I hold that have been urged, the most recently urged first.
    public var urged: [Urged] = []
    /// Open issues I hold or lead under 督办 on `today` (`Escalation.result`), the highest level first, then the most overdue.
    public var escalated: [IssueRow] = []
    /// What others wrote on my issues since `since`, newest first (催办 lines are in `urged`).
    public var changes: [Change] = []
    /// 领导批示 waiting for my response: 待反馈, to a unit whose response I hold today (the holder of its issue duty, A or
    /// B covering, else its head; `Roster.instructionHolder`), the earliest due first.
    public var instructionsToRespond: [Instruction] = []
    /// Responses to my instructions waiting for my 已落实 (已反馈, given by me), the oldest response first.
    public var instructionResponses: [Instruction] = []

    /// 手续 steps late and current (the project held up there, docs/domain-rules.md "手续"): for a unit official those their
    /// unit is responsible for, for a leader those of the projects they lead; the latest first.
    public var lateSteps: [LateStep] = []

    public struct LateStep: Sendable {
        public var project: Project
        public var step: ProcedureChain.Step
    }

    /// The briefing of `person` on `today`, with `since` the moment of their last briefing.
    public init(person: Person, index: BoardIndex, today: Day, since: Timestamp) {
        self.person = person
        self.today = today
        let me = person.id
        // Only the rows the briefing shows are derived: my open issues, and for an administrator the open issues with
        // an extension request (closed issues are never in a briefing).
        let myIssues = MyItems.openIssues(of: person, index: index, today: today)
        let soon = index.board.settings.dueSoonDays
        for row in myIssues {
            let holds = row.holder?.person == me
            if row.daysOverdue > 0 { overdue.append(row) }
            if row.escalation != nil { escalated.append(row) }
            if Lights.isDueWithin(row.issue, days: soon, today: today) { dueSoon.append(row) }
            if holds && row.issue.status == .pendingAcceptance { toSign.append(row) }
            if row.issue.status == .pendingVerification && Access.leads(row.issue, person, index.board) { toVerify.append(row) }
            let urges = row.issue.urges.filter { $0.at.day <= today }
            if holds, let latest = urges.last {
                urged.append(Urged(row: row, urges: urges.reversed(), isNew: latest.at.seconds > since.seconds))
            }
            for line in row.issue.log
            where line.by != me && line.action != Issue.urgeAction
                && line.at.seconds > since.seconds && line.at.day <= today
            {
                changes.append(Change(issue: row.issue, line: line))
            }
        }
        // Who may decide a request is Access's: a leader of the issue (among my issues), any administrator (all issues).
        let actor = Actor(login: person.login ?? "", uid: 0, person: person)
        var requests: [(row: IssueRow, asked: Timestamp)] = []
        let asking: [IssueRow]
        if person.role == .admin {
            let issues = index.board.issues.rows
            asking = issues.indices.compactMap { i in
                guard issues[i].status.isOpen, issues[i].pendingExtensionRequest != nil else { return nil }
                return index.issueRow(issues[i], today: today)
            }
        } else {
            asking = myIssues
        }
        for row in asking {
            guard let request = row.issue.pendingExtensionRequest, request.at.day <= today,
                Access.denial(.moveIssue(row.issue, .approveExtension), by: actor, on: index.board) == nil
            else { continue }
            requests.append((row, request.at))
        }
        toApprove = requests.sorted { ($0.asked.seconds, $0.row.issue.id) < ($1.asked.seconds, $1.row.issue.id) }.map(\.row)
        escalated.sort { a, b in
            (a.escalation!.level, a.daysOverdue, b.issue.id) > (b.escalation!.level, b.daysOverdue, a.issue.id)
        }
        urged.sort { ($0.urges[0].at.seconds, $0.row.issue.id) > ($1.urges[0].at.seconds, $1.row.issue.id) }
        changes.sort { ($0.line.at.seconds, $0.issue.id) > ($1.line.at.seconds, $1.issue.id) }
        covering = MyItems.duties(of: me, index: index, today: today).filter { $0.inForce && $0.holder.person == me && $0.holder.actingFor != nil }
            .map { Cover(row: $0, absence: index.absence(coveredBy: $0.holder, on: today)) }
        unvisited = MyItems.projects(of: person, board: index.board)
            .filter { !$0.stage.isFinished && !index.isVisitCompliant($0, today: today) }
            .map { index.projectRow($0, today: today) }
            .sorted { a, b in
                let (da, db) = (a.daysSinceVisit ?? Int.max, b.daysSinceVisit ?? Int.max)
                return da != db ? da > db : a.project.id < b.project.id
            }
        (instructionsToRespond, instructionResponses) = index.instructions(waitingFor: me, today: today)
        if person.role == .unit || person.role == .leader {
            for project in index.board.projects.rows where person.role == .unit || project.leader == me {
                for step in index.board.procedureChain(project, today: today).blocking where person.role == .leader || step.unit == person.unit {
                    lateSteps.append(LateStep(project: project, step: step))
                }
            }
            lateSteps.sort { ($0.step.daysLate, $1.project.id, $1.step.group) > ($1.step.daysLate, $0.project.id, $0.step.group) }
        }
        let week = Week(containing: today)
        cadreDue = index.cadreProjects(of: me)
            .filter { index.cadreVisit(me, to: $0.id, in: week, today: today) == nil }
            .map {
                CadreDue(
                    project: $0, week: week,
                    missedLastWeek: index.cadreCheck(me, project: $0.id, week: week.previous, today: today).outcome.isMiss)
            }
    }

    /// Nothing to act on: `--quiet-if-empty` prints nothing.
    public var isEmpty: Bool {
        overdue.isEmpty && dueSoon.isEmpty && toSign.isEmpty && toVerify.isEmpty && toApprove.isEmpty && covering.isEmpty && unvisited.isEmpty
            && cadreDue.isEmpty && urged.isEmpty && escalated.isEmpty && changes.isEmpty
            && instructionsToRespond.isEmpty && instructionResponses.isEmpty && lateSteps.isEmpty
    }

    /// The moment a first briefing looks back to: the start of the day before `today`, in the store's time zone.
    public static func firstSince(today: Day, utcOffset: Int) -> Timestamp {
        Timestamp(seconds: Int64(today.adding(days: -1).ordinal) * 86_400 - Int64(utcOffset), utcOffset: utcOffset)
    }
}
