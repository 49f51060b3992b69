/// What one person should look at today (我的): what they lead, belong to, or hold as A or B.
public struct MyItems: Sendable {
    /// Projects the person leads, serves on the task force of, or whose responsible unit is theirs.
    public var projects: [Project] = []
    /// Open issues the person holds today (as A, or as B covering an absent A), or leads.
    public var issues: [IssueRow] = []
    /// Roster duties where the person is A or B, with today's holder.
    public var duties: [DutyRow] = []
    /// Issues the person handled while covering for someone who is back today (交回).
    public var handedBack: [Issue] = []
    /// Issues others handled for the person while they were away.
    public var handledForMe: [Issue] = []

    /// Whether an issue is the person's: they hold it today (`holder`, as A or as B covering an absent A) or lead it
    /// (its responsible leader, or the leader of its project).
    public static func concerns(_ issue: Issue, holder: Holder?, person: Person, board: Board) -> Bool {
        holder?.person == person.id || issue.responsibleLeader == person.id
            || issue.project.flatMap { board.projects[id: $0] }?.leader == person.id
    }

    /// `openRows`: `index.issueRows(today:)`, where the caller has it already.
    public init(person: Person, index: BoardIndex, today: Day, openRows: [IssueRow]? = nil) {
        let me = person.id
        projects = index.board.projects.filter {
            $0.leader == me || $0.taskForce.contains(me) || $0.cadres.contains(me) || $0.unit == person.unit
        }
        issues = (openRows ?? index.issueRows(today: today)).filter {
            MyItems.concerns($0.issue, holder: $0.holder, person: person, board: index.board)
        }
        duties = index.dutyRows(today: today).filter { $0.duty.a == me || $0.duty.b == me }
        for issue in index.board.issues {
            let covering = issue.log.filter { $0.actingFor != nil && $0.at.day <= today }
            if covering.contains(where: { $0.by == me && !index.isAbsent($0.actingFor!, on: today) }) {
                handedBack.append(issue)
            }
            if covering.contains(where: { $0.actingFor == me }) && !index.isAbsent(me, on: today) {
                handledForMe.append(issue)
            }
        }
    }
}
