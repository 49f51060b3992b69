import FrontlineCore

/// The one list of the board's screens: the tabs, in the order of their number keys, and the detail screens.
///
/// The tab bar, the number keys, Tab/Shift-Tab, `:N`, what Enter opens, what the editing keys act on, the
/// footer and the help all read it; adding a screen is a file for it and a line here (docs/architecture.md,
/// "Adding a screen").
public struct ScreenRegistry: Sendable {
    let tabs: [any TabScreen]
    let details: [any DetailScreen]
    /// The keys: the command table with a number key for each tab.
    public let commands: CommandTable

    init(tabs: [any TabScreen], details: [any DetailScreen]) {
        precondition((1...9).contains(tabs.count), "the number keys 1–9 reach every tab")
        precondition(Set(tabs.map(\.tab)).count == tabs.count, "a tab registered twice")
        precondition(Set(details.map(\.name)).count == details.count, "a detail screen registered twice")
        let shown = details.compactMap(\.shows)
        precondition(Set(shown).count == shown.count, "two detail screens for one kind of record")
        self.tabs = tabs
        self.details = details
        commands = CommandTable(tabs: tabs.map { screen in (tab: screen.tab, title: { screen.title($0) }) })
    }

    /// The board's screens.
    public static let standard = ScreenRegistry(
        tabs: [
            DashboardScreen(), ProjectsScreen(), IssuesScreen(), RosterScreen(), MineScreen(), ReportsScreen(), MeetingsScreen(), AttractionScreen(),
        ],
        details: [
            ProjectDetailScreen(), IssueDetailScreen(), DutyDetailScreen(), ScoreScreen(), MeetingDetailScreen(), ContributionScreen(),
            LeadDetailScreen(), HelpScreen(),
        ])

    /// The same screens and one more tab, after the others.
    func adding(_ tab: any TabScreen) -> ScreenRegistry { ScreenRegistry(tabs: tabs + [tab], details: details) }

    /// The same screens and one more detail screen.
    func adding(_ detail: any DetailScreen) -> ScreenRegistry { ScreenRegistry(tabs: tabs, details: details + [detail]) }

    // MARK: Tabs

    /// The tabs in the order of their number keys.
    public var allTabs: [Tab] { tabs.map(\.tab) }

    func screen(_ tab: Tab) -> any TabScreen {
        guard let screen = tabs.first(where: { $0.tab == tab }) else { preconditionFailure("tab \(tab) is not registered") }
        return screen
    }

    /// The tab's number key (1 for the first).
    public func number(of tab: Tab) -> Int { (tabs.firstIndex { $0.tab == tab } ?? 0) + 1 }

    /// The tab on a number key, if there is one.
    func tab(number: Int) -> Tab? { tabs.indices.contains(number - 1) ? tabs[number - 1].tab : nil }

    /// The tab `steps` places after `tab` (before it, for a negative step), wrapping around.
    func tab(after tab: Tab, by steps: Int) -> Tab {
        tabs[((number(of: tab) - 1 + steps) % tabs.count + tabs.count) % tabs.count].tab
    }

    // MARK: Details

    func screen(_ detail: Detail) -> any DetailScreen {
        guard let screen = details.first(where: { $0.name == detail.screen }) else {
            preconditionFailure("detail \(detail.screen) is not registered")
        }
        return screen
    }

    /// The detail of the record a line points at, when a detail screen shows such records.
    func detail(showing target: Target) -> Detail? {
        details.first { $0.shows == target.kind }.map { $0.detail(target.id) }
    }

    // MARK: Any screen

    func definition(of screen: Screen) -> any BoardScreen {
        switch screen {
        case .tab(let tab): self.screen(tab)
        case .detail(let detail): self.screen(detail)
        }
    }

    /// The page of a screen, built from the state's data. Pure: the same state gives the same page.
    func page(for screen: Screen, in state: AppState) -> Page {
        switch screen {
        case .tab(let tab): self.screen(tab).page(state)
        case .detail(let detail): self.screen(detail).page(detail.id, state)
        }
    }
}
