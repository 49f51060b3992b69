import FrontlineCore

/// The whole board as a value: `handle(event)` changes it and returns effects; `render()` draws it.
///
/// What it is made of, each in its own file: where the user is on each screen (`ListNavigation`), the
/// screens themselves (`ScreenRegistry`), the overlay on top with its own keys (`Overlay`), the editing
/// commands with their rules (`EditingCommands`), and what came back from the store (`AppState+Saved`).
public struct AppState: Sendable {
    public var lang: Lang
    public var theme: Theme
    /// The store's name for the header (its directory).
    public var storeLabel: String
    /// The Unix account at the keyboard.
    public var login: String
    /// The screens and, from their tabs, the keys.
    public let screens: ScreenRegistry
    public internal(set) var data: BoardData
    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var tab: Tab
    public internal(set) var details: [Detail] = []
    public internal(set) var input: TextInput?
    public internal(set) var notice: Notice?
    /// What the board is waiting for (another session holding the store's lock), shown until it is over.
    public private(set) var waiting: String?
    /// The notice a failed look at the store put up (`.storeFailed`, `looking`): taken down by the next look that succeeds, so
    /// that a server back again no longer shows as unreachable. A notice put up since stays.
    var storeFailureShown: Notice?
    /// The revision at which another session's change arrived, until the user presses r.
    public internal(set) var changedByOthers: Int?
    /// A form, menu or dialog on top of the page.
    public internal(set) var overlay: Overlay?
    /// Rows marked with Space for an action on all of them.
    public internal(set) var marked: Set<Target> = []
    /// The form whose save is under way, to return to if it fails.
    var pendingForm: Form?
    /// Up to when the account has seen the 催办 on its issues (kept outside the store), and how many newer ones
    /// the badge on 我的 counts (`UrgeCommand`).
    public internal(set) var urgesSeen: Timestamp?
    public internal(set) var unseenUrges = 0
    /// The unseen 催办 as last counted, and for what (`UrgeCommand`): counted again only when that changes.
    var urgeBadge: UrgeBadge?
    /// Colleagues' changes to my items since I last looked at 我的 (`News.swift`), and whether 我的 has shown them.
    public internal(set) var news: [NewsItem] = []
    var newsShown = false
    /// The order chosen on each tab: a place in its `TabScreen.Sort`.
    var sorts: [Tab: Int] = [:]
    /// The page on screen and where the cursor is on every screen.
    var list: ListNavigation

    /// `present` is the store's own today (default: `today`); `journal` the entries since the snapshot,
    /// with which `:asof` shows an earlier day as it stood then; `notice` a message to start with.
    public init(
        board: Board, today: Day, lang: Lang, theme: Theme, storeLabel: String, login: String, width: Int, height: Int,
        present: Day? = nil, journal: [Entry] = [], notice: Notice? = nil, screens: ScreenRegistry = .standard,
        urgesSeen: Timestamp? = nil, newsSeen: Int? = nil
    ) {
        data = BoardData(board: board, today: today, present: present, journal: journal)
        self.lang = lang
        self.theme = theme
        self.storeLabel = storeLabel
        self.login = login
        self.width = width
        self.height = height
        self.notice = notice
        self.screens = screens
        self.urgesSeen = urgesSeen
        tab = screens.allTabs[0]
        list = ListNavigation(screen: .tab(tab), windowHeight: height)
        rebuild()
        unseenUrges = UrgeCommand.unseen(me, data, seen: urgesSeen).count
        // What colleagues did to my items since I last looked at 我的, in an earlier session.
        if let newsSeen, newsSeen < board.revision {
            hearNews(after: newsSeen, in: journal, announce: notice == nil)
            rebuild()
        }
    }

    /// The screen now showing: a tab or the detail on top.
    public var screen: Screen { details.last.map(Screen.detail) ?? .tab(tab) }

    public var me: Person? { data.index.person(login: login) }

    /// The page on screen, filtered and sorted.
    public var page: Page { list.page }

    public var cursor: Cursor { list.cursor }

    public var filter: String { list.filter }

    var isDetail: Bool { !details.isEmpty }

    var bodyHeight: Int { list.bodyHeight }

    /// What the editing keys act on here, and who presses them.
    var context: CommandContext {
        let marked =
            marked.isEmpty
            ? []
            : page.lines.compactMap { line -> Issue? in
                guard let target = line.target, target.kind == .issue, self.marked.contains(target) else { return nil }
                return data.board.issues[id: target.id]
            }
        let subject = details.last.flatMap { screens.screen($0).subject($0.id) }
        return CommandContext(data: data, lang: lang, login: login, me: me, places: [list.selected, subject], markedIssues: marked)
    }

    // MARK: Events

    public mutating func handle(_ event: Event) -> [Effect] {
        let effects = react(event)
        rebuild()
        let seen = updateUrgeBadge()
        guard updateNewsSeen() else { return effects + seen }
        rebuild()
        return effects + seen + [.seen(.news(revision: data.board.revision))]
    }

    private mutating func react(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let w, let h):
            width = w
            height = h
            return []
        case .idle:
            return [.reload]
        case .stop:
            return [.quit]
        case .key(let key):
            // While "window too small" is shown nothing can be seen: a key would act blind.
            if Layout(width: width, height: height, hasColumns: false).isTooSmall { return [] }
            if let overlay { return apply(overlay.handle(key, OverlayContext(data: data, lang: lang))) }
            if input != nil { return typing(key) }
            notice = nil
            guard let command = screens.commands.command(for: key) else { return [] }
            return perform(command)
        case .saved(let intents, let outcomes):
            waiting = nil
            saved(intents, outcomes)
            return []
        case .dataChanged(let board, let journal, let byOthers):
            waiting = nil
            storeLookedAtAgain()
            let shown = data.board.revision
            data = BoardData(board: board, today: data.today, present: data.present, journal: journal)
            if byOthers {
                changedByOthers = board.revision
                hearNews(after: shown, in: journal)
            }
            return []
        case .upToDate:
            waiting = nil
            storeLookedAtAgain()
            return []
        case .storeBusy(let holders, let saving):
            waiting = BusyNotice.text(holders, saving: saving, state: self)
            return []
        case .storeFailed(let message, let looking):
            notice = Notice(text: message, isError: true)
            storeFailureShown = looking ? notice : nil
            return []
        }
    }

    /// A look at the store succeeded: the notice of its failure, if still up, is over.
    private mutating func storeLookedAtAgain() {
        if let shown = storeFailureShown, notice == shown { notice = nil }
        storeFailureShown = nil
    }

    // MARK: The page

    /// Rebuilds the page when what it depends on changed, and puts the cursor back on its record.
    mutating func rebuild() {
        let key = PageKey(
            screen: screen, revision: data.board.revision, today: data.today, lang: lang,
            sort: sorts[tab] ?? 0, width: width, ascii: theme.ascii, news: news.count)
        list.windowHeight = height
        if !list.holds(key) { data.keep(screens.definition(of: screen).derives) }
        let fresh = list.holds(key) ? nil : screens.page(for: screen, in: self)
        list.show(screen, fresh: fresh, key: key)
    }
}
