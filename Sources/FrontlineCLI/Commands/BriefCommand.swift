import ArgumentParser
import FrontlineCore
import FrontlineStore

/// `frontline brief`: what the person at the keyboard must act on today, for a login profile
/// (docs/command-line.md, "brief"; the parts are docs/domain-rules.md, "The briefing").
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract:
            "What I must act on today: urged, overdue and near-due items, signatures, verifications, duties I cover, unvisited projects, late procedure steps, changes since my last login."
    )
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Everything, not only what fits 24 lines.") var all = false
    @Flag(name: .customLong("quiet-if-empty"), help: "Print nothing when there is nothing to act on (for ~/.profile).") var quietIfEmpty = false

    func run() throws {
        let session = try Session.open(global)
        let lang = session.lang
        if output.format == .csv {
            throw CLIError.usage(.cliBriefFormats)
        }
        let index = session.index(asOf: session.today)
        guard let me = index.person(login: session.context.login) else {
            if quietIfEmpty { return }
            throw CLIError(.problemsFound, .cliAccountIsNotAPerson, "\(session.context.login)")
        }
        // The state is kept only when looking from the store's own day: --as-of only looks (README, "When a change is dated").
        let looking = session.today != session.present
        let place = SeenState.Place(store: global.storeAddress(session.context), environment: session.context.environment)
        var state = SeenState()
        do { state = try SeenState.load(place) } catch { session.context.console.error(error.message(lang)) }
        let now = session.now()
        let since =
            looking
            ? Brief.firstSince(today: session.today, utcOffset: now.utcOffset)
            : state.lastBrief ?? Brief.firstSince(today: session.today, utcOffset: now.utcOffset)
        let brief = Brief(person: me, index: index, today: session.today, since: since)
        if !(quietIfEmpty && brief.isEmpty) {
            switch output.format {
            case .json:
                session.write(
                    String(
                        decoding: JSONWriter.pretty(
                            BriefJSON(brief: brief, index: index, since: since).value, expandDepth: 2,
                            escapingInvisible: true), as: UTF8.self))
            default:
                let color = session.context.stdoutIsTerminal && (session.context.environment["NO_COLOR"] ?? "").isEmpty
                let text = BriefText(brief: brief, index: index, lang: lang, color: color)
                session.write(brief.isEmpty ? lang[.briefNothingToday] : text.render(all: all))
            }
        }
        guard !looking else { return }
        state.lastBrief = now
        do { try state.save(place) } catch { session.context.console.error(error.message(lang)) }
    }
}
