/// A screen on top of the tabs, about one record (or none, like help): one file each, listed once in
/// `ScreenRegistry.standard`. Enter on a line opens the detail screen that `shows` the line's kind of record;
/// while it is open, the editing keys act on that record when the line under the cursor names none.
protocol DetailScreen: BoardScreen {
    /// Its name in `Detail.screen`, unique among the detail screens.
    var name: String { get }
    /// The kind of record it is the detail of (nil: opened otherwise, by a key or a command).
    var shows: Target.Kind? { get }
    func page(_ id: String, _ state: AppState) -> Page
}

extension DetailScreen {
    /// This screen about the record `id`.
    func detail(_ id: String) -> Detail { Detail(screen: name, id: id) }

    /// The record the detail is about, for the editing keys.
    func subject(_ id: String) -> Target? { shows.map { Target($0, id) } }
}
