import ArgumentParser
import FrontlineCore
import FrontlineStore

/// The options every subcommand takes (README, "Using it").
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: "The store: a directory, or a PostgreSQL database as postgresql://… (default: $FRONTLINE_DATA, then $XDG_DATA_HOME/frontline).")
    var data: String?

    @Option(
        name: .customLong("as-of"),
        help: "The date used as today for lights, overdue and reports: YYYY-MM-DD (default: $FRONTLINE_AS_OF, else today).")
    var asOf: String?

    @Option(name: .customLong("lang"), help: "Language of messages and reports: zh or en (default from LC_ALL/LANG).")
    var lang: Lang?

    public init() {}

    /// The names above, each of which takes a value (`HelpTests` checks them against the argument parser's description).
    static let valueOptions: Set<String> = ["--data", "--as-of", "--lang"]

    /// Where the store is: `--data`, `$FRONTLINE_DATA`, `$XDG_DATA_HOME/frontline`, `~/.local/share/frontline`.
    func storeAddress(_ context: CLIContext) -> StoreAddress {
        if let data, !data.isEmpty { return StoreAddress(data) }
        let env = context.environment
        if let path = env["FRONTLINE_DATA"], !path.isEmpty { return StoreAddress(path) }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return StoreAddress(xdg + "/frontline") }
        return StoreAddress((env["HOME"] ?? "") + "/.local/share/frontline")
    }

    /// The `--as-of` date or `$FRONTLINE_AS_OF`, when given; a malformed one is a usage error.
    func explicitAsOf(_ context: CLIContext) throws -> Day? {
        let option = asOf != nil ? "--as-of" : "FRONTLINE_AS_OF"
        guard let text = asOf ?? context.environment["FRONTLINE_AS_OF"].flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
        let shown = Sanitizer.display(text)
        guard let day = Day(iso: text) else {
            throw CLIError.usage(.cliOptionDateExpected, "\(option)", "\(shown)")
        }
        guard Limits.dates.contains(day) else {
            throw CLIError.usage(
                .cliOptionDateOutOfRange, "\(option)", "\(shown)", "\(Limits.dates.lowerBound.iso)", "\(Limits.dates.upperBound.iso)")
        }
        return day
    }
}

extension Lang: ExpressibleByArgument {}

/// The output format of listing commands.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv
}

/// `--format` for listing commands.
public struct FormatOption: ParsableArguments {
    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
    public init() {}
}
