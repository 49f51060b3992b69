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

    /// `openRows`: `index.issueRows(today:)`, where the caller has it already; else only the person's issues are derived.
    public init(person: Person, index: BoardIndex, today: Day, openRows: [IssueRow]? = nil) {
        let me = person.id
        projects = MyItems.projects(of: person, board: index.board)
        issues =
            openRows?.filter { MyItems.concerns($0.issue, holder: $0.holder, person: person, board: index.board) }
            ?? MyItems.openIssues(of: person, index: index, today: today)
        duties = MyItems.duties(of: me, index: index, today: today)
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

    /// Projects the person leads, serves on the task force of, is a 帮包干部 of, or whose responsible unit is theirs.
    public static func projects(of person: Person, board: Board) -> [Project] {
        let me = person.id
        return board.projects.filter {
            $0.leader == me || $0.taskForce.contains(me) || $0.cadres.contains(me) || $0.unit == person.unit
        }
    }

    /// The open issues that are the person's (`concerns`), in the order of the issue list: the same rows as
    /// `index.issueRows(today:)` filtered by `concerns`, with lights and 督办 derived only for these.
    public static func openIssues(of person: Person, index: BoardIndex, today: Day) -> [IssueRow] {
        let me = person.id
        // `concerns`, with the projects the person leads looked up once instead of per issue.
        var led = Set<String>()
        for project in index.board.projects.rows where project.leader == me { led.insert(project.id) }
        var kept: [(position: Int, holder: Holder?)] = []
        let issues = index.board.issues.rows
        for i in issues.indices where issues[i].status.isOpen {
            let holder = index.responsible(for: issues[i], on: today)
            guard holder?.person == me || issues[i].responsibleLeader == me || issues[i].project.map(led.contains) == true else { continue }
            kept.append((i, holder))
        }
        return index.listedRows(kept, today: today)
    }

    /// Roster lines in force today where the person is A or B, with today's holders.
    public static func duties(of person: String, index: BoardIndex, today: Day) -> [DutyRow] {
        index.dutyRows(today: today) { $0.a == person || $0.b == person }
    }
}
