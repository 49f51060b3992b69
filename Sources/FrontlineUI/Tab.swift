import FrontlineCore

/// The six screens the number keys and Tab switch between (tui.md, Screens).
public enum Tab: Int, CaseIterable, Hashable, Sendable {
    case dashboard = 1, projects, issues, roster, mine, reports

    public func title(_ lang: Lang) -> String {
        switch self {
        case .dashboard: lang.pick("总览", "Overview")
        case .projects: lang.pick("项目", "Projects")
        case .issues: lang.pick("问题", "Issues")
        case .roster: lang.pick("AB角", "AB roster")
        case .mine: lang.pick("我的", "Mine")
        case .reports: lang.pick("报表", "Reports")
        }
    }

    var next: Tab { Tab(rawValue: rawValue % Tab.allCases.count + 1)! }
    var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 2) % Tab.allCases.count + 1)! }
}

/// What Enter opens from a line.
public enum Target: Hashable, Sendable {
    case project(String)
    case issue(String)
    /// A line of the AB roster: Enter opens the duty with its absences and handover notes; `o` records an absence of its A.
    case duty(String)
    /// A unit's line in the ranking: Enter explains its score.
    case unit(String)
}

/// A screen on top of the tabs.
public enum Detail: Hashable, Sendable {
    case project(String)
    case issue(String)
    /// A duty of the AB roster with its holders, absences and handover notes.
    case duty(String)
    case help
    /// How a unit's score was reached, with the records behind each part.
    case score(String)
}
