import FrontlineCore

/// What the run loop must do after an event: the state never does I/O itself.
public enum Effect: Hashable, Sendable {
    case quit
    /// Look for other sessions' changes now.
    case reload
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Save these intents, one journal entry each, and report back with `Event.saved`.
    case save([Intent])
}

/// A line of text being typed: the `/` filter (or detail search) and the `:` command line.
public struct TextInput: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable { case filter, command }
    public var purpose: Purpose
    public var line: LineEdit
    public var text: String { line.text }

    public init(purpose: Purpose, line: LineEdit) {
        self.purpose = purpose
        self.line = line
    }
}

/// A message on the line above the footer.
public struct Notice: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(text: String, isError: Bool) {
        self.text = text
        self.isError = isError
    }
}

/// Where the cursor is on one screen: the selected line, the first line shown, and the record under it.
public struct Cursor: Hashable, Sendable {
    public var index = 0
    public var top = 0
    public var target: Target?
}

/// The whole board as a value: `handle(event)` changes it and returns effects; `render()` draws it.
public struct AppState: Sendable {
    public var lang: Lang
    public var theme: Theme
    /// The store's name for the header (its directory).
    public var storeLabel: String
    /// The Unix account at the keyboard.
    public var login: String
    public private(set) var data: BoardData
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var tab: Tab = .dashboard
    public private(set) var details: [Detail] = []
    public private(set) var input: TextInput?
    public internal(set) var notice: Notice?
    /// What the board is waiting for (another session holding the store's lock), shown until it is over.
    public private(set) var waiting: String?
    /// The revision at which another session's change arrived, until the user presses r.
    public private(set) var changedByOthers: Int?
    /// A form, menu or dialog on top of the page.
    public internal(set) var overlay: Overlay?
    /// Rows marked with Space for an action on all of them.
    public internal(set) var marked: Set<Target> = []
    /// The form whose save is under way, to return to if it fails.
    var pendingForm: Form?
    var cursors: [Screen: Cursor] = [:]
    var filters: [Screen: String] = [:]
    var sorts: [Tab: Int] = [:]
    /// The page on screen, filtered and sorted, rebuilt when its inputs change.
    public private(set) var page = Page(title: "", lines: [])
    /// The page before filtering, and the filter `page` was made with.
    private var fullPage = Page(title: "", lines: [])
    private var pageKey: PageKey?
    private var pageFilter: String?

    /// `present` is the store's own today (default: `today`); `journal` the entries since the snapshot,
    /// with which `:asof` shows an earlier day as it stood then; `notice` a message to start with.
    public init(board: Board, today: Day, lang: Lang, theme: Theme, storeLabel: String, login: String, width: Int, height: Int,
                present: Day? = nil, journal: [Entry] = [], notice: Notice? = nil) {
        data = BoardData(board: board, today: today, present: present, journal: journal)
        self.lang = lang
        self.theme = theme
        self.storeLabel = storeLabel
        self.login = login
        self.width = width
        self.height = height
        self.notice = notice
        rebuild()
    }

    /// The screen now showing: a tab or the detail on top.
    public var screen: Screen { details.last.map(Screen.detail) ?? .tab(tab) }

    public var me: Person? { data.index.person(login: login) }

    public var cursor: Cursor { cursors[screen] ?? Cursor() }

    public var filter: String { filters[screen] ?? "" }

    // MARK: Events

    public mutating func handle(_ event: Event) -> [Effect] {
        defer { rebuild() }
        switch event {
        case .resize(let w, let h):
            width = w
            height = h
            return []
        case .idle:
            return [.reload]
        case .stop:
            return [.quit]
        case .saved(let intents, let outcomes):
            waiting = nil
            saved(intents, outcomes)
            return []
        case .dataChanged(let board, let journal, let byOthers):
            waiting = nil
            dataChanged(board, byOthers: byOthers, journal: journal)
            return []
        case .upToDate:
            waiting = nil
            return []
        case .storeBusy(let holders, let saving):
            waiting = BusyNotice.text(holders, saving: saving, state: self)
            return []
        case .storeFailed(let message):
            notice = Notice(text: message, isError: true)
            return []
        case .key(let key):
            // While "window too small" is shown nothing can be seen: a key would act blind.
            if Layout(width: width, height: height, hasColumns: false).isTooSmall { return [] }
            if overlay != nil { return overlayKey(key) }
            if input != nil { return typing(key) }
            notice = nil
            guard let command = CommandTable.command(for: key) else { return [] }
            return command.isEditing ? startEditing(command) : perform(command)
        }
    }

    /// New data from the store; the cursor stays on the same record where it still exists.
    mutating func dataChanged(_ board: Board, byOthers: Bool, journal: [Entry] = []) {
        data = BoardData(board: board, today: data.today, present: data.present, journal: journal)
        if byOthers { changedByOthers = board.revision }
        rebuild()
    }

    /// Shows the board as of another day.
    mutating func setToday(_ day: Day) {
        data = BoardData(board: data.board, today: day, present: data.present, journal: data.timeline.journal)
        rebuild()
    }

    mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .first: move(by: -page.lines.count)
        case .last: move(by: page.lines.count)
        case .pageDown: move(by: max(1, bodyHeight - 1))
        case .pageUp: move(by: -max(1, bodyHeight - 1))
        case .open: open()
        case .back: back()
        case .quit:
            if details.isEmpty { return [.quit] }
            back()
        case .nextTab: show(tab.next)
        case .previousTab: show(tab.previous)
        case .showTab(let t): show(t)
        // The old filter comes back selected: typing replaces it, ←/→ keep and edit it.
        case .filter: input = TextInput(purpose: .filter, line: LineEdit(filter, selected: true))
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .sort:
            if case .tab(let t) = screen, !Pages.sortNames(t, lang).isEmpty {
                sorts[t] = ((sorts[t] ?? 0) + 1) % Pages.sortNames(t, lang).count
            }
        case .commandLine: input = TextInput(purpose: .command, line: LineEdit())
        case .refresh:
            changedByOthers = nil
            return [.reload]
        case .redraw: return [.redraw]
        case .help: if details.last != .help { push(.help) }
        case .mark, .newIssue, .newAbsence, .newProject, .edit, .move, .extend, .visit, .progress, .withdrawReport, .undo:
            return startEditing(command)
        }
        return []
    }

    // MARK: Moving around

    mutating func show(_ newTab: Tab) {
        details = []
        tab = newTab
        marked.removeAll()
    }

    mutating func push(_ detail: Detail) {
        details.append(detail)
        cursors[.detail(detail)] = nil
    }

    mutating func back() {
        if !details.isEmpty {
            details.removeLast()
        } else if !filter.isEmpty {
            filters[screen] = nil
        }
    }

    mutating func open() {
        guard page.lines.indices.contains(cursor.index), let target = page.lines[cursor.index].target else { return }
        switch target {
        case .project(let id): push(.project(id))
        case .issue(let id): push(.issue(id))
        case .unit(let id): push(.score(id))
        case .duty(let id): push(.duty(id))
        }
    }

    var bodyHeight: Int { Layout(width: width, height: height, hasColumns: !page.columns.isEmpty).bodyHeight }

    /// Moves by `delta` lines onto the nearest line that can be selected in that direction (else stays).
    mutating func move(by delta: Int) {
        guard !page.lines.isEmpty else { return }
        let wanted = max(0, min(cursor.index + delta, page.lines.count - 1))
        let step = delta >= 0 ? 1 : -1
        var i = wanted
        while page.lines.indices.contains(i) && !isSelectable(i) { i += step }
        if !page.lines.indices.contains(i) {
            // Nothing selectable that way: the nearest one back towards the cursor.
            i = wanted
            while page.lines.indices.contains(i) && !isSelectable(i) { i -= step }
        }
        guard page.lines.indices.contains(i) else { return }
        move(to: i)
        // At the first selectable line, show what is above it (titles, counts) too.
        if !(0..<i).contains(where: isSelectable), var c = cursors[screen], c.index < max(1, bodyHeight) {
            c.top = 0
            cursors[screen] = c
        }
    }

    /// Whether the cursor may stop on a line: in a table only on records (never on a group heading, where
    /// Enter does nothing); on a page of text on anything but headings and blank lines.
    func isSelectable(_ i: Int) -> Bool {
        let line = page.lines[i]
        if line.target != nil { return true }
        return page.columns.isEmpty && !line.isSeparator
    }

    mutating func move(to index: Int) {
        var c = cursor
        c.index = max(0, min(index, page.lines.count - 1))
        c.target = page.lines.indices.contains(c.index) ? page.lines[c.index].target : nil
        cursors[screen] = scrolled(c)
    }

    /// Keeps the selected line in view.
    func scrolled(_ c: Cursor) -> Cursor {
        var c = c
        let rows = max(1, bodyHeight)
        if c.index < c.top {
            // Moving up onto a line shows its heading too.
            c.top = c.index > 0 && page.lines[c.index - 1].isHeading ? c.index - 1 : c.index
        }
        if c.index >= c.top + rows { c.top = c.index - rows + 1 }
        c.top = max(0, min(c.top, max(0, page.lines.count - rows)))
        return c
    }

    mutating func jumpToMatch(forward: Bool) {
        let term = filter.lowercased()
        guard !term.isEmpty, !page.lines.isEmpty else { return }
        let count = page.lines.count
        for step in 1...count {
            let i = (cursor.index + (forward ? step : count - step)) % count
            if page.lines[i].contains(term) { return move(to: i) }
        }
        notice = Notice(text: lang.pick("没有匹配“\(filter)”的行", "no line matches '\(filter)'"), isError: true)
    }

    // MARK: Typing

    mutating func typing(_ key: Key) -> [Effect] {
        guard var current = input else { return [] }
        switch key {
        case .escape:
            input = nil
            if current.purpose == .filter { filters[screen] = nil }
            return []
        case .enter:
            input = nil
            return current.purpose == .command ? run(commandLine: current.text) : []
        case .backspace where current.text.isEmpty, .control("h") where current.text.isEmpty:
            // Backspace on an empty prompt closes it.
            input = nil
            return []
        default:
            guard current.line.apply(key) else { return [] }
        }
        input = current
        if current.purpose == .filter {
            filters[screen] = current.text.isEmpty ? nil : current.text
            if isDetail { jumpToMatch(forward: true) }
        }
        return []
    }

    var isDetail: Bool { !details.isEmpty }

    /// `:q`, `:help`, `:P-001`/`:I-0042` (open), `:asof 2026-11-27`, `:lang en`, `:1`…`:6`.
    mutating func run(commandLine text: String) -> [Effect] {
        let words = text.trimmingSpaces.split(separator: " ").map(String.init)
        guard let verb = words.first else { return [] }
        let argument = words.dropFirst().joined(separator: " ")
        switch verb.lowercased() {
        case "q", "quit", "exit": return [.quit]
        case "help", "h": push(.help)
        case "asof", "as-of", "date":
            // The core's one reader of typed dates: also `:asof +7`, and nothing outside Limits.dates.
            switch DayInput.parse(argument, today: data.today) {
            case .success(let day): setToday(day)
            case .failure(let problem):
                notice = Notice(text: problem.message(lang), isError: true)
                return []
            }
        case "lang":
            guard let l = Lang(rawValue: argument) else {
                notice = Notice(text: lang.pick("语言应为 zh 或 en", "the language must be zh or en"), isError: true)
                return []
            }
            lang = l
        case _ where Int(verb).flatMap(Tab.init(rawValue:)) != nil: show(Tab(rawValue: Int(verb)!)!)
        default:
            if data.board.issues[id: verb] != nil {
                push(.issue(verb))
            } else if let id = data.index.resolve(.project, text.trimmingSpaces) {
                push(.project(id))
            } else {
                notice = Notice(text: lang.pick("未知命令或编号：\(text)", "unknown command or id: \(text)"), isError: true)
            }
        }
        return []
    }

    // MARK: The page

    /// Rebuilds the page when what it depends on changed, and puts the cursor back on its record.
    mutating func rebuild() {
        let key = PageKey(screen: screen, revision: data.board.revision, today: data.today, lang: lang,
                          sort: sorts[tab] ?? 0, width: width, ascii: theme.ascii)
        if key != pageKey {
            fullPage = Pages.page(for: screen, in: self)
            pageKey = key
            pageFilter = nil
        }
        let wanted = isDetail ? "" : filter
        if wanted != pageFilter {
            // Typing on narrows what is already shown; anything else filters the whole page again.
            let narrowing = pageFilter.map { !$0.isEmpty && wanted.hasPrefix($0) } ?? false
            page = (narrowing ? page : fullPage).filtered(wanted)
            pageFilter = wanted
        }
        // A list starts on its first record; a detail at its top.
        var c = cursors[screen] ?? Cursor(index: isDetail ? 0 : page.lines.firstIndex { $0.target != nil } ?? 0)
        // A record can have several lines (a project under two parts of a score): stay on this one.
        if let target = c.target, page.lines[safe: c.index]?.target != target,
           let found = page.lines.firstIndex(where: { $0.target == target }) {
            c.index = found
        }
        c.index = max(0, min(c.index, page.lines.count - 1))
        if page.lines.indices.contains(c.index) && !isSelectable(c.index) {
            // Never rest on a heading: the next record down, else the one above.
            c.index = page.lines.indices[c.index...].first(where: isSelectable) ?? page.lines.indices[..<c.index].last(where: isSelectable) ?? c.index
        }
        if c.target == nil || !page.lines.indices.contains(c.index) || page.lines[c.index].target != c.target {
            c.target = page.lines.indices.contains(c.index) ? page.lines[c.index].target : nil
        }
        cursors[screen] = scrolled(c)
    }
}

/// A tab or a detail screen; each keeps its own cursor and filter.
public enum Screen: Hashable, Sendable {
    case tab(Tab)
    case detail(Detail)
}

/// What a page depends on: when none of it changed, the page is reused.
struct PageKey: Hashable {
    var screen: Screen
    var revision: Int
    var today: Day
    var lang: Lang
    var sort: Int
    var width: Int
    var ascii: Bool
}
