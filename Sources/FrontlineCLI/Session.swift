import Foundation
import FrontlineCore
import FrontlineStore

/// An open store with everything a command needs around it: today, the language, who is acting.
struct Session {
    let context: CLIContext
    let lang: Lang
    let store: FileStore
    let today: Day

    var board: Board { store.board }

    /// Opens the store named by the global options and works out today. `inspecting` (check, log --verify)
    /// opens a store whose journal is damaged too, so that the damage can be reported in full.
    static func open(_ global: GlobalOptions, inspecting: Bool = false) throws -> Session {
        let context = CLIContext.current
        let lang = context.lang(global.lang)
        let asOf = try global.explicitAsOf(context)
        let store = try FileStore(directory: global.dataDirectory(context), inspecting: inspecting)
        for warning in store.warnings { context.console.error(warning.message(lang)) }
        let settings = store.board.settings
        let today = asOf ?? settings.sampleDate ?? Session.timestamp(context.clock(), timeZone: settings.timeZone).day
        return Session(context: context, lang: lang, store: store, today: today)
    }

    /// The current time with the store time zone's offset.
    func now() -> Timestamp { Session.timestamp(context.clock(), timeZone: board.settings.timeZone) }

    static func timestamp(_ seconds: Int64, timeZone: String) -> Timestamp {
        let offset = TimeZone(identifier: timeZone)?.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            ?? (timeZone == "Asia/Shanghai" ? 8 * 3600 : 0)
        return Timestamp(seconds: seconds, utcOffset: offset)
    }

    var index: BoardIndex { BoardIndex(board) }

    /// Plans and saves an operation as the account running the command.
    @discardableResult
    func perform(_ intent: Intent) throws -> Entry {
        try store.perform(intent, login: context.login, uid: context.uid, today: today, now: now())
    }

    /// A date argument: `YYYY-MM-DD`, or `+N` / `-N` days from today.
    func day(_ text: String, option: String) throws -> Day {
        if let day = Day(iso: text) { return day }
        if let first = text.first, first == "+" || first == "-", let n = Int(text.dropFirst()) {
            return today.adding(days: first == "+" ? n : -n)
        }
        throw CLIError.usage("\(option)：日期应为 YYYY-MM-DD 或 +天数，收到“\(Sanitizer.display(text))”",
                             "\(option): expected a date YYYY-MM-DD or +days, got '\(Sanitizer.display(text))'")
    }

    /// An amount in 万元 (`1234.50`, `1,234.5`).
    func money(_ text: String, option: String) throws -> Money {
        if let money = Money(text) { return money }
        throw CLIError.usage("\(option)：金额应为万元、最多两位小数，如 1234.50，收到“\(Sanitizer.display(text))”",
                             "\(option): expected an amount in 万元 with at most two decimals, e.g. 1234.50, got '\(Sanitizer.display(text))'")
    }

    /// A record named by id or exact name.
    func resolve(_ kind: RecordKind, _ text: String, option: String) throws -> String {
        if let id = index.resolve(kind, text) { return id }
        throw CLIError.usage("\(option)：找不到\(kind.label(.zh))“\(Sanitizer.display(text))”",
                             "\(option): no \(kind.label(.en)) '\(Sanitizer.display(text))'")
    }

    func write(_ text: String) { context.console.write(text) }
}
