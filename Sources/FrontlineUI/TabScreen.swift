import FrontlineCore

/// A tab of the board: one file each, listed once in `ScreenRegistry.standard`, whose order gives the number
/// keys. The tab bar, Tab/Shift-Tab, `:N`, the footer and the help follow the list (docs/architecture.md,
/// "Adding a screen").
protocol TabScreen: BoardScreen {
    /// The orders `s` cycles through (`AsListed`: one fixed order).
    associatedtype Sort: SortOrder = AsListed

    var tab: Tab { get }
    /// Its name in the tab bar, on its number key in the help, and for `:N`.
    func title(_ lang: Lang) -> String
    /// What it shows, in the chosen order.
    func page(_ state: AppState, sorted: Sort) -> Page
}

extension TabScreen {
    /// The names of the orders `s` cycles through (none for a tab with one order).
    func sortNames(_ lang: Lang) -> [String] {
        Sort.allCases.count > 1 ? Sort.allCases.map { $0.title(lang) } : []
    }

    /// Its page in the order chosen on it (`AppState.sorts`, a place in `Sort.allCases`).
    func page(_ state: AppState) -> Page {
        let orders = Array(Sort.allCases)
        return page(state, sorted: orders[(state.sorts[tab] ?? 0) % orders.count])
    }
}
