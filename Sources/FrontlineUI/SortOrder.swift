import FrontlineCore

/// The orders `s` cycles through on a tab, the first being where it starts.
protocol SortOrder: CaseIterable, Hashable, Sendable {
    /// Shown after the page's title (`排序：灯色`).
    func title(_ lang: Lang) -> String
}

/// The order of a tab that has only one: `s` does nothing there and the title names no order.
enum AsListed: SortOrder {
    case asListed

    func title(_ lang: Lang) -> String { "" }
}
