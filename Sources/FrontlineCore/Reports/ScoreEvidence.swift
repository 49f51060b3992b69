/// The records behind each part of a unit's score, collected by the same pass that counts them, so
/// that a challenged number can be traced to its records in one step (`frontline rank --explain`).
public struct ScoreEvidence: Sendable, Equatable {
    /// An active project's annual plan and year-to-date investment (序时进度 part).
    public struct Investment: Sendable, Equatable {
        public var project: String
        public var plan: Money
        public var ytd: Money
    }

    /// A 新开工 project due to start (start part).
    public struct Start: Sendable, Equatable {
        public var project: String
        public var planStart: Day
        public var actualStart: Day?
        public var started: Bool
    }

    /// A closed issue and whether it was closed by its original due date (issues part).
    public struct ClosedIssue: Sendable, Equatable {
        public var issue: String
        public var closedOn: Day
        public var originalDue: Day
        public var onTime: Bool
    }

    /// An active project's latest 现场 visit (visits part).
    public struct VisitCheck: Sendable, Equatable {
        public var project: String
        public var lastOnSite: Day?
        public var compliant: Bool
        /// Its 帮包干部 who missed the last week over (`Week.lastEnded(by:)`): the project does not count then.
        public var missedBy: [String] = []
    }

    /// An issue that was reopened, and how often (deduction).
    public struct Reopened: Sendable, Equatable {
        public var issue: String
        public var count: Int
        /// Of them, by a 回访 that found the enterprise 不满意.
        public var dissatisfied = 0
    }

    /// A red project and the rules that made it red (deduction).
    public struct RedProject: Sendable, Equatable {
        public var project: String
        public var reasons: [LightReason]
    }

    public var investment: [Investment] = []
    /// Projects (not 终止) with a plan for 产值, 税收 or 就业, and their figures (benefits part).
    public var benefits: [ProjectBenefits] = []

    /// A project's benefits, planned and reached (benefits part).
    public struct ProjectBenefits: Sendable, Equatable {
        public var project: String
        public var benefits: Benefits
    }
    public var starts: [Start] = []
    public var closedIssues: [ClosedIssue] = []
    public var visits: [VisitCheck] = []
    public var reopened: [Reopened] = []
    public var redProjects: [RedProject] = []
    /// Open issues under 督办 on the day, with the reason of their level (deduction).
    public var escalated: [EscalationEvidence] = []

    /// An open issue under 督办 and why (deduction).
    public struct EscalationEvidence: Sendable, Equatable {
        public var issue: String
        public var escalation: EscalationResult
    }

    public init() {}

    mutating func add(
        _ project: Project, light: LightResult, lastVisit: Day?, visited: Bool, missedBy: [String] = [], dueToStart: Bool, started: Bool, on day: Day
    ) {
        investment.append(Investment(project: project.id, plan: project.plan, ytd: project.ytd))
        if dueToStart, let planStart = project.planStart {
            starts.append(Start(project: project.id, planStart: planStart, actualStart: project.actualStart, started: started))
        }
        visits.append(VisitCheck(project: project.id, lastOnSite: lastVisit, compliant: visited, missedBy: missedBy))
        if light.light == .red {
            redProjects.append(RedProject(project: project.id, reasons: light.reasons.filter { $0.light == .red }))
        }
    }

    mutating func add(_ issue: Issue, escalation: EscalationResult?) {
        if let escalation { escalated.append(EscalationEvidence(issue: issue.id, escalation: escalation)) }
        if issue.reopens > 0 { reopened.append(Reopened(issue: issue.id, count: issue.reopens, dissatisfied: issue.dissatisfiedCount)) }
        if issue.status == .closed, let closedOn = issue.closedOn {
            closedIssues.append(ClosedIssue(issue: issue.id, closedOn: closedOn, originalDue: issue.originalDue, onTime: issue.isClosedOnTime))
        }
    }
}
