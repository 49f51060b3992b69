import Foundation
import FrontlineCore
import FrontlineStore

/// An open store with everything a command needs around it: today, the language, who is acting.
struct Session {
    let context: CLIContext
    let lang: Lang
    let store: any JournaledStore
    let today: Day
    /// The store's own today (its sample date, else the clock's day): on it and after, figures use the
    /// board as it is; for an earlier `--as-of` or period, the board as it stood then.
    let present: Day

    var board: Board { store.board }

    /// Opens the store named by the global options and works out today. `inspecting` (check, log --verify)
    /// opens a store whose journal is damaged too, so that the damage can be reported in full.
    static func open(_ global: GlobalOptions, inspecting: Bool = false) throws -> Session {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        let asOf = try global.explicitAsOf(context)
        let store = try context.stores.open(global.storeAddress(context), inspecting: inspecting)
        if context.keepsStoresUntilExit { KeptUntilExit.keep(store) }
        for warning in store.warnings { context.console.error(warning.message(lang)) }
        let settings = store.board.settings
        let present = settings.sampleDate ?? Session.timestamp(context.clock(), timeZone: settings.timeZone).day
        return Session(context: context, lang: lang, store: store, today: asOf ?? present, present: present)
    }

    /// When a change made now is recorded (`Settings.changeTime`): the real time in the store's time zone,
    /// or, in a store that carries its own date, that date at the real time of day. Never `--as-of`.
    func now() -> Timestamp { Session.changeTime(context.clock(), settings: board.settings) }

    /// The day a change made now is dated; relative dates of changes (`--due +7`) count from it.
    var changeDay: Day { now().day }

    static func changeTime(_ seconds: Int64, settings: Settings) -> Timestamp {
        settings.changeTime(real: timestamp(seconds, timeZone: settings.timeZone))
    }

    static func timestamp(_ seconds: Int64, timeZone: String) -> Timestamp {
        let offset =
            TimeZone(identifier: timeZone)?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            ?? (timeZone == "Asia/Shanghai" ? 8 * 3600 : 0)
        return Timestamp(seconds: seconds, utcOffset: offset)
    }

    /// The board as it is now: for finding records and for changes.
    var index: BoardIndex { BoardIndex(board) }

    /// The board with its history, to show it as it stood on a day.
    var timeline: BoardTimeline { BoardTimeline(board: board, journal: store.history, present: present) }

    /// The board as it stood at the end of `day` (today's board for today and later).
    func index(asOf day: Day) -> BoardIndex { timeline.index(asOf: day) }

    /// Plans and saves an operation as the account running the command.
    @discardableResult
    func perform(_ intent: Intent) throws -> Entry {
        let now = now()
        return try store.perform(intent, login: context.login, uid: context.uid, today: now.day, now: now)
    }

    /// A date argument: `YYYY-MM-DD`, or `+N` / `-N` days from today, within `Limits.dates` (`DayInput`).
    /// Relative dates count from `base`: the day shown (`today`, for what to list) unless given (the
    /// change day, for what to record).
    func day(_ text: String, option: String, from base: Day? = nil) throws -> Day {
        try Session.value(DayInput.parse(text, today: base ?? today), option: option)
    }

    /// An amount in 万元 (`1234.50`, `1,234.5`) within `Limits` (`NumberInput`).
    func money(_ text: String, option: String) throws -> Money {
        try Session.value(NumberInput.money(text), option: option)
    }

    /// A whole number within `range` (`NumberInput`).
    static func integer(_ text: String, in range: ClosedRange<Int>, option: String) throws -> Int {
        try value(NumberInput.integer(text, in: range), option: option)
    }

    /// The parsed value, or a usage error (64) that names the option: `--due：…`.
    static func value<V>(_ result: Result<V, InputProblem>, option: String) throws -> V {
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw CLIError.usage(.cliOptionProblem, "\(option)", .phrase(problem.phrase))
        }
    }

    /// A record named by id or exact name.
    func resolve(_ kind: RecordKind, _ text: String, option: String) throws -> String {
        if let id = index.resolve(kind, text) { return id }
        throw CLIError.usage(.cliOptionNoRecord, "\(option)", .key(kind.labelKey), "\(Sanitizer.display(text))")
    }

    func write(_ text: String) { context.console.write(text) }
}

/// What stays in memory until the process exits (`CLIContext.keepsStoresUntilExit`).
private enum KeptUntilExit {
    /// Only the real program's one command touches it, on its main thread.
    nonisolated(unsafe) private static var kept: [any JournaledStore] = []

    static func keep(_ store: any JournaledStore) { kept.append(store) }
}
